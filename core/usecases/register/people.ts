import type { OrganisationInputSchema, PersonInput } from '../../contracts/register.js';
import type { z } from 'zod';
import type { Localized } from '../../i18n/localized.js';
import type { College } from '../../model/common.js';
import type { Organisation } from '../../model/organisation.js';
import type { Person } from '../../model/person.js';
import type { DirectoryUser } from '../../ports/directory.js';
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

const NOT_IN_DIRECTORY: Localized = {
  fr: "Aucun compte de l'annuaire Microsoft 365 du ministère n'a cette adresse (UPN ou e-mail) : vérifiez-la.",
  ar: 'لا يوجد حساب في دليل Microsoft 365 للوزارة بهذا العنوان (UPN أو البريد): يرجى التحقق منه.',
  en: "No account in the ministry's Microsoft 365 directory has this address (UPN or mail): please check it.",
};

const NO_GUEST_ACCOUNT: Localized = {
  fr: "Cette personne n'a pas encore de compte invité : invitez-la comme invitée.",
  ar: 'ليس لهذا الشخص حساب ضيف بعد: ادعوه كضيف.',
  en: 'This person has no guest account yet: invite them as a guest.',
};

const ACCOUNT_TAKEN: Localized = {
  fr: 'Ce compte est déjà celui d’une personne du registre : choisissez-la dans la liste.',
  ar: 'هذا الحساب لشخص مسجل بالفعل: اختاروه من القائمة.',
  en: 'This account already belongs to someone in the register: pick them from the list.',
};

/**
 * A new person's Entra object id comes from the directory, at registration (issue 10): a
 * tenant member found by UPN or mail; a civil-society member by their guest account or, when
 * asked, a new guest invitation. Never from the request body nor, later, from a token's
 * e-mail. Embedded mode has no tenant: a new person gets a generated local id, which the
 * local sign-in issues.
 */
async function accountFor(
  ports: Pick<Ports, 'directory' | 'ids'>,
  input: Extract<PersonInput, { email: string }>,
  email: string,
): Promise<DirectoryUser | Localized> {
  const found = await ports.directory.findUser({
    email,
    ...(input.guest ? {} : { kind: 'member' }),
  });
  if (found) return found;
  if (ports.directory.source === 'local') {
    return {
      objectId: ports.ids.newId(),
      displayName: input.displayName,
      email,
      guest: input.guest,
    };
  }
  if (!input.guest) return NOT_IN_DIRECTORY;
  if (!input.invite) return NO_GUEST_ACCOUNT;
  return ports.directory.inviteGuest(email, input.displayName);
}

export async function resolvePerson(
  ports: Pick<Ports, 'people' | 'ids' | 'directory'>,
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
  const account = await accountFor(ports, input, email);
  if (!('objectId' in account)) return invalidField(`${path}.email`, account);
  const [holder] = await ports.people.findBy('aadObjectId', account.objectId);
  if (holder) return invalidField(`${path}.email`, ACCOUNT_TAKEN);
  return {
    person: {
      id: ports.ids.newId(),
      aadObjectId: account.objectId,
      displayName: input.displayName,
      email,
      roles: [],
      guest: input.guest || account.guest,
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
