import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import { GraphCalendar } from '../../graph/calendar.js';
import { openGraphPorts, provisionSite } from '../../graph/index.js';
import { loadExampleCommittee } from '../../server/example-committee.js';
import { fakeClient, SITE_URL, startFake } from '../contract/graph-harness.js';
import { recordingNotifier } from './app-ports.js';
import { manualClock, sequentialIds } from './fixtures.js';

export const SECRETARIAT_MAILBOX = 'secretariat@ministere.example.org';

/**
 * The Microsoft 365 adapter end to end against the Graph fake: a provisioned committee site
 * holding the example committee, the secretariat's mailbox for Outlook events, a manual clock.
 * `close` fails the test if any request left the OpenAPI contract.
 */
export async function graphAppPorts(start = '2026-03-01T09:00:00Z') {
  const fake = await startFake();
  fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
  fake.addUser({
    id: 'mailbox-secretariat',
    mail: SECRETARIAT_MAILBOX,
    displayName: 'Secrétariat OGP',
  });
  const clock = manualClock(start);
  const client = fakeClient(fake);
  await provisionSite(client, SITE_URL);
  const ports = await openGraphPorts({ client, siteUrl: SITE_URL, clock, ids: sequentialIds('g') });
  await loadExampleCommittee(ports);
  const { notifier, sent } = recordingNotifier();
  const app: AppPorts = {
    ...ports,
    calendar: new GraphCalendar(client, SECRETARIAT_MAILBOX, 'Copil', () => clock.now()),
    notifier,
  };
  return {
    app,
    clock,
    sent,
    fake,
    client,
    close: async () => {
      try {
        fake.assertNoContractViolations();
      } finally {
        await fake.close();
      }
    },
  };
}
