import { randomUUID } from 'node:crypto';

export const BENCH_TENANT = '00000000-0000-4000-8000-00000000be01';

/** An `adaptiveCard/action` invoke as Teams sends it for an Action.Execute (PLATFORM_NOTES §7). */
export function executeInvoke(input: {
  aadObjectId: string;
  userIndex: number;
  verb: string;
  data: Record<string, unknown>;
}) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    // Anonymous bots answer invokes in the HTTP response; nothing is sent to this URL.
    serviceUrl: 'http://127.0.0.1:9/',
    from: {
      id: `29:bench-${input.userIndex}`,
      name: `Bench member ${input.userIndex}`,
      aadObjectId: input.aadObjectId,
    },
    recipient: { id: '28:ogp-copil', name: 'ogp-copil' },
    conversation: {
      id: `a:bench-${input.userIndex}`,
      conversationType: 'personal',
      tenantId: BENCH_TENANT,
    },
    channelData: { tenant: { id: BENCH_TENANT } },
    locale: 'fr-MA',
    value: {
      action: { type: 'Action.Execute', verb: input.verb, data: input.data },
      trigger: 'manual',
    },
  };
}

/** Posts an activity to a bot endpoint; resolves to the invoke response body (or throws). */
export async function postActivity(endpoint: string, activity: unknown): Promise<unknown> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}
