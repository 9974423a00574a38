import type { MessageKey } from '../i18n/render.js';
import { z } from 'zod';
import type { Locale, Localized } from '../i18n/localized.js';
import { INTL_LOCALE } from '../i18n/localized.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';

/** R3.1: the committee's two colleges, public administration and civil society. */
export const CollegeSchema = z.enum(['administration', 'civil_society']);
export type College = z.infer<typeof CollegeSchema>;

/** The name of each college, as a committee member reads it. */
export const COLLEGE_LABELS: Readonly<Record<College, Localized>> = Object.freeze({
  administration: {
    fr: 'administration publique',
    ar: 'الإدارة العمومية',
    en: 'public administration',
  },
  civil_society: { fr: 'société civile', ar: 'المجتمع المدني', en: 'civil society' },
});

/** What a seat needs (R3.1): its organisation, its titular and its alternate. */
export type SeatPart = 'organisation' | 'titular' | 'alternate';

const SEAT_PART_LABELS: Readonly<Record<SeatPart, Localized>> = Object.freeze({
  organisation: { fr: 'l’organisation', ar: 'المنظمة', en: 'the organisation' },
  titular: { fr: 'le membre titulaire', ar: 'العضو الرسمي', en: 'the titular member' },
  alternate: { fr: 'le membre suppléant', ar: 'العضو المناوب', en: 'the alternate member' },
});

/**
 * A list such as « l’organisation et le membre suppléant », written in each UI language
 * (Intl.ListFormat, so Arabic gets its own conjunction).
 */
export function localizedList(items: readonly Localized[]): Localized {
  const render = (locale: Locale): string =>
    new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(
      items.map((item) => item[locale]),
    );
  return { fr: render('fr'), ar: render('ar'), en: render('en') };
}

/** An empty or blank identifier is what an untouched form field sends: it means "missing". */
function present(id: string | undefined): id is string {
  return id !== undefined && id.trim() !== '';
}

export const SeatCompositionSchema = z.object({
  college: CollegeSchema,
  organisationId: z.string().optional(),
  titularId: z.string().optional(),
  alternateId: z.string().optional(),
});
export type SeatComposition = z.infer<typeof SeatCompositionSchema>;

const INCOMPLETE_SEAT = 'rule.3_1.incompleteSeat' satisfies MessageKey;

const SAME_PERSON = 'rule.3_1.samePerson' satisfies MessageKey;

/**
 * R3.1: a seat belongs to one organisation and has a titular and an alternate, who are two
 * different people. Blank identifiers count as missing.
 *
 * Violation details: `{ reason: 'incomplete', missing: SeatPart[] }` (every missing part at
 * once, so the form can mark them all) or `{ reason: 'same-person', personId }`.
 */
export function checkSeatComposition(seat: z.input<typeof SeatCompositionSchema>): Verdict {
  const parsed = SeatCompositionSchema.parse(seat);
  const missing: SeatPart[] = [];
  if (!present(parsed.organisationId)) missing.push('organisation');
  if (!present(parsed.titularId)) missing.push('titular');
  if (!present(parsed.alternateId)) missing.push('alternate');
  if (missing.length > 0) {
    return violation(
      'R3.1',
      INCOMPLETE_SEAT,
      { missing: localizedList(missing.map((part) => SEAT_PART_LABELS[part])) },
      { reason: 'incomplete', missing },
    );
  }
  if (parsed.titularId?.trim() === parsed.alternateId?.trim()) {
    return violation(
      'R3.1',
      SAME_PERSON,
      {},
      { reason: 'same-person', personId: parsed.titularId },
    );
  }
  return OK;
}

export const SeatHoldersSchema = z.object({
  seatId: z.string().min(1),
  active: z.boolean(),
  titularId: z.string().optional(),
  alternateId: z.string().optional(),
});
export type SeatHolders = z.infer<typeof SeatHoldersSchema>;

const SEVERAL_SEATS = 'rule.3_1.severalSeats' satisfies MessageKey;

/**
 * R3.1: a person is the titular or the alternate of at most one active seat. Pass the seats as
 * they would be after the change being checked (e.g. including the seat being filled).
 * Ceased seats are ignored. Being both titular and alternate of one seat is
 * {@link checkSeatComposition}'s concern, so it counts here as one seat.
 *
 * Violation details: `{ personId, seatIds }` (the active seats the person is on, in input order).
 */
export function checkPersonHoldsOneSeat(
  personId: string,
  seats: z.input<typeof SeatHoldersSchema>[],
): Verdict {
  const person = z.string().min(1).parse(personId);
  const parsed = z.array(SeatHoldersSchema).parse(seats);
  const seatIds = parsed
    .filter((seat) => seat.active && (seat.titularId === person || seat.alternateId === person))
    .map((seat) => seat.seatId);
  const distinct = [...new Set(seatIds)];
  if (distinct.length <= 1) return OK;
  return violation(
    'R3.1',
    SEVERAL_SEATS,
    { count: distinct.length },
    { personId: person, seatIds: distinct },
  );
}
