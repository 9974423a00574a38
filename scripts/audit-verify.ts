import { resolve } from 'node:path';
import { verifyChain } from '../core/audit/chain.js';
import { replayVotes } from '../core/audit/votes.js';
import type { AuditLog } from '../core/ports/audit-log.js';
import { openEmbeddedPorts, sha256Hex } from '../embedded/index.js';
import { graphAuthProvider } from '../graph/credentials.js';
import { createGraphClient, openGraphPorts } from '../graph/index.js';
import { ConfigError, graphCredentialSettings, loadConfig } from '../server/config.js';
import { randomIds, systemClock } from '../server/system.js';

/**
 * `npm run audit:verify`: recomputes the audit log's hash chain from the first entry and
 * reports the first broken link (an entry edited, removed or inserted behind the app's back),
 * then recomputes every closed vote's result from the ballots in the log (R13.2).
 * Exit code 0 when intact, 1 when broken or a vote does not match, 2 on a configuration error.
 */
async function openLog(): Promise<{ log: AuditLog; where: string; close(): void }> {
  const config = loadConfig();
  if (config.COPIL_MODE === 'embedded') {
    const dataDir = resolve(config.COPIL_DATA_DIR);
    const ports = openEmbeddedPorts({ dataDir, clock: systemClock, ids: randomIds });
    return { log: ports.auditLog, where: dataDir, close: () => ports.close() };
  }
  const client = createGraphClient({
    authProvider: graphAuthProvider(graphCredentialSettings(config)),
  });
  const siteUrl = config.GRAPH_SITE_URL as string;
  const ports = await openGraphPorts({ client, siteUrl, clock: systemClock, ids: randomIds });
  return { log: ports.auditLog, where: siteUrl, close: () => {} };
}

export async function verifyAuditLog(
  log: AuditLog,
  where: string,
  print = console.log,
): Promise<number> {
  const entries = await log.read();
  const check = verifyChain(entries, sha256Hex);
  if (!check.ok) {
    const explain = {
      sequence: 'an entry is missing or out of order',
      'previous-hash': 'the entry does not link to the one before it',
      hash: 'the entry was changed after it was written',
    }[check.reason];
    print(`audit log BROKEN at entry #${check.brokenAt} of ${check.entries}: ${explain}.`);
    return 1;
  }
  print(`audit log intact: ${check.entries} entries in ${where}; last hash ${check.lastHash}`);
  const replays = replayVotes(entries);
  for (const replay of replays) {
    const line = `vote ${replay.voteId}: ${replay.ballots} ballot(s); yes — administration ${replay.recomputed.administration}, civil society ${replay.recomputed.civilSociety}; ${replay.recomputed.adopted ? 'adopted' : 'rejected'}`;
    print(
      replay.matches
        ? `  ${line} — matches the recorded result`
        : `  ${line} — DOES NOT MATCH the recorded result ${JSON.stringify(replay.recorded)}`,
    );
  }
  return replays.every((r) => r.matches) ? 0 : 1;
}

async function main(): Promise<number> {
  let opened;
  try {
    opened = await openLog();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  try {
    return await verifyAuditLog(opened.log, opened.where);
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
