import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DoubleMajorityThreshold } from '../../../core/policy.js';
import { doubleMajority } from '../../../core/rules/r13-2-double-majority.js';

/** A college: its active seats and a yes count that fits in them. */
const college = fc
  .integer({ min: 0, max: 60 })
  .chain((seats) =>
    fc.record({ seats: fc.constant(seats), yes: fc.integer({ min: 0, max: seats }) }),
  );
const threshold = fc.constantFrom<DoubleMajorityThreshold>('at-least-half', 'more-than-half');

describe('R13.2 double majority is monotone in yes votes', () => {
  it('never turns adopted into rejected when one more seat votes yes (both thresholds)', () => {
    fc.assert(
      fc.property(
        college,
        college,
        threshold,
        fc.boolean(),
        (administration, civilSociety, t, inAdministration) => {
          const grown = inAdministration ? administration : civilSociety;
          fc.pre(grown.yes < grown.seats);
          const before = doubleMajority({ administration, civilSociety }, { threshold: t });
          const after = doubleMajority(
            inAdministration
              ? { administration: { ...administration, yes: administration.yes + 1 }, civilSociety }
              : { administration, civilSociety: { ...civilSociety, yes: civilSociety.yes + 1 } },
            { threshold: t },
          );
          expect(before.adopted && !after.adopted).toBe(false);
        },
      ),
    );
  });

  it('is monotone in each college’s yes votes: more yes in both never rejects what fewer adopted', () => {
    fc.assert(
      fc.property(
        college,
        college,
        threshold,
        fc.nat(),
        fc.nat(),
        (administration, civilSociety, t, extraAdministration, extraCivilSociety) => {
          const more = {
            administration: {
              seats: administration.seats,
              yes: Math.min(administration.seats, administration.yes + extraAdministration),
            },
            civilSociety: {
              seats: civilSociety.seats,
              yes: Math.min(civilSociety.seats, civilSociety.yes + extraCivilSociety),
            },
          };
          const fewer = doubleMajority({ administration, civilSociety }, { threshold: t });
          if (fewer.adopted) expect(doubleMajority(more, { threshold: t }).adopted).toBe(true);
        },
      ),
    );
  });

  it('adopts exactly when each college reaches its needed yes votes, with seats in both', () => {
    fc.assert(
      fc.property(college, college, threshold, (administration, civilSociety, t) => {
        const { adopted, needed } = doubleMajority(
          { administration, civilSociety },
          { threshold: t },
        );
        const expected =
          administration.seats > 0 &&
          civilSociety.seats > 0 &&
          administration.yes >= needed.administration &&
          civilSociety.yes >= needed.civilSociety;
        expect(adopted).toBe(expected);
        // The bar is never above the seats, and "more than half" is never below "at least half".
        expect(needed.administration).toBeLessThanOrEqual(Math.max(administration.seats, 1));
        const other = doubleMajority(
          { administration, civilSociety },
          { threshold: 'more-than-half' },
        ).needed;
        expect(other.administration).toBeGreaterThanOrEqual(
          doubleMajority({ administration, civilSociety }, { threshold: 'at-least-half' }).needed
            .administration,
        );
      }),
    );
  });
});
