import type { Seat } from '../../model/seat.js';
import { parityReport } from '../../rules/r3-2-parity.js';
import type { Violation } from '../../verdict.js';

/**
 * R3.2: a change that breaks parity is saved (the register reflects the letters received) but
 * the composition is shown as unbalanced and the imbalance is returned as a warning.
 */
export function parityWarnings(seats: readonly Seat[]): Violation[] {
  const report = parityReport(
    seats.map((s) => ({ college: s.college, active: s.status === 'active' })),
  );
  return report.verdict.ok ? [] : [report.verdict];
}
