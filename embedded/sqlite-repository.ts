import type Database from 'better-sqlite3';
import {
  Conflict,
  Duplicate,
  InvalidRecord,
  NotFound,
  PartialWrite,
  StoreError,
  type StoreErrorCode,
} from '../core/ports/errors.js';
import type {
  CollectionSpec,
  FindOptions,
  IndexValue,
  Repository,
  Stored,
} from '../core/ports/repository.js';
import { fieldExpression, tableName } from './migrations.js';

interface Row {
  id: string;
  version: number;
  data: string;
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT')
  );
}

/** SQLite stores JSON booleans as 1/0 in json_extract. */
function sqlValue(value: IndexValue): string | number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/**
 * One collection in one SQLite table. The version is an integer bumped on every write; an
 * update names the version it read (`WHERE version = ?`), so a stale write changes nothing
 * and raises `Conflict` — never last-writer-wins.
 */
export class SqliteRepository<T extends { id: string }, F extends string> implements Repository<
  T,
  F
> {
  private readonly table: string;

  constructor(
    private readonly db: Database.Database,
    readonly spec: CollectionSpec<T, F>,
  ) {
    this.table = tableName(spec.name);
  }

  private parse(row: Row): Stored<T> {
    const result = this.spec.schema.safeParse(JSON.parse(row.data));
    if (!result.success) {
      throw new InvalidRecord(this.spec.name, row.id, result.error.message);
    }
    return { value: result.data, version: String(row.version) };
  }

  private validate(value: T): T {
    const result = this.spec.schema.safeParse(value);
    if (!result.success) {
      throw new InvalidRecord(this.spec.name, String(value.id), result.error.message);
    }
    return result.data;
  }

  private orderClause(options: FindOptions | undefined): string {
    if (!options?.orderBy) return 'ORDER BY rowid';
    this.assertIndexed(options.orderBy.field);
    const direction = options.orderBy.direction === 'desc' ? 'DESC' : 'ASC';
    return `ORDER BY ${fieldExpression(options.orderBy.field)} ${direction}, rowid ${direction}`;
  }

  private limitClause(options: FindOptions | undefined): string {
    return options?.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(options.limit))}` : '';
  }

  /** Queries use indexed fields only, as on SharePoint (a design rule of every port). */
  private assertIndexed(field: string): void {
    if (!(this.spec.indexed as readonly string[]).includes(field)) {
      throw new Error(`${this.spec.name}.${field} is not an indexed field`);
    }
  }

  async get(id: string): Promise<Stored<T> | undefined> {
    const row = this.db
      .prepare(`SELECT id, version, data FROM "${this.table}" WHERE id = ?`)
      .get(id) as Row | undefined;
    return row ? this.parse(row) : undefined;
  }

  async create(value: T): Promise<Stored<T>> {
    const record = this.validate(value);
    const uniqueKey = this.spec.uniqueKey?.(record) ?? null;
    try {
      this.db
        .prepare(`INSERT INTO "${this.table}" (id, version, unique_key, data) VALUES (?, 1, ?, ?)`)
        .run(record.id, uniqueKey, JSON.stringify(record));
    } catch (error) {
      if (isUniqueViolation(error)) throw new Duplicate(this.spec.name, uniqueKey ?? record.id);
      throw error;
    }
    return { value: record, version: '1' };
  }

  async createMany(values: T[]): Promise<Stored<T>[]> {
    const stored: Stored<T>[] = [];
    const failures: { id: string; reason: StoreErrorCode }[] = [];
    for (const value of values) {
      try {
        stored.push(await this.create(value));
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        failures.push({ id: String(value.id), reason: error.code });
      }
    }
    if (failures.length > 0) throw new PartialWrite(this.spec.name, failures);
    return stored;
  }

  async update(value: T, expectedVersion: string): Promise<Stored<T>> {
    const record = this.validate(value);
    const uniqueKey = this.spec.uniqueKey?.(record) ?? null;
    let changes: number;
    try {
      changes = this.db
        .prepare(
          `UPDATE "${this.table}" SET version = version + 1, unique_key = ?, data = ?
           WHERE id = ? AND version = ?`,
        )
        .run(uniqueKey, JSON.stringify(record), record.id, Number(expectedVersion)).changes;
    } catch (error) {
      if (isUniqueViolation(error)) throw new Duplicate(this.spec.name, uniqueKey ?? record.id);
      throw error;
    }
    if (changes === 0) {
      const current = await this.get(record.id);
      if (!current) throw new NotFound(this.spec.name, record.id);
      throw new Conflict(this.spec.name, record.id);
    }
    return { value: record, version: String(Number(expectedVersion) + 1) };
  }

  async remove(id: string, expectedVersion: string): Promise<void> {
    const changes = this.db
      .prepare(`DELETE FROM "${this.table}" WHERE id = ? AND version = ?`)
      .run(id, Number(expectedVersion)).changes;
    if (changes === 0) {
      if (!(await this.get(id))) throw new NotFound(this.spec.name, id);
      throw new Conflict(this.spec.name, id);
    }
  }

  async findBy(field: F, value: IndexValue, options?: FindOptions): Promise<Stored<T>[]> {
    this.assertIndexed(field);
    const rows = this.db
      .prepare(
        `SELECT id, version, data FROM "${this.table}" WHERE ${fieldExpression(field)} = ?
         ${this.orderClause(options)} ${this.limitClause(options)}`,
      )
      .all(sqlValue(value)) as Row[];
    return rows.map((row) => this.parse(row));
  }

  async findByUniqueKey(key: string): Promise<Stored<T> | undefined> {
    const row = this.db
      .prepare(`SELECT id, version, data FROM "${this.table}" WHERE unique_key = ?`)
      .get(key) as Row | undefined;
    return row ? this.parse(row) : undefined;
  }

  async list(options?: FindOptions): Promise<Stored<T>[]> {
    const rows = this.db
      .prepare(
        `SELECT id, version, data FROM "${this.table}" ${this.orderClause(options)} ${this.limitClause(options)}`,
      )
      .all() as Row[];
    return rows.map((row) => this.parse(row));
  }
}
