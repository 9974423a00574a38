import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { loadContractIndex, SLICE_FILES } from './contract-index.js';
import type { IndexedPath, OperationBody } from './contract-index.js';
import { SUPPLEMENT_PATHS, SUPPLEMENT_SCHEMAS, SUPPLEMENT_FILE } from './contract-supplement.js';
import { collectRefs } from './contract-schema.js';
import type { JsonSchema } from './contract-schema.js';
import { canonicalSegment, parseGraphPath } from './graph-path.js';
import type { ParsedPath } from './graph-path.js';

/**
 * The request contract: path + method must exist in one of the official OpenAPI slices and a JSON
 * body must fit the operation's schema (brief §3; PLATFORM_NOTES §9). Behaviour (412, unique
 * columns, throttling…) is not in the slices and is checked by the handlers instead.
 */

export interface ContractViolation {
  method: string;
  /** Path + query relative to /v1.0, as sent. */
  url: string;
  /** What was wrong, in one sentence naming the path template or body property. */
  reason: string;
  /** Set when the request was an inner request of a $batch. */
  batchId?: string;
  at: string;
}

export type ContractResult =
  { ok: true; template: string; file: string } | { ok: false; reason: string };

export type ResolvedOperation =
  | {
      ok: true;
      method: string;
      template: string;
      file: string;
      /** The operation's body is JSON (not a file stream). */
      expectsJson: boolean;
      body?: OperationBody;
    }
  | { ok: false; reason: string };

interface SpecSegment {
  kind: 'literal' | 'param' | 'function';
  /** Lower-case literal or function name. */
  value: string;
  /** For functions: whether the description takes arguments (`delta(token='{token}')`). */
  withArgs: boolean;
}

interface SpecPath extends IndexedPath {
  segments: SpecSegment[];
}

const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;

function specSegments(template: string): SpecSegment[] {
  return template
    .split('/')
    .filter((part) => part.length > 0)
    .map((part): SpecSegment => {
      if (/^\{[^}]+\}$/.test(part)) return { kind: 'param', value: '', withArgs: false };
      const { name, args } = canonicalSegment(part);
      if (part.endsWith(')')) {
        return { kind: 'function', value: name.toLowerCase(), withArgs: args !== undefined };
      }
      return { kind: 'literal', value: name.toLowerCase(), withArgs: false };
    });
}

/** Formats not in ajv core, registered by hand (ajv-formats adds nothing we need here). */
function addFormats(ajv: Ajv): void {
  // Graph accepts DateTimeOffset with or without seconds/fraction; the offset may be omitted.
  ajv.addFormat(
    'date-time',
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/i,
  );
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('time', /^\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/);
  ajv.addFormat(
    'duration',
    /^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
  );
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  const integer = (bits: number) => ({
    type: 'number' as const,
    validate: (n: number) =>
      Number.isInteger(n) &&
      Math.abs(n) <= (bits >= 53 ? Number.MAX_SAFE_INTEGER : 2 ** (bits - 1)),
  });
  ajv.addFormat('int16', integer(16));
  ajv.addFormat('int32', integer(32));
  ajv.addFormat('int64', integer(64));
}

export class GraphContract {
  private readonly validators = new Map<string, ValidateFunction>();

  private constructor(
    private readonly paths: SpecPath[],
    private readonly ajv: Ajv,
    private readonly schemas: Record<string, Record<string, JsonSchema>>,
  ) {}

  static async load(openApiDir: string): Promise<GraphContract> {
    const index = await loadContractIndex(openApiDir);
    const ajv = new Ajv({
      strict: false,
      validateSchema: false,
      allErrors: true,
      inlineRefs: false,
    });
    addFormats(ajv);
    const schemas: Record<string, Record<string, JsonSchema>> = {
      ...index.schemas,
      [SUPPLEMENT_FILE]: SUPPLEMENT_SCHEMAS,
    };
    const paths = [...index.paths, ...SUPPLEMENT_PATHS].map((entry) => ({
      ...entry,
      segments: specSegments(entry.template),
    }));
    return new GraphContract(paths, ajv, schemas);
  }

  /**
   * Finds the described operation for a request. `rawPath` is the encoded pathname relative to
   * /v1.0.
   */
  resolve(method: string, rawPath: string): ResolvedOperation {
    const lowerMethod = method.toLowerCase();
    const candidates = contractPaths(parseGraphPath(rawPath));
    let matched: SpecPath[] = [];
    for (const candidate of candidates) {
      matched = this.match(candidate);
      if (matched.length > 0) break;
    }
    const shown = `/${(candidates[0] ?? []).join('/')}`;
    if (matched.length === 0) {
      return {
        ok: false,
        reason: `${method} ${shown}: path not described in the Graph v1.0 OpenAPI slices (${SLICE_FILES.join(', ')})`,
      };
    }
    const operation = matched.find((spec) => spec.methods[lowerMethod] !== undefined);
    if (!operation) {
      const allowed = [...new Set(matched.flatMap((spec) => Object.keys(spec.methods)))];
      return {
        ok: false,
        reason: `${method} not described for ${matched[0]?.template} (described: ${allowed.map((m) => m.toUpperCase()).join(', ')})`,
      };
    }
    const body = operation.methods[lowerMethod]?.body;
    return {
      ok: true,
      method,
      template: operation.template,
      file: operation.file,
      expectsJson: body?.schemaKey !== undefined,
      ...(body ? { body } : {}),
    };
  }

