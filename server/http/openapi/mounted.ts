import type { Express } from 'express';
import { describedRoutes, EXCLUDED_ROUTES } from './routes.js';

/** A route as Express mounted it: its method (lower case) and its full Express path. */
export interface MountedRoute {
  method: string;
  path: string;
}

/** The parts of Express 5's router (the `router` package, 2.x) read here. */
interface Layer {
  /** `router.get(path…)` and the like: a route with its path(s) and methods. */
  route?: { path: string | string[]; methods: Record<string, boolean | undefined> };
  /** `app.use(path, router)`: the mount path(s) (router ≥ 2.3). */
  rawPath?: unknown;
  handle: unknown;
}

const stackOf = (handle: unknown): Layer[] | undefined => {
  const stack = (handle as { stack?: unknown } | null)?.stack;
  return typeof handle === 'function' && Array.isArray(stack) ? (stack as Layer[]) : undefined;
};

const join = (prefix: string, path: string) => {
  const joined = `${prefix}/${path}`.replace(/\/{2,}/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
};

const pathsOf = (value: unknown, what: string): string[] => {
  const paths = [value].flat(Infinity);
  for (const path of paths) {
    if (typeof path !== 'string') {
      throw new Error(`${what} is not a string path (${String(path)}): describe it by hand`);
    }
  }
  return paths as string[];
};

/**
 * Every route the app mounts, read from Express's own router stack (nested routers included,
 * with their mount paths): what a request can actually reach, for comparison with the route
 * table (server/http/openapi/routes.ts). `app.all` routes come out as method `all`; a path
 * Express was given as a regular expression makes this throw (it cannot be compared).
 */
export function mountedRoutes(app: Express): MountedRoute[] {
  const found = new Map<string, MountedRoute>();
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of pathsOf(layer.route.path, 'a route path')) {
          for (const [method, on] of Object.entries(layer.route.methods)) {
            if (!on) continue;
            const route = { method: method === '_all' ? 'all' : method, path: join(prefix, path) };
            found.set(`${route.method} ${route.path}`, route);
          }
        }
        continue;
      }
      const nested = stackOf(layer.handle);
      if (!nested) continue;
      for (const mount of pathsOf(layer.rawPath ?? '/', 'a mount path')) {
        walk(nested, join(prefix, mount));
      }
    }
  };
  walk(stackOf(app.router) ?? [], '');
  return [...found.values()].sort((a, b) =>
    `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`),
  );
}

/**
 * What differs between the routes `app` mounts and the route table: routes mounted but
 * neither described nor excluded, and routes described (or excluded) but not mounted.
 */
export function routeTableDrift(
  app: Express,
  mounted: { localSignIn: boolean; calendarFeed: boolean },
): { undescribed: string[]; unmounted: string[] } {
  const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;
  const actual = new Set(mountedRoutes(app).map(key));
  const table = new Set([...describedRoutes(mounted), ...EXCLUDED_ROUTES].map(key));
  return {
    undescribed: [...actual].filter((r) => !table.has(r)),
    unmounted: [...table].filter((r) => !actual.has(r)),
  };
}
