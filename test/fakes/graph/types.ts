/** Shapes shared by the fake's modules (request/response as the router sees them). */

/** A Graph request after transport: the same shape for a top-level request and a $batch inner one. */
export interface GraphRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Path + query relative to `/v1.0`, as sent (percent-encoded), e.g. `/sites/x/lists?$top=5`. */
  url: string;
  /** Decoded path relative to `/v1.0` (no query). */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Buffer;
  /** Parsed body when Content-Type is JSON; undefined otherwise. */
  json: unknown;
  /** Set for an inner request of a `$batch`. */
  batchId?: string;
}

/**
 * A response before serialisation. `body`: a Buffer is sent as bytes, `undefined` as no body,
 * anything else as JSON.
 */
export interface GraphResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Options resolved at creation; every module reads its defaults from here. */
export interface ResolvedOptions {
  /** Overrides every server page size when set (to force several pages). */
  pageSize: number | undefined;
  contract: boolean;
  batchResponseOrder: 'reverse' | 'request';
  downloadMode: 'redirect' | 'direct';
  tenantHost: string;
  tenantId: string;
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
