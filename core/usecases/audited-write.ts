import type { AuditIntent } from '../model/audit.js';
import {
  AUDITED_COLLECTIONS,
  COLLECTIONS,
  type AuditedCollection,
  type RecordOf,
} from '../ports/collections.js';
import { Duplicate, InvalidRecord } from '../ports/errors.js';
import type { Repository, Stored } from '../ports/repository.js';
import type { Ports } from '../ports/store.js';
import type { Actor } from './actor.js';

/** Who made a change: a person, or `{ personId: 'system' }` for the scheduler's own work. */
export type ChangeAuthor = Actor | { personId: string };

/** What every audited write names: who, what, and when (the use case's `now`). */
export interface Change {
  actor: ChangeAuthor;
  /** The use case, past tense: `SeatAdded`, `BallotChanged`… */
  action: string;
  at: string;
}

type WritePorts = Pick<Ports, AuditedCollection | 'auditIntents' | 'auditLog' | 'ids'>;

/**
 * Saving a committee record and auditing it, as one step (RULES.md "Audit"). Every change to
 * an audited collection goes through here, so the audit log can prove each current record:
 *
 *   1. a write-ahead intent notes the change (who, what, the exact state being saved);
 *   2. the record is saved (create, or update on the version read);
 *   3. the audit entry is appended, with the saved state (the log hashes it);
 *   4. the intent is removed.
 *
 * A failure at 2 removes the intent and rethrows: nothing was saved, nothing is claimed. A
 * failure at 3 is not the caller's failure — the change is saved — so the use case goes on;
 * the intent stays, the reconciler (audit-reconciler.ts) finds the record in the intended
 * state and appends the missing entry, marked recovered. A failure at 4 leaves an intent the
 * reconciler clears.
 */
async function writeAudited<K extends AuditedCollection>(
  ports: WritePorts,
  collection: K,
  change: Change,
  record: RecordOf<K>,
  before: RecordOf<K> | undefined,
  save: (record: RecordOf<K>) => Promise<Stored<RecordOf<K>>>,
): Promise<Stored<RecordOf<K>>> {
  const state = parseRecord(collection, record);
  const subject = { type: AUDITED_COLLECTIONS[collection], id: state.id };
  const intent: AuditIntent = {
    id: ports.ids.newId(),
    collection,
    at: change.at,
    actorId: change.actor.personId,
    action: change.action,
    subject,
    ...(before === undefined ? {} : { before }),
    after: state,
  };
  const noted = await ports.auditIntents.create(intent);
  let saved: Stored<RecordOf<K>>;
  try {
    saved = await save(state);
  } catch (error) {
    await removeIntent(ports, noted);
    throw error;
  }
  try {
    await ports.auditLog.append({
      at: change.at,
      actorId: change.actor.personId,
      action: change.action,
      subject,
      collection,
      ...(before === undefined ? {} : { before }),
      after: saved.value,
    });
  } catch {
    // The change is saved: saying it failed would be false, and stopping here would lose what
    // follows it (a notice saved but never sent). The intent stays; the reconciler appends
    // the entry on its next pass, and audit:verify reports the change as pending until then.
    return saved;
  }
  await removeIntent(ports, noted);
  return saved;
}

/** Parses a record with its collection's schema, as the store will: the state the log proves. */
function parseRecord<K extends AuditedCollection>(collection: K, record: RecordOf<K>): RecordOf<K> {
  const result = COLLECTIONS[collection].schema.safeParse(record);
  if (!result.success) {
    throw new InvalidRecord(collection, String(record.id), result.error.message);
  }
  return result.data as unknown as RecordOf<K>;
}

/** The repository of a collection, typed by its record (TypeScript cannot narrow `ports[K]`). */
function repositoryOf<K extends AuditedCollection>(
  ports: WritePorts,
  collection: K,
): Repository<RecordOf<K>, string> {
  return ports[collection] as unknown as Repository<RecordOf<K>, string>;
}

/** Best effort: an intent left behind is cleared by the reconciler, never acted on twice. */
async function removeIntent(ports: WritePorts, noted: Stored<AuditIntent>): Promise<void> {
  try {
    await ports.auditIntents.remove(noted.value.id, noted.version);
  } catch {
    // The change itself is settled; the reconciler removes a leftover intent on its next pass.
  }
}

/** Creates a committee record and audits it; throws `Duplicate` when it exists already. */
export function createAudited<K extends AuditedCollection>(
  ports: WritePorts,
  collection: K,
  change: Change,
  record: RecordOf<K>,
): Promise<Stored<RecordOf<K>>> {
  const repository = repositoryOf(ports, collection);
  return writeAudited(ports, collection, change, record, undefined, (state) =>
    repository.create(state),
  );
}

/**
 * Replaces a committee record read as `current` (conditional on its version: a stale write is
 * a `Conflict`) and audits the change, before → after.
 */
export function updateAudited<K extends AuditedCollection>(
  ports: WritePorts,
  collection: K,
  change: Change,
  next: RecordOf<K>,
  current: Stored<RecordOf<K>>,
): Promise<Stored<RecordOf<K>>> {
  const repository = repositoryOf(ports, collection);
  return writeAudited(ports, collection, change, next, current.value, (state) =>
    repository.update(state, current.version),
  );
}

/**
 * Creates a record unless one with the same unique key exists (a double click, a replayed card
 * action, another instance racing): returns the stored record and whether this call made it.
 * Only a record this call made is audited.
 */
export async function createOnceAudited<K extends AuditedCollection>(
  ports: WritePorts,
  collection: K,
  change: Change,
  record: RecordOf<K>,
): Promise<{ stored: Stored<RecordOf<K>>; created: boolean }> {
  const repository = repositoryOf(ports, collection);
  const key = repository.spec.uniqueKey?.(record) ?? record.id;
  const existing = await repository.findByUniqueKey(key);
  if (existing) return { stored: existing, created: false };
  try {
    return { stored: await createAudited(ports, collection, change, record), created: true };
  } catch (error) {
    const raced = error instanceof Duplicate ? await repository.findByUniqueKey(key) : undefined;
    if (raced) return { stored: raced, created: false };
    throw error;
  }
}

/**
 * Audits an act that changes no committee record — e.g. the secretariat asking for a notice to
 * be sent again (the outbox is the app's working record): an entry naming the act's subject
 * and what was asked. It is appended before the act, so an act the log cannot hold is not done.
 * The subject's type must not be a committee record's: `audit:verify` would compare it with one.
 */
export async function auditAction(
  ports: Pick<Ports, 'auditLog'>,
  change: Change,
  subject: { type: string; id: string },
  details: Record<string, unknown>,
): Promise<void> {
  if (Object.values(AUDITED_COLLECTIONS).includes(subject.type as never)) {
    throw new Error(`auditAction: ${subject.type} is a record; use createAudited/updateAudited`);
  }
  await ports.auditLog.append({
    at: change.at,
    actorId: change.actor.personId,
    action: change.action,
    subject,
    after: details,
  });
}
