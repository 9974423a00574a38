import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';

/** Graph accepts at most 20 requests in one `$batch` (PLATFORM_NOTES §4). */
export const BATCH_LIMIT = 20;
const MAX_THROTTLED_ROUNDS = 5;

export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the version root, e.g. `/sites/{id}/lists/{id}/items`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const BatchResponseSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
});
export type BatchResponse = z.infer<typeof BatchResponseSchema>['responses'][number];

/** Some requests of a batch failed for good; the others were applied. Nothing is silent. */
export class BatchFailed extends Error {
  constructor(readonly failures: BatchResponse[]) {
    super(
      `Graph $batch: ${failures.length} request(s) failed: ${failures
        .map((f) => `${f.id} → ${f.status}`)
        .join(', ')}`,
    );
    this.name = 'BatchFailed';
  }
}

function retryAfterSeconds(response: BatchResponse): number {
  const header = Object.entries(response.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'retry-after',
  )?.[1];
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 60) : 1;
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Runs independent requests in `$batch` calls of at most 20. Every inner status is checked:
 * throttled ones (429, 503 — the SDK does not retry inside a batch) are sent again after the
 * longest Retry-After, a bounded number of times; the responses of all requests come back, in
 * request order, failures included, for the caller to map or report.
 */
export async function executeBatch(
  client: Client,
  requests: BatchRequest[],
): Promise<BatchResponse[]> {
  const results = new Map<string, BatchResponse>();
  let pending = requests;
  for (let round = 0; pending.length > 0; round += 1) {
    const throttled: BatchRequest[] = [];
    let wait = 0;
    for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
      const chunk = pending.slice(start, start + BATCH_LIMIT);
      const raw: unknown = await client.api('/$batch').post({
        requests: chunk.map((r) => ({
          id: r.id,
          method: r.method,
          url: r.url,
          ...(r.body === undefined
            ? r.headers
              ? { headers: r.headers }
              : {}
            : { body: r.body, headers: { 'Content-Type': 'application/json', ...r.headers } }),
        })),
      });
      const { responses } = BatchResponseSchema.parse(raw);
      for (const request of chunk) {
        const response = responses.find((r) => r.id === request.id);
        if (!response) {
          throw new Error(`Graph $batch answered without a response for request ${request.id}`);
        }
        if ((response.status === 429 || response.status === 503) && round < MAX_THROTTLED_ROUNDS) {
          throttled.push(request);
          wait = Math.max(wait, retryAfterSeconds(response));
        } else {
          results.set(request.id, response);
        }
      }
    }
    if (throttled.length > 0) await sleep(wait);
    pending = throttled;
  }
  return requests.map((r) => results.get(r.id) as BatchResponse);
}

export const succeeded = (response: BatchResponse) =>
  response.status >= 200 && response.status < 300;
