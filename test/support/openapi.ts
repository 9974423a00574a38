import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import type { oas31 } from 'zod-openapi';
import { openApiDocument, type OpenApiOptions } from '../../server/http/openapi/document.js';

/**
 * Checks HTTP answers against the OpenAPI document the server serves (server/http/openapi/):
 * the status is described for the operation, the content type is one it gives, the headers it
 * requires are there, and a JSON body validates against its schema (JSON Schema 2020-12, with
 * ajv). Any API test may call `expectMatchesOpenApi` on the answers it gets.
 */

/** The embedded server's document: local sign-in and calendar feeds mounted. */
export const EMBEDDED_OPENAPI: OpenApiOptions = {
  version: 'test',
  localSignIn: true,
  calendarFeed: true,
  security: { mode: 'embedded' },
};

const ROOT_ID = 'urn:ogp-copil:openapi';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Refs to `#/components/schemas/X` made absolute into the root schema's `$defs`. */
function rebase(value: Json): Json {
  if (Array.isArray(value)) return value.map(rebase);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? inner.replace(/^#\/components\/schemas\//, `${ROOT_ID}#/$defs/`)
        : rebase(inner),
    ]),
  );
}

// ajv-formats is CommonJS: its module object is the plugin under NodeNext's typing.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface Checker {
  document: oas31.OpenAPIObject;
  ajv: Ajv2020;
  validators: Map<string, ValidateFunction>;
  templates: { path: string; pattern: RegExp; params: number }[];
}

const checkers = new Map<string, Checker>();

function checkerFor(options: OpenApiOptions): Checker {
  const key = JSON.stringify(options);
  let checker = checkers.get(key);
  if (checker) return checker;
  const document = openApiDocument(options);
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({
    $id: ROOT_ID,
    $defs: rebase((document.components?.schemas ?? {}) as Json) as Record<string, Json>,
  });
  const templates = Object.keys(document.paths ?? {}).map((path) => ({
    path,
    pattern: new RegExp(
      `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
    ),
    params: (path.match(/\{/g) ?? []).length,
  }));
  // A literal segment wins over a parameter (`/calendar-feed/revoke` before `/{id}`).
  templates.sort((a, b) => a.params - b.params);
  checker = { document, ajv, validators: new Map(), templates };
  checkers.set(key, checker);
  return checker;
}

function resolve<T>(document: oas31.OpenAPIObject, value: T | oas31.ReferenceObject): T {
  if (value && typeof value === 'object' && '$ref' in value) {
    const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(value.$ref) ?? [];
    const components = document.components as Record<string, Record<string, unknown>>;
    const target = kind && name ? components[kind]?.[name] : undefined;
    if (target === undefined) throw new Error(`unresolved ${value.$ref}`);
    return resolve(document, target as T);
  }
  return value as T;
}

/** The operation's template path for a concrete path (`/api/meetings/m-1` → `/api/meetings/{id}`). */
export function templateOf(path: string, options: OpenApiOptions = EMBEDDED_OPENAPI) {
  return checkerFor(options).templates.find((t) => t.pattern.test(path))?.path;
}

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');

/**
 * Fails the test unless `res` is an answer the document describes for `method` on `path` (by
 * default the path `res` was fetched from). The body is read from a clone: the caller may
 * still read `res`.
 */
export async function expectMatchesOpenApi(
  res: Response,
  method: string,
  path: string = new URL(res.url).pathname,
  options: OpenApiOptions = EMBEDDED_OPENAPI,
): Promise<void> {
  const { document, ajv, validators } = checkerFor(options);
  const where = `${method.toUpperCase()} ${path} → ${res.status}`;
  const template = templateOf(path, options);
  expect(template, `${where}: no path of the document matches`).toBeDefined();
  const item = document.paths?.[template!] as Record<string, oas31.OperationObject> | undefined;
  const operation = item?.[method.toLowerCase()];
  expect(operation, `${where}: ${template} has no ${method} operation`).toBeDefined();
  const described = operation!.responses?.[String(res.status)] as
    oas31.ResponseObject | oas31.ReferenceObject | undefined;
  expect(
    described,
    `${where}: ${operation!.operationId} does not describe ${res.status}`,
  ).toBeDefined();
  const response = resolve(document, described!);

  for (const [name, header] of Object.entries(response.headers ?? {})) {
    if (resolve(document, header).required) {
      expect(res.headers.has(name), `${where}: header ${name} missing`).toBe(true);
    }
  }

  const body = await res.clone().text();
  const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (!response.content) {
    expect(body, `${where}: a body where the document describes none`).toBe('');
    return;
  }
  const media = response.content[mediaType];
  expect(
    media,
    `${where}: content type ${mediaType || '(none)'} is not among ${Object.keys(response.content).join(', ')}`,
  ).toBeDefined();
  if (!/^application\/(.+\+)?json$/.test(mediaType) || !media!.schema) return;

  const key = `${template} ${method.toLowerCase()} ${res.status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rebase(media!.schema as Json) as object);
    validators.set(key, validate);
  }
  const json = JSON.parse(body) as unknown;
  expect(
    validate(json),
    `${where} (${operation!.operationId}):\n${describeErrors(validate.errors)}\n${body.slice(0, 2000)}`,
  ).toBe(true);
}
