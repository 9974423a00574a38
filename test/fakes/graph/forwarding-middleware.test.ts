import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGraphHttpHandler } from './forwarding-middleware.js';
import type { FakeMiddlewareContext } from './forwarding-middleware.js';
import { createGraphFake } from './index.js';
import type { FakeSiteInfo, GraphFake } from './index.js';

describe('FakeGraphHttpHandler (forwarding middleware)', () => {
  let fake: GraphFake;
  let site: FakeSiteInfo;
  let handler: FakeGraphHttpHandler;

  beforeAll(async () => {
    fake = await createGraphFake();
    handler = new FakeGraphHttpHandler(fake);
  }, 60_000);
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    site = fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
  });

  async function run(context: FakeMiddlewareContext): Promise<Response> {
    await handler.execute(context);
    if (!context.response) throw new Error('no response set');
    return context.response;
  }

  it('rewrites graph.microsoft.com to the fake and keeps method, headers and JSON body', async () => {
    const response = await run({
      request: `https://graph.microsoft.com/v1.0/sites/${site.id}/lists`,
      options: {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: 'Bearer t',
          'x-custom': 'kept',
        },
        body: JSON.stringify({ displayName: 'Decisions' }),
      },
    });
    expect(response.status).toBe(201);
    const logged = fake.requests.at(-1);
    expect(logged).toMatchObject({ method: 'POST', url: `/sites/${site.id}/lists` });
    expect(logged?.headers).toMatchObject({ authorization: 'Bearer t', 'x-custom': 'kept' });
    expect(logged?.json).toEqual({ displayName: 'Decisions' });
  });

  it.each([
    // The SDK hands Node Buffers through as they are; DOM typings do not list Buffer as BodyInit.
    ['Buffer', (b: Buffer): BodyInit => b as unknown as BodyInit],
    ['Uint8Array', (b: Buffer): BodyInit => new Uint8Array(b)],
    [
      'ArrayBuffer',
      (b: Buffer): BodyInit => b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer,
    ],
    ['Blob', (b: Buffer): BodyInit => new Blob([new Uint8Array(b)])],
  ])('preserves a %s body byte for byte', async (_kind, wrap) => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 10, 13]);
    const response = await run({
      request: `https://graph.microsoft.com/v1.0/drives/${site.driveId}/root:/bytes.bin:/content`,
      options: {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: wrap(bytes),
      },
    });
    expect(response.status).toBe(201);
    expect(fake.fileContent(site.driveId, 'bytes.bin')?.equals(bytes)).toBe(true);
  });

  it('accepts a Request object as the request', async () => {
    const response = await run({
      request: new Request(`https://graph.microsoft.com/v1.0/sites/${site.id}`),
    });
    expect(response.status).toBe(200);
  });

  it('leaves a redirect to the caller under redirect: manual, and follows it (rewritten) otherwise', async () => {
    fake.addFile(site.driveId, 'a.txt', 'hello');
    const item = fake.state.sites[0]?.drives[0]?.items;
    const id = [...(item?.values() ?? [])].find((i) => i.name === 'a.txt')?.id ?? '';
    const url = `https://graph.microsoft.com/v1.0/drives/${site.driveId}/items/${id}/content`;
    const manual = await run({ request: url, options: { method: 'GET', redirect: 'manual' } });
    expect(manual.status).toBe(302);
    expect(manual.headers.get('location')).toMatch(/^https:\/\/fake-tenant\.sharepoint\.com\//);
    const followed = await run({ request: url, options: { method: 'GET' } });
    expect(followed.status).toBe(200);
    expect(await followed.text()).toBe('hello');
  });

  it('forwards SharePoint upload URLs and refuses any other host', async () => {
    expect(handler.rewrite('https://contoso.sharepoint.com/sites/x/_api/v2.0/u?guid=1')).toBe(
      `${fake.baseUrl}/sites/x/_api/v2.0/u?guid=1`,
    );
    await expect(run({ request: 'https://example.org/v1.0/me' })).rejects.toThrow(/refusing/);
  });
});
