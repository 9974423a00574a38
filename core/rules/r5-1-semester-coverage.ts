import { message } from '../i18n/message.js';
import type { MessageKey } from '../i18n/render.js';
import { z } from 'zod';
import { DEFAULT_POLICY } from '../policy.js';
import type { Policy } from '../policy.js';
import { DaySchema, daysBetween, formatDayLong, parseDay } from '../time.js';
import { OK, violation } from '../verdict.js';
import type { Verdict } from '../verdict.js';

/**
 * R5.1: the committee meets at least once per calendar semester (Jan–Jun, Jul–Dec). A semester
 * with no meeting held or scheduled is flagged from its first day, and flagged again (more
 * urgently) when fewer than `policy.semesterWarningDays` days remain.
 */

export const CoverageMeetingStatusSchema = z.enum(['scheduled', 'held', 'cancelled']);

export const SemesterCoverageInputSchema = z.object({
  meetings: z.array(z.object({ day: DaySchema, status: CoverageMeetingStatusSchema })),
  today: DaySchema,
});
export type SemesterCoverageInput = z.input<typeof SemesterCoverageInputSchema>;

export interface Semester {
  start: string;
  end: string;
  /** `2026-S1` (January–June) or `2026-S2` (July–December). */
  label: string;
}

export interface SemesterCoverage {
  semester: Semester;
  covered: boolean;
  /** `uncovered-ending`: no meeting and fewer than policy.semesterWarningDays days remain. */
  flag: 'none' | 'uncovered' | 'uncovered-ending';
  /** Days left in the semester, today included (a day ends at 23:59:59 local). */
  daysRemaining: number;
  verdict: Verdict;
}

/** The calendar semester containing `day`. */
export function semesterOf(day: string): Semester {
  const date = parseDay(day);
  const first = date.month <= 6;
  const year = String(date.year).padStart(4, '0');
  return first
    ? { start: `${year}-01-01`, end: `${year}-06-30`, label: `${year}-S1` }
    : { start: `${year}-07-01`, end: `${year}-12-31`, label: `${year}-S2` };
}

const SEMESTER_NAME = 'rule.5_1.semesterName' satisfies MessageKey;

const UNCOVERED = {
  fr: "Le comité doit se réunir au moins une fois par semestre (art. 5) : aucune réunion n'est tenue ni prévue au {semester} (du {start} au {end}), {daysRemaining, plural, one {il reste # jour} other {il reste # jours}}.",
  ar: 'يجب أن تجتمع اللجنة مرة واحدة على الأقل في كل أسدس (المادة 5): لم يُعقد ولم يُبرمج أي اجتماع خلال {semester} (من {start} إلى {end})، {daysRemaining, plural, zero {ولم يبقَ أي يوم} one {ويبقى يوم واحد} two {ويبقى يومان} few {ويبقى # أيام} many {ويبقى # يومًا} other {ويبقى # يوم}}.',
  en: 'The committee must meet at least once per semester (art. 5): no meeting is held or scheduled in the {semester} ({start} to {end}), {daysRemaining, plural, one {# day remains} other {# days remain}}.',
};

/** R5.1: whether the semester containing `today` has a meeting held or scheduled. */
export function semesterCoverage(
  input: SemesterCoverageInput,
  policy: Policy = DEFAULT_POLICY,
): SemesterCoverage {
  const { meetings, today } = SemesterCoverageInputSchema.parse(input);
  const semester = semesterOf(today);
  // R5.1: a cancelled meeting does not cover the semester; a scheduled one does until cancelled.
  const covered = meetings.some(
    (m) => m.status !== 'cancelled' && m.day >= semester.start && m.day <= semester.end,
  );
  const daysRemaining = daysBetween(today, semester.end) + 1;
  if (covered) return { semester, covered, flag: 'none', daysRemaining, verdict: OK };

  const flag = daysRemaining < policy.semesterWarningDays ? 'uncovered-ending' : 'uncovered';
  const semesterName = message(SEMESTER_NAME, {
    half: semester.label.endsWith('S1') ? 'first' : 'second',
    // A string, so that the year is not written with a thousands separator.
    year: semester.start.slice(0, 4),
  });
  const verdict = violation(
    'R5.1',
    UNCOVERED,
    {
      semester: semesterName,
      start: formatDayLong(semester.start),
      end: formatDayLong(semester.end),
      daysRemaining,
    },
    {
      semester: semester.label,
      start: semester.start,
      end: semester.end,
      daysRemaining,
      flag,
      warningDays: policy.semesterWarningDays,
    },
  );
  return { semester, covered, flag, daysRemaining, verdict };
}
