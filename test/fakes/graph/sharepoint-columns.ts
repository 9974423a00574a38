import { badRequest, GraphHttpError } from './errors.js';
import { newGuid } from './ids.js';
import { COLUMN_FACETS } from './state.js';
import type { ColumnState, ColumnType, ListState } from './state.js';
import { isJsonObject } from './types.js';
import type { JsonObject } from './types.js';

/**
 * Column definitions and typed field values (PLATFORM_NOTES §1 "Column types": one type facet per
 * column; `name` is the key in `fields`).
 */

const FACET_TYPES: Record<string, ColumnType> = {
  text: 'text',
  number: 'number',
  currency: 'currency',
  boolean: 'boolean',
  dateTime: 'dateTime',
  choice: 'choice',
  lookup: 'lookup',
  personOrGroup: 'personOrGroup',
  hyperlinkOrPicture: 'hyperlinkOrPicture',
  calculated: 'calculated',
};

/** The defaults SharePoint fills into each facet (what GET columns shows). */
const FACET_DEFAULTS: Record<string, JsonObject> = {
  text: {
    allowMultipleLines: false,
    appendChangesToExistingText: false,
    linesForEditing: 0,
    maxLength: 255,
  },
  number: {
    decimalPlaces: 'automatic',
    displayAs: 'number',
    maximum: 1.7976931348623157e308,
    minimum: -1.7976931348623157e308,
  },
  currency: { locale: 'en-US' },
  dateTime: { displayAs: 'default', format: 'dateTime' },
  choice: { allowTextEntry: false, choices: [], displayAs: 'dropDownMenu' },
  personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly' },
  lookup: { allowMultipleValues: false, allowUnlimitedLength: false },
};

/** Columns SharePoint puts on every generic list. Only Title is writable; only ID is indexed. */
const SYSTEM_COLUMNS: [name: string, facet: string, extra?: Partial<ColumnState>][] = [
  ['ID', 'number', { readOnly: true, indexed: true, displayName: 'ID' }],
  ['ContentType', 'text', { readOnly: true, displayName: 'Content Type' }],
  ['Modified', 'dateTime', { readOnly: true }],
  ['Created', 'dateTime', { readOnly: true }],
  ['Author', 'personOrGroup', { readOnly: true, displayName: 'Created By' }],
  ['Editor', 'personOrGroup', { readOnly: true, displayName: 'Modified By' }],
  ['_UIVersionString', 'text', { readOnly: true, displayName: 'Version' }],
  ['Attachments', 'boolean', { readOnly: true }],
  ['Edit', 'text', { readOnly: true }],
  ['LinkTitleNoMenu', 'text', { readOnly: true, displayName: 'Title' }],
  ['LinkTitle', 'text', { readOnly: true, displayName: 'Title' }],
  ['ItemChildCount', 'text', { readOnly: true, displayName: 'Item Child Count' }],
  ['FolderChildCount', 'text', { readOnly: true, displayName: 'Folder Child Count' }],
  ['AppAuthor', 'lookup', { readOnly: true, displayName: 'App Created By' }],
  ['AppEditor', 'lookup', { readOnly: true, displayName: 'App Modified By' }],
];

export function systemColumns(template: string): ColumnState[] {
  const columns: ColumnState[] = [];
  if (template === 'genericList') {
    // PLATFORM_NOTES §1: genericList always has a Title column.
    columns.push(
      makeColumn({
        name: 'Title',
        facetName: 'text',
        required: true,
        columnGroup: 'Custom Columns',
      }),
    );
  }
  for (const [name, facetName, extra] of SYSTEM_COLUMNS) {
    columns.push(makeColumn({ name, facetName, system: true, ...extra }));
  }
  return columns;
}

function makeColumn(init: Partial<ColumnState> & { name: string; facetName: string }): ColumnState {
  return {
    id: newGuid(),
    displayName: init.name,
    description: '',
    columnGroup: 'Custom Columns',
    facet: { ...(FACET_DEFAULTS[init.facetName] ?? {}) },
    type: FACET_TYPES[init.facetName] ?? 'other',
    indexed: false,
    enforceUniqueValues: false,
    required: false,
    hidden: false,
    readOnly: false,
    system: false,
    ...init,
  };
}

/** A column from a `columnDefinition` body (list create, POST columns). */
export function columnFromDefinition(def: JsonObject): ColumnState {
  const name = typeof def['name'] === 'string' ? def['name'] : undefined;
  const displayName = typeof def['displayName'] === 'string' ? def['displayName'] : undefined;
  const apiName = name ?? displayName?.replace(/ /g, '_x0020_');
  if (!apiName) throw badRequest('A column needs a name.');
  const facets = COLUMN_FACETS.filter((facet) => isJsonObject(def[facet]));
  if (facets.length > 1) {
    throw badRequest(`A column can have only one type; got ${facets.join(', ')}.`);
  }
  const facetName = facets[0] ?? 'text';
  const column = makeColumn({
    name: apiName,
    facetName,
    displayName: displayName ?? apiName,
    facet: { ...(FACET_DEFAULTS[facetName] ?? {}), ...(def[facetName] as JsonObject | undefined) },
  });
  applyColumnFlags(column, def);
  return column;
}

