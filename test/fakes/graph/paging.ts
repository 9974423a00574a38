import { badRequest } from './errors.js';

/**
 * Links and paging. Every `@odata.nextLink` / `@odata.deltaLink` is an absolute
 * `https://graph.microsoft.com/v1.0/...` URL, as the real service returns, so a client follows it
 * through its own pipeline (PLATFORM_NOTES §1 "Paging": follow the whole link).
 */

export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

/** Keeps the characters Graph leaves bare in its links (site ids carry commas, drive ids `!`). */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment)
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':')
    .replace(/%40/gi, '@')
    .replace(/%21/gi, '!')
    .replace(/%24/gi, '$');
}

/** An absolute Graph link; `$`-options keep their bare `$` as in the service's links. */
export function graphLink(
  segments: string[],
  params: [string, string | undefined | null][] = [],
): string {
  const path = segments.map(encodeSegment).join('/');
  const query = params
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, val]) => `${key}=${encodeURIComponent(val)}`)
    .join('&');
  return `${GRAPH_ROOT}/${path}${query ? `?${query}` : ''}`;
}

/** Copies the query options to carry on a next page, minus the paging ones. */
export function carriedParams(query: URLSearchParams, drop: string[]): [string, string][] {
  const dropped = new Set(drop.map((name) => name.toLowerCase()));
  return [...query.entries()].filter(([key]) => !dropped.has(key.toLowerCase()));
}

/**
 * Opaque skip tokens. SharePoint's look like base64 of `Paged=TRUE&p_ID=…`; ours carry the
 * offset the same way, so a client that tries to build one instead of following nextLink stands
 * out.
 */
export function encodeSkipToken(offset: number, scope: string): string {
  return Buffer.from(`Paged=TRUE&p_Offset=${offset}&p_Scope=${scope}`).toString('base64url');
}

export function decodeSkipToken(token: string, scope: string): number {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const match = /^Paged=TRUE&p_Offset=(\d+)&p_Scope=(.*)$/.exec(text);
  if (!match || match[2] !== scope) {
    throw badRequest(`The skip token '${token}' is not valid for this request.`);
  }
  return Number(match[1]);
}

/** `$top` as a positive integer, or undefined; a malformed one is a 400 as in the service. */
export function parseTop(raw: string | null): number | undefined {
  if (raw === null) return undefined;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 0) throw badRequest(`Invalid value '${raw}' for $top.`);
  return top;
}
