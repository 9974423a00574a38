import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SchemaConverter } from './contract-schema.js';
import type { JsonSchema } from './contract-schema.js';

/**
 * A compact index of the official OpenAPI slices (PLATFORM_NOTES §9,
 * vendor/graph-openapi/README.md): paths → methods → request-body schema, with only the
 * component schemas those bodies need. Parsing the YAML (≈ 8 MB) takes seconds, so the index is
 * built once and cached under node_modules/.cache, keyed by the files' size and mtime.
 */

export const SLICE_FILES = ['Sites.yml', 'Files.yml', 'Calendar.yml', 'CloudCommunications.yml'];
const INDEX_FORMAT = 6;
const CACHE_DIR_NAME = 'ogp-copil-graph-contract';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface OperationBody {
  required: boolean;
  mediaTypes: string[];
  /** Key in the file's `$defs` holding the JSON body schema, if the body is JSON. */
  schemaKey?: string;
}

export interface IndexedPath {
  file: string;
  template: string;
  /** Lower-case method → body description (an empty object when the operation takes no body). */
  methods: Record<string, { body?: OperationBody }>;
}

export interface ContractIndex {
  format: number;
  sources: { file: string; size: number; mtimeMs: number }[];
  paths: IndexedPath[];
  /** Per file: `$defs` (components and operation bodies), as one JSON-Schema root each. */
  schemas: Record<string, Record<string, JsonSchema>>;
}

/** The folder holding package.json, walking up from this file. */
export function findRepoRoot(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

/** The vendored slices, kept with their source and licence: `<repoRoot>/vendor/graph-openapi`. */
export function defaultOpenApiDir(): string {
  return path.resolve(findRepoRoot(), 'vendor', 'graph-openapi');
}

const memo = new Map<string, Promise<ContractIndex>>();

/** Loads the index from the disk cache, or builds and caches it; memoised per process. */
export function loadContractIndex(openApiDir: string): Promise<ContractIndex> {
  const key = path.resolve(openApiDir);
  let pending = memo.get(key);
  if (!pending) {
    pending = loadOrBuild(key);
    pending.catch(() => memo.delete(key));
    memo.set(key, pending);
  }
  return pending;
}

async function loadOrBuild(openApiDir: string): Promise<ContractIndex> {
  const sources = await Promise.all(
    SLICE_FILES.map(async (file) => {
      const info = await stat(path.join(openApiDir, file)).catch(() => {
        throw new Error(
          `Graph contract: ${file} not found in ${openApiDir} (vendor/graph-openapi in the repository); pass openApiDir, or contract: false`,
        );
      });
      return { file, size: info.size, mtimeMs: Math.trunc(info.mtimeMs) };
    }),
  );
  const cacheKey = createHash('sha256')
    .update(JSON.stringify({ format: INDEX_FORMAT, sources }))
    .digest('hex')
    .slice(0, 16);
  const cacheDir = path.join(findRepoRoot(), 'node_modules', '.cache', CACHE_DIR_NAME);
  const cacheFile = path.join(cacheDir, `index-${cacheKey}.json`);
  try {
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as ContractIndex;
    if (cached.format === INDEX_FORMAT) return cached;
  } catch {
    // No cache yet (or a torn one): build below.
  }
  const index = await buildContractIndex(openApiDir, sources);
  try {
    await mkdir(cacheDir, { recursive: true });
    // Parallel test workers may build at once: write aside, then rename atomically.
    const temp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, JSON.stringify(index));
    await rename(temp, cacheFile);
    // Drop indexes of older files or formats so the cache does not grow with each change.
    for (const name of await readdir(cacheDir)) {
      if (
        name.startsWith('index-') &&
        name !== path.basename(cacheFile) &&
        name.endsWith('.json')
      ) {
        await unlink(path.join(cacheDir, name)).catch(() => undefined);
      }
    }
  } catch {
    // A read-only node_modules only costs speed.
  }
  return index;
}

type Raw = Record<string, unknown>;
const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function buildContractIndex(
  openApiDir: string,
  sources: ContractIndex['sources'],
): Promise<ContractIndex> {
  const paths: IndexedPath[] = [];
  const schemas: ContractIndex['schemas'] = {};
  for (const file of SLICE_FILES) {
    const text = await readFile(path.join(openApiDir, file), 'utf8');
    const doc: unknown = parse(text, { maxAliasCount: -1 });
    if (!isRaw(doc) || !isRaw(doc['paths'])) throw new Error(`${file}: not an OpenAPI document`);
    const components = isRaw(doc['components']) ? doc['components'] : {};
    const componentSchemas = isRaw(components['schemas']) ? components['schemas'] : {};
    const requestBodies = isRaw(components['requestBodies']) ? components['requestBodies'] : {};
    const converter = new SchemaConverter(componentSchemas);
    const operationSchemas: Record<string, JsonSchema> = {};
    let counter = 0;

    for (const [template, item] of Object.entries(doc['paths'])) {
      if (!isRaw(item)) continue;
      const methods: IndexedPath['methods'] = {};
      for (const method of METHODS) {
        const operation = item[method];
        if (!isRaw(operation)) continue;
        let requestBody = operation['requestBody'];
        if (isRaw(requestBody) && typeof requestBody['$ref'] === 'string') {
          requestBody = requestBodies[requestBody['$ref'].split('/').pop() ?? ''];
        }
        if (!isRaw(requestBody)) {
          methods[method] = {};
          continue;
        }
        const content = isRaw(requestBody['content']) ? requestBody['content'] : {};
        const body: OperationBody = {
          required: requestBody['required'] === true,
          mediaTypes: Object.keys(content),
        };
        const json = content['application/json'];
        if (isRaw(json) && json['schema'] !== undefined) {
          const schemaKey = `op.${counter++}`;
          operationSchemas[schemaKey] = converter.convertInline(json['schema']);
          body.schemaKey = schemaKey;
        }
        methods[method] = { body };
      }
      if (Object.keys(methods).length > 0) paths.push({ file, template, methods });
    }
    schemas[file] = { ...converter.definitions(), ...operationSchemas };
  }
  return { format: INDEX_FORMAT, sources, paths, schemas };
}
