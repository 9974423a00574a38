import { z } from 'zod';

/**
 * The public holidays of Morocco's public administration, as data (RULES.md, "Business days").
 * A new decree is a change to these two tables only: add an entry with the year it starts
 * (`firstYear`) and its source, or close one with `lastYear`. Nothing else reads a holiday
 * date from anywhere but here.
 *
 * Scope: the table describes the list in force when the manual was adopted (2022) and every
 * change since. For older entries `firstYear` is the year the current date is known to apply
 * from; earlier history (e.g. Throne Day on 3 March before 2000) is not modelled.
 */

export const FIXED_HOLIDAY_KEYS = [
  'new_year',
  'independence_manifesto',
  'amazigh_new_year',
  'labour_day',
  'throne_day',
  'oued_eddahab',
  'revolution_king_people',
  'youth_day',
  'unity_day',
  'green_march',
  'independence_day',
] as const;

export const HIJRI_HOLIDAY_KEYS = [
  'islamic_new_year',
  'mawlid',
  'eid_al_fitr',
  'eid_al_adha',
] as const;

export const FixedHolidayKeySchema = z.enum(FIXED_HOLIDAY_KEYS);
export const HijriHolidayKeySchema = z.enum(HIJRI_HOLIDAY_KEYS);
export const HolidayKeySchema = z.enum([...FIXED_HOLIDAY_KEYS, ...HIJRI_HOLIDAY_KEYS]);
export type FixedHolidayKey = z.infer<typeof FixedHolidayKeySchema>;
export type HijriHolidayKey = z.infer<typeof HijriHolidayKeySchema>;
export type HolidayKey = z.infer<typeof HolidayKeySchema>;

const NamesSchema = z.object({
  fr: z.string().min(1),
  ar: z.string().min(1),
  en: z.string().min(1),
});
const year = z.number().int().min(1900).max(2200);

/** A holiday on the same Gregorian day every year. */
export const FixedHolidaySchema = z
  .object({
    key: FixedHolidayKeySchema,
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    /** First Gregorian year the holiday applies; before it the entry does not apply. */
    firstYear: year,
    /** Last Gregorian year it applies, when a decree removed or moved it. */
    lastYear: year.optional(),
    /** The legal text (or official announcement) the entry rests on. */
    source: z.string().min(1),
    names: NamesSchema,
  })
  .refine((h) => h.lastYear === undefined || h.lastYear >= h.firstYear, {
    message: 'lastYear must not precede firstYear',
  });
export type FixedHoliday = z.infer<typeof FixedHolidaySchema>;

/** A holiday on a day of the Hijri calendar; its Gregorian date is estimated, then confirmed. */
export const HijriHolidaySchema = z.object({
  key: HijriHolidayKeySchema,
  /** Hijri month as a Temporal month code: M01 = Muharram … M12 = Dhu al-Hijja. */
  monthCode: z.enum([
    'M01',
    'M02',
    'M03',
    'M04',
    'M05',
    'M06',
    'M07',
    'M08',
    'M09',
    'M10',
    'M11',
    'M12',
  ]),
  /** First Hijri day of the holiday. */
  day: z.number().int().min(1).max(30),
  /** Number of consecutive days off. */
  length: z.union([z.literal(1), z.literal(2)]),
  source: z.string().min(1),
  names: NamesSchema,
});
export type HijriHoliday = z.infer<typeof HijriHolidaySchema>;

/** The decree listing the holidays off work in public administrations, as amended since. */
const DECREE_1977 =
  'Décret n° 2-77-169 du 28 février 1977 fixant la liste des jours fériés chômés dans les administrations publiques, établissements publics et services concédés, tel que modifié';

