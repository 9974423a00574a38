import { DirectoryLookupSchema, type DirectoryLookupView } from '../../contracts/register.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { forbidden, guard, invalid, success, type Outcome } from '../outcome.js';
import { SECRETARIAT_ONLY } from './add-seat.js';
import { personView } from './views.js';

/**
 * Shows the secretariat who the directory knows by a UPN or mail before adding them to a seat
 * (R6: the secretariat keeps the register). The object id stays on the server: the seat form
 * sends the address again and `resolvePerson` looks it up itself.
 */
export async function lookUpDirectory(
  ports: Pick<Ports, 'directory' | 'people'>,
  actor: Actor,
  query: unknown,
): Promise<Outcome<DirectoryLookupView>> {
  const parsed = DirectoryLookupSchema.safeParse(query);
  if (!parsed.success) return invalid(parsed.error);
  if (!canManageRegister(actor)) return forbidden(SECRETARIAT_ONLY);
  const guest = parsed.data.guest === 'true';
  return guard(async () => {
    const email = parsed.data.email.toLowerCase();
    const [byEmail] = await ports.people.findBy('email', email);
    const found = await ports.directory.findUser({ email, ...(guest ? {} : { kind: 'member' }) });
    const [byAccount] = found ? await ports.people.findBy('aadObjectId', found.objectId) : [];
    const registered = byEmail ?? byAccount;
    return success({
      source: ports.directory.source,
      ...(found
        ? { found: { displayName: found.displayName, email: found.email, guest: found.guest } }
        : {}),
      ...(registered ? { registered: personView(registered.value) } : {}),
    });
  });
}
