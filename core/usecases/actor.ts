import type { Role } from '../contracts/register.js';
import type { Person } from '../model/person.js';
import type { Ports } from '../ports/store.js';

/**
 * Who is acting. Built from the verified token's `oid` or the bot activity's `aadObjectId`,
 * then the store: roles never come from a request body or card data.
 */
export interface Actor {
  personId: string;
  aadObjectId: string;
  displayName: string;
  roles: Role[];
  /** The active seat the person holds (titular or alternate), if any. */
  seatId?: string;
  locale?: 'fr' | 'ar' | 'en';
}

/** Looks the person up by Entra object id and derives their roles from the register. */
export async function resolveActor(
  ports: Pick<Ports, 'people' | 'seats'>,
  aadObjectId: string,
): Promise<Actor | undefined> {
  const [stored] = await ports.people.findBy('aadObjectId', aadObjectId);
  if (!stored) return undefined;
  return actorFor(ports, stored.value);
}

export async function actorFor(ports: Pick<Ports, 'seats'>, person: Person): Promise<Actor> {
  const roles = new Set<Role>(person.roles);
  let seatId: string | undefined;
  for (const field of ['titularId', 'alternateId'] as const) {
    const seats = await ports.seats.findBy(field, person.id);
    const active = seats.find((s) => s.value.status === 'active');
    if (active) {
      roles.add(field === 'titularId' ? 'titular' : 'alternate');
      seatId = active.value.id;
    }
  }
  return {
    personId: person.id,
    aadObjectId: person.aadObjectId,
    displayName: person.displayName,
    roles: [...roles],
    ...(seatId ? { seatId } : {}),
    ...(person.locale ? { locale: person.locale } : {}),
  };
}

/** R6: the secretariat (the ministry) manages the register, meetings and publication. */
export const canManageRegister = (actor: Actor) => actor.roles.includes('secretariat');

/** Members (seat holders), the chair and the secretariat may read the committee's records. */
export const canReadCommittee = (actor: Actor) =>
  actor.roles.some((r) =>
    ['secretariat', 'chair', 'titular', 'alternate', 'observer', 'scorer'].includes(r),
  );
