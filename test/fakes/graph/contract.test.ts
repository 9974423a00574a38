import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contractPaths } from './contract.js';
import { parseGraphPath } from './graph-path.js';
import { createGraphFake } from './index.js';
import type { FakeSiteInfo, GraphFake } from './index.js';
import { call } from './test-support.js';

describe('Graph fake: OpenAPI contract', () => {
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

  it('refuses a path outside the slices with 400 contractViolation and records it', async () => {
    const response = await call(fake, 'GET', `/sites/${site.id}/notARealSegment`);
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('contractViolation');
    expect(response.json.error.message).toMatch(/not described/);
    expect(fake.contractViolations).toHaveLength(1);
    expect(fake.contractViolations[0]?.url).toBe(`/sites/${site.id}/notARealSegment`);
  });

  it('refuses a body property of the wrong type, naming the property', async () => {
    const response = await call(fake, 'POST', `/sites/${site.id}/lists`, {
      body: { displayName: 42 },
    });
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('contractViolation');
    expect(response.json.error.message).toContain('body/displayName');
    expect(fake.contractViolations).toHaveLength(1);
  });

  it('refuses a property the type does not declare, but accepts instance annotations', async () => {
    const unknown = await call(fake, 'POST', `/sites/${site.id}/lists`, {
      body: { displayName: 'X', colums: [] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toContain("'colums'");
    const annotated = await call(fake, 'POST', `/drives/${site.driveId}/root/children`, {
      body: { name: 'Minutes', folder: {}, '@microsoft.graph.conflictBehavior': 'rename' },
    });
    expect(annotated.status).toBe(201);
    expect(fake.contractViolations).toHaveLength(1);
  });

  it('accepts unknown fields in a fieldValueSet (an open type) and leaves them to SharePoint', async () => {
    fake.addList(site.id, { displayName: 'Seats', columns: [{ name: 'College', text: {} }] });
    const response = await call(fake, 'POST', `/sites/${site.id}/lists/Seats/items`, {
      body: { fields: { Title: 'Seat 1', College: 'civil society' } },
    });
    expect(response.status).toBe(201);
    expect(fake.contractViolations).toEqual([]);
  });

  it('refuses a method the path does not describe', async () => {
    const response = await call(fake, 'PUT', `/sites/${site.id}/lists`, { body: {} });
    expect(response.status).toBe(400);
    expect(response.json.error.message).toMatch(/PUT not described/);
  });

  it('records an inner request of a batch that breaks the contract', async () => {
    const response = await call(fake, 'POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: '/nowhere/at/all' }] },
    });
    expect(response.status).toBe(200);
    expect(response.json.responses[0].status).toBe(400);
    expect(fake.contractViolations).toEqual([expect.objectContaining({ batchId: '1' })]);
  });

  it('maps path-based addressing onto the described item paths', () => {
    expect(
      contractPaths(parseGraphPath('/drives/b!x/items/01ABC:/Minutes/a.pdf:/content')),
    ).toEqual([['drives', 'b!x', 'items', '01ABC', 'content']]);
    expect(
      contractPaths(parseGraphPath('/drives/b!x/root:/a.pdf:/createUploadSession'))[0],
    ).toEqual(['drives', 'b!x', 'items', 'path-addressed-item', 'createUploadSession']);
    expect(
      contractPaths(parseGraphPath('/sites/contoso.sharepoint.com:/sites/copil:/lists')),
    ).toEqual([['sites', 'contoso.sharepoint.com', 'lists']]);
  });

  it('accepts bound actions in their short form (createUploadSession, delta)', async () => {
    const session = await call(
      fake,
      'POST',
      `/drives/${site.driveId}/root:/big.bin:/createUploadSession`,
      {
        body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
      },
    );
    expect(session.status).toBe(200);
    fake.addList(site.id, { displayName: 'Log' });
    const delta = await call(fake, 'GET', `/sites/${site.id}/lists/Log/items/delta`);
    expect(delta.status).toBe(200);
    expect(fake.contractViolations).toEqual([]);
  });
});
