import type { Localized, MessageParam } from './i18n/localized.js';
import { localize } from './i18n/localized.js';
import { message as catalogMessage } from './i18n/message.js';
import type { MessageKey } from './i18n/render.js';

/**
 * The outcome of checking one rule of the manual. A rule violation is a value, never an
 * exception: the edge (tab, bot) renders `message` in the user's language and cites `rule`.
 */
export type Verdict =
  | { ok: true }
  | {
      ok: false;
      /** The RULES.md id, e.g. `R5.2`. */
      rule: string;
      message: Localized;
      details?: Record<string, unknown>;
    };

export type Violation = Extract<Verdict, { ok: false }>;

export const OK: Verdict = Object.freeze({ ok: true });

/** Builds a violation of `rule` with its sentence rendered in fr, ar and en. */
export function violation(
  rule: string,
  templates: Localized | MessageKey,
  params: Record<string, MessageParam> = {},
  details?: Record<string, unknown>,
): Violation {
  // A catalog key (core/i18n/catalog/) is rendered lazily, in the language an edge reads.
  const message =
    typeof templates === 'string' ? catalogMessage(templates, params) : localize(templates, params);
  return details === undefined
    ? { ok: false, rule, message }
    : { ok: false, rule, message, details };
}

/** The first violation among several verdicts, or OK. */
export function firstViolation(...verdicts: Verdict[]): Verdict {
  return verdicts.find((v) => !v.ok) ?? OK;
}
