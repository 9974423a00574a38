import type { z } from 'zod';

/** A record as stored, with the version the store gave it (SQLite counter, SharePoint eTag). */
export interface Stored<T> {
  value: T;
  version: string;
}

/** A scalar value of an indexed field. */
export type IndexValue = string | number | boolean;

/**
 * Describes one kind of record, so that each adapter can store it the same way: one SQLite
 * table or one SharePoint list, with the `indexed` fields as indexed columns (the only fields
 * a query may filter or order on) and an optional unique key (a unique indexed column).
 */
export interface CollectionSpec<T extends { id: string }, F extends string = string> {
  /** Stable name: table and list name derive from it (`copil_seats`, `Copil Seats`). */
  name: string;
  schema: z.ZodType<T>;
  /** Scalar top-level fields that queries use. */
  indexed: readonly F[];
  /** A unique key computed from the record (e.g. `voteId:seatId:voter`), enforced by the store. */
  uniqueKey?: (value: T) => string;
}

export interface FindOptions {
  orderBy?: { field: string; direction: 'asc' | 'desc' };
  /** At most this many records. */
  limit?: number;
}

/**
 * The storage port for one collection. Designed for SharePoint lists: no transaction across
 * two records, single-record conditional writes, uniqueness through a unique indexed key,
 * queries only by indexed fields. Every read parses the stored record with the schema.
 */
export interface Repository<T extends { id: string }, F extends string = string> {
  readonly spec: CollectionSpec<T, F>;
  get(id: string): Promise<Stored<T> | undefined>;
  /** Creates the record; throws `Duplicate` when its id or unique key exists. */
  create(value: T): Promise<Stored<T>>;
  /**
   * Creates several records in as few round trips as the store allows (Graph `$batch`). The
   * records that fail are listed in a `PartialWrite`; the others are stored.
   */
  createMany(values: T[]): Promise<Stored<T>[]>;
  /** Replaces the record when `expectedVersion` is current; throws `Conflict` otherwise. */
  update(value: T, expectedVersion: string): Promise<Stored<T>>;
  /** Deletes when `expectedVersion` is current (used only for derived records, never audit). */
  remove(id: string, expectedVersion: string): Promise<void>;
  /** Records whose indexed `field` equals `value`, every page followed. */
  findBy(field: F, value: IndexValue, options?: FindOptions): Promise<Stored<T>[]>;
  /** The record with this unique key, if any. */
  findByUniqueKey(key: string): Promise<Stored<T> | undefined>;
  /** Every record of the collection, every page followed (registers are small). */
  list(options?: FindOptions): Promise<Stored<T>[]>;
}
