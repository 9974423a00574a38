import type { z } from 'zod';
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
  | { ok: true; value: T; warnings: Violation[] }
  | { ok: false; reason: 'invalid'; issues: InputIssue[]; message: Localized }
  | { ok: false; reason: 'forbidden'; message: Localized }
  | { ok: false; reason: 'not_found'; message: Localized }
  | { ok: false; reason: 'conflict'; message: Localized }
  | { ok: false; reason: 'rule'; violation: Violation; message: Localized };

export type Refusal = Extract<Outcome<never>, { ok: false }>;

export function success<T>(value: T, warnings: Violation[] = []): Outcome<T> {
  return { ok: true, value, warnings };
}

export function invalid(error: z.ZodError): Refusal {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return {
    ok: false,
    reason: 'invalid',
    issues,
    message: {
      fr: `Données invalides — ${list}`,
      ar: `بيانات غير صالحة — ${list}`,
      en: `Invalid data — ${list}`,
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
