/**
 * Shared helpers for the app-package scripts and their tests: where the repository and the
 * offline copies of Microsoft's schemas are, and how to validate against those schemas.
 *
 * The schemas are vendored in `vendor/teams-schemas/` (exact copies of
 * github.com/microsoft/json-schemas, MIT; source and commit in its README), so validation
 * needs neither the network nor anything outside the repository.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type Options, type SchemaObject } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the
// module object, and at run time the function carries `.default` too, so this works in both.
const addFormats = addFormatsModule.default;

/** The folder holding package.json, found by walking up from this file. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repoRoot: no package.json above scripts/lib');
    dir = parent;
  }
}

/** `<repo>/vendor/teams-schemas`, where the offline schema copies are kept. */
export function teamsSchemasDir(root: string = repoRoot()): string {
  return path.resolve(root, 'vendor', 'teams-schemas');
}

export const SCHEMA_FILES = {
  /** Teams app manifest, manifestVersion 1.30. */
  manifest: 'v1.30/MicrosoftTeams.schema.json',
  /** The language files named by the manifest's localizationInfo. */
  localization: 'v1.30/MicrosoftTeams.Localization.schema.json',
  /** Teams Toolkit / Agents Toolkit project file, `version: v1.13`. */
  teamsappYaml: 'teamsapp-yaml/v1.13.yaml.schema.json',
} as const;

export type SchemaName = keyof typeof SCHEMA_FILES;

/** The canonical URLs the files declare in their own `$schema`, matching the copies above. */
export const CANONICAL_SCHEMA_URLS = {
  manifest: 'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
  localization:
    'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json',
  teamsappYaml: 'https://aka.ms/teams-toolkit/v1.13/yaml.schema.json',
} as const;

export function readJsonFile(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export function loadSchema(name: SchemaName, root: string = repoRoot()): SchemaObject {
  const file = path.join(teamsSchemasDir(root), SCHEMA_FILES[name]);
  if (!existsSync(file)) {
    throw new Error(`schema ${name} not found at ${file} (expected the offline copies there)`);
  }
  const schema = readJsonFile(file);
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new Error(`schema ${name} at ${file} is not a JSON object`);
  }
  return schema as SchemaObject;
}

export type Draft = 'draft-04' | 'draft-07' | '2019-09' | '2020-12';

/** Which JSON Schema draft a schema declares in `$schema` (draft-07 when it declares none). */
export function declaredDraft(schema: SchemaObject): Draft {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (declared === '') return 'draft-07';
  if (declared.includes('draft-04')) return 'draft-04';
  if (declared.includes('draft-07')) return 'draft-07';
  if (declared.includes('2019-09')) return '2019-09';
  if (declared.includes('2020-12')) return '2020-12';
  throw new Error(`unsupported JSON Schema dialect: ${declared}`);
}

/** Keys whose value is a map of names to sub-schemas (the names are not keywords). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
/** Keys whose value is data, not a sub-schema. */
const DATA_KEYS = new Set(['enum', 'const', 'default', 'examples', 'required']);

/**
 * JSON pointers of the draft-04 forms a draft-07 validator would read differently: boolean
 * `exclusiveMinimum`/`exclusiveMaximum` and the `id` keyword (draft-06 renamed it `$id`).
 * Empty means the draft-07 validator gives the same verdict as a draft-04 one.
 */
export function draft04OnlyForms(schema: unknown, pointer = ''): string[] {
  if (Array.isArray(schema))
    return schema.flatMap((s, i) => draft04OnlyForms(s, `${pointer}/${i}`));
  if (typeof schema !== 'object' || schema === null) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    const at = `${pointer}/${key}`;
    if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
      found.push(at);
    } else if (key === 'id' && typeof value === 'string') {
      found.push(at);
    } else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
      for (const [name, sub] of Object.entries(value as Record<string, unknown>)) {
        found.push(...draft04OnlyForms(sub, `${at}/${name}`));
      }
    } else if (!DATA_KEYS.has(key)) {
      found.push(...draft04OnlyForms(value, at));
    }
  }
  return found;
}

export interface ValidationResult {
  valid: boolean;
  /** One readable line per problem: `<JSON pointer> <message>`. Empty when valid. */
  errors: string[];
}

export type Validator = (data: unknown) => ValidationResult;

const AJV_OPTIONS: Options = {
  allErrors: true,
  // The Microsoft schemas leave `type` off some constrained nodes; strictTypes would only log.
  strictTypes: false,
  // The 1.30 localization schema has the pattern `…\[\b(…)\b]\.description$`, whose bare `]`
  // is a syntax error under the `u` flag Ajv adds by default. Without it, the pattern is valid
  // ECMA-262 and means what its authors meant.
  unicodeRegExp: false,
};

export function formatErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? []).map((e) => {
    const where = e.instancePath === '' ? '/' : e.instancePath;
    let detail = '';
    if (e.keyword === 'additionalProperties' && 'additionalProperty' in e.params) {
      detail = ` (${String(e.params.additionalProperty)})`;
    } else if (e.keyword === 'enum' && 'allowedValues' in e.params) {
      detail = ` (${JSON.stringify(e.params.allowedValues)})`;
    } else if (e.keyword === 'const' && 'allowedValue' in e.params) {
      detail = ` (${JSON.stringify(e.params.allowedValue)})`;
    }
    return `${where} ${e.message ?? e.keyword}${detail}`;
  });
  return [...new Set(lines)];
}

