import { loadConfig, type Config } from '../../server/config.js';

/**
 * A configuration as the entry point makes it: a small environment record (numbers written as
 * numbers for convenience) parsed by `loadConfig`, so tests start the server on exactly what a
 * deployment would get.
 */
export function configFrom(env: Record<string, string | number>): Config {
  return loadConfig(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])));
}
