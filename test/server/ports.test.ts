import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Organisation } from '../../core/model/organisation.js';
import { provisionSite } from '../../graph/index.js';
import { openPorts } from '../../server/ports.js';
import { fakeClient, SITE_URL, startFake } from '../contract/graph-harness.js';
import type { GraphFake } from '../fakes/graph/index.js';
import { FakeGraphHttpHandler } from '../fakes/graph/forwarding-middleware.js';
import { configFrom } from '../support/config.js';
import { manualClock, sequentialIds, temporaryDirectory } from '../support/fixtures.js';

const organisation = (id: string): Organisation => ({
  id,
  name: `Organisation ${id}`,
  college: 'civil_society',
  status: 'active',
  example: true,
});

/** ARCHITECTURE.md: one factory turns the parsed configuration into the ports of its mode. */
describe('openPorts, from the parsed configuration', () => {
  describe('embedded mode', () => {
    let dir: Awaited<ReturnType<typeof temporaryDirectory>>;
    beforeEach(async () => {
      dir = await temporaryDirectory();
    });
    afterEach(() => dir.remove());

    it('opens SQLite in COPIL_DATA_DIR, with the ICS-feed calendar, and names the folder', async () => {
      const config = configFrom({ COPIL_DATA_DIR: dir.path });
      const store = await openPorts(config, { clock: manualClock(), ids: sequentialIds() });
      try {
        expect(store.where).toBe(resolve(dir.path));
        expect(store.calendar.invitations).toBe('ics-feed');
        await store.ports.organisations.create(organisation('org-1'));
      } finally {
        store.close();
      }
      expect(existsSync(join(dir.path, 'copil.db'))).toBe(true);
      // What was written is there for the next opening from the same configuration.
      const again = await openPorts(config);
      try {
        expect((await again.ports.organisations.get('org-1'))?.value.name).toBe(
          'Organisation org-1',
        );
      } finally {
        again.close();
      }
    });

    it('closes the database it opened', async () => {
      const store = await openPorts(configFrom({ COPIL_DATA_DIR: dir.path }));
      store.close();
      await expect(store.ports.organisations.list()).rejects.toThrow();
    });

    it('adopts ports the caller opened and leaves them open on close', async () => {
      const owned = await openPorts(configFrom({ COPIL_DATA_DIR: dir.path }));
      try {
        const adopted = await openPorts(configFrom({ COPIL_DATA_DIR: dir.path }), {
          ports: owned.ports,
        });
        expect(adopted.ports).toBe(owned.ports);
        expect(adopted.calendar.invitations).toBe('ics-feed');
        adopted.close();
        await owned.ports.organisations.create(organisation('org-2'));
        expect(await owned.ports.organisations.get('org-2')).toBeDefined();
      } finally {
        owned.close();
      }
    });
  });

  describe('Microsoft 365 mode (through the Graph fake)', () => {
    let fake: GraphFake;
    const m365 = (settings: Record<string, string> = {}) =>
      configFrom({
        COPIL_MODE: 'm365',
        GRAPH_SITE_URL: SITE_URL,
        GRAPH_CALENDAR_MAILBOX: 'secretariat@ministere.example.org',
        AAD_APP_CLIENT_ID: '66666666-7777-4888-8999-000000000000',
        AAD_APP_TENANT_ID: '11111111-2222-4333-8444-555555555555',
        AAD_APP_CLIENT_SECRET: 'not-used-with-the-fake',
        TAB_DOMAIN: 'copil.example.org',
        BOT_ID: '99999999-8888-4777-8666-555555555555',
        BOT_PASSWORD: 'not-used-with-the-fake',
        ...settings,
      });
    const throughFake = () => ({
      graphTransport: new FakeGraphHttpHandler(fake),
      graphAuth: { getAccessToken: async () => 'fake-app-only-token' },
      clock: manualClock(),
      ids: sequentialIds('g'),
    });

    beforeAll(async () => {
      fake = await startFake();
    });
    afterAll(() => fake?.close());
    beforeEach(() => {
      fake.reset();
      fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
    });
    afterEach(() => fake.assertNoContractViolations());

    it('opens the lists of GRAPH_SITE_URL, with the Outlook calendar, and names the site', async () => {
      await provisionSite(fakeClient(fake), SITE_URL);
      const store = await openPorts(m365(), throughFake());
      expect(store.where).toBe(SITE_URL);
      expect(store.calendar.invitations).toBe('outlook-invitation');
      await store.ports.organisations.create(organisation('org-1'));
      const again = await openPorts(m365(), throughFake());
      expect((await again.ports.organisations.get('org-1'))?.value.name).toBe('Organisation org-1');
      // Graph holds nothing open: closing is harmless and the ports still answer.
      store.close();
      expect(await store.ports.organisations.get('org-1')).toBeDefined();
    });

    it('sends invited guests to the tab (TAB_DOMAIN) after they redeem the invitation', async () => {
      await provisionSite(fakeClient(fake), SITE_URL);
      const store = await openPorts(m365(), throughFake());
      await store.ports.directory.inviteGuest('invitee@example.org', 'Invitée Fictive');
      const invitation = fake.requests.find(
        (r) => r.method === 'POST' && r.path === '/invitations',
      );
      expect(JSON.parse(invitation?.body.toString('utf8') ?? '{}')).toMatchObject({
        inviteRedirectUrl: 'https://copil.example.org',
      });
    });

    it('refuses a site that was not provisioned, saying how to provision it', async () => {
      await expect(openPorts(m365(), throughFake())).rejects.toThrow(
        `npm run provision -- --site ${SITE_URL}`,
      );
    });
  });
});