const fixed: z.input<typeof FixedHolidaySchema>[] = [
  {
    key: 'new_year',
    month: 1,
    day: 1,
    firstYear: 1977,
    source: DECREE_1977,
    names: { fr: 'Nouvel An', ar: 'رأس السنة الميلادية', en: "New Year's Day" },
  },
  {
    key: 'independence_manifesto',
    month: 1,
    day: 11,
    firstYear: 1977,
    source: DECREE_1977,
    names: {
      fr: "Anniversaire de la présentation du Manifeste de l'Indépendance",
      ar: 'ذكرى تقديم وثيقة الاستقلال',
      en: 'Anniversary of the Independence Manifesto',
    },
  },
  {
    // Royal decision announced on 3 May 2023, applied from January 2024.
    key: 'amazigh_new_year',
    month: 1,
    day: 14,
    firstYear: 2024,
    source:
      'Communiqué du Cabinet royal, 3 mai 2023 ; décret n° 2-23-688 modifiant et complétant le décret n° 2-77-169 (adopté en Conseil de gouvernement le 23 novembre 2023)',
    names: { fr: 'Nouvel An amazigh', ar: 'رأس السنة الأمازيغية', en: 'Amazigh New Year' },
  },
  {
    key: 'labour_day',
    month: 5,
    day: 1,
    firstYear: 1977,
    source: DECREE_1977,
    names: { fr: 'Fête du Travail', ar: 'عيد الشغل', en: 'Labour Day' },
  },
  {
    // On 30 July since the accession of King Mohammed VI (1999): first celebrated in 2000.
    key: 'throne_day',
    month: 7,
    day: 30,
    firstYear: 2000,
    source: DECREE_1977,
    names: { fr: 'Fête du Trône', ar: 'عيد العرش', en: 'Throne Day' },
  },
  {
    // Recovery of the Oued Eddahab province on 14 August 1979.
    key: 'oued_eddahab',
    month: 8,
    day: 14,
    firstYear: 1979,
    source: DECREE_1977,
    names: {
      fr: "Anniversaire de la récupération de la province d'Oued Eddahab",
      ar: 'ذكرى استرجاع إقليم وادي الذهب',
      en: 'Anniversary of the Recovery of Oued Eddahab',
    },
  },
  {
    key: 'revolution_king_people',
    month: 8,
    day: 20,
    firstYear: 1977,
    source: DECREE_1977,
    names: {
      fr: 'Anniversaire de la Révolution du Roi et du Peuple',
      ar: 'ذكرى ثورة الملك والشعب',
      en: 'Anniversary of the Revolution of the King and the People',
    },
  },
  {
    // On 21 August since the accession of King Mohammed VI (1999): first celebrated in 2000.
    key: 'youth_day',
    month: 8,
    day: 21,
    firstYear: 2000,
    source: DECREE_1977,
    names: { fr: 'Fête de la Jeunesse', ar: 'عيد الشباب', en: 'Youth Day' },
  },
  {
    key: 'unity_day',
    month: 10,
    day: 31,
    firstYear: 2026,
    source: 'Décret n° 2-25-1140 (Aïd Al Wahda, 31 octobre), applicable à partir de 2026',
    names: {
      fr: 'Aïd Al Wahda (Fête de l’Unité)',
      ar: 'عيد الوحدة',
      en: 'Unity Day (Eid Al Wahda)',
    },
  },
  {
    key: 'green_march',
    month: 11,
    day: 6,
    firstYear: 1977,
    source: DECREE_1977,
    names: {
      fr: 'Anniversaire de la Marche verte',
      ar: 'ذكرى المسيرة الخضراء',
      en: 'Anniversary of the Green March',
    },
  },
  {
    key: 'independence_day',
    month: 11,
    day: 18,
    firstYear: 1977,
    source: DECREE_1977,
    names: { fr: "Fête de l'Indépendance", ar: 'عيد الاستقلال', en: 'Independence Day' },
  },
];

const hijri: z.input<typeof HijriHolidaySchema>[] = [
  {
    key: 'islamic_new_year',
    monthCode: 'M01',
    day: 1,
    length: 1,
    source: DECREE_1977,
    names: {
      fr: "1er Moharram (Nouvel An de l'Hégire)",
      ar: 'فاتح محرم',
      en: 'Islamic New Year (1 Muharram)',
    },
  },
  {
    key: 'mawlid',
    monthCode: 'M03',
    day: 12,
    length: 2,
    source: DECREE_1977,
    names: {
      fr: 'Aïd Al Mawlid Annabawi',
      ar: 'عيد المولد النبوي',
      en: "Mawlid (the Prophet's Birthday)",
    },
  },
  {
    key: 'eid_al_fitr',
    monthCode: 'M10',
    day: 1,
    length: 2,
    source: DECREE_1977,
    names: { fr: 'Aïd Al Fitr', ar: 'عيد الفطر', en: 'Eid al-Fitr' },
  },
  {
    key: 'eid_al_adha',
    monthCode: 'M12',
    day: 10,
    length: 2,
    source: DECREE_1977,
    names: { fr: 'Aïd Al Adha', ar: 'عيد الأضحى', en: 'Eid al-Adha' },
  },
];

function deepFreeze<T extends object>(items: T[]): readonly T[] {
  for (const item of items) {
    for (const value of Object.values(item)) {
      if (typeof value === 'object' && value !== null) Object.freeze(value);
    }
    Object.freeze(item);
  }
  return Object.freeze(items);
}

/** Validated at load time, so a typo in a new entry fails every test at once. */
export const FIXED_HOLIDAYS: readonly FixedHoliday[] = deepFreeze(
  z.array(FixedHolidaySchema).parse(fixed),
);
export const HIJRI_HOLIDAYS: readonly HijriHoliday[] = deepFreeze(
  z.array(HijriHolidaySchema).parse(hijri),
);

/** The fixed holidays that apply in a Gregorian year. */
export function fixedHolidaysOf(gregorianYear: number): FixedHoliday[] {
  return FIXED_HOLIDAYS.filter(
    (h) =>
      h.firstYear <= gregorianYear && (h.lastYear === undefined || gregorianYear <= h.lastYear),
  );
}
