import type { AuditEntry } from '../model/audit.js';
import type { AuditLog, NewAuditEntry } from '../ports/audit-log.js';
import { auditRecordId, type AuditRecord } from '../ports/collections.js';
import { Duplicate } from '../ports/errors.js';
import type { Repository } from '../ports/repository.js';

/** SHA-256 of a UTF-8 text, hex — supplied by the adapter (node:crypto), so core stays pure. */
export type Sha256 = (text: string) => string;

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth: the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The hash of an entry: over the previous hash and every field but the hash itself. Fields an
 * entry does not have are left out of the canonical JSON, so entries written before a field
 * existed keep their hash.
 */
export function entryHash(entry: Omit<AuditEntry, 'hash'>, sha256: Sha256): string {
  const { seq, at, actorId, action, subject, collection, before, after, recoveredAt } = entry;
  const hashed = { seq, at, actorId, action, subject, collection, before, after, recoveredAt };
  return sha256(
    `${entry.previousHash}\n${canonicalJson({ ...hashed, stateHash: entry.stateHash })}`,
  );
}

/** The hash of a record's state: SHA-256 of its canonical JSON (what an entry's `stateHash` holds). */
export function stateHash(state: unknown, sha256: Sha256): string {
  return sha256(canonicalJson(state));
}

export type ChainCheck =
  | { ok: true; entries: number; lastHash: string }
  | {
      ok: false;
      entries: number;
      brokenAt: number;
      reason: 'sequence' | 'previous-hash' | 'hash' | 'state-hash';
    };

/** Walks the chain in order and reports the first broken link. */
export function verifyChain(entries: readonly AuditEntry[], sha256: Sha256): ChainCheck {
  let previous = GENESIS_HASH;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as AuditEntry;
    const base = { ok: false as const, entries: entries.length, brokenAt: index + 1 };
    if (entry.seq !== index + 1) return { ...base, brokenAt: entry.seq, reason: 'sequence' };
    if (entry.previousHash !== previous) return { ...base, reason: 'previous-hash' };
    if (entryHash(entry, sha256) !== entry.hash) return { ...base, reason: 'hash' };
    // The state hash must be the hash of the state the entry records.
    if (entry.stateHash !== undefined && entry.stateHash !== stateHash(entry.after, sha256)) {
      return { ...base, reason: 'state-hash' };
    }
    previous = entry.hash;
  }
  return { ok: true, entries: entries.length, lastHash: previous };
}

const MAX_APPEND_ATTEMPTS = 50;

/**
 * The audit log on any repository: append reads the last entry, links to its hash and creates
 * entry seq+1 under the unique key `seq:N`. Two concurrent appends race for the same seq; the
 * loser gets `Duplicate` and retries on the new last entry — no lock, no transaction, so it
 * works on a SharePoint list as on SQLite.
 */
export class HashChainedAuditLog implements AuditLog {
  /** Appends from this process go one after the other; other processes race via `Duplicate`. */
  private tail: Promise<unknown> = Promise.resolve();
  /** The last entry this process knows of (refreshed from the store after a lost race). */
  private last: { seq: number; hash: string } | undefined;

  constructor(
    private readonly records: Repository<AuditRecord, 'seq' | 'actorId'>,
    private readonly sha256: Sha256,
  ) {}

  append(entry: NewAuditEntry): Promise<AuditEntry> {
    const appended = this.tail.then(() => this.appendNow(entry));
    this.tail = appended.catch(() => undefined);
    return appended;
  }

  private async readLast(): Promise<{ seq: number; hash: string } | undefined> {
    const [last] = await this.records.list({
      orderBy: { field: 'seq', direction: 'desc' },
      limit: 1,
    });
    return last ? { seq: last.value.seq, hash: last.value.hash } : undefined;
  }

  private async appendNow(entry: NewAuditEntry): Promise<AuditEntry> {
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt += 1) {
      if (!this.last || attempt > 0) this.last = await this.readLast();
      const seq = (this.last?.seq ?? 0) + 1;
      const previousHash = this.last?.hash ?? GENESIS_HASH;
      const unhashed: Omit<AuditEntry, 'hash'> = {
        ...entry,
        // An entry about a stored record proves the record's state after the change.
        ...(entry.collection !== undefined && entry.after !== undefined
          ? { stateHash: stateHash(entry.after, this.sha256) }
          : {}),
        seq,
        previousHash,
      };
      const record: AuditRecord = {
        ...unhashed,
        hash: entryHash(unhashed, this.sha256),
        id: auditRecordId(seq),
      };
      try {
        await this.records.create(record);
        this.last = { seq, hash: record.hash };
        const { id: _id, ...stored } = record;
        return stored;
      } catch (error) {
        if (error instanceof Duplicate) continue; // another process appended: read again
        this.last = undefined;
        throw error;
      }
    }
    throw new Error(`audit append gave up after ${MAX_APPEND_ATTEMPTS} concurrent attempts`);
  }

  async read(fromSeq = 1): Promise<AuditEntry[]> {
    const all = await this.records.list({ orderBy: { field: 'seq', direction: 'asc' } });
    return all.map((r) => stripId(r.value)).filter((e) => e.seq >= fromSeq);
  }

  async about(subjectType: string, subjectId: string): Promise<AuditEntry[]> {
    const all = await this.read();
    return all.filter((e) => e.subject.type === subjectType && e.subject.id === subjectId);
  }
}

function stripId(record: AuditRecord): AuditEntry {
  const { id: _id, ...entry } = record;
  return entry;
}
