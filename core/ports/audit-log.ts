import type { AuditEntry } from '../model/audit.js';

/** What a caller appends; the log adds the sequence, the links and the state hash. */
export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'previousHash' | 'hash' | 'stateHash'>;

/** The append-only, hash-chained audit log (RULES.md "Audit"). No update, no delete. */
export interface AuditLog {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Entries in chain order, from `fromSeq` (1 by default). */
  read(fromSeq?: number): Promise<AuditEntry[]>;
  /** Entries about one subject, in chain order. */
  about(subjectType: string, subjectId: string): Promise<AuditEntry[]>;
}
