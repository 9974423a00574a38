import { Conflict, Duplicate, NotFound, StoreError, Unavailable } from '../core/ports/errors.js';

/** The parts of a Graph SDK error (GraphError) the adapter reads. */
interface GraphErrorLike {
  statusCode?: number;
  code?: string | null;
  message?: string;
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as GraphErrorLike | undefined)?.statusCode;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/** A request that never got an answer: dropped connection, timeout, DNS… (the write may or may not have happened). */
export function isTransportError(error: unknown): boolean {
  if (error instanceof StoreError) return false;
  const status = statusOf(error);
  if (status !== undefined) return false;
  const name = (error as Error | undefined)?.name ?? '';
  const message = String((error as Error | undefined)?.message ?? '');
  return (
    name === 'AbortError' ||
    name === 'TimeoutError' ||
    error instanceof TypeError ||
    /fetch failed|socket|ECONNRESET|ECONNREFUSED|aborted|timeout/i.test(message)
  );
}

/**
 * Maps a Graph failure to the port's errors: 412 (stale If-Match) → Conflict, 409 (unique
 * column or name) → Duplicate, 404 → NotFound, 429/503/504 after the retry handler gave up →
 * Unavailable. Anything else propagates as is.
 */
export function translateGraphError(
  error: unknown,
  what: { collection: string; id: string; key?: string },
): unknown {
  switch (statusOf(error)) {
    case 412:
      return new Conflict(what.collection, what.id);
    case 409:
      return new Duplicate(what.collection, what.key ?? what.id);
    case 404:
      return new NotFound(what.collection, what.id);
    case 429:
    case 503:
    case 504:
      return new Unavailable('Microsoft Graph', 'throttled; retried with Retry-After and gave up');
    default:
      if (isTransportError(error)) {
        return new Unavailable('Microsoft Graph', (error as Error).message);
      }
      return error;
  }
}
