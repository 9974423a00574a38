import { canonicalJson } from '../audit/chain.js';
import { collectionOf } from '../audit/record-check.js';
import type { AuditEntry, AuditIntent } from '../model/audit.js';
import { StoreError } from '../ports/errors.js';
import { isAuditedCollection, type AuditedCollection } from '../ports/collections.js';
import type { Repository, Stored } from '../ports/repository.js';
import type { Ports } from '../ports/store.js';
import { compareInstants, parseInstant } from '../time.js';

/**
 * How long a write-ahead intent is left alone: a use case on another instance may be between
 * saving its record and appending its entry. Past this, the intent belongs to a change that
 * stopped half-way (process stopped, audit log unreachable).
 */
export const AUDIT_INTENT_GRACE_SECONDS = 60;

export interface Reconciliation {
  /** Changes that were saved but not audited: their entry is now appended, marked recovered. */
  recovered: number;
  /** Intents of changes that were not saved, or whose entry exists already: removed. */
  cleared: number;
}

type ReconcilePorts = Pick<Ports, AuditedCollection | 'auditIntents' | 'auditLog' | 'clock'>;

/**
 * Repairs changes whose audit append failed (RULES.md "Audit": every state change is in the
 * log). Runs at startup and on every scheduler tick. For each intent older than the grace
 * period:
 * - its entry is in the log already (only the intent's removal failed): the intent is removed;
 * - the record holds exactly the intended state, or a later audited change started from it:
 *   the change happened, so its entry is appended now, with the change's own time and actor
 *   and `recoveredAt`;
 * - otherwise the save never happened (refused, conflicting, interrupted): the intent is
 *   removed and nothing is claimed.
 * A record changed without an intent is never legitimised here: `audit:verify` reports it.
 */
export async function reconcileAudit(ports: ReconcilePorts): Promise<Reconciliation> {
  const now = ports.clock.now();
  const cutoff = parseInstant(now).subtract({ seconds: AUDIT_INTENT_GRACE_SECONDS }).toString();
  const settled = (at: string | undefined) => at === undefined || compareInstants(at, cutoff) <= 0;
  const stale = (await ports.auditIntents.list()).filter(
    (i) => settled(i.value.at) && settled(i.value.claimedAt),
  );
  const result: Reconciliation = { recovered: 0, cleared: 0 };
  if (stale.length === 0) return result;

  const entriesByRecord = new Map<string, AuditEntry[]>();
  for (const entry of await ports.auditLog.read()) {
    const collection = collectionOf(entry);
    if (!collection) continue;
    const key = `${collection}/${entry.subject.id}`;
    entriesByRecord.set(key, [...(entriesByRecord.get(key) ?? []), entry]);
  }

  for (const found of stale) {
    // Of several instances, the one whose conditional write claims the intent handles it.
    let claimed: Stored<AuditIntent>;
    try {
      claimed = await ports.auditIntents.update({ ...found.value, claimedAt: now }, found.version);
    } catch (error) {
      if (error instanceof StoreError) continue;
      throw error;
    }
    const intent = claimed.value;
    const entries = entriesByRecord.get(`${intent.collection}/${intent.subject.id}`) ?? [];
    const intended = canonicalJson(intent.after);
    const alreadyAudited = entries.some(
      (e) =>
        e.action === intent.action &&
        e.actorId === intent.actorId &&
        e.at === intent.at &&
        canonicalJson(e.after) === intended,
    );
    if (
      !alreadyAudited &&
      isAuditedCollection(intent.collection) &&
      (await happened(ports, intent, entries, intended))
    ) {
      await ports.auditLog.append({
        at: intent.at,
        actorId: intent.actorId,
        action: intent.action,
        subject: intent.subject,
        collection: intent.collection,
        ...(intent.before === undefined ? {} : { before: intent.before }),
        after: intent.after,
        recoveredAt: now,
      });
      result.recovered += 1;
    } else {
      result.cleared += 1;
    }
    try {
      await ports.auditIntents.remove(intent.id, claimed.version);
    } catch {
      // Left for the next pass, which finds its entry in the log and only removes it.
    }
  }
  return result;
}

/** Whether the intended state was saved: the record holds it, or a later audited change left it. */
async function happened(
  ports: ReconcilePorts,
  intent: AuditIntent,
  entries: readonly AuditEntry[],
  intended: string,
): Promise<boolean> {
  const repository = ports[intent.collection as AuditedCollection] as unknown as Repository<
    { id: string },
    string
  >;
  const current = await repository.get(intent.subject.id);
  if (current && canonicalJson(current.value) === intended) return true;
  return entries.some((e) => e.before !== undefined && canonicalJson(e.before) === intended);
}