/**
 * Compiles a validator with the Ajv class matching the schema's declared draft.
 *
 * The Teams manifest and localization schemas declare draft-04, yet use `const` and
 * `if`/`then` (draft-06/07 keywords). Ajv 8 has no draft-04 mode (that is the separate
 * `ajv-draft-04` package, not installed); a strict draft-04 validator would ignore those
 * keywords. So, like Microsoft's own `AppManifestUtils.validateAgainstSchema`, we use the
 * draft-07 class, after checking the schema has none of the forms where the two drafts
 * disagree, and drop the `$schema` Ajv cannot resolve.
 */
export function createValidator(schema: SchemaObject): Validator {
  const draft = declaredDraft(schema);
  let ajv: Ajv | Ajv2019 | Ajv2020;
  let toCompile = schema;
  switch (draft) {
    case 'draft-04': {
      const forms = draft04OnlyForms(schema);
      if (forms.length > 0) {
        throw new Error(
          `schema uses draft-04-only forms a draft-07 validator would misread (${forms.join(', ')}); validate it with ajv-draft-04`,
        );
      }
      toCompile = { ...schema };
      delete toCompile.$schema;
      ajv = new Ajv(AJV_OPTIONS);
      break;
    }
    case 'draft-07':
      ajv = new Ajv(AJV_OPTIONS);
      break;
    case '2019-09':
      ajv = new Ajv2019(AJV_OPTIONS);
      break;
    case '2020-12':
      ajv = new Ajv2020(AJV_OPTIONS);
      break;
  }
  addFormats(ajv);
  const validate = ajv.compile(toCompile);
  return (data) => {
    const valid = validate(data);
    return { valid, errors: valid ? [] : formatErrors(validate.errors) };
  };
}

const validators = new Map<string, Validator>();

/** A compiled validator for one of the offline schemas, compiled once per process. */
export function schemaValidator(name: SchemaName, root: string = repoRoot()): Validator {
  const key = `${root}\0${name}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = createValidator(loadSchema(name, root));
    validators.set(key, validator);
  }
  return validator;
}

const LIFECYCLES = ['provision', 'deploy', 'publish', 'share'] as const;

/** The `uses` value an action definition accepts, following `$ref`/`allOf`/`oneOf`. */
function actionUses(definitions: Record<string, unknown>, def: unknown, depth = 0): string[] {
  if (typeof def !== 'object' || def === null || depth > 10) return [];
  const node = def as Record<string, unknown>;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/definitions/', '');
    return actionUses(definitions, definitions[name], depth + 1);
  }
  const props = node.properties as Record<string, { const?: unknown }> | undefined;
  if (typeof props?.uses?.const === 'string') return [props.uses.const];
  return (['allOf', 'oneOf', 'anyOf'] as const).flatMap((k) =>
    Array.isArray(node[k])
      ? (node[k] as unknown[]).flatMap((sub) => actionUses(definitions, sub, depth + 1))
      : [],
  );
}

const actionValidators = new Map<string, Map<string, Validator>>();

/** One validator per action (`uses` value) of the teamsapp.yml schema. */
function teamsAppActionValidators(root: string): Map<string, Validator> {
  const cached = actionValidators.get(root);
  if (cached) return cached;
  const schema = loadSchema('teamsappYaml', root);
  const definitions = (schema.definitions ?? {}) as Record<string, unknown>;
  const lifeCycle = definitions.lifeCycleArray as { items?: { anyOf?: { $ref?: string }[] } };
  const byUses = new Map<string, Validator>();
  for (const branch of lifeCycle.items?.anyOf ?? []) {
    if (typeof branch.$ref !== 'string') continue;
    const validator = createValidator({ $schema: schema.$schema, definitions, $ref: branch.$ref });
    for (const uses of actionUses(definitions, branch)) byUses.set(uses, validator);
  }
  actionValidators.set(root, byUses);
  return byUses;
}

/**
 * Validates a parsed teamsapp.yml. The lifecycle arrays are an `anyOf` over every action, so
 * a bad step makes Ajv report the failure of each of the ~36 branches; this re-checks each
 * step against the one action its `uses` names and reports only that.
 */
export function validateTeamsAppYaml(doc: unknown, root: string = repoRoot()): ValidationResult {
  const whole = schemaValidator('teamsappYaml', root)(doc);
  if (whole.valid) return whole;
  const actions = teamsAppActionValidators(root);
  const lifecyclePath = new RegExp(`^/(${LIFECYCLES.join('|')})/\\d+`);
  const errors = whole.errors.filter((e) => !lifecyclePath.test(e));
  const record = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  for (const lifecycle of LIFECYCLES) {
    const steps = record[lifecycle];
    if (!Array.isArray(steps)) continue;
    steps.forEach((step: unknown, i) => {
      const at = `/${lifecycle}/${i}`;
      const uses = (step as { uses?: unknown } | null)?.uses;
      const validator = typeof uses === 'string' ? actions.get(uses) : undefined;
      if (!validator) {
        errors.push(`${at}/uses ${JSON.stringify(uses)} is not an action of this schema version`);
        return;
      }
      errors.push(
        ...validator(step).errors.map((e) => `${at}${e.startsWith('/ ') ? e.slice(1) : e}`),
      );
    });
  }
  return { valid: false, errors: errors.length > 0 ? errors : whole.errors };
}

/** True when the module at `moduleUrl` is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (!started) return false;
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(started) === real(fileURLToPath(moduleUrl));
}
