import { Duplicate } from '../ports/errors.js';
import type { Repository, Stored } from '../ports/repository.js';

/**
 * Creates a record unless one with the same unique key exists (a double click, a replayed card
 * action, another instance racing): returns the stored record and whether this call made it.
 */
export async function createOnce<T extends { id: string }, F extends string>(
  repository: Repository<T, F>,
  record: T,
): Promise<{ stored: Stored<T>; created: boolean }> {
  const key = repository.spec.uniqueKey?.(record) ?? record.id;
  const existing = await repository.findByUniqueKey(key);
  if (existing) return { stored: existing, created: false };
  try {
    return { stored: await repository.create(record), created: true };
  } catch (error) {
    const raced = error instanceof Duplicate ? await repository.findByUniqueKey(key) : undefined;
    if (raced) return { stored: raced, created: false };
    throw error;
  }
}