/** Flags settable on create and by PATCH columns/{id}. */
export function applyColumnFlags(column: ColumnState, def: JsonObject): void {
  for (const flag of ['indexed', 'enforceUniqueValues', 'required', 'hidden'] as const) {
    const value = def[flag];
    if (typeof value === 'boolean') column[flag] = value;
  }
  if (typeof def['description'] === 'string') column.description = def['description'];
  if (typeof def['displayName'] === 'string') column.displayName = def['displayName'];
  if (typeof def['columnGroup'] === 'string') column.columnGroup = def['columnGroup'];
  if (isJsonObject(def[column.facetName])) {
    column.facet = { ...column.facet, ...(def[column.facetName] as JsonObject) };
  }
  // SharePoint refuses uniqueness on a column that is not indexed (brief §4).
  if (column.enforceUniqueValues && !column.indexed) {
    throw badRequest(
      `Column '${column.name}': the field must be indexed to enforce unique values.`,
    );
  }
}

export function columnJson(column: ColumnState): JsonObject {
  return {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    [column.facetName]: column.facet,
  };
}

/** Finds a column by API name (exact first, then ignoring case) or by the `id` alias of ID. */
export function findColumn(list: ListState, name: string): ColumnState | undefined {
  if (name === 'id') return list.columns.find((c) => c.name === 'ID');
  return (
    list.columns.find((c) => c.name === name) ??
    list.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())
  );
}

const isLookup = (column: ColumnState): boolean =>
  column.type === 'lookup' || column.type === 'personOrGroup';

const multiLookup = (column: ColumnState): boolean =>
  column.facet['allowMultipleSelection'] === true || column.facet['allowMultipleValues'] === true;

/**
 * Validates a partial fieldValueSet against the list's columns and returns the values to store.
 * Wrong types are 400 invalidRequest (brief §4); an unknown name is "not recognized".
 */
export function validateFieldWrites(list: ListState, fields: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key.includes('@')) continue; // annotations such as `XLookupId@odata.type`
    const lookupBase = key.endsWith('LookupId') ? key.slice(0, -'LookupId'.length) : undefined;
    const lookupColumn = lookupBase ? findColumn(list, lookupBase) : undefined;
    if (lookupColumn && isLookup(lookupColumn)) {
      if (lookupColumn.readOnly) throw badRequest(`Field '${key}' is read-only`);
      out[`${lookupColumn.name}LookupId`] = lookupValue(lookupColumn, key, value, fields);
      continue;
    }
    const column = findColumn(list, key);
    if (!column || key === 'id') {
      throw badRequest(`Field '${key}' is not recognized`);
    }
    if (column.readOnly) throw badRequest(`Field '${key}' is read-only`);
    if (isLookup(column)) {
      throw badRequest(
        `Field '${key}' is a ${column.type} column: write its id as '${column.name}LookupId'`,
      );
    }
    out[column.name] = typedValue(column, value);
  }
  return out;
}

/** PLATFORM_NOTES §1: lookups are written as `"<Column>LookupId": "<int as string>"`. */
function lookupValue(column: ColumnState, key: string, value: unknown, all: JsonObject): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) {
    const annotated = all[`${key}@odata.type`] === 'Collection(Edm.String)';
    if (!multiLookup(column) || !annotated) {
      throw badRequest(
        `Field '${key}': a list of ids needs a multi-value column and '${key}@odata.type': 'Collection(Edm.String)'`,
      );
    }
    return value.map((entry) => lookupValue(column, key, entry, {}));
  }
  // [community][?] an int instead of a string gave "General exception while processing".
  if (typeof value === 'number') {
    throw new GraphHttpError(500, 'generalException', 'General exception while processing');
  }
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    throw badRequest(`Field '${key}' expects a lookup id as a string of digits`);
  }
  return value;
}

function typedValue(column: ColumnState, value: unknown): unknown {
  if (value === null) return null;
  const wrong = (expected: string) =>
    badRequest(
      `Field '${column.name}' expects a value of type ${expected}; got ${JSON.stringify(value)}.`,
    );
  switch (column.type) {
    case 'text': {
      if (typeof value !== 'string') throw wrong('string');
      const multi = column.facet['allowMultipleLines'] === true;
      const max = multi ? 63999 : Number(column.facet['maxLength'] ?? 255);
      if (value.length > max) {
        throw badRequest(`Field '${column.name}' is longer than its maximum of ${max} characters.`);
      }
      return value;
    }
    case 'number':
    case 'currency': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong('number');
      const min = column.facet['minimum'];
      const max = column.facet['maximum'];
      if ((typeof min === 'number' && value < min) || (typeof max === 'number' && value > max)) {
        throw badRequest(`Field '${column.name}' is outside its allowed range.`);
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('boolean');
      return value;
    case 'dateTime': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
        throw wrong('ISO 8601 date-time string');
      }
      const time = Date.parse(
        /T.*(Z|[+-]\d{2}:\d{2})$/i.test(value) || value.length === 10 ? value : `${value}Z`,
      );
      if (Number.isNaN(time)) throw wrong('ISO 8601 date-time string');
      // SharePoint hands date-times back in UTC, to the second.
      return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'choice': {
      const choices = Array.isArray(column.facet['choices']) ? column.facet['choices'] : [];
      const fillIn = column.facet['allowTextEntry'] === true;
      const check = (entry: unknown) => {
        if (typeof entry !== 'string') throw wrong('string (one of the choices)');
        if (!fillIn && !choices.includes(entry)) {
          throw badRequest(
            `Field '${column.name}': '${entry}' is not one of the choices ${JSON.stringify(choices)}.`,
          );
        }
        return entry;
      };
      if (Array.isArray(value) && column.facet['displayAs'] === 'checkBoxes') {
        return value.map(check);
      }
      return check(value);
    }
    case 'calculated':
      throw badRequest(`Field '${column.name}' is read-only`);
    default:
      return value;
  }
}

/** Comparable form of a value for unique checks: SharePoint compares text without case. */
export function uniqueKey(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return typeof value === 'string' ? value.toLowerCase() : JSON.stringify(value);
}
