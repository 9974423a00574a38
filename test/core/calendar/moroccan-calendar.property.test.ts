import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addBusinessDays,
  holidays,
  isBusinessDay,
} from '../../../core/calendar/moroccan-calendar.js';
import { addDays, dayOfWeek, daysBetween } from '../../../core/time.js';

const RUNS = { numRuns: 200 };
const FIRST = '2020-01-01';
const SPAN = daysBetween(FIRST, '2035-12-31');

/** Any day from 2020 to 2035. */
const day = fc.integer({ min: 0, max: SPAN }).map((k) => addDays(FIRST, k));
const count = fc.integer({ min: 0, max: 40 });

describe('Business days: properties of addBusinessDays and isBusinessDay (2020–2035)', () => {
  it('lands on a business day for n ≥ 1', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (d, n) => {
        expect(isBusinessDay(addBusinessDays(d, n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(day, count, (d, n) => {
        expect(addBusinessDays(d, n + 1) > addBusinessDays(d, n)).toBe(true);
      }),
      RUNS,
    );
  });

  it('moves at least n calendar days and passes exactly n business days', () => {
    fc.assert(
      fc.property(day, count, (d, n) => {
        const result = addBusinessDays(d, n);
        expect(daysBetween(d, result)).toBeGreaterThanOrEqual(n);
        let passed = 0;
        for (let k = 1; k <= daysBetween(d, result); k++) {
          if (isBusinessDay(addDays(d, k))) passed++;
        }
        expect(passed).toBe(n);
      }),
      RUNS,
    );
  });

  it('agrees with the holiday table and the weekday', () => {
    fc.assert(
      fc.property(day, (d) => {
        const holiday = holidays(Number(d.slice(0, 4))).some((h) => h.date === d);
        expect(isBusinessDay(d)).toBe(dayOfWeek(d) <= 5 && !holiday);
      }),
      RUNS,
    );
  });
});
