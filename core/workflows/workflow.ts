import type { Policy } from '../policy.js';
import { DEFAULT_POLICY } from '../policy.js';
import type { Localized } from '../i18n/localized.js';
import type { Verdict, Violation } from '../verdict.js';
import { violation } from '../verdict.js';

/** Officially confirmed Hijri holiday dates, replacing the estimates (business days). */
export type ConfirmedHolidays = { key: string; date: string }[];

/** What a transition may need besides the state, the event and the clock. */
export interface WorkflowContext {
  policy?: Policy;
  confirmed?: ConfirmedHolidays;
}

export function contextDefaults(context: WorkflowContext = {}): Required<WorkflowContext> {
  return { policy: context.policy ?? DEFAULT_POLICY, confirmed: context.confirmed ?? [] };
}

/**
 * A pure state machine step: the next state, or the violation that forbids the event.
 * `now` is an ISO instant supplied by the caller's clock; nothing here reads a clock.
 */
export type Transition<S, E> = (
  state: S,
  event: E,
  now: string,
  context?: WorkflowContext,
) => S | Violation;

export function isViolation(value: unknown): value is Violation {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && (value as Verdict).ok === false
  );
}

/** Localised names of workflow states, for messages. */
export type StateNames<S extends string> = Record<S, Localized>;

/** `details.reason` of a refusal by the order of a workflow's steps (see `notAllowed`). */
export const STEP_NOT_ALLOWED = 'step-not-allowed';

/**
 * The violation for an event that the workflow does not accept in its current state; `rule`
 * is the manual article that orders the steps. Its `details.reason` is `STEP_NOT_ALLOWED`, so a
 * view can tell "not a step of this state" from a rule that forbids the step now.
 */
export function notAllowed<S extends string>(
  rule: string,
  names: StateNames<S>,
  from: S,
  event: string,
): Violation {
  return violation(
    rule,
    {
      fr: "Cette étape n'est pas possible à l'état « {state} » ({event}).",
      ar: 'هذه الخطوة غير ممكنة في الحالة « {state} » ({event}).',
      en: 'This step is not possible in the state “{state}” ({event}).',
    },
    { state: names[from], event },
    { reason: STEP_NOT_ALLOWED, from, event },
  );
}
