import type { Problem } from '../api/client.js';
import { ApiError } from '../api/client.js';
import type { Localized } from '../i18n/i18n.js';

/** A field-level issue, in the UI language when the server wrote it in every language. */
export interface FieldIssue {
  path: string;
  message: string | Localized;
}

export function problemOf(error: unknown): Problem | undefined {
  return error instanceof ApiError ? error.problem : undefined;
}

/**
 * The input issues of an `invalid` problem. A single issue whose text is the English version of
 * the problem's localized message (a use case's `invalidField`) is given its localized text.
 */
export function fieldIssues(error: unknown): FieldIssue[] {
  const problem = problemOf(error);
  if (!problem || problem.reason !== 'invalid' || !problem.issues) return [];
  const issues = problem.issues;
  const localized = problem.message;
  return issues.map((issue) =>
    issues.length === 1 && localized && localized.en === issue.message
      ? { path: issue.path, message: localized }
      : issue,
  );
}

/**
 * A form field's claim on issue paths: a path covers itself and everything below it
 * (`titular` → `titular.email`); `{ exact }` covers that path only.
 */
export type IssuePath = string | { exact: string };

/** The issues for one form field. */
export function issuesAt(issues: FieldIssue[], ...paths: IssuePath[]): FieldIssue[] {
  return issues.filter((issue) =>
    paths.some((path) =>
      typeof path === 'string'
        ? issue.path === path || issue.path.startsWith(`${path}.`)
        : issue.path === path.exact,
    ),
  );
}
