import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphFake } from './index.js';
import type { FakeSiteInfo, GraphFake } from './index.js';
import { call } from './test-support.js';

describe('Graph fake: fault injection', () => {
  let fake: GraphFake;
  let site: FakeSiteInfo;

  beforeAll(async () => {
    fake = await createGraphFake();
  }, 60_000);
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    site = fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
  });

  it('answers 429 with Retry-After and the throttling body of PLATFORM_NOTES §5, then recovers', async () => {
    fake.faults.throttle('GET', /\/lists$/, { retryAfter: 2 });
    const throttled = await call(fake, 'GET', `/sites/${site.id}/lists`);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect(throttled.json.error).toMatchObject({
      code: 'TooManyRequests',
      message: 'Please retry again later.',
      innerError: { code: '429', message: 'Please retry after', status: '429' },
    });
    const retried = await call(fake, 'GET', `/sites/${site.id}/lists`);
    expect(retried.status).toBe(200);
  });

  it('fires on the nth matching request for count requests', async () => {
    fake.faults.add({
      kind: 'status',
      status: 503,
      retryAfter: 1,
      path: '/lists',
      nth: 2,
      count: 2,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await call(fake, 'GET', `/sites/${site.id}/lists`)).status);
    expect(statuses).toEqual([200, 503, 503, 200]);
  });

  it('drops the connection without an answer', async () => {
    fake.faults.drop('GET', /\/drive$/);
    await expect(fetch(`${fake.baseUrl}/v1.0/sites/${site.id}/drive`)).rejects.toThrow();
    expect(fake.requests.at(-1)?.status).toBe('dropped');
    const next = await call(fake, 'GET', `/sites/${site.id}/drive`);
    expect(next.status).toBe(200);
  });

  it('delays an answer past a client timeout', async () => {
    fake.faults.delay('GET', /\/drive$/, 5_000);
    const started = Date.now();
    await expect(
      fetch(`${fake.baseUrl}/v1.0/sites/${site.id}/drive`, { signal: AbortSignal.timeout(150) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
