import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../core/ports/collections.js';
import { MIGRATIONS, migrate, tableName } from '../../embedded/migrations.js';

describe('embedded schema migrations', () => {
  it('creates a table and its indexes for every collection', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((t) => t.name),
    );
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      expect(tables.has(tableName(name)), `table for ${name}`).toBe(true);
      const indexes = (
        db.prepare(`PRAGMA index_list("${tableName(name)}")`).all() as { name: string }[]
      ).map((i) => i.name);
      for (const field of spec.indexed) {
        expect(indexes, `index on ${name}.${field}`).toContain(`${tableName(name)}_${field}`);
      }
    }
  });

  it('applies each migration once, in order', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(migrate(db)).toEqual([]);
    const ids = MIGRATIONS.map((m) => m.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('uses the field index for indexed queries (no full scan)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM c_seats WHERE json_extract(data, '$.organisationId') = ?`,
      )
      .all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX c_seats_organisationId/);
  });

  it('indexes the outbox by meeting and fills it in for entries written before (migration 5)', () => {
    const db = new Database(':memory:');
    const before = MIGRATIONS.filter((m) => m.id < 5);
    db.exec(
      `CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    for (const m of before) {
      m.up(db);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.id, m.name, 'then');
    }
    const entry = (id: string, notification: object) =>
      JSON.stringify({
        id,
        key: `k-${id}`,
        recipient: { personId: 'p1' },
        notification,
        status: 'undeliverable',
        attempts: 1,
        createdAt: '2026-03-09T08:00:00Z',
        lastError: 'no-conversation',
      });
    const insert = db.prepare(
      'INSERT INTO c_outbox (id, version, unique_key, data) VALUES (?, 1, ?, ?)',
    );
    insert.run('o1', 'k-o1', entry('o1', { kind: 'meeting-notice', meetingId: 'm1' }));
    insert.run('o2', 'k-o2', entry('o2', { kind: 'vote-opened', voteId: 'v1' }));
    expect(migrate(db)).toEqual(MIGRATIONS.filter((m) => m.id >= 5).map((m) => m.id));
    const rows = db
      .prepare(
        `SELECT id, version, json_extract(data, '$.meetingId') AS meetingId FROM c_outbox ORDER BY id`,
      )
      .all();
    expect(rows).toEqual([
      { id: 'o1', version: 2, meetingId: 'm1' },
      { id: 'o2', version: 1, meetingId: null },
    ]);
  });
});
