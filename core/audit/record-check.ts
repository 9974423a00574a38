import type { AuditEntry, AuditIntent } from '../model/audit.js';
import { AUDITED_COLLECTIONS, type AuditedCollection } from '../ports/collections.js';
import { compareInstants } from '../time.js';
import { canonicalJson, stateHash, type Sha256 } from './chain.js';

/**
 * What `audit:verify` finds when it compares the current records with the audit log:
 * - `no-entry`: a record no audit entry speaks of (written behind the app's back);
 * - `differs`: the record is not in the state the latest entry about it records;
 * - `missing`: the latest entry records a state, but the record is gone;
 * - `pending`: the record holds a change whose audit entry is still to be appended by the
 *   reconciler (a write-ahead intent matches it): not tampering, but not yet proven either.
 */
export type RecordFinding =
  | { kind: 'no-entry'; collection: AuditedCollection; id: string }
  | {
      kind: 'differs';
      collection: AuditedCollection;
      id: string;
      /** Top-level fields whose values differ from the audited state. */
      fields: string[];
      entrySeq: number;
    }
  | { kind: 'missing'; collection: AuditedCollection; id: string; entrySeq: number }
  | { kind: 'pending'; collection: AuditedCollection; id: string; intentId: string };

export interface RecordCheck {
  /** Records compared. */
  checked: number;
  findings: RecordFinding[];
}

const COLLECTION_OF_SUBJECT = new Map<string, AuditedCollection>(
  (Object.entries(AUDITED_COLLECTIONS) as [AuditedCollection, string][]).map(([c, t]) => [t, c]),
);

/** The collection an entry is about: named by newer entries, derived from the subject before. */
export function collectionOf(entry: AuditEntry): AuditedCollection | undefined {
  const named = entry.collection ?? COLLECTION_OF_SUBJECT.get(entry.subject.type);
  return named !== undefined && Object.hasOwn(AUDITED_COLLECTIONS, named)
    ? (named as AuditedCollection)
    : undefined;
}

const keyOf = (collection: string, id: string) => `${collection}/${id}`;

/**
 * The latest audited state of every record: the entry with the latest `at` (then the highest
 * `seq`) among those recording a state. A recovered entry keeps the time of its change, so a
 * later change audited before the repair still counts as the latest.
 */
export function latestStates(entries: readonly AuditEntry[]): Map<string, AuditEntry> {
  const latest = new Map<string, AuditEntry>();
  for (const entry of entries) {
    const collection = collectionOf(entry);
    if (!collection || entry.after === undefined) continue;
    const key = keyOf(collection, entry.subject.id);
    const current = latest.get(key);
    const order = current ? compareInstants(current.at, entry.at) : -1;
    if (order < 0 || (order === 0 && (current as AuditEntry).seq < entry.seq)) {
      latest.set(key, entry);
    }
  }
  return latest;
}

function differingFields(expected: unknown, actual: unknown): string[] {
  const a = (expected ?? {}) as Record<string, unknown>;
  const b = (actual ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
}

/**
 * Compares every current record of every audited collection with the latest entry about it
 * (RULES.md "Audit": published records are reproducible from the log). The chain itself is
 * checked by `verifyChain`; this finds records changed without the log knowing.
 */
export function checkRecords(
  entries: readonly AuditEntry[],
  records: ReadonlyMap<AuditedCollection, readonly { id: string }[]>,
  intents: readonly AuditIntent[],
  sha256: Sha256,
): RecordCheck {
  const latest = latestStates(entries);
  const pending = new Map(intents.map((i) => [keyOf(i.collection, i.subject.id), i]));
  const findings: RecordFinding[] = [];
  const seen = new Set<string>();
  let checked = 0;
  for (const [collection, values] of records) {
    for (const record of values) {
      checked += 1;
      const key = keyOf(collection, record.id);
      seen.add(key);
      const entry = latest.get(key);
      const hash = stateHash(record, sha256);
      if (entry && (entry.stateHash ?? stateHash(entry.after, sha256)) === hash) continue;
      const intent = pending.get(key);
      if (intent && stateHash(intent.after, sha256) === hash) {
        findings.push({ kind: 'pending', collection, id: record.id, intentId: intent.id });
      } else if (!entry) {
        findings.push({ kind: 'no-entry', collection, id: record.id });
      } else {
        findings.push({
          kind: 'differs',
          collection,
          id: record.id,
          fields: differingFields(entry.after, record),
          entrySeq: entry.seq,
        });
      }
    }
  }
  for (const [key, entry] of latest) {
    const collection = collectionOf(entry) as AuditedCollection;
    if (seen.has(key) || !records.has(collection)) continue;
    findings.push({ kind: 'missing', collection, id: entry.subject.id, entrySeq: entry.seq });
  }
  return { checked, findings };
}
