/**
 * OpenAPI 3.0 schema → JSON Schema (for ajv), as used by the msgraph-sdk-powershell slices in
 * vendor/graph-openapi (PLATFORM_NOTES §9).
 *
 * Choices, each because of how those slices are generated:
 * - `allOf: [{$ref: base}, {own}]` is how they express inheritance. JSON Schema would evaluate
 *   `additionalProperties` per branch (so `id` from `entity` would be "additional" in the derived
 *   branch); we flatten the chain into one object schema instead.
 * - Every object carries `additionalProperties: {type: object}` — a generator artefact, not a
 *   statement that any object-valued property is allowed. The real service (OData) rejects an
 *   undeclared property on a non-open type, so we emit `additionalProperties: false`, except for the
 *   open types below. Instance annotations (`@odata.type`, `x@odata.bind`,
 *   `@microsoft.graph.conflictBehavior`) are always allowed: any key containing `@`.
 * - `nullable: true` adds `null`. A property typed by `$ref` alone also accepts `null`: in the CSDL
 *   complex/navigation properties are nullable by default and the generator dropped that.
 * - Navigation properties are typed at the body's root only (deep insert such as `columns` on a
 *   list create); below it their values are not checked (see `component`).
 * - Descriptions, titles, examples and `x-ms-*` are dropped to keep the cached index small.
 */

export type JsonSchema = Record<string, unknown>;

/** OpenType="true" in the Graph CSDL: unknown properties are data, not mistakes. */
export const OPEN_TYPES = new Set([
  'microsoft.graph.fieldValueSet',
  'microsoft.graph.Json',
  'microsoft.graph.openTypeExtension',
]);

/** Formats the fake validates; the others (binary, base64url, double, float) are not checked. */
export const CHECKED_FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'uuid',
  'int16',
  'int32',
  'int64',
]);

const REF_PREFIX = '#/components/schemas/';
/** `$defs` key prefix of the root variant of a component (see `component`). */
const ROOT_PREFIX = 'root:';
const DROPPED_KEYS = new Set([
  'description',
  'title',
  'example',
  'examples',
  'externalDocs',
  'readOnly',
  'writeOnly',
  'default',
  'discriminator',
  'xml',
  'deprecated',
]);

type Raw = Record<string, unknown>;

