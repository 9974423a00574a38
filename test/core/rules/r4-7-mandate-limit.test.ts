import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { PolicySchema } from '../../../core/policy.js';
import {
  checkMandateTerm,
  checkNewMandate,
  consecutiveChain,
} from '../../../core/rules/r4-7-mandate-limit.js';
import { addDays, formatDayLong } from '../../../core/time.js';

const first = { start: '2018-06-01', end: '2020-05-31' };
const second = { start: '2020-06-01', end: '2022-05-31' };

describe('R4.7 at most two consecutive mandates', () => {
  it('accepts a first mandate', () => {
    expect(checkNewMandate([], '2022-06-01')).toEqual({ ok: true });
  });

  it('accepts a second consecutive mandate', () => {
    expect(checkNewMandate([first], '2020-06-01')).toEqual({ ok: true });
  });

  it('refuses a third consecutive mandate, with a clear reason', () => {
    const verdict = checkNewMandate([first, second], '2022-06-01');
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R4.7',
      details: { consecutive: 2, max: 2, chain: [first, second], eligibleFrom: '2023-05-31' },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('plus de 2 mandats consécutifs');
    // The rule's job is to name the right days; how a day is written is core/time.ts's.
    expect(verdict.message.fr).toContain(`le dernier achevé le ${formatDayLong('2022-05-31').fr}`);
    expect(verdict.message.en).toContain(
      `start on ${formatDayLong('2023-05-31').en} at the earliest`,
    );
    expect(verdict.message.ar).toContain('R4.7');
  });

  it('sorts the previous mandates itself', () => {
    expect(checkNewMandate([second, first], '2022-06-01').ok).toBe(false);
  });

  it('counts a mandate starting 364 days after the previous one ended as consecutive', () => {
    const newStart = addDays(second.end, 364);
    expect(consecutiveChain([first, second], newStart)).toHaveLength(2);
    expect(checkNewMandate([first, second], newStart).ok).toBe(false);
  });

  it('does not count a mandate starting 365 days after the previous one ended', () => {
    const newStart = addDays(second.end, 365);
    expect(consecutiveChain([first, second], newStart)).toEqual([]);
    expect(checkNewMandate([first, second], newStart)).toEqual({ ok: true });
  });

  it('resets the chain after a break of 365 days or more between previous mandates', () => {
    const old = { start: '2014-06-01', end: '2016-05-31' };
    const afterBreak = { start: addDays(old.end, 365), end: '2019-05-31' };
    expect(consecutiveChain([old, afterBreak], '2019-06-01')).toEqual([afterBreak]);
    expect(checkNewMandate([old, afterBreak], '2019-06-01')).toEqual({ ok: true });
    const beforeBreak = { ...afterBreak, start: addDays(old.end, 364) };
    expect(checkNewMandate([old, beforeBreak], '2019-06-01').ok).toBe(false);
  });

  it('reads the limit and the gap from the policy', () => {
    const policy = PolicySchema.parse({ maxConsecutiveMandates: 3, consecutiveMandateGapDays: 30 });
    expect(checkNewMandate([first, second], '2022-06-01', policy)).toEqual({ ok: true });
    expect(consecutiveChain([first, second], addDays(second.end, 30), policy)).toEqual([]);
  });

  it('throws on a malformed day, a mandate ending before it starts, or a later previous mandate', () => {
    expect(() => checkNewMandate([first], '2022-6-1')).toThrow(ZodError);
    expect(() =>
      checkNewMandate([{ start: '2020-01-01', end: '2019-01-01' }], '2022-06-01'),
    ).toThrow(ZodError);
    expect(() =>
      checkNewMandate([{ start: '2023-01-01', end: '2024-01-01' }], '2022-06-01'),
    ).toThrow(ZodError);
  });
});

describe('R4.7 a mandate lasts two years at most', () => {
  it('accepts a two-year mandate, whether its end day is inclusive or exclusive', () => {
    expect(checkMandateTerm({ start: '2022-06-28', end: '2024-06-27' })).toEqual({ ok: true });
    expect(checkMandateTerm({ start: '2022-06-28', end: '2024-06-28' })).toEqual({ ok: true });
  });

  it('accepts a shorter mandate (renewal follows the next action plan)', () => {
    expect(checkMandateTerm({ start: '2022-06-28', end: '2023-12-31' })).toEqual({ ok: true });
  });

  it('refuses a mandate ending a day after two years', () => {
    const verdict = checkMandateTerm({ start: '2022-06-28', end: '2024-06-29' });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R4.7',
      details: { reason: 'too-long', latestEnd: '2024-06-28' },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('tous les 2 ans');
    expect(verdict.message.en).toContain(`ends on ${formatDayLong('2024-06-28').en} at the latest`);
  });

  it('refuses a mandate ending before it starts', () => {
    expect(checkMandateTerm({ start: '2022-06-28', end: '2022-06-27' })).toMatchObject({
      ok: false,
      details: { reason: 'ends-before-start' },
    });
  });

  it('reads the length from the policy', () => {
    const policy = PolicySchema.parse({ mandateYears: 3 });
    expect(checkMandateTerm({ start: '2022-06-28', end: '2025-06-28' }, policy)).toEqual({
      ok: true,
    });
  });

  it('throws on a malformed day', () => {
    expect(() => checkMandateTerm({ start: '2022-06-28', end: 'soon' })).toThrow(ZodError);
  });
});
