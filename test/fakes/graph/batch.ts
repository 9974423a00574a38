import { errorEnvelope, GraphHttpError } from './errors.js';
import type { RequestIds } from './errors.js';
import { isJsonObject } from './types.js';
import type { GraphRequest, GraphResponse, JsonObject, ResolvedOptions } from './types.js';

/**
 * JSON batching (PLATFORM_NOTES §4): ≤ 20 requests, unique case-insensitive ids, relative urls,
 * a `body` needs `headers.Content-Type`, `dependsOn` sequences and a failed dependency gives 424,
 * responses may come back in another order, the outer status is 200 once the batch parses. Each
 * inner request goes through the same pipeline as a top-level one (faults, contract, router).
 */

export const BATCH_LIMIT = 20;

/** Runs one inner request; `'drop'` when a fault asks to kill the connection. */
export type InnerRunner = (inner: GraphRequest, rawPath: string) => Promise<GraphResponse | 'drop'>;

interface InnerSpec {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function malformed(message: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', message);
}

function parseBatch(json: unknown): InnerSpec[] {
  if (!isJsonObject(json) || !Array.isArray(json['requests'])) {
    throw malformed('Invalid batch payload format.');
  }
  const raw = json['requests'];
  if (raw.length === 0) throw malformed('The batch contains no requests.');
  if (raw.length > BATCH_LIMIT) {
    throw malformed(`The batch contains ${raw.length} requests; the limit is ${BATCH_LIMIT}.`);
  }
  const specs: InnerSpec[] = [];
  const ids = new Set<string>();
  for (const entry of raw) {
    if (!isJsonObject(entry)) throw malformed('Invalid batch payload format.');
    const { id, method, url } = entry;
    if (typeof id !== 'string' || id === '')
      throw malformed('Each request in a batch needs an id.');
    // PLATFORM_NOTES §4: ids are unique, compared without case.
    if (ids.has(id.toLowerCase()))
      throw malformed(`Request id '${id}' appears more than once in the batch.`);
    ids.add(id.toLowerCase());
    if (typeof method !== 'string' || !METHODS.has(method.toUpperCase())) {
      throw malformed(`Request id ${id}: invalid method '${String(method)}'.`);
    }
    if (typeof url !== 'string' || url === '')
      throw malformed(`Request id ${id}: a url is required.`);
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      throw malformed(
        `Request id ${id}: the url must be relative to the version root, got '${url}'.`,
      );
    }
    const headers: Record<string, string> = {};
    if (isJsonObject(entry['headers'])) {
      for (const [name, value] of Object.entries(entry['headers']))
        headers[name.toLowerCase()] = String(value);
    }
    if (entry['body'] !== undefined && headers['content-type'] === undefined) {
      // The service's own wording for this mistake.
      throw malformed(`Write request id : ${id} does not contain Content-Type header or body.`);
    }
    const dependsOn = entry['dependsOn'];
    if (
      dependsOn !== undefined &&
      (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string'))
    ) {
      throw malformed(`Request id ${id}: dependsOn must be an array of request ids.`);
    }
    specs.push({
      id,
      method: method.toUpperCase(),
      url,
      headers,
      body: entry['body'],
      dependsOn: (dependsOn as string[] | undefined) ?? [],
    });
  }
  for (const spec of specs) {
    for (const dep of spec.dependsOn) {
      if (!ids.has(dep.toLowerCase()) || dep.toLowerCase() === spec.id.toLowerCase()) {
        throw malformed(
          `Request id ${spec.id} depends on '${dep}', which is not another request of the batch.`,
        );
      }
    }
  }
  return specs;
}

function innerRequest(spec: InnerSpec): { request: GraphRequest; rawPath: string } {
  let relative = spec.url.startsWith('/') ? spec.url : `/${spec.url}`;
  // The JS SDK's BatchRequestContent strips only scheme and host, so its inner urls keep the
  // version (`/v1.0/sites/…`); that is the batch's own version, so it is the same resource.
  if (/^\/v1\.0(\/|$)/i.test(relative)) relative = relative.slice('/v1.0'.length) || '/';
  const parsed = new URL(relative, 'https://graph.microsoft.com');
  let body = Buffer.alloc(0);
  let json: unknown;
  if (spec.body !== undefined) {
    if (JSON_TYPE.test(spec.headers['content-type'] ?? '')) {
      json = spec.body;
      body = Buffer.from(JSON.stringify(spec.body));
    } else if (typeof spec.body === 'string') {
      // Non-JSON bodies travel base64-encoded inside a batch.
      body = Buffer.from(spec.body, 'base64');
    } else {
      body = Buffer.from(JSON.stringify(spec.body));
    }
  }
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    // keep the encoded form
  }
  return {
    request: {
      method: spec.method,
      url: relative,
      path,
      query: parsed.searchParams,
      headers: spec.headers,
      body,
      json,
      batchId: spec.id,
    },
    rawPath: parsed.pathname,
  };
}

function innerResponse(id: string, response: GraphResponse): JsonObject {
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  const out: JsonObject = { id, status: response.status, headers };
  if (response.body === undefined) return out;
  if (Buffer.isBuffer(response.body)) {
    headers['Content-Type'] ??= 'application/octet-stream';
    out['body'] = response.body.toString('base64');
  } else {
    headers['Content-Type'] ??= 'application/json; charset=utf-8';
    out['body'] = response.body;
  }
  return out;
}

export async function handleBatch(
  outer: GraphRequest,
  run: InnerRunner,
  options: ResolvedOptions,
  ids: RequestIds,
): Promise<GraphResponse | 'drop'> {
  if (!JSON_TYPE.test(outer.headers['content-type'] ?? '')) {
    throw malformed('A batch must be sent as application/json.');
  }
  const specs = parseBatch(outer.json);
  const done = new Map<string, number>();
  const results: JsonObject[] = [];
  const pending = [...specs];
  while (pending.length > 0) {
    const index = pending.findIndex((spec) =>
      spec.dependsOn.every((dep) => done.has(dep.toLowerCase())),
    );
    if (index < 0) throw malformed('The dependsOn chain of the batch has a cycle.');
    const [spec] = pending.splice(index, 1);
    if (!spec) break;
    const failed = spec.dependsOn.find((dep) => (done.get(dep.toLowerCase()) ?? 0) >= 400);
    let response: GraphResponse;
    if (failed !== undefined) {
      response = {
        status: 424,
        body: errorEnvelope('FailedDependency', `Dependent request '${failed}' failed.`, ids),
      };
    } else {
      const { request, rawPath } = innerRequest(spec);
      const outcome = await run(request, rawPath);
      if (outcome === 'drop') return 'drop';
      response = outcome;
    }
    done.set(spec.id.toLowerCase(), response.status);
    results.push(innerResponse(spec.id, response));
  }
  // Deterministic but not request order by default, so a client that pairs responses by position
  // instead of by id fails here as it would against the service.
  const responses = options.batchResponseOrder === 'reverse' ? [...results].reverse() : results;
  return { status: 200, body: { responses } };
}
