import type { MeView, OrganisationView, PersonView } from '../../contracts/register.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister, canReadCommittee } from '../actor.js';
import { maySubmitCommunication } from '../decisions/communications.js';
import { mayRecordDecisions } from '../decisions/permissions.js';
import { mayRequestRevision } from '../decisions/revisions.js';
import { mayScheduleMeeting } from '../meetings/permissions.js';
import { forbidden, notFound, success, type Outcome } from '../outcome.js';
import { permissionsView } from '../permission.js';
import { NOT_A_MEMBER } from './composition.js';
import { organisationView, personView } from './views.js';

/** Who the signed-in person is for the app: their roles and what they may do. */
export async function getMe(ports: Ports, actor: Actor): Promise<Outcome<MeView>> {
  const stored = await ports.people.get(actor.personId);
  if (!stored) return notFound({ fr: 'personne', ar: 'الشخص', en: 'person' });
  const [plan] = await ports.plans.findBy('status', 'current');
  return success({
    person: personView(stored.value),
    roles: actor.roles,
    ...(actor.seatId ? { seatId: actor.seatId } : {}),
    ...(stored.value.locale ? { locale: stored.value.locale } : {}),
    canManageRegister: canManageRegister(actor),
    // The same permissions the use cases that create these records refuse with.
    ...permissionsView({
      scheduleMeeting: mayScheduleMeeting(actor),
      recordDecision: mayRecordDecisions(actor),
      submitCommunication: maySubmitCommunication(actor),
      requestRevision: mayRequestRevision(actor, plan?.value),
    }),
  });
}

/** Organisations of the register, for the seat form. */
export async function listOrganisations(
  ports: Ports,
  actor: Actor,
): Promise<Outcome<OrganisationView[]>> {
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const all = await ports.organisations.list();
  return success(
    all
      .filter((o) => o.value.status === 'active')
      .map((o) => organisationView(o.value))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  );
}

/** People of the register, for the seat form (secretariat only: it shows e-mail addresses). */
export async function listPeople(ports: Ports, actor: Actor): Promise<Outcome<PersonView[]>> {
  if (!canManageRegister(actor)) return forbidden(NOT_A_MEMBER);
  const all = await ports.people.list();
  return success(
    all
      .map((p) => personView(p.value))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')),
  );
}
