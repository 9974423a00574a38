import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePdf } from '../../server/example-committee.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock, temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';

/** Text hygiene at the API (issue 10 item 4): what a probe sends, what it gets back. */

let server: RunningServer;
let removeDir: () => Promise<void>;
let token = '';

interface Problem {
  reason: string;
  issues: { path: string; message: string }[];
  message: { fr: string; ar: string; en: string };
}

beforeAll(async () => {
  const dir = await temporaryDirectory();
  removeDir = dir.remove;
  server = await startServer(
    configFrom({ COPIL_DATA_DIR: dir.path, PORT: 0, LOG_LEVEL: 'silent', COPIL_TICK_SECONDS: 0 }),
    { clock: manualClock('2026-03-01T09:00:00Z') },
  );
  token = await localToken(server.url, 'p-sec');
});
afterAll(async () => {
  await server.close();
  await removeDir();
});

const schedule = (title: string) =>
  fetch(`${server.url}/api/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title, start: '2026-03-19T09:00', end: '2026-03-19T11:00' }),
  });

describe('text hygiene at the API', () => {
  it.each([
    ['a right-to-left override', 'Budget\u202Etxt.exe', 'U+202E'],
    ['only zero-width characters', '\u200B\u200C\u200D', 'visible'],
    ['NUL', 'Réunion\u0000', 'U+0000'],
    ['a lone surrogate', 'Réunion \uD800', 'surrogate'],
  ])('refuses a title with %s (400), naming the field in fr, ar and en', async (_, title, why) => {
    const res = await schedule(title);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.issues.map((i) => i.path)).toEqual(['title']);
    expect(problem.issues[0]?.message).toContain(why);
    expect(problem.message.fr).toMatch(/^Données invalides — title : /);
    expect(problem.message.ar).toMatch(/^بيانات غير صالحة — title: /);
  });

  it('accepts Arabic with harakat and French inside it with RLM, stored in NFC', async () => {
    const title = 'اجتماعُ اللجنة \u200F(Rabat)\u200F — Re\u0301union';
    const res = await schedule(title);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { value: { title: string } };
    expect(created.value.title).toBe(title.normalize('NFC'));
  });

  it('refuses a file name that hides its real extension (400)', async () => {
    const name = encodeURIComponent('invoice\u202Efdp.pdf');
    const res = await fetch(`${server.url}/api/documents?purpose=designation-letter&name=${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
      body: Buffer.from(examplePdf('x')),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.issues.map((i) => i.path)).toEqual(['name']);
  });
});
