import type { RefusedAction } from '../contracts/permissions.js';
import type { Localized } from '../i18n/localized.js';
import type { Verdict, Violation } from '../verdict.js';
import { isViolation, STEP_NOT_ALLOWED } from '../workflows/workflow.js';
import { forbidden, refusedByRule, type Refusal } from './outcome.js';

/**
 * Whether an actor may take one action on a record now. Each action's check is written once
 * (a `may…` function beside the use case) and called both by the use case, which returns its
 * `refusal`, and by the view, which shows `can.*` and, when refused, `cannot.*` — so a flag
 * and its action never disagree, and the edges never decide a rule.
 */
export type Permission =
  { allowed: true } | { allowed: false; kind: RefusedAction['kind']; refusal: Refusal };

export const ALLOWED: Permission = Object.freeze({ allowed: true });

/** How an interface shows a refusal (see RefusedActionSchema): read from the refusal itself. */
function kindOf(refusal: Refusal): RefusedAction['kind'] {
  switch (refusal.reason) {
    case 'forbidden':
      return 'role';
    case 'rule':
      // A workflow's order of steps ("not possible in this state") is not a rule to explain.
      return refusal.violation.details?.['reason'] === STEP_NOT_ALLOWED ? 'step' : 'rule';
    case 'invalid':
    case 'conflict':
    case 'not_found':
      return 'step';
  }
}

/** Refused with `refusal`; its kind is read from it unless given. */
export function refused(
  refusal: Refusal,
  kind: RefusedAction['kind'] = kindOf(refusal),
): Permission {
  return { allowed: false, kind, refusal };
}

/** A role predicate: refused with `denial` (kind `role`) when false. */
export function byRole(allowed: boolean, denial: Localized): Permission {
  return allowed ? ALLOWED : refused(forbidden(denial));
}

/** A rule's verdict (or a workflow step's violation). */
export function byVerdict(verdict: Verdict): Permission {
  return verdict.ok ? ALLOWED : refused(refusedByRule(verdict));
}

/** A workflow step: allowed when the transition gives a next state, refused with its violation. */
export function byStep(next: unknown): Permission {
  return isViolation(next) ? refused(refusedByRule(next)) : ALLOWED;
}

/**
 * The next state of a step its permission allowed. The permission ran the same transition, so
 * a violation here means the two checks drifted apart: a bug, thrown as such.
 */
export function allowedStep<S>(next: S | Violation): S {
  if (isViolation(next)) {
    throw new Error(`a step its permission allowed was refused (${next.rule})`);
  }
  return next;
}

/** The first refusal among checks run in order (later checks are not run once one refuses). */
export function firstRefusal(...checks: (() => Permission)[]): Permission {
  for (const check of checks) {
    const permission = check();
    if (!permission.allowed) return permission;
  }
  return ALLOWED;
}

/** What a view says of a refusal: its kind, the rule it cites, and its sentence. */
export function refusedAction(permission: Extract<Permission, { allowed: false }>): RefusedAction {
  const { refusal, kind } = permission;
  return {
    kind,
    ...(refusal.reason === 'rule' ? { rule: refusal.violation.rule } : {}),
    message: refusal.message,
  };
}

/**
 * A view's `can` (one boolean per action) and `cannot` (why, for each refused action), from
 * the same permissions the use cases enforce.
 */
export function permissionsView<K extends string>(
  permissions: Record<K, Permission>,
): { can: Record<K, boolean>; cannot: Partial<Record<K, RefusedAction>> } {
  const can = {} as Record<K, boolean>;
  const cannot: Partial<Record<K, RefusedAction>> = {};
  for (const action of Object.keys(permissions) as K[]) {
    const permission = permissions[action];
    can[action] = permission.allowed;
    if (!permission.allowed) cannot[action] = refusedAction(permission);
  }
  return { can, cannot };
}
