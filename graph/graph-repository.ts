import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { Duplicate, InvalidRecord, NotFound, PartialWrite } from '../core/ports/errors.js';
import type {
  CollectionSpec,
  FindOptions,
  IndexValue,
  Repository,
  Stored,
} from '../core/ports/repository.js';
import { executeBatch, succeeded } from './batch.js';
import { isTransportError, translateGraphError } from './errors.js';
import {
  columnOf,
  fromFields,
  ListItemSchema,
  PAYLOAD,
  RECORD_ID,
  toFields,
  UNIQUE_KEY,
  type ListItem,
} from './list-schema.js';

const PageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().url().optional(),
});

const FieldsResponseSchema = z.looseObject({ '@odata.etag': z.string().optional() });

/** OData literal for a `$filter` value. */
function literal(value: IndexValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * One collection as one SharePoint list (graph/list-schema.ts). The record version is the
 * item's eTag, sent as If-Match on every update and delete (412 → Conflict); uniqueness is a
 * unique indexed column (409 → Duplicate); every filter and order names an indexed column;
 * pages are followed through the whole `@odata.nextLink`. A write whose answer was lost (a
 * dropped connection, a timeout) is reconciled by reading back what the list holds, so an
 * acknowledged write is never lost and a retried one never duplicated.
 */
export class GraphRepository<T extends { id: string }, F extends string> implements Repository<
  T,
  F
> {
  private readonly items: string;
  /** Record id → SharePoint item id, learnt from every read and write. */
  private readonly itemIds = new Map<string, string>();

  constructor(
    private readonly client: Client,
    siteId: string,
    listId: string,
    readonly spec: CollectionSpec<T, F>,
  ) {
    this.items = `/sites/${siteId}/lists/${listId}/items`;
  }

  private validate(value: T): T {
    const result = this.spec.schema.safeParse(value);
    if (!result.success) {
      throw new InvalidRecord(this.spec.name, String(value.id), result.error.message);
    }
    return result.data;
  }

  private stored(raw: unknown): Stored<T> {
    const parsed = ListItemSchema.safeParse(raw);
    if (!parsed.success) {
      throw new InvalidRecord(
        this.spec.name,
        '?',
        `unexpected Graph list item: ${parsed.error.message}`,
      );
    }
    const item: ListItem = parsed.data;
    const version = item.eTag ?? item['@odata.etag'] ?? item.fields['@odata.etag'];
    if (!version) throw new InvalidRecord(this.spec.name, item.fields[RECORD_ID], 'no eTag');
    let value: T;
    try {
      value = fromFields(this.spec, item.fields);
    } catch (error) {
      throw new InvalidRecord(this.spec.name, item.fields[RECORD_ID], (error as Error).message);
    }
    this.itemIds.set(value.id, item.id);
    return { value, version };
  }

  /** Every item matching a query, all pages followed. */
  private async query(filter?: string, options: FindOptions = {}): Promise<Stored<T>[]> {
    let request = this.client.api(this.items).expand(`fields(select=${RECORD_ID},${PAYLOAD})`);
    if (filter) request = request.filter(filter);
    if (options.orderBy) {
      if (!(this.spec.indexed as readonly string[]).includes(options.orderBy.field)) {
        throw new Error(`${this.spec.name}.${options.orderBy.field} is not an indexed field`);
      }
      request = request.orderby(
        `fields/${columnOf(options.orderBy.field)} ${options.orderBy.direction}`,
      );
    }
    if (options.limit !== undefined) request = request.top(Math.max(1, options.limit));
    const results: Stored<T>[] = [];
    let page = PageSchema.parse(await request.get());
    for (;;) {
      for (const raw of page.value) results.push(this.stored(raw));
      const next = page['@odata.nextLink'];
      if (!next || (options.limit !== undefined && results.length >= options.limit)) break;
      page = PageSchema.parse(await this.client.api(next).get());
    }
    return options.limit !== undefined ? results.slice(0, options.limit) : results;
  }

  private async byColumn(column: string, value: IndexValue): Promise<Stored<T> | undefined> {
    const [first] = await this.query(`fields/${column} eq ${literal(value)}`);
    return first;
  }

  private async itemIdOf(id: string): Promise<string> {
    const known = this.itemIds.get(id);
    if (known) return known;
    const found = await this.byColumn(RECORD_ID, id);
    const itemId = found ? this.itemIds.get(id) : undefined;
    if (!itemId) throw new NotFound(this.spec.name, id);
    return itemId;
  }

  private keyOf(record: T): string {
    return this.spec.uniqueKey?.(record) ?? record.id;
  }

  async get(id: string): Promise<Stored<T> | undefined> {
    return this.byColumn(RECORD_ID, id);
  }

  async create(value: T): Promise<Stored<T>> {
    const record = this.validate(value);
    const what = { collection: this.spec.name, id: record.id, key: this.keyOf(record) };
    try {
      return this.stored(
        await this.client.api(this.items).post({ fields: toFields(this.spec, record) }),
      );
    } catch (error) {
      if (!isTransportError(error)) throw translateGraphError(error, what);
      // The answer was lost: the item may or may not exist. Read before deciding.
      const existing = await this.get(record.id);
      if (existing) {
        if (JSON.stringify(existing.value) === JSON.stringify(record)) return existing;
        throw new Duplicate(this.spec.name, record.id);
      }
      try {
        return this.stored(
          await this.client.api(this.items).post({ fields: toFields(this.spec, record) }),
        );
      } catch (retryError) {
        throw translateGraphError(retryError, what);
      }
    }
  }

  /** Creates many records with `$batch` (≤ 20 per call); failures are reported, never dropped. */
  async createMany(values: T[]): Promise<Stored<T>[]> {
    const records = values.map((v) => this.validate(v));
    const responses = await executeBatch(
      this.client,
      records.map((record, index) => ({
        id: String(index + 1),
        method: 'POST' as const,
        url: this.items,
        body: { fields: toFields(this.spec, record) },
      })),
    );
    const failures = responses.filter((r) => !succeeded(r));
    if (failures.length > 0) {
      throw new PartialWrite(
        this.spec.name,
        failures.map((f) => ({
          id: records[Number(f.id) - 1]?.id ?? f.id,
          reason: f.status === 409 ? 'duplicate' : 'failed',
          status: f.status,
        })),
      );
    }
    return responses.map((r) => this.stored(r.body));
  }

  async update(value: T, expectedVersion: string): Promise<Stored<T>> {
    const record = this.validate(value);
    const what = { collection: this.spec.name, id: record.id, key: this.keyOf(record) };
    const itemId = await this.itemIdOf(record.id);
    const patch = () =>
      this.client
        .api(`${this.items}/${itemId}/fields`)
        .header('If-Match', expectedVersion)
        .patch(toFields(this.spec, record));
    let response: unknown;
    try {
      response = await patch();
    } catch (error) {
      if (!isTransportError(error)) throw translateGraphError(error, what);
      // Lost answer: applied if the list now holds exactly this record.
      const current = await this.get(record.id);
      if (!current) throw new NotFound(this.spec.name, record.id);
      if (JSON.stringify(current.value) === JSON.stringify(record)) return current;
      if (current.version !== expectedVersion) throw translateGraphError({ statusCode: 412 }, what);
      try {
        response = await patch();
      } catch (retryError) {
        throw translateGraphError(retryError, what);
      }
    }
    const etag = FieldsResponseSchema.parse(response)['@odata.etag'];
    if (etag) return { value: record, version: etag };
    const reread = await this.get(record.id);
    if (!reread) throw new NotFound(this.spec.name, record.id);
    return reread;
  }

  async remove(id: string, expectedVersion: string): Promise<void> {
    const itemId = await this.itemIdOf(id);
    try {
      await this.client.api(`${this.items}/${itemId}`).header('If-Match', expectedVersion).delete();
      this.itemIds.delete(id);
    } catch (error) {
      throw translateGraphError(error, { collection: this.spec.name, id });
    }
  }

  async findBy(field: F, value: IndexValue, options?: FindOptions): Promise<Stored<T>[]> {
    if (!(this.spec.indexed as readonly string[]).includes(field)) {
      throw new Error(`${this.spec.name}.${field} is not an indexed field`);
    }
    return this.query(`fields/${columnOf(field)} eq ${literal(value)}`, options);
  }

  async findByUniqueKey(key: string): Promise<Stored<T> | undefined> {
    return this.byColumn(UNIQUE_KEY, key);
  }

  async list(options?: FindOptions): Promise<Stored<T>[]> {
    return this.query(undefined, options);
  }
}
