/**
 * Parsing of Graph resource paths, shared by the router and the contract check.
 *
 * Graph has path-based addressing besides ids (PLATFORM_NOTES §1, §2;
 * vendor/graph-openapi/README.md "Matching notes"):
 *   /sites/{hostname}:/{server-relative-path}[:/rest]
 *   /drives/{id}/items/{parent-id}:/{relative-path}[:/rest]
 *   /drives/{id}/root:/{relative-path}[:/rest]
 * The addressed part is cut out of the segments and returned as `address`.
 */

export interface PathAddress {
  /** Index in `segments` of the segment the path is relative to (hostname, item id or `root`). */
  index: number;
  /** Decoded relative path, without leading or trailing slash. */
  path: string;
}

export interface ParsedPath {
  /** Decoded segments, address removed. */
  segments: string[];
  address?: PathAddress;
}

const splitSegments = (raw: string): string[] =>
  raw
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(safeDecode);

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `rawPath` is the still-encoded pathname relative to `/v1.0`. */
export function parseGraphPath(rawPath: string): ParsedPath {
  const open = rawPath.indexOf(':/');
  if (open < 0) {
    // `/drives/x/root:` (a bare trailing colon) addresses the item itself.
    return { segments: splitSegments(rawPath.replace(/:$/, '')) };
  }
  const before = splitSegments(rawPath.slice(0, open));
  const after = rawPath.slice(open + 2);
  const close = after.search(/:(\/|$)/);
  const addressRaw = close < 0 ? after : after.slice(0, close);
  const rest = close < 0 ? '' : after.slice(close + 1);
  const addressPath = splitSegments(addressRaw).join('/');
  return {
    segments: [...before, ...splitSegments(rest)],
    address: { index: before.length - 1, path: addressPath },
  };
}

/**
 * Canonical form of one segment: bound operations lose their `microsoft.graph.` namespace
 * (the short form is what clients send), and a call `delta()` is reduced to its name; the
 * arguments of `delta(token='x')` are returned separately.
 */
export function canonicalSegment(segment: string): { name: string; args?: string } {
  const unqualified = segment.startsWith('microsoft.graph.')
    ? segment.slice('microsoft.graph.'.length)
    : segment;
  const call = /^([A-Za-z][\w.]*)\((.*)\)$/.exec(unqualified);
  if (call) {
    const args = call[2] ?? '';
    return args.length > 0 ? { name: call[1] ?? '', args } : { name: call[1] ?? '' };
  }
  return { name: unqualified };
}

/** Parses `token='abc',x=1` into a record (OData function parameters). */
export function parseFunctionArgs(args: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of args.matchAll(/(\w+)\s*=\s*('(?:[^']|'')*'|[^,]*)/g)) {
    const value = match[2] ?? '';
    out[match[1] ?? ''] = value.startsWith("'")
      ? value.slice(1, -1).replace(/''/g, "'")
      : value.trim();
  }
  return out;
}
