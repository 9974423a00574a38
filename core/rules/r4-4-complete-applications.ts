import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import type { MessageKey } from '../i18n/render.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';
import { localizedList } from './r3-1-seat-composition.js';

export const CompletenessInputSchema = z.object({
  /** The documents and fields the call for candidates requires (set by the secretariat). */
  required: z.array(z.string().min(1)),
  /** The documents and fields the application actually contains. */
  provided: z.array(z.string()),
});
export type CompletenessInput = z.infer<typeof CompletenessInputSchema>;

const INCOMPLETE = 'rule.4_4.incomplete' satisfies MessageKey;

/** Item names are the secretariat's own words: they are listed as written, in every language. */
function listAsWritten(items: readonly string[]): Localized {
  return localizedList(items.map((item) => ({ fr: item, ar: item, en: item })));
}

/**
 * R4.4: the required items an application lacks, in the call's order, each once. Items are
 * compared exactly as written (the call and the submission form share the same keys).
 */
export function missingItems(input: z.input<typeof CompletenessInputSchema>): string[] {
  const { required, provided } = CompletenessInputSchema.parse(input);
  const have = new Set(provided);
  return [...new Set(required)].filter((item) => !have.has(item));
}

/**
 * R4.4: only complete applications are scored. Complete means every document and field the
 * call requires is present; extra items do not matter.
 *
 * Violation details: `{ missing: string[] }`.
 */
export function checkApplicationComplete(input: z.input<typeof CompletenessInputSchema>): Verdict {
  const missing = missingItems(input);
  if (missing.length === 0) return OK;
  return violation(
    'R4.4',
    INCOMPLETE,
    { count: missing.length, missing: listAsWritten(missing) },
    { missing },
  );
}
