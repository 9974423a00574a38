import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openGraphPorts, provisionSite } from '../../graph/index.js';
import { LIST_DEFINITIONS } from '../../graph/list-schema.js';
import type { GraphFake } from '../fakes/graph/index.js';
import { fakeClient, SITE_URL, startFake } from '../contract/graph-harness.js';
import { manualClock, sequentialIds } from '../support/fixtures.js';

let fake: GraphFake;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.reset();
  fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
});

describe('npm run provision (SharePoint lists as code)', () => {
  it('creates every list with its indexed columns, then reports no change on a second run', async () => {
    const client = fakeClient(fake);
    const lines: string[] = [];
    const first = await provisionSite(client, SITE_URL, (l) => lines.push(l));
    expect(first.changes).toHaveLength(LIST_DEFINITIONS.length);
    expect(lines.at(-1)).toBe(`${LIST_DEFINITIONS.length} change(s) applied.`);
    expect(lines[0]).toMatch(/^\[1\/\d+\] Copil Organisations: created/);

    const second: string[] = [];
    const again = await provisionSite(client, SITE_URL, (l) => second.push(l));
    expect(again.changes).toEqual([]);
    expect(second.at(-1)).toBe('No change: the site already matches the schema.');
    fake.assertNoContractViolations();
  });

  it('repairs a list whose column lost its index or is missing', async () => {
    const client = fakeClient(fake);
    await provisionSite(client, SITE_URL);
    const site = fake.state.sites[0];
    const seats = site?.lists.find((l) => l.displayName === 'Copil Seats');
    if (!seats) throw new Error('no seats list');
    const column = seats.columns.find((c) => c.name === 'CpStatus');
    if (!column) throw new Error('no CpStatus column');
    column.indexed = false;
    seats.columns = seats.columns.filter((c) => c.name !== 'CpTitularId');

    const repaired = await provisionSite(client, SITE_URL);
    expect(repaired.changes).toEqual([
      expect.stringMatching(
        /Copil Seats: indexed on CpStatus; added column CpTitularId|Copil Seats: added column CpTitularId; indexed on CpStatus/,
      ),
    ]);
    expect((await provisionSite(client, SITE_URL)).changes).toEqual([]);
    fake.assertNoContractViolations();
  });

  it('refuses to open an unprovisioned site, saying what to run', async () => {
    await expect(
      openGraphPorts({
        client: fakeClient(fake),
        siteUrl: SITE_URL,
        clock: manualClock(),
        ids: sequentialIds(),
      }),
    ).rejects.toThrow(
      /npm run provision -- --site https:\/\/fake-tenant.sharepoint.com\/sites\/copil/,
    );
  });

  it('refuses a site URL that is not https', async () => {
    await expect(provisionSite(fakeClient(fake), 'http://intranet/sites/copil')).rejects.toThrow(
      /https/,
    );
  });
});
