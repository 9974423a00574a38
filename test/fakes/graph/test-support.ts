import type { GraphFake } from './index.js';

/** Plain-fetch helpers for the fake's own tests (no SDK, per the brief). */

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // Tests read arbitrary JSON; `any` keeps the assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  raw: Buffer;
}

/** Maps an absolute `https://graph.microsoft.com/v1.0/...` (or SharePoint) link to the fake. */
export function toFake(fake: GraphFake, link: string): string {
  const url = new URL(link);
  return `${fake.baseUrl}${url.pathname}${url.search}`;
}

export async function call(
  fake: GraphFake,
  method: string,
  pathOrLink: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const url = pathOrLink.startsWith('https://')
    ? toFake(fake, pathOrLink)
    : `${fake.baseUrl}/v1.0${pathOrLink}`;
  const headers: Record<string, string> = { ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (Buffer.isBuffer(options.body)) {
      body = new Uint8Array(options.body);
    } else {
      body = JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
  }
  const response = await fetch(url, { method, headers, body: body ?? null, redirect: 'manual' });
  const raw = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    json: type.includes('json') && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined,
    raw,
  };
}

/** Follows `@odata.nextLink` to the end; returns every page. */
export async function allPages(
  fake: GraphFake,
  path: string,
  headers: Record<string, string> = {},
): Promise<CallResult[]> {
  const pages: CallResult[] = [];
  let next: string | undefined = path;
  while (next) {
    const page = await call(fake, 'GET', next, { headers });
    pages.push(page);
    next = page.json?.['@odata.nextLink'];
  }
  return pages;
}
