import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Builds the tab (tabs/ → dist/tab) once before the browser tests; `startServer` serves it.
 * Skipped when dist/tab is newer than every source file, so a re-run costs nothing.
 */
export const TAB_SOURCE = resolve('tabs');
export const TAB_OUTPUT = resolve('dist/tab');

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

export function tabIsBuilt(): boolean {
  const index = join(TAB_OUTPUT, 'index.html');
  // The tab bundles core/ too (contracts, the Morocco-time module and its tz data).
  const newest = Math.max(newestSource(TAB_SOURCE), newestSource(resolve('core')));
  return existsSync(index) && statSync(index).mtimeMs >= newest;
}

let building: Promise<void> | undefined;

/** Runs `vite build --config tabs/vite.config.ts` in this process unless the build is fresh. */
export function buildTab(): Promise<void> {
  if (tabIsBuilt()) return Promise.resolve();
  building ??= (async () => {
    const { build } = await import('vite');
    await build({ configFile: join(TAB_SOURCE, 'vite.config.ts'), logLevel: 'warn' });
  })();
  return building;
}

export default async function setup(): Promise<void> {
  await buildTab();
}
