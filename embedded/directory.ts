import type { IdGenerator } from '../core/ports/clock.js';
import type { Directory, DirectoryQuery, DirectoryUser } from '../core/ports/directory.js';
import type { Repository } from '../core/ports/repository.js';
import type { Person } from '../core/model/person.js';

/**
 * Embedded mode's directory: there is no tenant, the register is the directory and the local
 * sign-in lists it. An account is found by the e-mail of a registered person; a new one gets a
 * generated local id, which the register keeps once the person is added.
 */
export class LocalDirectory implements Directory {
  readonly source = 'local' as const;

  constructor(
    private readonly people: Pick<Repository<Person, 'email'>, 'findBy'>,
    private readonly ids: IdGenerator,
  ) {}

  async findUser(query: DirectoryQuery): Promise<DirectoryUser | undefined> {
    const [found] = await this.people.findBy('email', query.email.trim().toLowerCase());
    if (!found) return undefined;
    const person = found.value;
    if (query.kind === 'guest' && !person.guest) return undefined;
    if (query.kind === 'member' && person.guest) return undefined;
    return {
      objectId: person.aadObjectId,
      displayName: person.displayName,
      email: person.email,
      guest: person.guest,
    };
  }

  inviteGuest(email: string, displayName: string): Promise<DirectoryUser> {
    return Promise.resolve({
      objectId: `local-${this.ids.newId()}`,
      displayName,
      email: email.trim().toLowerCase(),
      guest: true,
    });
  }
}
