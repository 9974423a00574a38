import { badRequest, GraphHttpError, notFound } from './errors.js';
import { canonicalSegment, parseFunctionArgs, parseGraphPath } from './graph-path.js';
import type { PathAddress } from './graph-path.js';
import type { FakeState, SiteState } from './state.js';
import type { GraphRequest, GraphResponse, ResolvedOptions } from './types.js';

/** Routes Graph requests (top-level or $batch inner) to the behaviour modules. */

export interface RouteContext {
  state: FakeState;
  options: ResolvedOptions;
  req: GraphRequest;
  params: Record<string, string>;
  /** Path-based addressing left for the handler (drive items); sites are resolved here. */
  address?: PathAddress;
}

export type RouteHandler = (ctx: RouteContext) => GraphResponse | Promise<GraphResponse>;

export interface Route {
  method: string;
  /** e.g. `sites/:siteId/lists/:listId/items`; `:x` captures one segment. */
  pattern: string;
  handler: RouteHandler;
  /** The handler understands `address` (…/items/{id}:/path:/… and root:/path:/…). */
  addressable?: boolean;
}

interface CompiledRoute extends Route {
  parts: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) {
      this.routes.push({ ...route, parts: route.pattern.split('/').filter((p) => p.length > 0) });
    }
    return this;
  }

  async dispatch(
    req: GraphRequest,
    rawPath: string,
    state: FakeState,
    options: ResolvedOptions,
  ): Promise<GraphResponse> {
    const parsed = parseGraphPath(rawPath);
    let segments = parsed.segments;
    let address = parsed.address;
    // `/sites/{hostname}:/{path}` and `/sites/{hostname}` name a site (PLATFORM_NOTES §1).
    if (segments[0] === 'sites' && segments[1] !== undefined) {
      const byPath = address?.index === 1;
      const site = resolveSite(state, segments[1], byPath ? address?.path : undefined);
      // An unknown hostname + path must not fall back to the host's root site.
      if (byPath && !site) throw notFound('Requested site could not be found');
      if (byPath) address = undefined;
      if (site) segments = ['sites', site.id, ...segments.slice(2)];
    }
    // `delta(token='x')` is the function form of `delta?token=x`.
    const canonical = segments.map((segment) => {
      const { name, args } = canonicalSegment(segment);
      if (args !== undefined) {
        for (const [key, val] of Object.entries(parseFunctionArgs(args))) req.query.set(key, val);
      }
      return name;
    });

    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchParts(route.parts, canonical);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      if (address && !route.addressable) {
        throw badRequest('Path-based addressing is not supported on this resource.');
      }
      return route.handler(
        address ? { state, options, req, params, address } : { state, options, req, params },
      );
    }
    if (pathMatched) {
      throw new GraphHttpError(405, 'methodNotAllowed', `${req.method} is not allowed here.`);
    }
    // The path passed the contract but the fake has no behaviour for it: say so plainly.
    throw new GraphHttpError(
      501,
      'notImplemented',
      `The Graph fake does not implement ${req.method} /${canonical.join('/')}.`,
    );
  }
}

function matchParts(parts: string[], segments: string[]): Record<string, string> | undefined {
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part.toLowerCase() !== segment.toLowerCase()) return undefined;
  }
  return params;
}

/**
 * A site by id (`host,guid,guid`, or its GUID parts), or by hostname and server-relative path.
 * Returns undefined when nothing matches so the handler can answer 404 in its own words.
 */
export function resolveSite(
  state: FakeState,
  key: string,
  relativePath?: string,
): SiteState | undefined {
  if (relativePath !== undefined) {
    const wanted = `/${relativePath}`.replace(/\/+$/, '').toLowerCase();
    return state.sites.find(
      (site) =>
        site.hostname.toLowerCase() === key.toLowerCase() && site.path.toLowerCase() === wanted,
    );
  }
  const lower = key.toLowerCase();
  return state.sites.find((site) => {
    const [, collection, web] = site.id.toLowerCase().split(',');
    return (
      site.id.toLowerCase() === lower ||
      `${collection},${web}` === lower ||
      (site.hostname.toLowerCase() === lower && site.path === '')
    );
  });
}

export function requireSite(ctx: RouteContext): SiteState {
  const key = ctx.params['siteId'] ?? '';
  const site = resolveSite(ctx.state, key);
  if (!site) throw notFound('Requested site could not be found');
  return site;
}
