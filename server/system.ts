import { randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '../core/ports/clock.js';

/** The real clock: the only place the server reads the time. */
export const systemClock: Clock = { now: () => new Date().toISOString() };

/** Random record ids (UUID v4). */
export const randomIds: IdGenerator = { newId: () => randomUUID() };
