import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import * as core from '../../core/index.js';

/** The exact rules API of the issue "The manual as code", called as an outside suite would. */
describe('core public rules API', () => {
  it('exports every function of the rules API', () => {
    for (const name of [
      'holidays',
      'isBusinessDay',
      'addBusinessDays',
      'checkNotice',
      'proposalWindowCloses',
      'minutesShareDeadline',
      'amendmentDeadline',
      'doubleMajority',
      'checkParity',
      'checkNewMandate',
      'absenceCessation',
      'checkRevisionRequest',
      'rankApplications',
    ] as const) {
      expect(typeof core[name], name).toBe('function');
    }
  });

  it('lists 2026 holidays with both days of the two-day ones and the new 31 October', () => {
    const list = core.holidays(2026);
    expect(list.filter((h) => h.key === 'eid_al_fitr').map((h) => h.date)).toEqual([
      '2026-03-20',
      '2026-03-21',
    ]);
    expect(list.find((h) => h.date === '2026-10-31')).toMatchObject({
      key: 'unity_day',
      kind: 'fixed',
      estimated: false,
    });
    expect(list.find((h) => h.key === 'eid_al_fitr')?.estimated).toBe(true);
    expect(core.holidays(2025).some((h) => h.key === 'unity_day')).toBe(false);
  });

  it('replaces an estimate by a confirmed date', () => {
    const list = core.holidays(2026, [{ key: 'eid_al_fitr', date: '2026-03-21' }]);
    expect(list.filter((h) => h.key === 'eid_al_fitr')).toMatchObject([
      { date: '2026-03-21', estimated: false },
      { date: '2026-03-22', estimated: false },
    ]);
  });

  it('computes the R5 deadlines on the Moroccan calendar', () => {
    expect(core.checkNotice('2026-06-15T09:00:00Z', '2026-06-05T09:00:00Z')).toEqual({ ok: true });
    expect(core.checkNotice('2026-06-15T09:00:00Z', '2026-06-06T09:00:00Z')).toMatchObject({
      ok: false,
      rule: 'R5.2',
    });
    // Notice on 5 June (UTC+1): the window ends at 00:00 local on 9 June.
    expect(new Date(core.proposalWindowCloses('2026-06-05T09:00:00Z')).toISOString()).toBe(
      '2026-06-08T23:00:00.000Z',
    );
    // Meeting Thursday 19 March 2026, before Eid al-Fitr (20–21 March, estimated).
    expect(core.minutesShareDeadline('2026-03-19')).toBe('2026-03-25');
    expect(core.amendmentDeadline('2026-03-25')).toBe('2026-03-27');
    expect(core.isBusinessDay('2026-03-20')).toBe(false);
    expect(core.addBusinessDays('2026-03-19', 1)).toBe('2026-03-23');
  });

  it('decides double majority per college of active seats', () => {
    const tally = { administration: { seats: 5, yes: 3 }, civilSociety: { seats: 5, yes: 3 } };
    expect(core.doubleMajority(tally)).toEqual({
      adopted: true,
      needed: { administration: 3, civilSociety: 3 },
    });
    expect(
      core.doubleMajority(
        { administration: { seats: 4, yes: 2 }, civilSociety: { seats: 4, yes: 2 } },
        { threshold: 'more-than-half' },
      ).adopted,
    ).toBe(false);
  });

  it('checks parity, mandates, absences, revision requests and rankings', () => {
    expect(core.checkParity([]).ok).toBe(false);
    expect(
      core.checkParity([
        { college: 'administration', active: true },
        { college: 'civil_society', active: true },
      ]).ok,
    ).toBe(true);
    expect(
      core.checkNewMandate(
        [
          { start: '2021-01-01', end: '2022-12-31' },
          { start: '2023-01-01', end: '2024-12-31' },
        ],
        '2025-01-01',
      ),
    ).toMatchObject({ ok: false, rule: 'R4.7' });
    expect(
      core.absenceCessation(
        [
          { day: '2025-01-10', status: 'absent' },
          { day: '2025-06-10', status: 'excused' },
          { day: '2026-01-10', status: 'absent' },
          { day: '2026-06-10', status: 'absent' },
        ],
        '2026-07-01',
      ),
    ).toEqual({ triggered: true, counted: ['2025-01-10', '2026-01-10', '2026-06-10'] });
    expect(
      core.checkRevisionRequest({
        planEnd: '2026-12-31',
        filedOn: '2026-09-30',
        supporters: 10,
        activeSeats: 10,
      }),
    ).toMatchObject({ ok: false, details: { reason: 'outside-window' } });
    const ranked = core.rankApplications({
      applications: [
        { id: 'a', complete: true, region: 'Oriental', expertise: [] },
        { id: 'b', complete: true, region: 'Souss-Massa', expertise: [] },
        { id: 'c', complete: false, region: 'Drâa-Tafilalet', expertise: [] },
      ],
      scores: [
        { applicationId: 'a', scorerId: 's1', criterion: 'plan_implementation', points: 18 },
        { applicationId: 'b', scorerId: 's1', criterion: 'plan_implementation', points: 12 },
      ],
      seats: 1,
    });
    expect(ranked.ranking).toEqual([
      { id: 'a', total: 18, rank: 1 },
      { id: 'b', total: 12, rank: 2 },
    ]);
    expect(ranked.excluded).toEqual([{ id: 'c', reason: 'incomplete' }]);
    expect(ranked.tieBreaks).toEqual([{ selected: 'a', runnerUp: 'b', gap: 6 }]);
  });

  it('throws a zod error on malformed input and on a negative count', () => {
    expect(() => core.addBusinessDays('2026-02-30', 1)).toThrow(ZodError);
    expect(() => core.addBusinessDays('2026-02-10', -1)).toThrow(ZodError);
    expect(() => core.checkNotice('tomorrow', '2026-06-05T09:00:00Z')).toThrow(ZodError);
  });

  it('writes every verdict message in French, Arabic and English', () => {
    const verdict = core.checkNotice('2026-06-15T09:00:00Z', '2026-06-06T09:00:00Z');
    if (verdict.ok) throw new Error('expected a violation');
    expect(Object.keys(verdict.message).sort()).toEqual(['ar', 'en', 'fr']);
    expect(verdict.message.ar).toMatch(/[\u0600-\u06FF]/);
  });
});
