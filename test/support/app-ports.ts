import type { Notification, Notifier, Recipient } from '../../core/ports/notifier.js';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import { EmbeddedCalendar } from '../../embedded/calendar.js';
import { openEmbeddedPorts, type EmbeddedPorts } from '../../embedded/index.js';
import { loadExampleCommittee } from '../../server/example-committee.js';
import { manualClock, sequentialIds, temporaryDirectory } from './fixtures.js';

/** A notifier that records what it was asked to send; who is reachable is up to the test. */
export function recordingNotifier(reachable: (recipient: Recipient) => boolean = () => true) {
  const sent: { recipient: Recipient; notification: Notification }[] = [];
  const notifier: Notifier = {
    send: async (recipient, notification) => {
      if (!reachable(recipient)) return { delivered: false, reason: 'no-conversation' };
      sent.push({ recipient, notification });
      return { delivered: true };
    },
  };
  return { notifier, sent };
}

/** Embedded ports with the example committee, a manual clock and a recording notifier. */
export async function exampleAppPorts(start = '2026-03-01T09:00:00Z') {
  const dir = await temporaryDirectory();
  const clock = manualClock(start);
  const ports: EmbeddedPorts = openEmbeddedPorts({
    dataDir: dir.path,
    clock,
    ids: sequentialIds('r'),
  });
  await loadExampleCommittee(ports);
  const { notifier, sent } = recordingNotifier();
  const app: AppPorts = { ...ports, calendar: new EmbeddedCalendar(), notifier };
  return {
    app,
    clock,
    sent,
    /** The SQLite database and data folder, for tests that play someone editing them by hand. */
    db: ports.db,
    dataDir: dir.path,
    close: async () => {
      ports.close();
      await dir.remove();
    },
  };
}
