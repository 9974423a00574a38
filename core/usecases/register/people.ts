import type { OrganisationInputSchema, PersonInput } from '../../contracts/register.js';
import type { z } from 'zod';
import type { Localized } from '../../i18n/localized.js';
import type { College } from '../../model/common.js';
import type { Organisation } from '../../model/organisation.js';
import type { Person } from '../../model/person.js';
import type { Ports } from '../../ports/store.js';
import { invalidField, type Refusal } from '../outcome.js';

/** A resolved person: existing, or new (created when the change is saved). */
export type ResolvedPerson = { person: Person; isNew: boolean };
export type ResolvedOrganisation = { organisation: Organisation; isNew: boolean };

const UNKNOWN_PERSON: Localized = {
  fr: "Cette personne n'est pas dans le registre.",
  ar: 'هذا الشخص غير مسجل.',
  en: 'This person is not in the register.',
};

const EMAIL_TAKEN: Localized = {
  fr: 'Une personne du registre a déjà cette adresse : choisissez-la dans la liste.',
  ar: 'يوجد شخص مسجل بهذا العنوان: اختاروه من القائمة.',
  en: 'Someone in the register already has this address: pick them from the list.',
};

/**
 * A new person is not yet bound to an Entra object id: the id is bound at their first
 * sign-in, matched by e-mail (see `bindIdentity`).
 */
export const UNBOUND_PREFIX = 'unbound:';

export async function resolvePerson(
  ports: Pick<Ports, 'people' | 'ids'>,
  input: PersonInput,
  path: string,
): Promise<ResolvedPerson | Refusal> {
  if ('id' in input) {
    const stored = await ports.people.get(input.id);
    return stored ? { person: stored.value, isNew: false } : invalidField(path, UNKNOWN_PERSON);
  }
  const email = input.email.toLowerCase();
  const [existing] = await ports.people.findBy('email', email);
  if (existing) return invalidField(`${path}.email`, EMAIL_TAKEN);
  const id = ports.ids.newId();
  return {
    person: {
      id,
      aadObjectId: `${UNBOUND_PREFIX}${id}`,
      displayName: input.displayName,
      email,
      roles: [],
      guest: input.guest,
      example: false,
    },
    isNew: true,
  };
}

const UNKNOWN_ORGANISATION: Localized = {
  fr: "Cette organisation n'est pas dans le registre.",
  ar: 'هذه المنظمة غير مسجلة.',
  en: 'This organisation is not in the register.',
};

const WRONG_COLLEGE: Localized = {
  fr: "Cette organisation appartient à l'autre collège.",
  ar: 'تنتمي هذه المنظمة إلى الهيئة الأخرى.',
  en: 'This organisation belongs to the other college.',
};

export async function resolveOrganisation(
  ports: Pick<Ports, 'organisations' | 'ids'>,
  input: z.infer<typeof OrganisationInputSchema>,
  college: College,
): Promise<ResolvedOrganisation | Refusal> {
  if ('id' in input) {
    const stored = await ports.organisations.get(input.id);
    if (!stored) return invalidField('organisation.id', UNKNOWN_ORGANISATION);
    if (stored.value.college !== college) return invalidField('organisation.id', WRONG_COLLEGE);
    return { organisation: stored.value, isNew: false };
  }
  return {
    organisation: {
      id: ports.ids.newId(),
      name: input.name,
      college,
      status: 'active',
      example: false,
      ...(input.acronym ? { acronym: input.acronym } : {}),
      ...(input.region ? { region: input.region } : {}),
    },
    isNew: true,
  };
}

export function isRefusal<T extends object>(value: T | Refusal): value is Refusal {
  return 'ok' in value && value.ok === false;
}
