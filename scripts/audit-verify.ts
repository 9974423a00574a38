import { resolve } from 'node:path';
import { verifyChain } from '../core/audit/chain.js';
import { openEmbeddedPorts, sha256Hex } from '../embedded/index.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { randomIds, systemClock } from '../server/system.js';

/**
 * `npm run audit:verify`: recomputes the audit log's hash chain from the first entry and
 * reports the first broken link (an entry edited, removed or inserted behind the app's back).
 * Exit code 0 when intact, 1 when broken, 2 on a configuration error.
 */
async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (config.COPIL_MODE !== 'embedded') {
    console.error(
      'audit:verify reads the embedded store; Microsoft 365 mode is not available yet.',
    );
    return 2;
  }
  const dataDir = resolve(config.COPIL_DATA_DIR);
  const ports = openEmbeddedPorts({ dataDir, clock: systemClock, ids: randomIds });
  try {
    const entries = await ports.auditLog.read();
    const check = verifyChain(entries, sha256Hex);
    if (check.ok) {
      console.log(
        `audit log intact: ${check.entries} entries in ${dataDir}; last hash ${check.lastHash}`,
      );
      return 0;
    }
    const explain = {
      sequence: 'an entry is missing or out of order',
      'previous-hash': 'the entry does not link to the one before it',
      hash: 'the entry was changed after it was written',
    }[check.reason];
    console.error(`audit log BROKEN at entry #${check.brokenAt} of ${check.entries}: ${explain}.`);
    return 1;
  } finally {
    ports.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
