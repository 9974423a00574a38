import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphFake } from './index.js';
import type { FakeSiteInfo, GraphFake } from './index.js';
import { quickXorHash } from './quick-xor-hash.js';
import { allPages, call } from './test-support.js';
import { CHUNK_MULTIPLE } from './upload-session.js';

describe('Graph fake: drive', () => {
  let fake: GraphFake;
  let site: FakeSiteInfo;
  let drive: string;

  beforeAll(async () => {
    fake = await createGraphFake({ pageSize: 2 });
  }, 60_000);
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    site = fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
    drive = `/drives/${site.driveId}`;
  });
  afterEach(() => fake.assertNoContractViolations());

  it('serves the site drive and its root', async () => {
    const siteDrive = await call(fake, 'GET', `/sites/${site.id}/drive`);
    expect(siteDrive.json).toMatchObject({ id: site.driveId, driveType: 'documentLibrary' });
    const root = await call(fake, 'GET', `${drive}/root`);
    expect(root.json).toMatchObject({ name: 'root', root: {}, folder: { childCount: 0 } });
  });

  it('uploads by path with sha256 and quickXor hashes, and downloads through a 302', async () => {
    const bytes = Buffer.from('procès-verbal de la séance');
    const put = await call(fake, 'PUT', `${drive}/root:/Minutes/2026/pv.txt:/content`, {
      body: bytes,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(put.status).toBe(201);
    expect(put.json.size).toBe(bytes.length);
    expect(put.json.file.hashes).toEqual({
      quickXorHash: quickXorHash(bytes),
      sha256Hash: createHash('sha256').update(bytes).digest('hex').toUpperCase(),
    });
    const redirect = await call(fake, 'GET', `${drive}/items/${put.json.id}/content`);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') ?? '';
    expect(location).toMatch(
      /^https:\/\/fake-tenant\.sharepoint\.com\/sites\/copil\/_layouts\/15\/download\.aspx/,
    );
    const download = await call(fake, 'GET', location);
    expect(download.raw.equals(bytes)).toBe(true);
  });

  it('computes quickXorHash as the published vector for "hello world"', () => {
    const expected = [
      104, 40, 3, 27, 216, 240, 6, 16, 220, 225, 13, 114, 107, 3, 25, 0, 0, 0, 0, 0,
    ];
    expect(quickXorHash(Buffer.from('hello world'))).toBe(Buffer.from(expected).toString('base64'));
  });

  it('honours conflictBehavior on simple upload: replace by default, fail → 409, rename', async () => {
    const path = `${drive}/root:/agenda.txt:/content`;
    const headers = { 'Content-Type': 'text/plain' };
    expect((await call(fake, 'PUT', path, { body: Buffer.from('v1'), headers })).status).toBe(201);
    expect((await call(fake, 'PUT', path, { body: Buffer.from('v2'), headers })).status).toBe(200);
    const failed = await call(fake, 'PUT', `${path}?@microsoft.graph.conflictBehavior=fail`, {
      body: Buffer.from('v3'),
      headers,
    });
    expect(failed.status).toBe(409);
    expect(failed.json.error.code).toBe('nameAlreadyExists');
    const renamed = await call(fake, 'PUT', `${path}?@microsoft.graph.conflictBehavior=rename`, {
      body: Buffer.from('v4'),
      headers,
    });
    expect(renamed.json.name).toBe('agenda 1.txt');
    expect(fake.fileContent(site.driveId, 'agenda.txt')?.toString()).toBe('v2');
  });

  it('pages children with an absolute nextLink', async () => {
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'])
      fake.addFile(site.driveId, `Docs/${name}`, name);
    const pages = await allPages(fake, `${drive}/root:/Docs:/children`);
    expect(pages).toHaveLength(3);
    expect(pages.flatMap((p) => p.json.value.map((i: { name: string }) => i.name))).toEqual([
      'a.txt',
      'b.txt',
      'c.txt',
      'd.txt',
      'e.txt',
    ]);
  });

  describe('upload sessions', () => {
    const total = CHUNK_MULTIPLE * 2 + 1000;
    const content = Buffer.alloc(total, 7);
    const chunk = (url: string, start: number, end: number, headers: Record<string, string> = {}) =>
      call(fake, 'PUT', url, {
        body: content.subarray(start, end + 1),
        headers: { 'Content-Range': `bytes ${start}-${end}/${total}`, ...headers },
      });

    async function session(): Promise<string> {
      const created = await call(
        fake,
        'POST',
        `${drive}/items/root:/Minutes/big.bin:/createUploadSession`,
        {
          body: { item: { '@microsoft.graph.conflictBehavior': 'fail', name: 'big.bin' } },
        },
      );
      expect(created.status).toBe(200);
      expect(created.json.uploadUrl).toMatch(
        /^https:\/\/fake-tenant\.sharepoint\.com\/.*uploadSession/,
      );
      expect(Date.parse(created.json.expirationDateTime)).toBeGreaterThan(Date.now());
      return created.json.uploadUrl as string;
    }

    it('accepts chunks in order, 202 until the last, which completes the file with 201', async () => {
      const url = await session();
      const first = await chunk(url, 0, CHUNK_MULTIPLE - 1);
      expect(first.status).toBe(202);
      expect(first.json.nextExpectedRanges).toEqual([`${CHUNK_MULTIPLE}-`]);
      expect((await chunk(url, CHUNK_MULTIPLE, 2 * CHUNK_MULTIPLE - 1)).status).toBe(202);
      const last = await chunk(url, 2 * CHUNK_MULTIPLE, total - 1);
      expect(last.status).toBe(201);
      expect(last.json).toMatchObject({ name: 'big.bin', size: total });
      expect(fake.fileContent(site.driveId, 'Minutes/big.bin')?.equals(content)).toBe(true);
    });

    it('rejects a non-final chunk that is not a multiple of 320 KiB', async () => {
      const url = await session();
      const response = await chunk(url, 0, CHUNK_MULTIPLE);
      expect(response.status).toBe(400);
      expect(response.json.error.message).toContain('320 KiB');
    });

    it('answers 416 to a range already received or out of order', async () => {
      const url = await session();
      await chunk(url, 0, CHUNK_MULTIPLE - 1);
      expect((await chunk(url, 0, CHUNK_MULTIPLE - 1)).status).toBe(416);
      expect((await chunk(url, 2 * CHUNK_MULTIPLE, total - 1)).status).toBe(416);
    });

    it('answers 401 to a chunk that carries an Authorization header', async () => {
      const url = await session();
      const response = await chunk(url, 0, CHUNK_MULTIPLE - 1, { Authorization: 'Bearer token' });
      expect(response.status).toBe(401);
    });

    it('cancels with DELETE uploadUrl (204), after which the URL is gone', async () => {
      const url = await session();
      expect((await call(fake, 'DELETE', url)).status).toBe(204);
      expect((await chunk(url, 0, CHUNK_MULTIPLE - 1)).status).toBe(404);
    });

    it('fails at commit with 409 when the name exists and the behaviour is fail', async () => {
      const url = await session();
      fake.addFile(site.driveId, 'Minutes/big.bin', 'already here');
      await chunk(url, 0, CHUNK_MULTIPLE - 1);
      await chunk(url, CHUNK_MULTIPLE, 2 * CHUNK_MULTIPLE - 1);
      const last = await chunk(url, 2 * CHUNK_MULTIPLE, total - 1);
      expect(last.status).toBe(409);
      expect(last.json.error.code).toBe('nameAlreadyExists');
    });
  });
});