const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export class SchemaConverter {
  private readonly converted = new Map<string, JsonSchema>();
  private readonly flat = new Map<string, Raw>();

  constructor(private readonly components: Record<string, unknown>) {}

  /** Converted component schemas reachable from what has been converted so far. */
  definitions(): Record<string, JsonSchema> {
    return Object.fromEntries(this.converted);
  }

  /**
   * Converts an operation's request body (the root); `$ref`s become `#/$defs/…`. The root keeps
   * its navigation properties typed (deep insert, e.g. `columns` on list create); below the root
   * they are left unchecked (see `component`).
   */
  convertInline(schema: unknown): JsonSchema {
    if (isRaw(schema) && typeof schema['$ref'] === 'string') {
      const name = refName(schema['$ref']);
      this.component(name, true);
      return { $ref: `#/$defs/${ROOT_PREFIX}${name}` };
    }
    return this.convert(schema, false, true);
  }

  /**
   * A component in one of two variants. Navigation properties (`x-ms-navigationProperty`) reach
   * most of the Graph model (list → items → driveItem → workbook…, createdByUser → user →
   * calendar…); checking them below the body's root would make ajv compile thousands of schemas
   * for a list create, while Graph does not deep-insert past one level. So the root variant types
   * them (pointing at nested variants) and the nested variant accepts them unchecked.
   */
  private component(name: string, root = false): JsonSchema {
    const key = root ? `${ROOT_PREFIX}${name}` : name;
    const done = this.converted.get(key);
    if (done) return done;
    // Reserve the slot first: recursive types (columnDefinition.sourceColumn) refer to themselves.
    const slot: JsonSchema = {};
    this.converted.set(key, slot);
    Object.assign(slot, this.convert(this.flatComponent(name), OPEN_TYPES.has(name), root));
    return slot;
  }

  /**
   * The component with its inheritance chain merged, still in OpenAPI form. Only `allOf` is
   * followed here (never property types), so this cannot loop the way converting can.
   */
  private flatComponent(name: string): unknown {
    const cached = this.flat.get(name);
    if (cached) return cached;
    const raw = this.components[name];
    const flat = isRaw(raw) ? this.flatten(raw) : {};
    this.flat.set(name, flat);
    return flat;
  }

  private flatten(schema: Raw): Raw {
    const parts = schema['allOf'];
    if (!Array.isArray(parts)) return schema;
    const properties: Raw = {};
    const required = new Set<string>();
    for (const part of parts) {
      if (!isRaw(part)) continue;
      const ref = part['$ref'];
      const resolved =
        typeof ref === 'string' ? this.flatComponent(refName(ref)) : this.flatten(part);
      if (!isRaw(resolved)) continue;
      Object.assign(properties, isRaw(resolved['properties']) ? resolved['properties'] : {});
      const names = resolved['required'];
      if (Array.isArray(names)) for (const n of names) if (typeof n === 'string') required.add(n);
    }
    const out: Raw = { type: 'object', properties };
    if (required.size > 0) out['required'] = [...required];
    if (schema['nullable'] === true) out['nullable'] = true;
    return out;
  }

  private convert(schema: unknown, open = false, root = false): JsonSchema {
    if (!isRaw(schema)) return {};
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const name = refName(ref);
      this.component(name);
      return { $ref: `#/$defs/${name}` };
    }
    if (Array.isArray(schema['allOf'])) return this.convert(this.flatten(schema), open, root);

    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(schema)) {
      if (DROPPED_KEYS.has(key) || key.startsWith('x-')) continue;
      switch (key) {
        case 'nullable':
        case 'additionalProperties':
          break; // handled below
        case 'properties':
          if (isRaw(value)) {
            out['properties'] = Object.fromEntries(
              Object.entries(value).map(([prop, sub]) => [
                prop,
                !root && this.isNavigation(sub) ? {} : this.property(sub),
              ]),
            );
          }
          break;
        case 'items':
          out['items'] = this.convert(value);
          break;
        case 'anyOf':
        case 'oneOf':
          if (Array.isArray(value)) out['anyOf'] = value.map((sub) => this.convert(sub));
          break;
        case 'format':
          if (typeof value === 'string' && CHECKED_FORMATS.has(value)) out['format'] = value;
          break;
        default:
          out[key] = value;
      }
    }
    if (out['type'] === 'object' || out['properties'] !== undefined) {
      closeObject(out, open);
    }
    if (schema['nullable'] === true) addNull(out);
    return out;
  }

  /**
   * A navigation property: marked as such (collections), or typed by an entity type (single
   * values carry no marker; in the CSDL only navigation properties have entity types).
   */
  private isNavigation(sub: unknown): boolean {
    if (!isRaw(sub)) return false;
    if (sub['x-ms-navigationProperty'] === true) return true;
    const target = sub['type'] === 'array' && isRaw(sub['items']) ? sub['items'] : sub;
    const ref = target['$ref'];
    return typeof ref === 'string' && this.isEntity(refName(ref));
  }

  private isEntity(name: string, seen = new Set<string>()): boolean {
    if (name === 'microsoft.graph.entity') return true;
    if (seen.has(name)) return false;
    seen.add(name);
    const raw = this.components[name];
    const parts = isRaw(raw) && Array.isArray(raw['allOf']) ? raw['allOf'] : [];
    return parts.some(
      (part) =>
        isRaw(part) &&
        typeof part['$ref'] === 'string' &&
        this.isEntity(refName(part['$ref']), seen),
    );
  }

  /** A property typed by `$ref` only also accepts null (CSDL default, see header). */
  private property(sub: unknown): JsonSchema {
    const converted = this.convert(sub);
    if (typeof converted['$ref'] === 'string' && Object.keys(converted).length === 1) {
      return { anyOf: [converted, { type: 'null' }] };
    }
    return converted;
  }
}

const refName = (ref: string): string =>
  ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : ref;

function closeObject(out: JsonSchema, open: boolean): void {
  if (open) {
    out['additionalProperties'] = true;
    delete out['patternProperties'];
    return;
  }
  out['additionalProperties'] = false;
  out['patternProperties'] = { '@': {} };
}

function addNull(out: JsonSchema): void {
  const type = out['type'];
  if (typeof type === 'string') out['type'] = [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null')) out['type'] = [...type, 'null'];
  if (Array.isArray(out['enum']) && !out['enum'].includes(null))
    out['enum'] = [...out['enum'], null];
  if (type === undefined && out['enum'] === undefined) {
    const copy = { ...out };
    for (const key of Object.keys(out)) delete out[key];
    out['anyOf'] = [copy, { type: 'null' }];
  }
}

/** Every `#/$defs/NAME` referenced inside a schema (to compute a component closure). */
export function collectRefs(schema: unknown, into: Set<string>): void {
  if (Array.isArray(schema)) {
    for (const item of schema) collectRefs(item, into);
    return;
  }
  if (!isRaw(schema)) return;
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
      into.add(value.slice('#/$defs/'.length));
    } else {
      collectRefs(value, into);
    }
  }
}
