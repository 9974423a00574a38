import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../core/model/outbox.js';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import { indexOutboxByMeeting } from '../../core/usecases/meetings/index.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { graphAppPorts } from '../support/graph-app-ports.js';

/**
 * Entries recorded before the outbox was indexed by meeting (a SharePoint list provisioned
 * before: its new column is empty) are found by meeting once the scheduler has indexed them.
 */
const adapters: [string, () => Promise<{ app: AppPorts; close(): Promise<void> }>][] = [
  ['embedded', () => exampleAppPorts()],
  ['Microsoft 365 (Graph fake)', () => graphAppPorts()],
];

describe.each(adapters)('indexing old outbox entries by meeting, on %s', (_name, open) => {
  it('fills meetingId from the notification once, and leaves other entries alone', async () => {
    const env = await open();
    try {
      const old = (id: string, notification: OutboxEntry['notification']): OutboxEntry => ({
        id,
        key: `old:${id}`,
        recipient: { personId: 'p-c1t' },
        notification,
        status: 'undeliverable',
        attempts: 1,
        createdAt: '2026-02-01T09:00:00Z',
        lastError: 'no-conversation',
      });
      await env.app.outbox.createMany([
        old('o1', { kind: 'meeting-notice', meetingId: 'm-old' }),
        old('o2', { kind: 'vote-opened', voteId: 'v-old' }),
      ]);
      expect(await env.app.outbox.findBy('meetingId', 'm-old')).toHaveLength(0);
      expect(await indexOutboxByMeeting(env.app)).toBe(1);
      const found = await env.app.outbox.findBy('meetingId', 'm-old');
      expect(found.map((e) => [e.value.id, e.value.status, e.value.reason])).toEqual([
        ['o1', 'undeliverable', undefined],
      ]);
      // Done once: a later tick does not scan again.
      expect(await indexOutboxByMeeting(env.app)).toBe(0);
    } finally {
      await env.close();
    }
  });
});
