/**
 * Infrastructure failures a port may raise. A rule violation is never one of these (it is a
 * `Verdict`); these say that a write could not be applied, with a stable `code` and a hint.
 */
export type StoreErrorCode =
  'conflict' | 'duplicate' | 'not_found' | 'unavailable' | 'invalid_record';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The record changed since it was read: the expected version is stale (optimistic concurrency). */
export class Conflict extends StoreError {
  constructor(collection: string, id: string) {
    super('conflict', `${collection}/${id} was changed by someone else`, 'Reload and try again.');
  }
}

/** A record with the same id or unique key exists already. */
export class Duplicate extends StoreError {
  constructor(collection: string, key: string) {
    super('duplicate', `${collection} already holds a record with key ${key}`);
  }
}

export class NotFound extends StoreError {
  constructor(collection: string, id: string) {
    super('not_found', `${collection}/${id} does not exist`);
  }
}

/** The backing service did not answer (after bounded retries). */
export class Unavailable extends StoreError {
  constructor(what: string, hint?: string) {
    super('unavailable', `${what} is unavailable`, hint);
  }
}

/** A stored record no longer fits its schema (edited outside the app, or a bad migration). */
export class InvalidRecord extends StoreError {
  constructor(collection: string, id: string, detail: string) {
    super('invalid_record', `${collection}/${id} is not a valid record: ${detail}`);
  }
}

/**
 * Some records of a multi-record write were not stored (each reason given); the others were.
 * Raised by `createMany` so that no failure is silent.
 */
export class PartialWrite extends StoreError {
  constructor(
    collection: string,
    readonly failures: { id: string; reason: StoreErrorCode | 'failed'; status?: number }[],
  ) {
    super(
      'conflict',
      `${collection}: ${failures.length} record(s) not stored: ${failures
        .map((f) => `${f.id} (${f.reason}${f.status ? ` ${f.status}` : ''})`)
        .join(', ')}`,
    );
  }
}
