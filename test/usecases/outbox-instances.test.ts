import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_POLICY } from '../../core/policy.js';
import { DeliveryFailed } from '../../core/ports/notifier.js';
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

/**
 * An instance that stopped between claiming an entry and sending it (a crash, a scale-in):
 * the entry stays `sending`; once the lease (policy `outboxLeaseMinutes`) has run out, the
 * next tick of another instance claims it again, on the version, and sends it once.
 */
describe('an entry left sending is reclaimed after its lease, and delivered once', () => {
  const LEASE_MS = DEFAULT_POLICY.outboxLeaseMinutes * 60_000;

  async function twoInstances() {
    const dir = await temporaryDirectory();
    const clock = manualClock('2026-03-09T08:00:00Z');
    const open = (ids: string, notifier: AppPorts['notifier']): AppPorts & { close(): void } => {
      const ports = openEmbeddedPorts({ dataDir: dir.path, clock, ids: sequentialIds(ids) });
      return { ...ports, calendar: new EmbeddedCalendar(), notifier };
    };
    return { dir, clock, open };
  }

  /** A notifier that takes the message and never answers: the instance hangs mid-send. */
  const hanging = () => {
    let calls = 0;
    const notifier: AppPorts['notifier'] = {
      send: () => {
        calls += 1;
        return new Promise<never>(() => {});
      },
    };
    return { notifier, calls: () => calls };
  };

  const items = Array.from({ length: 5 }, (_, i) => ({
    key: `notice:m1:2026-03-09T08:00:00Z:p${i}`,
    recipient: { personId: `p${i}` },
    notification: { kind: 'meeting-notice' as const, meetingId: 'm1' },
  }));

  it('leaves a claim alone while its lease runs, then one instance of two takes it back', async () => {
    const { dir, clock, open } = await twoInstances();
    const stuck = hanging();
    const first = open('a', stuck.notifier);
    try {
      await enqueue(first, items);
      // The first instance claims every entry (one pass per entry: each pass claims the next
      // one and hangs on it), then stops: its connection is closed, its sends never answer.
      for (let i = 0; i < items.length; i += 1) void deliverOutbox(first);
      await vi.waitFor(async () => {
        const statuses = (await first.outbox.list()).map((e) => e.value.status);
        expect(statuses).toEqual(items.map(() => 'sending'));
      });
      expect(stuck.calls()).toBe(items.length);
      first.close();

      const b = recordingNotifier();
      const c = recordingNotifier();
      const second = open('b', b.notifier);
      const third = open('c', c.notifier);
      try {
        // Within the lease the claims hold: nobody else sends.
        clock.advance(LEASE_MS - 60_000);
        expect(await deliverOutbox(second)).toMatchObject({ sent: 0, reclaimed: 0 });
        expect(b.sent).toHaveLength(0);
        expect((await second.outbox.list()).every((e) => e.value.status === 'sending')).toBe(true);

        // Past the lease, two instances tick at once: each entry is reclaimed by one of them.
        clock.advance(2 * 60_000);
        const [fromB, fromC] = await Promise.all([deliverOutbox(second), deliverOutbox(third)]);
        expect(fromB.reclaimed + fromC.reclaimed).toBe(items.length);
        const delivered = [...b.sent, ...c.sent].map((s) =>
          'personId' in s.recipient ? s.recipient.personId : 'channel',
        );
        expect(delivered.sort()).toEqual(items.map((i) => i.recipient.personId).sort());
        const entries = (await second.outbox.list()).map((e) => e.value);
        expect(entries.every((e) => e.status === 'sent' && e.attempts === 2)).toBe(true);

        // Later ticks find nothing more to send: exactly one delivery per recipient.
        clock.advance(LEASE_MS * 3);
        expect((await deliverOutbox(second)).sent + (await deliverOutbox(third)).sent).toBe(0);
        expect(b.sent.length + c.sent.length).toBe(items.length);
      } finally {
        second.close();
        third.close();
      }
    } finally {
      await dir.remove();
    }
  });

  it('records why a delivery failed, retries a passing failure and gives up on a lasting one', async () => {
    const { dir, clock, open } = await twoInstances();
    const answers: Record<string, () => Promise<{ delivered: true }>> = {
      p0: async () => {
        throw new DeliveryFailed('throttled', true, '429 Too Many Requests');
      },
      p1: async () => {
        throw new DeliveryFailed('blocked', false, '403 ConversationBlockedByUser');
      },
      p2: async () => {
        throw new Error('socket hang up');
      },
    };
    const notifier: AppPorts['notifier'] = {
      send: async (recipient) => {
        const id = 'personId' in recipient ? recipient.personId : 'channel';
        if (id === 'p3') return { delivered: false, reason: 'no-conversation' };
        return answers[id]?.() ?? { delivered: true };
      },
    };
    const ports = open('a', notifier);
    try {
      await enqueue(ports, items);
      expect(await deliverOutbox(ports)).toEqual({
        sent: 1,
        failed: 2,
        undeliverable: 2,
        reclaimed: 0,
      });
      const byPerson = async () =>
        new Map(
          (await ports.outbox.list()).map((e) => [
            'personId' in e.value.recipient ? e.value.recipient.personId : 'channel',
            e.value,
          ]),
        );
      const first = await byPerson();
      expect(first.get('p0')).toMatchObject({ status: 'failed', reason: 'throttled' });
      expect(first.get('p1')).toMatchObject({ status: 'undeliverable', reason: 'blocked' });
      expect(first.get('p2')).toMatchObject({ status: 'failed', reason: 'bot-error' });
      expect(first.get('p3')).toMatchObject({ status: 'undeliverable', reason: 'no-conversation' });
      expect(first.get('p4')).toMatchObject({ status: 'sent', attempts: 1 });
      expect(first.get('p4')?.reason).toBeUndefined();

      // The passing failures are tried again by each tick, up to the bound.
      for (let i = 1; i < DEFAULT_POLICY.outboxMaxAttempts; i += 1) {
        clock.advance(60_000);
        await deliverOutbox(ports);
      }
      const last = await byPerson();
      expect(last.get('p0')).toMatchObject({
        status: 'undeliverable',
        reason: 'throttled',
        attempts: DEFAULT_POLICY.outboxMaxAttempts,
      });
      expect(last.get('p1')?.attempts).toBe(1); // a lasting failure is not retried by itself
      expect(last.get('p3')?.attempts).toBe(1);
    } finally {
      ports.close();
      await dir.remove();
    }
  });
});
