import type { AuditLog } from './audit-log.js';
import type { Clock, IdGenerator } from './clock.js';
import type { Directory } from './directory.js';
import type { CollectionName, FieldOf, RecordOf } from './collections.js';
import type { DocumentStore } from './documents.js';
import type { Repository } from './repository.js';

export type Repositories = { [K in CollectionName]: Repository<RecordOf<K>, FieldOf<K>> };

/**
 * Everything a use case may reach outside core/: one repository per collection, the document
 * store, the audit log, the clock and the id generator. Both adapters (embedded/, graph/)
 * build one of these.
 */
export interface Ports extends Repositories {
  files: DocumentStore;
  auditLog: AuditLog;
  clock: Clock;
  ids: IdGenerator;
  /** Where a new person's object id comes from (never from a request or a token's e-mail). */
  directory: Directory;
}
