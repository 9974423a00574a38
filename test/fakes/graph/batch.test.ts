import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphFake } from './index.js';
import type { FakeSiteInfo, GraphFake } from './index.js';
import { call } from './test-support.js';

describe('Graph fake: $batch', () => {
  let fake: GraphFake;
  let site: FakeSiteInfo;
  let items: string;

  beforeAll(async () => {
    fake = await createGraphFake();
  }, 60_000);
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    site = fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
    const list = fake.addList(site.id, {
      displayName: 'Votes',
      columns: [{ name: 'Ballot', text: {}, indexed: true, enforceUniqueValues: true }],
    });
    items = `/sites/${site.id}/lists/${list.id}/items`;
  });

  const post = (id: string, ballot: string, extra: Record<string, unknown> = {}) => ({
    id,
    method: 'POST',
    url: items,
    headers: { 'Content-Type': 'application/json' },
    body: { fields: { Ballot: ballot } },
    ...extra,
  });

  it('refuses more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: items,
    }));
    const response = await call(fake, 'POST', '/$batch', { body: { requests } });
    expect(response.status).toBe(400);
    expect(fake.requests.filter((r) => r.batchId !== undefined)).toEqual([]);
  });

  it('refuses ids that repeat without regard to case', async () => {
    const response = await call(fake, 'POST', '/$batch', {
      body: {
        requests: [
          { id: 'a', method: 'GET', url: items },
          { id: 'A', method: 'GET', url: items },
        ],
      },
    });
    expect(response.status).toBe(400);
  });

  it('refuses a body without headers.Content-Type', async () => {
    const response = await call(fake, 'POST', '/$batch', {
      body: {
        requests: [{ id: '1', method: 'POST', url: items, body: { fields: { Ballot: 'x' } } }],
      },
    });
    expect(response.status).toBe(400);
    expect(response.json.error.message).toContain('Content-Type');
  });

  it('runs each inner request through the router and answers 200 with responses by id', async () => {
    const response = await call(fake, 'POST', '/$batch', {
      body: {
        requests: [
          post('1', 'a'),
          post('2', 'b'),
          { id: '3', method: 'GET', url: `${items}?expand=fields` },
        ],
      },
    });
    expect(response.status).toBe(200);
    const byId = Object.fromEntries(response.json.responses.map((r: { id: string }) => [r.id, r]));
    expect(byId['1'].status).toBe(201);
    expect(byId['2'].body.fields.Ballot).toBe('b');
    // Not request order: clients must pair responses by id.
    expect(response.json.responses.map((r: { id: string }) => r.id)).not.toEqual(['1', '2', '3']);
    expect(fake.listItems(site.id, 'Votes')).toHaveLength(2);
  });

  it('answers 424 to the dependents of a failed request', async () => {
    fake.addListItem(site.id, 'Votes', { Ballot: 'taken' });
    const response = await call(fake, 'POST', '/$batch', {
      body: {
        requests: [
          post('1', 'taken'),
          post('2', 'fresh', { dependsOn: ['1'] }),
          post('3', 'later', { dependsOn: ['2'] }),
          post('4', 'independent'),
        ],
      },
    });
    const status = Object.fromEntries(
      response.json.responses.map((r: { id: string; status: number }) => [r.id, r.status]),
    );
    expect(status).toEqual({ '1': 409, '2': 424, '3': 424, '4': 201 });
  });

  it('throttles one inner request with 429 and Retry-After inside its own response', async () => {
    fake.faults.throttle('POST', /\/items$/, { retryAfter: 7, nth: 2 });
    const response = await call(fake, 'POST', '/$batch', {
      body: { requests: [post('1', 'a'), post('2', 'b'), post('3', 'c')] },
    });
    expect(response.status).toBe(200);
    const second = response.json.responses.find((r: { id: string }) => r.id === '2');
    expect(second.status).toBe(429);
    expect(second.headers['Retry-After']).toBe('7');
    expect(second.body.error.code).toBe('TooManyRequests');
    expect(fake.listItems(site.id, 'Votes').map((i) => i.fields['Ballot'])).toEqual(['a', 'c']);
  });
});
