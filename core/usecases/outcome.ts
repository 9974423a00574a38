import type { z } from 'zod';
import { IdSchema } from '../model/common.js';
import type { Localized } from '../i18n/localized.js';
import { StoreError } from '../ports/errors.js';
import type { Violation } from '../verdict.js';

/** A field-level problem with the input, in the shape problem details carry. */
export interface InputIssue {
  path: string;
  message: string;
}

/**
 * What every use case returns. A refused request is a value that the edge renders: `invalid`
 * (bad input, with every issue), `forbidden` (role), `not_found`, `conflict` (stale version or
 * duplicate), `rule` (a rule of the manual, cited). Only broken infrastructure throws.
 */
export type Outcome<T> =
  | {
      ok: true;
      value: T;
      warnings: Violation[];
      /**
       * The same request was already recorded (a double click, a replayed card action, the
       * same text twice): nothing new was written, and `value` is the record as it stands.
       */
      repeated?: true;
    }
  | { ok: false; reason: 'invalid'; issues: InputIssue[]; message: Localized }
  | { ok: false; reason: 'forbidden'; message: Localized }
  | { ok: false; reason: 'not_found'; message: Localized }
  | { ok: false; reason: 'conflict'; message: Localized }
  | { ok: false; reason: 'rule'; violation: Violation; message: Localized };

export type Refusal = Extract<Outcome<never>, { ok: false }>;

export function success<T>(value: T, warnings: Violation[] = []): Outcome<T> {
  return { ok: true, value, warnings };
}

/** An idempotent repeat: accepted, nothing written again (see `Outcome`'s `repeated`). */
export function repeated<T>(value: T): Outcome<T> {
  return { ok: true, value, warnings: [], repeated: true };
}

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' &&
  value !== null &&
  ['fr', 'ar', 'en'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string');

/** A zod issue in words a user reads, in each language (zod's own messages are English). */
function describeIssue(issue: z.core.$ZodIssue): Localized {
  // A schema may carry its own words (e.g. the Morocco wall-clock form, core/time.ts).
  if (issue.code === 'custom' && isLocalized(issue.params?.['localized'])) {
    return issue.params['localized'];
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { fr: 'obligatoire', ar: 'إلزامي', en: 'required' }
        : { fr: 'type de valeur incorrect', ar: 'نوع القيمة غير صحيح', en: 'wrong type of value' };
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? { fr: 'obligatoire', ar: 'إلزامي', en: 'required' }
        : {
            fr: `trop court ou trop petit (minimum ${String(issue.minimum)})`,
            ar: `قصير أو صغير جدا (الحد الأدنى ${String(issue.minimum)})`,
            en: `too short or too small (minimum ${String(issue.minimum)})`,
          };
    case 'too_big':
      return {
        fr: `trop long ou trop grand (maximum ${String(issue.maximum)})`,
        ar: `طويل أو كبير جدا (الحد الأقصى ${String(issue.maximum)})`,
        en: `too long or too large (maximum ${String(issue.maximum)})`,
      };
    case 'invalid_format':
      return issue.format === 'email'
        ? {
            fr: 'adresse électronique invalide',
            ar: 'عنوان بريد إلكتروني غير صالح',
            en: 'invalid e-mail address',
          }
        : issue.format === 'date'
          ? {
              fr: 'date invalide (AAAA-MM-JJ)',
              ar: 'تاريخ غير صالح (AAAA-MM-JJ)',
              en: 'invalid date (YYYY-MM-DD)',
            }
          : issue.format === 'datetime'
            ? {
                fr: 'date et heure invalides',
                ar: 'تاريخ ووقت غير صالحين',
                en: 'invalid date and time',
              }
            : { fr: 'format invalide', ar: 'صيغة غير صالحة', en: 'invalid format' };
    case 'invalid_value':
      return {
        fr: `valeur non admise (${issue.values.map(String).join(', ')})`,
        ar: `قيمة غير مقبولة (${issue.values.map(String).join(', ')})`,
        en: `value not allowed (${issue.values.map(String).join(', ')})`,
      };
    case 'unrecognized_keys':
      return {
        fr: `champ non admis : ${issue.keys.join(', ')}`,
        ar: `حقل غير مقبول: ${issue.keys.join(', ')}`,
        en: `field not allowed: ${issue.keys.join(', ')}`,
      };
    default:
      return { fr: issue.message, ar: issue.message, en: issue.message };
  }
}

export function invalid(error: z.ZodError): Refusal {
  const described = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    text: describeIssue(issue),
  }));
  const list = (locale: keyof Localized) =>
    described.map((d) => `${d.path} : ${d.text[locale]}`).join(' ; ');
  return {
    ok: false,
    reason: 'invalid',
    issues: described.map((d) => ({ path: d.path, message: d.text.en })),
    message: {
      fr: `Données invalides — ${list('fr')}`,
      ar: `بيانات غير صالحة — ${list('ar')}`,
      en: `Invalid data — ${list('en')}`,
    },
  };
}

export function invalidField(path: string, message: Localized): Refusal {
  return { ok: false, reason: 'invalid', issues: [{ path, message: message.en }], message };
}

export function forbidden(message: Localized): Refusal {
  return { ok: false, reason: 'forbidden', message };
}

export function notFound(what: Localized): Refusal {
  return {
    ok: false,
    reason: 'not_found',
    message: {
      fr: `Introuvable : ${what.fr}.`,
      ar: `غير موجود: ${what.ar}.`,
      en: `Not found: ${what.en}.`,
    },
  };
}

export const STALE: Localized = {
  fr: "Cet enregistrement a été modifié par quelqu'un d'autre entre-temps : rechargez la page et recommencez.",
  ar: 'عدّل شخص آخر هذا السجل في الأثناء: أعيدوا تحميل الصفحة وحاولوا مجددا.',
  en: 'Someone else changed this record in the meantime: reload and try again.',
};

export function conflict(message: Localized = STALE): Refusal {
  return { ok: false, reason: 'conflict', message };
}

export function refusedByRule(violation: Violation): Refusal {
  return { ok: false, reason: 'rule', violation, message: violation.message };
}

/**
 * Runs a use case body, turning the store's optimistic-concurrency and uniqueness failures into
 * `conflict` outcomes (nothing was written). Other errors are infrastructure and propagate.
 */
export async function guard<T>(body: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof StoreError && (error.code === 'conflict' || error.code === 'duplicate')) {
      return conflict(
        error.code === 'conflict'
          ? STALE
          : {
              fr: 'Un enregistrement identique existe déjà.',
              ar: 'يوجد سجل مطابق مسبقا.',
              en: 'An identical record already exists.',
            },
      );
    }
    throw error;
  }
}

/**
 * The common start of a use case on an existing record: the record id and the body parsed
 * (each bad input listed), then the role checked. Returns the first refusal, or the parsed
 * values shaped like zod's results (`id.data`, `parsed.data`).
 */
export function parseCommand<S extends z.ZodType>(
  recordId: string,
  body: unknown,
  schema: S,
  authorization?: { allowed: boolean; denial: Localized },
): Refusal | { ok: true; id: { data: string }; parsed: { data: z.infer<S> } } {
  const id = IdSchema.safeParse(recordId);
  if (!id.success) return invalid(id.error);
  const parsed = schema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  if (authorization && !authorization.allowed) return forbidden(authorization.denial);
  return { ok: true, id: { data: id.data }, parsed: { data: parsed.data as z.infer<S> } };
}
