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
});
