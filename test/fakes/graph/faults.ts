import { errorEnvelope } from './errors.js';
import type { RequestIds } from './errors.js';
import type { GraphResponse } from './types.js';

/**
 * Fault injection (brief §8). A fault matches a method and a path regex; it fires on the `nth`
 * matching request and the `count - 1` after it. The path tested is the request's path and query
 * relative to `/v1.0` (`/sites/…/items?$top=5`) — the same string for a $batch inner request — or,
 * for SharePoint upload/download URLs, their path and query on the SharePoint host.
 */

interface FaultMatch {
  /** HTTP method, any when omitted. */
  method?: string;
  path: RegExp | string;
  /** 1-based occurrence of a matching request that first fails (default 1). */
  nth?: number;
  /** How many consecutive matching requests fail from `nth` (default 1; Infinity for all). */
  count?: number;
}

export type FaultSpec = FaultMatch &
  (
    | {
        /** A throttling/unavailable answer with Retry-After (PLATFORM_NOTES §5). */
        kind: 'status';
        status: 429 | 503 | 504;
        /** Seconds; omitted means no Retry-After header. */
        retryAfter?: number;
      }
    | { kind: 'delay'; delayMs: number }
    | { kind: 'drop' }
  );

interface ActiveFault {
  spec: FaultSpec;
  seen: number;
  fired: number;
}

export class FaultController {
  private faults: ActiveFault[] = [];

  /** Adds a fault; returns a function that removes it. */
  add(spec: FaultSpec): () => void {
    const active: ActiveFault = { spec, seen: 0, fired: 0 };
    this.faults.push(active);
    return () => {
      this.faults = this.faults.filter((f) => f !== active);
    };
  }

  /** Shorthand: 429 (or 503) with `Retry-After: retryAfter` seconds. */
  throttle(
    method: string | undefined,
    path: RegExp | string,
    options: { status?: 429 | 503; retryAfter?: number; nth?: number; count?: number } = {},
  ): () => void {
    return this.add({
      kind: 'status',
      status: options.status ?? 429,
      retryAfter: options.retryAfter ?? 1,
      path,
      ...(method ? { method } : {}),
      ...(options.nth !== undefined ? { nth: options.nth } : {}),
      ...(options.count !== undefined ? { count: options.count } : {}),
    });
  }

  /** Shorthand: the answer comes after `delayMs` (longer than a client timeout to test it). */
  delay(
    method: string | undefined,
    path: RegExp | string,
    delayMs: number,
    options: { nth?: number; count?: number } = {},
  ): () => void {
    return this.add({ kind: 'delay', delayMs, path, ...(method ? { method } : {}), ...options });
  }

  /** Shorthand: the server destroys the socket without answering. */
  drop(
    method: string | undefined,
    path: RegExp | string,
    options: { nth?: number; count?: number } = {},
  ): () => void {
    return this.add({ kind: 'drop', path, ...(method ? { method } : {}), ...options });
  }

  clear(): void {
    this.faults = [];
  }

  /** How many times each fault fired, in the order they were added. */
  get fired(): number[] {
    return this.faults.map((f) => f.fired);
  }

  /** The first fault that fires for this request, if any (counts every matching request). */
  match(method: string, path: string): FaultSpec | undefined {
    let hit: FaultSpec | undefined;
    for (const fault of this.faults) {
      const { spec } = fault;
      if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) continue;
      const matches =
        typeof spec.path === 'string' ? path.includes(spec.path) : spec.path.test(path);
      if (!matches) continue;
      fault.seen++;
      const nth = spec.nth ?? 1;
      const count = spec.count ?? 1;
      if (!hit && fault.seen >= nth && fault.seen < nth + count) {
        fault.fired++;
        hit = spec;
      }
    }
    return hit;
  }
}

/** The response of a status fault; 429 uses the exact shape of PLATFORM_NOTES §5. */
export function faultResponse(
  spec: Extract<FaultSpec, { kind: 'status' }>,
  ids: RequestIds,
): GraphResponse {
  const headers: Record<string, string> = {};
  if (spec.retryAfter !== undefined) headers['Retry-After'] = String(spec.retryAfter);
  const status = String(spec.status);
  if (spec.status === 429) {
    return {
      status: 429,
      headers,
      body: errorEnvelope('TooManyRequests', 'Please retry again later.', ids, {
        code: '429',
        message: 'Please retry after',
        status,
      }),
    };
  }
  return {
    status: spec.status,
    headers,
    body: errorEnvelope(
      spec.status === 503 ? 'serviceNotAvailable' : 'gatewayTimeout',
      spec.status === 503 ? 'The service is temporarily unavailable.' : 'The gateway timed out.',
      ids,
      { code: status, status },
    ),
  };
}