  /** Checks a request body against a resolved operation; returns the problem, if any. */
  checkBody(
    operation: Extract<ResolvedOperation, { ok: true }>,
    headers: Record<string, string>,
    body: Buffer,
    json: unknown,
  ): string | undefined {
    const label = `${operation.method} ${operation.template}`;
    const described = operation.body;
    const contentType = headers['content-type'] ?? '';
    if (!described) {
      return body.length > 0 ? `${label}: the operation takes no request body` : undefined;
    }
    if (body.length === 0) {
      return described.required ? `${label}: a request body is required` : undefined;
    }
    // A stream (file content): Graph takes the bytes whatever the Content-Type says.
    if (!described.schemaKey) return undefined;
    if (!JSON_TYPE.test(contentType)) {
      return `${label}: the body must be application/json (got '${contentType || 'no Content-Type'}')`;
    }
    const validate = this.validator(operation.file, described.schemaKey);
    if (validate(json)) return undefined;
    return `${label}: ${describeErrors(validate.errors ?? [])}`;
  }

  /** resolve + checkBody in one step. */
  check(
    method: string,
    rawPath: string,
    headers: Record<string, string>,
    body: Buffer,
    json: unknown,
  ): ContractResult {
    const operation = this.resolve(method, rawPath);
    if (!operation.ok) return operation;
    const problem = this.checkBody(operation, headers, body, json);
    return problem
      ? { ok: false, reason: problem }
      : { ok: true, template: operation.template, file: operation.file };
  }

  /** Best-scoring spec paths for concrete segments (literals beat parameters). */
  private match(segments: string[]): SpecPath[] {
    let best: SpecPath[] = [];
    let bestScore = -1;
    for (const spec of this.paths) {
      if (spec.segments.length !== segments.length) continue;
      let score = 0;
      let ok = true;
      for (let i = 0; i < segments.length && ok; i++) {
        const want = spec.segments[i];
        const got = canonicalSegment(segments[i] ?? '');
        if (!want) ok = false;
        else if (want.kind === 'param') ok = (segments[i] ?? '').length > 0;
        else if (want.kind === 'literal') {
          ok = got.args === undefined && got.name.toLowerCase() === want.value;
          score += 2;
        } else {
          ok = got.name.toLowerCase() === want.value && (got.args !== undefined) === want.withArgs;
          score += 2;
        }
      }
      if (!ok) continue;
      if (score > bestScore) {
        best = [spec];
        bestScore = score;
      } else if (score === bestScore) {
        best.push(spec);
      }
    }
    return best;
  }

  /**
   * Compiles one operation's body schema with only the definitions it reaches: compiling a pointer
   * into a whole slice's `$defs` makes ajv walk all of them (about a second per slice).
   */
  private validator(file: string, key: string): ValidateFunction {
    const id = `${file}#${key}`;
    let validate = this.validators.get(id);
    if (!validate) {
      const defs = this.schemas[file] ?? {};
      const needed = new Set<string>([key]);
      const queue = [key];
      while (queue.length > 0) {
        const refs = new Set<string>();
        collectRefs(defs[queue.pop() ?? ''], refs);
        for (const ref of refs) {
          if (!needed.has(ref)) {
            needed.add(ref);
            queue.push(ref);
          }
        }
      }
      const closure = Object.fromEntries([...needed].map((name) => [name, defs[name] ?? {}]));
      validate = this.ajv.compile({ $ref: `#/$defs/${key}`, $defs: closure });
      this.validators.set(id, validate);
    }
    return validate;
  }
}

/**
 * Concrete segments to look up, in order (brief §3): path-addressed items become
 * `items/{driveItem-id}`; `root:/x:/rest` tries `items/{id}/rest` then `root/rest`; a site
 * addressed by hostname + path is `/sites/{site-id}`.
 */
export function contractPaths(parsed: ParsedPath): string[][] {
  const { segments, address } = parsed;
  if (!address) return [segments];
  const before = segments.slice(0, address.index + 1);
  const rest = segments.slice(address.index + 1);
  const anchor = before[before.length - 1];
  if (anchor === 'root') {
    return [
      [...before.slice(0, -1), 'items', 'path-addressed-item', ...rest],
      [...before, ...rest],
    ];
  }
  return [segments];
}

function describeErrors(errors: ErrorObject[]): string {
  // anyOf alternatives (a `$ref` or null) produce noise: keep the deepest meaningful error.
  const useful = errors.filter(
    (error) =>
      error.keyword !== 'anyOf' &&
      !(error.keyword === 'type' && JSON.stringify(error.params) === '{"type":"null"}'),
  );
  const pool = useful.length > 0 ? useful : errors;
  const deepest = [...pool].sort((a, b) => b.instancePath.length - a.instancePath.length);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const error of deepest) {
    const where = `body${error.instancePath}`;
    let text: string;
    if (error.keyword === 'additionalProperties') {
      text = `${where} has a property not in the schema: '${String(error.params['additionalProperty'])}'`;
    } else if (error.keyword === 'enum') {
      text = `${where} must be one of ${JSON.stringify(error.params['allowedValues'])}`;
    } else {
      text = `${where} ${error.message ?? 'is invalid'}`;
    }
    if (!seen.has(text)) {
      seen.add(text);
      lines.push(text);
    }
    if (lines.length === 3) break;
  }
  return lines.join('; ');
}
