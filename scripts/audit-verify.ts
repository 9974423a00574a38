import { verifyChain } from '../core/audit/chain.js';
import { checkRecords, type RecordFinding } from '../core/audit/record-check.js';
import { replayVotes } from '../core/audit/votes.js';
import { AUDITED_COLLECTIONS, type AuditedCollection } from '../core/ports/collections.js';
import { StoreError } from '../core/ports/errors.js';
import type { Ports } from '../core/ports/store.js';
import { sha256Hex } from '../embedded/index.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { openPorts } from '../server/ports.js';

/**
 * `npm run audit:verify`, in both modes, read-only:
 * 1. recomputes the audit log's hash chain from the first entry and reports the first broken
 *    link (an entry edited, removed or inserted behind the app's back);
 * 2. recomputes every closed vote's result from the ballots in the log (R13.2);
 * 3. compares every current record of every committee collection with the latest audit entry
 *    about it, and reports each record that differs (with its fields), has no entry, or is gone;
 * 4. checks every document's bytes against its recorded SHA-256.
 * Exit code 0 when everything matches, 1 when anything does not, 2 on a configuration error.
 */
export type VerifiablePorts = Pick<
  Ports,
  AuditedCollection | 'auditIntents' | 'auditLog' | 'files'
>;

/** The configured store (`openPorts`: the data folder or the committee site). */
async function openStore(): Promise<{ ports: VerifiablePorts; where: string; close(): void }> {
  return openPorts(loadConfig());
}

const CHAIN_BREAKS = {
  sequence: 'an entry is missing or out of order',
  'previous-hash': 'the entry does not link to the one before it',
  hash: 'the entry was changed after it was written',
  'state-hash': 'the state hash does not match the state the entry records',
} as const;

function describeFinding(finding: RecordFinding): string {
  const where = `${finding.collection}/${finding.id}`;
  switch (finding.kind) {
    case 'differs':
      return `${where} DIFFERS from audit entry #${finding.entrySeq} in: ${finding.fields.join(', ') || '(its shape)'}`;
    case 'no-entry':
      return `${where} has NO AUDIT ENTRY (written outside the app)`;
    case 'missing':
      return `${where} is GONE, although audit entry #${finding.entrySeq} records it`;
    case 'pending':
      return `${where} holds a change whose audit entry is pending recovery (intent ${finding.intentId}); start the server to complete it`;
  }
}

export async function verifyAudit(
  ports: VerifiablePorts,
  where: string,
  print: (line: string) => void = console.log,
): Promise<number> {
  let ok = true;
  const entries = await ports.auditLog.read();
  const chain = verifyChain(entries, sha256Hex);
  if (chain.ok) {
    print(`audit log intact: ${chain.entries} entries in ${where}; last hash ${chain.lastHash}`);
  } else {
    ok = false;
    print(
      `audit log BROKEN at entry #${chain.brokenAt} of ${chain.entries}: ${CHAIN_BREAKS[chain.reason]}.`,
    );
  }

  for (const replay of replayVotes(entries)) {
    const line = `vote ${replay.voteId}: ${replay.ballots} ballot(s); yes — administration ${replay.recomputed.administration}, civil society ${replay.recomputed.civilSociety}; ${replay.recomputed.adopted ? 'adopted' : 'rejected'}`;
    if (!replay.matches) ok = false;
    print(
      replay.matches
        ? `  ${line} — matches the recorded result`
        : `  ${line} — DOES NOT MATCH the recorded result ${JSON.stringify(replay.recorded)}`,
    );
  }

  const records = new Map<AuditedCollection, { id: string }[]>();
  for (const collection of Object.keys(AUDITED_COLLECTIONS) as AuditedCollection[]) {
    try {
      records.set(
        collection,
        (await ports[collection].list()).map((r) => r.value),
      );
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      ok = false;
      print(`  ${collection}: UNREADABLE — ${error.message}`);
    }
  }
  const intents = (await ports.auditIntents.list()).map((i) => i.value);
  const check = checkRecords(entries, records, intents, sha256Hex);
  for (const finding of check.findings) print(`  ${describeFinding(finding)}`);
  if (check.findings.length > 0) ok = false;

  let files = 0;
  for (const { id } of records.get('documents') ?? []) {
    try {
      if (await ports.files.get(id)) files += 1;
      else {
        ok = false;
        print(`  documents/${id}: its file is MISSING`);
      }
    } catch (error) {
      ok = false;
      print(`  documents/${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  print(
    check.findings.length === 0
      ? `records: ${check.checked} checked, every one matches its latest audit entry; ${files} document file(s) match their SHA-256`
      : `records: ${check.checked} checked, ${check.findings.length} do not match the audit log`,
  );
  return ok ? 0 : 1;
}

async function main(): Promise<number> {
  let opened;
  try {
    opened = await openStore();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  try {
    return await verifyAudit(opened.ports, opened.where);
  } finally {
    opened.close();
  }
}

if (process.argv[1] && /audit-verify\.[jt]s$/.test(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
