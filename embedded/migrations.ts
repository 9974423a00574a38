import type Database from 'better-sqlite3';
import { COLLECTIONS, type CollectionName } from '../core/ports/collections.js';

/** The SQLite table of a collection. */
export const tableName = (collection: string) => `c_${collection}`;
/** The expression an indexed field is stored and queried as (matched by the expression index). */
export const fieldExpression = (field: string) => `json_extract(data, '$.${field}')`;

/**
 * Creates a collection's table: the record as JSON, its integer version (optimistic
 * concurrency), its unique key, and one expression index per indexed field — the same
 * shape a SharePoint list gets (graph/provisioning), so both adapters allow the same queries.
 */
function createCollection(db: Database.Database, name: CollectionName): void {
  const spec = COLLECTIONS[name];
  const table = tableName(name);
  db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    unique_key TEXT UNIQUE,
    data TEXT NOT NULL CHECK (json_valid(data))
  ) STRICT`);
  for (const field of spec.indexed) {
    db.exec(
      `CREATE INDEX IF NOT EXISTS "${table}_${field}" ON "${table}" (${fieldExpression(field)})`,
    );
  }
}

export interface Migration {
  id: number;
  name: string;
  up: (db: Database.Database) => void;
}

/**
 * Ordered, append-only: a released migration is never edited; a change is a new migration.
 * A test checks that every collection in COLLECTIONS has its table after migrating.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'register: organisations, people, seats, plans, documents, holidays, conversations, audit',
    up: (db) => {
      for (const name of [
        'organisations',
        'people',
        'seats',
        'plans',
        'documents',
        'holidayConfirmations',
        'conversations',
        'audit',
      ] as const) {
        createCollection(db, name);
      }
    },
  },
  {
    id: 2,
    name: 'meetings: meetings, proposals, attendance, amendments, outbox, settings',
    up: (db) => {
      for (const name of [
        'meetings',
        'proposals',
        'attendance',
        'amendments',
        'outbox',
        'settings',
      ] as const) {
        createCollection(db, name);
      }
    },
  },
  {
    id: 3,
    name: 'decisions: decisions, votes, ballots, communications, revisions',
    up: (db) => {
      for (const name of [
        'decisions',
        'votes',
        'ballots',
        'communications',
        'revisions',
      ] as const) {
        createCollection(db, name);
      }
    },
  },
  {
    id: 4,
    name: 'audit intents: changes being saved until their audit entry is appended',
    up: (db) => createCollection(db, 'auditIntents'),
  },
  {
    id: 5,
    name: 'outbox: meetingId indexed (delivery per meeting), filled in from each notification',
    up: (db) => {
      const table = tableName('outbox');
      // Entries written before carry the meeting in their notification only.
      db.exec(`UPDATE "${table}"
        SET data = json_set(data, '$.meetingId', json_extract(data, '$.notification.meetingId')),
            version = version + 1
        WHERE json_extract(data, '$.notification.meetingId') IS NOT NULL
          AND json_extract(data, '$.meetingId') IS NULL`);
      createCollection(db, 'outbox');
    },
  },
  {
    id: 6,
    name: 'calendar feeds: one key per person, stored as the hash of its token',
    up: (db) => createCollection(db, 'calendarFeeds'),
  },
  {
    id: 7,
    name: 'documents: uploadedBy indexed (the daily upload quota reads it)',
    up: (db) => createCollection(db, 'documents'),
  },
];

/** Applies the migrations not yet applied, each in its own transaction. */
export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((r) => r.id),
  );
  const ran: number[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        migration.id,
        migration.name,
        new Date().toISOString(),
      );
    })();
    ran.push(migration.id);
  }
  return ran;
}
