import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  communicationObjectionDeadline,
  communicationStatus,
  checkCommunicationValidated,
} from '../../../core/rules/r10-1-communication-validation.js';
import { PolicySchema } from '../../../core/policy.js';
import { formatDayLong } from '../../../core/time.js';

describe('R10.1 communication validated by the committee before it goes out', () => {
  it('leaves 2 business days to object, skipping weekends and holidays', () => {
    expect(communicationObjectionDeadline('2026-04-09')).toBe('2026-04-13'); // Thu → Mon
    expect(communicationObjectionDeadline('2026-03-19')).toBe('2026-03-24'); // Eid on Fri 20
  });

  it('reads the window from the policy', () => {
    const policy = PolicySchema.parse({ communicationObjectionBusinessDays: 5 });
    expect(communicationObjectionDeadline('2026-04-06', [], policy)).toBe('2026-04-13');
  });

  it('is pending until the end of the deadline day', () => {
    const status = communicationStatus({
      submittedDay: '2026-03-19',
      objections: 0,
      today: '2026-03-24',
    });
    expect(status.state).toBe('pending');
    expect(status.deadline).toBe('2026-03-24');
    expect(status.verdict.ok).toBe(false);
    if (status.verdict.ok) return;
    expect(status.verdict.rule).toBe('R10.1');
    expect(status.verdict.message.fr).toContain(formatDayLong('2026-03-24').fr);
    expect(status.verdict.message.en).toContain('art. 10');
  });

  it('is validated by the absence of objection once the deadline has passed', () => {
    expect(
      communicationStatus({ submittedDay: '2026-03-19', objections: 0, today: '2026-03-25' }),
    ).toEqual({ state: 'validated', deadline: '2026-03-24', verdict: { ok: true } });
  });

  it('goes to a vote when someone objects', () => {
    const status = communicationStatus({
      submittedDay: '2026-03-19',
      objections: 1,
      today: '2026-03-23',
    });
    expect(status.state).toBe('objected');
    expect(!status.verdict.ok && status.verdict.message.fr).toContain('une objection');
    expect(
      communicationStatus({ submittedDay: '2026-03-19', objections: 2, today: '2026-04-30' }).state,
    ).toBe('objected');
  });

  it('is validated by an adopted vote and refused by a rejected one', () => {
    const base = { submittedDay: '2026-03-19', objections: 1, today: '2026-03-23' };
    expect(communicationStatus({ ...base, voteOutcome: 'adopted' })).toMatchObject({
      state: 'validated',
      verdict: { ok: true },
    });
    expect(communicationStatus({ ...base, voteOutcome: 'rejected' })).toMatchObject({
      state: 'rejected',
      verdict: { ok: false, rule: 'R10.1' },
    });
  });

  it('applies confirmed Hijri dates to the deadline', () => {
    const confirmed = [{ key: 'eid_al_fitr', date: '2026-03-21' }];
    expect(communicationObjectionDeadline('2026-03-19', confirmed)).toBe('2026-03-23');
  });

  it('refuses malformed input with a zod error', () => {
    expect(() =>
      communicationStatus({ submittedDay: '2026-03-19', objections: -1, today: '2026-03-23' }),
    ).toThrow(ZodError);
    expect(() => communicationObjectionDeadline('19 mars')).toThrow(ZodError);
  });
});

describe('R10.1 nothing is published before validation', () => {
  it('lets a validated communication go out', () => {
    expect(checkCommunicationValidated('validated')).toEqual({ ok: true });
  });

  it.each(['submitted', 'objected', 'vote_open', 'rejected'])(
    'refuses one that is %s',
    (status) => {
      expect(checkCommunicationValidated(status)).toMatchObject({
        ok: false,
        rule: 'R10.1',
        details: { reason: 'not-validated', status },
      });
    },
  );
});
