import {
  SetLanguageRequestSchema,
  type MeView,
  type OrganisationView,
  type PersonView,
} from '../../contracts/register.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister, canReadCommittee } from '../actor.js';
import { updateAudited } from '../audited-write.js';
import { maySubmitCommunication } from '../decisions/communications.js';
import { mayRecordDecisions } from '../decisions/permissions.js';
import { mayRequestRevision } from '../decisions/revisions.js';
import { mayScheduleMeeting } from '../meetings/permissions.js';
import { forbidden, guard, invalid, notFound, success, type Outcome } from '../outcome.js';
import { permissionsView } from '../permission.js';
import { NOT_A_MEMBER } from './composition.js';
import { organisationView, personView } from './views.js';

const PERSON = { fr: 'personne', ar: 'الشخص', en: 'person' };

/** Who the signed-in person is for the app: their roles and what they may do. */
export async function getMe(ports: Ports, actor: Actor): Promise<Outcome<MeView>> {
  const stored = await ports.people.get(actor.personId);
  if (!stored) return notFound(PERSON);
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

/**
 * A person chooses their language (issue 3/8, item 2), for themselves only: it wins over the
 * Teams client's language for every card, notice and calendar text sent to them. Anyone in
 * the register may choose (an external participant too); the change is audited.
 */
export async function setMyLanguage(
  ports: Ports,
  actor: Actor,
  body: unknown,
): Promise<Outcome<MeView>> {
  const parsed = SetLanguageRequestSchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const { locale } = parsed.data;
  return guard(async () => {
    const stored = await ports.people.get(actor.personId);
    if (!stored) return notFound(PERSON);
    if ((stored.value.locale ?? null) !== locale) {
      const { locale: _previous, ...rest } = stored.value;
      await updateAudited(
        ports,
        'people',
        { actor, action: 'PersonLanguageChosen', at: ports.clock.now() },
        locale ? { ...rest, locale } : rest,
        stored,
      );
    }
    return getMe(ports, locale ? { ...actor, locale } : withoutLocale(actor));
  });
}

function withoutLocale(actor: Actor): Actor {
  const { locale: _locale, ...rest } = actor;
  return rest;
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
