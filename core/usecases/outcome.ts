import type { z } from 'zod';
import { IdSchema } from '../model/common.js';
import { LOCALES, type Localized } from '../i18n/localized.js';
import { message } from '../i18n/message.js';
import { render } from '../i18n/render.js';
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

/** A zod issue in words a user reads, from the catalog (zod's own messages are English). */
function describeIssue(issue: z.core.$ZodIssue): Localized {
  // A schema may carry its own words (e.g. the Morocco wall-clock form, core/time.ts).
  if (issue.code === 'custom' && isLocalized(issue.params?.['localized'])) {
    return issue.params['localized'];
  }
  switch (issue.code) {
    case 'invalid_type':
      return message(issue.input === undefined ? 'input.required' : 'input.wrongType');
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? message('input.required')
        : message('input.tooSmall', { minimum: String(issue.minimum) });
    case 'too_big':
      return message('input.tooBig', { maximum: String(issue.maximum) });
    case 'invalid_format':
      return message(
        issue.format === 'email'
          ? 'input.email'
          : issue.format === 'date'
            ? 'input.date'
            : issue.format === 'datetime'
              ? 'input.datetime'
              : 'input.format',
      );
    case 'invalid_value':
      return message('input.notAllowed', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return message('input.unknownFields', { fields: issue.keys.join(', ') });
    default:
      return { fr: issue.message, ar: issue.message, en: issue.message };
  }
}

/**
 * Bad input: every issue names its field, in the user's language with its punctuation
 * (« date : obligatoire ; … », « date: إلزامي؛ … »).
 */
export function invalid(error: z.ZodError): Refusal {
  const described = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    text: describeIssue(issue),
  }));
  const list = {} as Localized;
  for (const locale of LOCALES) {
    list[locale] = described
      .map((d) => render(locale, 'input.issue', { field: d.path, problem: d.text[locale] }))
      .join(render(locale, 'input.separator'));
  }
  return {
    ok: false,
    reason: 'invalid',
    issues: described.map((d) => ({ path: d.path, message: d.text.en })),
    message: message('input.invalid', { issues: list }),
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
