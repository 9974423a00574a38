import { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../core/ports/collections.js';
import type { CollectionSpec } from '../core/ports/repository.js';

/**
 * The SharePoint schema of the app — one list per collection — as code, reviewed like code
 * (provisioning creates exactly this). Each list has:
 * - `CpRecordId`: the record id (unique, indexed) — Title carries it too, for people browsing;
 * - `CpUniqueKey`: the collection's unique key, or `id:<record id>` (unique, indexed);
 * - one typed, indexed column per indexed field (`CpCollege`, `CpSeq`…): the only columns a
 *   `$filter` or `$orderby` names (PLATFORM_NOTES §1);
 * - `CpPayload`: the whole record as JSON (multi-line text), parsed with the record's zod
 *   schema on every read.
 */
export type ColumnKind = 'text' | 'number' | 'boolean';

export interface ColumnDefinition {
  name: string;
  kind: ColumnKind | 'note';
  indexed: boolean;
  enforceUniqueValues: boolean;
  /** The record field it mirrors, for indexed fields. */
  field?: string;
}

export interface ListDefinition {
  collection: CollectionName;
  displayName: string;
  description: string;
  columns: ColumnDefinition[];
}

export const RECORD_ID = 'CpRecordId';
export const UNIQUE_KEY = 'CpUniqueKey';
export const PAYLOAD = 'CpPayload';
/** Documents live in the site's default library ("Documents"), under this folder. */
export const DOCUMENT_FOLDER = 'ogp-copil';

export const columnOf = (field: string) => `Cp${field.charAt(0).toUpperCase()}${field.slice(1)}`;

const titleCase = (name: string) =>
  name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

/** The zod kind of a top-level field, through optional/default wrappers. */
export function fieldKind(schema: z.ZodType, field: string): ColumnKind {
  let node = (schema as unknown as z.ZodObject).shape?.[field] as z.ZodType | undefined;
  for (let depth = 0; node && depth < 5; depth += 1) {
    const def = (node as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod
      .def;
    if (def.type === 'number' || def.type === 'int') return 'number';
    if (def.type === 'boolean') return 'boolean';
    if (def.innerType) {
      node = def.innerType;
      continue;
    }
    break;
  }
  return 'text';
}

export function listDefinition(collection: CollectionName): ListDefinition {
  const spec = COLLECTIONS[collection] as unknown as CollectionSpec<{ id: string }, string>;
  return {
    collection,
    displayName: `Copil ${titleCase(collection)}`,
    description: `ogp-copil: ${collection} (managed by the app; do not edit by hand)`,
    columns: [
      { name: RECORD_ID, kind: 'text', indexed: true, enforceUniqueValues: true },
      { name: UNIQUE_KEY, kind: 'text', indexed: true, enforceUniqueValues: true },
      ...spec.indexed.map((field) => ({
        name: columnOf(field),
        kind: fieldKind(spec.schema, field),
        indexed: true,
        enforceUniqueValues: false,
        field,
      })),
      { name: PAYLOAD, kind: 'note', indexed: false, enforceUniqueValues: false },
    ],
  };
}

export const LIST_DEFINITIONS: readonly ListDefinition[] = (
  Object.keys(COLLECTIONS) as CollectionName[]
).map(listDefinition);

/** Graph's `columnDefinition` body for a column (one type facet each). */
export function columnBody(column: ColumnDefinition): Record<string, unknown> {
  const facet =
    column.kind === 'number'
      ? { number: {} }
      : column.kind === 'boolean'
        ? { boolean: {} }
        : column.kind === 'note'
          ? { text: { allowMultipleLines: true, linesForEditing: 6 } }
          : { text: { allowMultipleLines: false, maxLength: 255 } };
  return {
    name: column.name,
    displayName: column.name,
    indexed: column.indexed,
    enforceUniqueValues: column.enforceUniqueValues,
    ...facet,
  };
}

/** The list item `fields` a record is written as. */
export function toFields<T extends { id: string }>(
  spec: CollectionSpec<T, string>,
  record: T,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    Title: record.id,
    [RECORD_ID]: record.id,
    [UNIQUE_KEY]: spec.uniqueKey?.(record) ?? `id:${record.id}`,
    [PAYLOAD]: JSON.stringify(record),
  };
  for (const field of spec.indexed) {
    const value = (record as Record<string, unknown>)[field];
    // An absent optional field leaves its column empty (null clears it on update).
    fields[columnOf(field)] = value === undefined ? null : value;
  }
  return fields;
}

/** What Graph must send back for a list item; anything else is a bad response. */
export const ListItemSchema = z.object({
  id: z.string().min(1),
  eTag: z.string().min(1).optional(),
  '@odata.etag': z.string().min(1).optional(),
  fields: z.looseObject({
    [RECORD_ID]: z.string().min(1),
    [PAYLOAD]: z.string().min(2),
    '@odata.etag': z.string().optional(),
  }),
});
export type ListItem = z.infer<typeof ListItemSchema>;

/** Reads a record back from its item's fields, through the collection's schema. */
export function fromFields<T extends { id: string }>(
  spec: CollectionSpec<T, string>,
  fields: { [PAYLOAD]: string },
): T {
  return spec.schema.parse(JSON.parse(fields[PAYLOAD]));
}
