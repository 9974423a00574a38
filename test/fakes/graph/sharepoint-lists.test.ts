import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphFake } from './index.js';
import type { FakeSiteInfo, GraphFake } from './index.js';
import { allPages, call } from './test-support.js';

const NON_INDEXED =
  "Field 'Status' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.";

describe('Graph fake: SharePoint lists', () => {
  let fake: GraphFake;
  let site: FakeSiteInfo;
  let items: string;

  beforeAll(async () => {
    fake = await createGraphFake({ pageSize: 4 });
  }, 60_000);
  afterAll(() => fake.close());

  beforeEach(async () => {
    fake.reset();
    site = fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
    const created = await call(fake, 'POST', `/sites/${site.id}/lists`, {
      body: {
        displayName: 'Meetings',
        columns: [
          { name: 'Ref', text: {}, indexed: true, enforceUniqueValues: true },
          { name: 'Seq', number: {}, indexed: true },
          { name: 'Status', choice: { choices: ['draft', 'noticed'] } },
          { name: 'Held', boolean: {} },
          { name: 'HeldOn', dateTime: {} },
        ],
        list: { template: 'genericList' },
      },
    });
    expect(created.status).toBe(201);
    items = `/sites/${site.id}/lists/${created.json.id}/items`;
  });
  afterEach(() => fake.assertNoContractViolations());

  it('finds a site by hostname and server-relative path', async () => {
    const found = await call(fake, 'GET', '/sites/fake-tenant.sharepoint.com:/sites/copil');
    expect(found.status).toBe(200);
    expect(found.json.id).toBe(site.id);
  });

  it('creates a genericList with Title plus the columns sent, and finds it by display name', async () => {
    const byName = await call(
      fake,
      'GET',
      `/sites/${site.id}/lists?$filter=displayName eq 'Meetings'`,
    );
    expect(byName.json.value).toHaveLength(1);
    const columns = await call(fake, 'GET', `/sites/${site.id}/lists/Meetings/columns`);
    const names = columns.json.value.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Title', 'Ref', 'Seq', 'Status']));
  });

  it('returns a numeric id and a "{GUID},1" eTag on create, and bumps the version on each write', async () => {
    const created = await call(fake, 'POST', items, {
      body: { fields: { Title: 'A', Ref: 'M-1' } },
    });
    expect(created.status).toBe(201);
    expect(created.json.id).toBe('1');
    expect(created.json.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(created.json.fields).toMatchObject({ id: '1', Title: 'A', Ref: 'M-1' });
    expect(created.json.fields['@odata.etag']).toBe(created.json.eTag);

    const patched = await call(fake, 'PATCH', `${items}/1/fields`, {
      body: { Title: 'B' },
      headers: { 'If-Match': created.json.eTag },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.Title).toBe('B');
    expect(patched.json['@odata.etag']).toBe(created.json.eTag.replace(',1"', ',2"'));
  });

  it('refuses a PATCH with a stale If-Match with 412 and leaves the item unchanged', async () => {
    const created = await call(fake, 'POST', items, { body: { fields: { Title: 'A' } } });
    await call(fake, 'PATCH', `${items}/1/fields`, { body: { Title: 'B' } });
    const stale = await call(fake, 'PATCH', `${items}/1/fields`, {
      body: { Title: 'C' },
      headers: { 'If-Match': created.json.eTag },
    });
    expect(stale.status).toBe(412);
    expect(stale.json.error).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
    });
    expect(stale.json.error.innerError['request-id']).toEqual(expect.any(String));
    expect(fake.listItems(site.id, 'Meetings')[0]?.fields['Title']).toBe('B');

    const star = await call(fake, 'PATCH', `${items}/1/fields`, {
      body: { Title: 'D' },
      headers: { 'If-Match': '*' },
    });
    expect(star.status).toBe(200);
  });

  it('answers 409 for a duplicate value in an enforceUniqueValues column, on create and update', async () => {
    await call(fake, 'POST', items, { body: { fields: { Ref: 'M-1' } } });
    await call(fake, 'POST', items, { body: { fields: { Ref: 'M-2' } } });
    const duplicate = await call(fake, 'POST', items, { body: { fields: { Ref: 'm-1' } } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.code).toBe('nameAlreadyExists');
    const update = await call(fake, 'PATCH', `${items}/2/fields`, { body: { Ref: 'M-1' } });
    expect(update.status).toBe(409);
  });

  it('refuses uniqueness on a column that is not indexed', async () => {
    const lists = await call(fake, 'GET', `/sites/${site.id}/lists/Meetings`);
    const response = await call(fake, 'POST', `/sites/${site.id}/lists/${lists.json.id}/columns`, {
      body: { name: 'Code', text: {}, enforceUniqueValues: true },
    });
    expect(response.status).toBe(400);
  });

  it('rejects values of the wrong type and unknown fields with 400 invalidRequest', async () => {
    const cases = [
      { Seq: 'three' },
      { Held: 'yes' },
      { HeldOn: 'tomorrow' },
      { Status: 'archived' },
      { Nope: 1 },
    ];
    for (const fields of cases) {
      const response = await call(fake, 'POST', items, { body: { fields } });
      expect(response.status, JSON.stringify(fields)).toBe(400);
      expect(response.json.error.code).toBe('invalidRequest');
    }
  });

  it('refuses a filter on a non-indexed column unless the Prefer header allows it', async () => {
    await call(fake, 'POST', items, { body: { fields: { Status: 'draft' } } });
    const refused = await call(
      fake,
      'GET',
      `${items}?expand=fields&$filter=fields/Status eq 'draft'`,
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: 'invalidRequest', message: NON_INDEXED });
    const allowed = await call(
      fake,
      'GET',
      `${items}?expand=fields&$filter=fields/Status eq 'draft'`,
      {
        headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
      },
    );
    expect(allowed.status).toBe(200);
    expect(allowed.json.value).toHaveLength(1);
  });

  it('allows the filter once PATCH columns/{id} indexes the column', async () => {
    const columns = await call(fake, 'GET', `/sites/${site.id}/lists/Meetings/columns`);
    const status = columns.json.value.find((c: { name: string }) => c.name === 'Status');
    const patched = await call(
      fake,
      'PATCH',
      `/sites/${site.id}/lists/Meetings/columns/${status.id}`,
      {
        body: { indexed: true },
      },
    );
    expect(patched.json.indexed).toBe(true);
    const filtered = await call(
      fake,
      'GET',
      `${items}?$filter=fields/Status eq 'draft'&$orderby=fields/Status`,
    );
    expect(filtered.status).toBe(200);
  });

  it('answers 404 for a hostname and path that name no site', async () => {
    fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '' });
    const missing = await call(fake, 'GET', '/sites/fake-tenant.sharepoint.com:/sites/unknown');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('itemNotFound');
  });

  it('filters on indexed columns with and, orders, and selects fields', async () => {
    for (let seq = 1; seq <= 6; seq++) {
      await call(fake, 'POST', items, {
        body: { fields: { Title: `T${seq}`, Ref: `R-${seq}`, Seq: seq } },
      });
    }
    const response = await call(
      fake,
      'GET',
      `${items}?expand=fields(select=Ref,Seq)&$filter=fields/Seq ge 2 and startswith(fields/Ref,'R-') and fields/Seq lt 5&$orderby=fields/Seq desc`,
    );
    expect(response.status).toBe(200);
    expect(response.json.value.map((i: { fields: { Seq: number } }) => i.fields.Seq)).toEqual([
      4, 3, 2,
    ]);
    expect(Object.keys(response.json.value[0].fields).sort()).toEqual([
      '@odata.etag',
      'Ref',
      'Seq',
    ]);
  });

  it('pages list items with an absolute nextLink carrying an opaque $skiptoken', async () => {
    for (let i = 1; i <= 10; i++) fake.addListItem(site.id, 'Meetings', { Title: `Item ${i}` });
    const pages = await allPages(fake, `${items}?expand=fields`);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const first = pages[0]?.json['@odata.nextLink'] as string;
    expect(first).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/sites\/.*\$skiptoken=/);
    const titles = pages.flatMap((p) =>
      p.json.value.map((i: { fields: { Title: string } }) => i.fields.Title),
    );
    expect(titles).toEqual(Array.from({ length: 10 }, (_, i) => `Item ${i + 1}`));
  });

  it('reports changes and deletions through delta, and 410 for an unknown token', async () => {
    const latest = await call(fake, 'GET', `${items}/delta?token=latest`);
    expect(latest.json.value).toEqual([]);
    await call(fake, 'POST', items, { body: { fields: { Title: 'new' } } });
    await call(fake, 'POST', items, { body: { fields: { Title: 'doomed' } } });
    await call(fake, 'DELETE', `${items}/2`);
    const changes = await call(fake, 'GET', latest.json['@odata.deltaLink']);
    expect(changes.json.value).toEqual([
      expect.objectContaining({ id: '1' }),
      { id: '2', deleted: { state: 'deleted' } },
    ]);
    expect(changes.json['@odata.deltaLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\//);
    const gone = await call(fake, 'GET', `${items}/delta?token=not-a-token`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('location')).toMatch(/items\/delta/);
  });
});
