import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Organisation } from '../../core/model/organisation.js';
import type { Ports } from '../../core/ports/store.js';
import { createGraphClient, openGraphPorts } from '../../graph/index.js';
import type { GraphFake } from '../fakes/graph/index.js';
import { FakeGraphHttpHandler } from '../fakes/graph/forwarding-middleware.js';
import { manualClock, sequentialIds } from '../support/fixtures.js';
import { graphFactory, SITE_URL, startFake } from './graph-harness.js';

/**
 * Faults the network and SharePoint inflict (PLATFORM_NOTES §4–5), injected in the fake while
 * the adapter writes: nothing acknowledged is lost, nothing is stored twice.
 */
let fake: GraphFake;
let ports: Ports;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  fake = await startFake();
});
afterAll(async () => fake.close());
beforeEach(async () => {
  ({ ports, cleanup } = await graphFactory(() => fake)());
});
afterEach(async () => cleanup());

const organisation = (id: string): Organisation => ({
  id,
  name: `Organisation ${id}`,
  college: 'civil_society',
  status: 'active',
  example: false,
});
const ITEMS = /\/lists\/[^/]+\/items$/;

describe('graph adapter under faults', () => {
  it('retries a throttled write after Retry-After and stores it once', async () => {
    fake.faults.throttle('POST', ITEMS, { status: 429, retryAfter: 1 });
    await ports.organisations.create(organisation('o1'));
    expect(fake.faults.fired).toEqual([1]);
    expect((await ports.organisations.list()).map((o) => o.value.id)).toEqual(['o1']);
  });

  it('retries a 503 with Retry-After', async () => {
    fake.faults.throttle('GET', /\/items\?/, { status: 503, retryAfter: 1 });
    expect(await ports.organisations.list()).toEqual([]);
    expect(fake.faults.fired).toEqual([1]);
  });

  it('reconciles a create whose connection dropped: stored exactly once', async () => {
    fake.faults.drop('POST', ITEMS);
    const stored = await ports.organisations.create(organisation('o1'));
    expect(stored.value.id).toBe('o1');
    expect(await ports.organisations.list()).toHaveLength(1);
  });

  it('retries a read that hangs past the client timeout', async () => {
    const client = createGraphClient({
      authProvider: { getAccessToken: async () => 'token' },
      transport: new FakeGraphHttpHandler(fake),
      timeoutMs: 300,
    });
    const slowPorts = await openGraphPorts({
      client,
      siteUrl: SITE_URL,
      clock: manualClock(),
      ids: sequentialIds('slow'),
    });
    await slowPorts.organisations.create(organisation('o1'));
    fake.faults.delay('GET', /\/items\?/, 1_000);
    expect((await slowPorts.organisations.list()).map((o) => o.value.id)).toEqual(['o1']);
  });

  it('retries the throttled requests inside a $batch and stores every record once', async () => {
    // Requests 3 and 4 of the first batch are throttled (an inner 429 with Retry-After).
    fake.faults.throttle('POST', ITEMS, { status: 429, retryAfter: 1, nth: 3, count: 2 });
    const values = Array.from({ length: 25 }, (_, i) => organisation(`b${i}`));
    await ports.organisations.createMany(values);
    expect(fake.faults.fired).toEqual([2]);
    const ids = (await ports.organisations.list()).map((o) => o.value.id).sort();
    expect(ids).toEqual(values.map((v) => v.id).sort());
  });

  it('answers a read after a dropped GET (retried, as a read changes nothing)', async () => {
    await ports.organisations.create(organisation('o1'));
    fake.faults.drop('GET', /\/items\?/);
    expect((await ports.organisations.get('o1'))?.value.name).toBe('Organisation o1');
  });
});
