import type { Response } from 'express';
import { isMessage } from '../../core/i18n/message.js';
import type { Problem } from '../../core/contracts/problem.js';
import type { Localized } from '../../core/i18n/localized.js';
import type { Outcome, Refusal } from '../../core/usecases/outcome.js';

/** The HTTP status of each problem reason. */
export const PROBLEM_STATUS: Record<Problem['reason'], number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule: 422,
  internal: 500,
  unsupported_media_type: 415,
  misdirected: 421,
  too_many_requests: 429,
};

/** The RFC 9457 `title` of each problem reason. */
export const PROBLEM_TITLES: Record<Problem['reason'], string> = {
  invalid: 'Invalid request',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Changed meanwhile',
  rule: 'Refused by a rule of the manual',
  internal: 'Internal error',
  unsupported_media_type: 'Unsupported content type',
  misdirected: 'Misdirected request',
  too_many_requests: 'Too many requests',
};

/** Sends an RFC 9457 problem-details response. */
export function sendProblem(
  res: Response,
  reason: Problem['reason'],
  fields: {
    detail?: string;
    message?: Localized;
    rule?: string;
    issues?: Problem['issues'];
    details?: Record<string, unknown>;
  } = {},
): void {
  const body: Problem = {
    type: `https://ogp-copil.invalid/problems/${reason}`,
    title: PROBLEM_TITLES[reason],
    status: PROBLEM_STATUS[reason],
    reason,
    ...(fields.detail
      ? { detail: fields.detail }
      : fields.message
        ? { detail: fields.message.en }
        : {}),
    ...(fields.message ? { message: { ...fields.message } } : {}),
    ...(fields.message && isMessage(fields.message)
      ? { messageKey: fields.message.key, messageParams: { ...fields.message.params } }
      : {}),
    ...(fields.rule ? { rule: fields.rule } : {}),
    ...(fields.issues ? { issues: fields.issues } : {}),
    ...(fields.details ? { details: fields.details } : {}),
  };
  // RFC 9110 §11.6.1: a 401 names the scheme that would be accepted.
  if (reason === 'unauthenticated') res.set('WWW-Authenticate', 'Bearer');
  res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

export function sendRefusal(res: Response, refusal: Refusal): void {
  switch (refusal.reason) {
    case 'invalid':
      return sendProblem(res, 'invalid', { message: refusal.message, issues: refusal.issues });
    case 'rule':
      return sendProblem(res, 'rule', {
        message: refusal.message,
        rule: refusal.violation.rule,
        ...(refusal.violation.details ? { details: refusal.violation.details } : {}),
      });
    default:
      return sendProblem(res, refusal.reason, { message: refusal.message });
  }
}

/** Sends a use case's outcome: the value (with warnings for changes) or its refusal. */
export function sendOutcome<T>(
  res: Response,
  outcome: Outcome<T>,
  options: { status?: number; change?: boolean } = {},
): void {
  if (!outcome.ok) return sendRefusal(res, outcome);
  res
    .status(options.status ?? 200)
    .json(options.change ? { value: outcome.value, warnings: outcome.warnings } : outcome.value);
}
