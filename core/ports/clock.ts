/** The clock port: rules take `now`; only the edge reads the time. */
export interface Clock {
  /** The current instant, ISO 8601 with `Z`. */
  now(): string;
}

/** Makes record ids (random in production, predictable in tests). */
export interface IdGenerator {
  newId(): string;
}
