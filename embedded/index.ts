import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { HashChainedAuditLog } from '../core/audit/chain.js';
import type { Clock, IdGenerator } from '../core/ports/clock.js';
import { COLLECTIONS, type CollectionName } from '../core/ports/collections.js';
import type { Ports, Repositories } from '../core/ports/store.js';
import { openDatabase, type SqliteDatabase } from './database.js';
import { LocalDirectory } from './directory.js';
import { FileDocumentStore } from './file-store.js';
import { SqliteRepository } from './sqlite-repository.js';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface EmbeddedOptions {
  /** Folder holding `copil.db` and `files/` (created if missing). */
  dataDir: string;
  clock: Clock;
  ids: IdGenerator;
}

export interface EmbeddedPorts extends Ports {
  db: SqliteDatabase;
  close(): void;
}

/** The embedded adapter: every port on SQLite and files under `dataDir`. */
export function openEmbeddedPorts(options: EmbeddedOptions): EmbeddedPorts {
  const db = openDatabase(join(options.dataDir, 'copil.db'));
  const repositories = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
      name,
      new SqliteRepository(db, COLLECTIONS[name] as never),
    ]),
  ) as unknown as Repositories;
  return {
    ...repositories,
    files: new FileDocumentStore(
      join(options.dataDir, 'files'),
      repositories.documents,
      options.clock,
      options.ids,
    ),
    auditLog: new HashChainedAuditLog(repositories.audit, sha256Hex),
    clock: options.clock,
    ids: options.ids,
    directory: new LocalDirectory(repositories.people, options.ids),
    db,
    close: () => db.close(),
  };
}
