import { describe, expect, it } from 'vitest';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import { deliverOutbox, enqueue } from '../../core/usecases/meetings/index.js';
import { EmbeddedCalendar } from '../../embedded/calendar.js';
import { openEmbeddedPorts } from '../../embedded/index.js';
import { recordingNotifier } from '../support/app-ports.js';
import { manualClock, sequentialIds, temporaryDirectory } from '../support/fixtures.js';

/** Two server instances on one store (two SQLite connections to the same file). */
describe('the outbox delivers each notification once', () => {
  it('with two instances delivering at the same time, and after a restart', async () => {
    const dir = await temporaryDirectory();
    const clock = manualClock('2026-03-09T08:00:00Z');
    const a = recordingNotifier();
    const b = recordingNotifier();
    const open = (ids: string, notifier: AppPorts['notifier']): AppPorts & { close(): void } => {
      const ports = openEmbeddedPorts({ dataDir: dir.path, clock, ids: sequentialIds(ids) });
      return { ...ports, calendar: new EmbeddedCalendar(), notifier };
    };
    const first = open('a', a.notifier);
    const second = open('b', b.notifier);
    try {
      const items = Array.from({ length: 30 }, (_, i) => ({
        key: `notice:m1:2026-03-09T08:00:00Z:p${i}`,
        recipient: { personId: `p${i}` },
        notification: { kind: 'meeting-notice' as const, meetingId: 'm1' },
      }));
      // Both instances enqueue the same notice (e.g. a retried request): recorded once.
      await Promise.all([enqueue(first, items), enqueue(second, items)]);
      expect(await first.outbox.list()).toHaveLength(30);
      await Promise.all([deliverOutbox(first), deliverOutbox(second)]);
      const delivered = [...a.sent, ...b.sent].map((s) =>
        'personId' in s.recipient ? s.recipient.personId : '',
      );
      expect(delivered.sort()).toEqual(items.map((i) => i.recipient.personId).sort());
      // A restarted instance finds nothing left to send.
      second.close();
      const restarted = open('c', b.notifier);
      expect((await deliverOutbox(restarted)).sent).toBe(0);
      restarted.close();
    } finally {
      first.close();
      await dir.remove();
    }
  });
});
