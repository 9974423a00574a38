/**
 * Makes and hashes the secret tokens of calendar feed URLs. Randomness and hashing are the
 * edge's (node:crypto in server/); core keeps only the hash.
 */
export interface FeedTokens {
  /** A new random token (≥ 128 bits, URL-safe) and its hash. */
  issue(): { token: string; hash: string };
  /** The hash a token is stored under (SHA-256, lowercase hex). */
  hash(token: string): string;
}
