import { z } from 'zod';
import { LocalizedSchema } from '../model/common.js';

/**
 * Why the signed-in person may not take an action now — the refusal the action's use case
 * would return, decided by the same code (core/usecases/permission.ts). Views carry one per
 * refused action beside their `can.*` flags, so the tab and the cards render a decision and
 * never make one.
 *
 * `kind` says how an interface shows the refusal:
 * - `role`: the action is not this person's to take (the interface offers nothing);
 * - `step`: the action is not a step of the record's current state, or is already done
 *   (nothing is offered either);
 * - `rule`: a rule of the manual forbids it now (`rule` cites it, e.g. R5.7): the control is
 *   shown disabled with `message` beside it, so nobody fills a form only to be refused.
 */
export const RefusedActionSchema = z.object({
  kind: z.enum(['role', 'step', 'rule']),
  /** The RULES.md id, when a rule of the manual refuses (e.g. `R5.7`, `R10.1`). */
  rule: z.string().optional(),
  /** The sentence the action's use case refuses with, in each language. */
  message: LocalizedSchema,
});
export type RefusedAction = z.infer<typeof RefusedActionSchema>;

/** `cannot`: for each action of a view, why it is refused — present exactly when `can` is false. */
export function refusalsSchema<const K extends string>(actions: readonly K[]) {
  return z.object(
    Object.fromEntries(actions.map((action) => [action, RefusedActionSchema.optional()])) as {
      [A in K]: z.ZodOptional<typeof RefusedActionSchema>;
    },
  );
}

/**
 * A view's permission fields for its `actions`: `can` (may the signed-in person take each action
 * now) and `cannot` (why not, for each refused one).
 */
export function permissionFields<const K extends string>(actions: readonly K[]) {
  return {
    can: z.object(
      Object.fromEntries(actions.map((action) => [action, z.boolean()])) as {
        [A in K]: z.ZodBoolean;
      },
    ),
    cannot: refusalsSchema(actions),
  };
}
