import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, IdGenerator } from '../../core/ports/clock.js';
import type { Outcome } from '../../core/usecases/outcome.js';

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-02T09:00:00.000Z'): Clock & {
  set(instant: string): void;
  advance(ms: number): void;
} {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now).toISOString(),
    set: (instant) => {
      now = new Date(instant).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Predictable ids: `id-1`, `id-2`… */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { newId: () => `${prefix}-${++n}` };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function temporaryDirectory(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'ogp-copil-test-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** The value of an accepted use-case outcome; a refusal fails the test with its reason. */
export function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome.value;
}
