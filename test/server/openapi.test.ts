import { request as httpRequest } from 'node:http';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { oas31 } from 'zod-openapi';
import type { Ports } from '../../core/ports/store.js';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import { createApp } from '../../server/app.js';
import type { LocalIssuer } from '../../server/auth/local-issuer.js';
import type { TokenVerifier } from '../../server/auth/token-verifier.js';
import type { Config } from '../../server/config.js';
import { examplePdf } from '../../server/example-committee.js';
import { calendarFeedRoutes } from '../../server/http/calendar-feed.js';
import { openApiDocument, openApiOptionsFor } from '../../server/http/openapi/document.js';
import { mountedRoutes, routeTableDrift } from '../../server/http/openapi/mounted.js';
import { API_ROUTES, EXCLUDED_ROUTES, TAGS } from '../../server/http/openapi/routes.js';
import { TAB_ROUTES } from '../../server/http/static-tab.js';
import { createLogger } from '../../server/logger.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock, temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';
import { EMBEDDED_OPENAPI, expectMatchesOpenApi } from '../support/openapi.js';

/**
 * Issue 11, item 5: the API is described by an OpenAPI 3.1 document generated from the zod
 * contracts (server/http/openapi/). The document is valid, it describes exactly the routes the
 * server mounts (in both modes), and the real answers of the API match it.
 */

const M365_CONFIG = configFrom({
  COPIL_MODE: 'm365',
  PORT: 0,
  LOG_LEVEL: 'silent',
  GRAPH_SITE_URL: 'https://fake-tenant.sharepoint.com/sites/copil',
  GRAPH_CALENDAR_MAILBOX: 'secretariat@ministere.example.org',
  AAD_APP_CLIENT_ID: '66666666-7777-4888-8999-000000000000',
  AAD_APP_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  AAD_APP_CLIENT_SECRET: 'not-used',
  TAB_DOMAIN: 'copil.example.org',
  BOT_ID: '99999999-8888-4777-8666-555555555555',
  BOT_PASSWORD: 'not-used',
});

/**
 * The app as server/app.ts mounts it in each mode — embedded: local sign-in and calendar
 * feeds; Microsoft 365: neither (server/start.ts) — with ports that mounting never touches.
 */
function appFor(config: Config, embedded: boolean) {
  const ports = {} as Ports;
  return createApp({
    config,
    ports,
    logger: createLogger('silent'),
    verifier: (() => Promise.reject(new Error('not called'))) as unknown as TokenVerifier,
    appPorts: {} as AppPorts,
    afterChange: () => {},
    botHandler: () => Promise.resolve(),
    version: 'test',
    ...(embedded
      ? {
          localIssuer: { jwks: { keys: [] } } as unknown as LocalIssuer,
          calendarFeed: calendarFeedRoutes(ports, () => 'http://localhost'),
        }
      : {}),
  });
}

async function validateOpenApi(document: unknown) {
  const validator = new Validator();
  const result = await validator.validate(document as Record<string, unknown>);
  expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
  expect(result.valid).toBe(true);
  expect(validator.version).toBe('3.1');
}

let server: RunningServer;
let removeDir: () => Promise<void>;
const clock = manualClock('2026-03-02T09:00:00Z');
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const dir = await temporaryDirectory();
  removeDir = dir.remove;
  server = await startServer(
    configFrom({
      COPIL_DATA_DIR: dir.path,
      PORT: 0,
      LOG_LEVEL: 'silent',
      COPIL_TICK_SECONDS: 0,
      // Low, to see the 429 of refused tokens at the end.
      COPIL_RATE_BAD_TOKENS: 3,
    }),
    { clock },
  );
  for (const id of ['p-sec', 'p-chair', 'p-c1t', 'p-a1t']) {
    tokens[id] = await localToken(server.url, id);
  }
});
afterAll(async () => {
  await server.close();
  await removeDir();
});

interface Call {
  as?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** Calls the running server and checks the answer against the document. */
async function api(method: string, path: string, call: Call = {}): Promise<Response> {
  const headers = new Headers(call.headers);
  if (call.as) headers.set('authorization', `Bearer ${tokens[call.as]}`);
  let body = call.body;
  if (call.json !== undefined) {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    body = typeof call.json === 'string' ? call.json : JSON.stringify(call.json);
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, body });
  await expectMatchesOpenApi(res, method);
  return res;
}

const valueOf = async <T>(res: Response) => ((await res.json()) as { value: T }).value;

describe('the OpenAPI document', () => {
  it('is served at /api/openapi.json without sign-in, as the API’s answers are (no-store, CSP)', async () => {
    const res = await api('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const version = ((await (await fetch(`${server.url}/healthz`)).json()) as { version: string })
      .version;
    expect(await res.json()).toEqual(
      openApiDocument(
        openApiOptionsFor(server.config, { localSignIn: true, calendarFeed: true }, version),
      ),
    );
  });

  it('validates as OpenAPI 3.1, in embedded and in Microsoft 365 mode', async () => {
    const embedded = await (await fetch(`${server.url}/api/openapi.json`)).json();
    await validateOpenApi(embedded);
    const m365 = openApiDocument(
      openApiOptionsFor(M365_CONFIG, { localSignIn: false, calendarFeed: false }, 'test'),
    );
    await validateOpenApi(m365);
    // The security scheme says whose tokens are taken.
    expect(Object.keys(m365.components?.securitySchemes ?? {})).toEqual(['entraId']);
    expect(JSON.stringify(m365.components?.securitySchemes)).toContain(
      'api://copil.example.org/66666666-7777-4888-8999-000000000000',
    );
    expect(m365.paths?.['/auth/local/token']).toBeUndefined();
    expect(m365.paths?.['/api/calendar-feed']).toBeUndefined();
    expect(JSON.stringify(embedded)).toContain('"localSignIn"');
  });

  it('gives every operation a unique operationId, one tag, its security, parameters and problems', () => {
    const document = openApiDocument(EMBEDDED_OPENAPI);
    const ids = new Set<string>();
    const tags = new Set(document.tags?.map((t) => t.name));
    expect([...tags]).toEqual(Object.keys(TAGS));
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(
        item as Record<string, oas31.OperationObject>,
      )) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ids.has(operation.operationId!), `${where}: operationId reused`).toBe(false);
        ids.add(operation.operationId!);
        expect(operation.tags, where).toHaveLength(1);
        expect(tags.has(operation.tags![0]!), where).toBe(true);
        expect(operation.summary, where).toBeTruthy();
        const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        expect(
          ((operation.parameters ?? []) as oas31.ParameterObject[])
            .filter((p) => p.in === 'path')
            .map((p) => p.name),
          where,
        ).toEqual(params);
        const statuses = Object.keys(operation.responses ?? {});
        expect(statuses.some((s) => /^2/.test(s)) || path === '/calendar.ics', where).toBe(true);
        expect(statuses, where).toContain('500');
        const signedIn = path.startsWith('/api/') && !/^\/api\/(config|openapi\.json)$/.test(path);
        expect(operation.security, where).toEqual(signedIn ? [{ localSignIn: [] }] : []);
        if (signedIn) expect(statuses, where).toEqual(expect.arrayContaining(['401', '403']));
        if (method !== 'get') {
          const body = operation.requestBody as oas31.RequestBodyObject | undefined;
          expect(body?.required, `${where}: request body`).toBe(true);
          expect(statuses, where).toContain('400');
        }
      }
    }
    expect(ids.size).toBe(API_ROUTES.length);
  });

  it('names the request and answer schemas after the contracts, and problems after RFC 9457', () => {
    const document = openApiDocument(EMBEDDED_OPENAPI);
    const schemas = document.components?.schemas ?? {};
    for (const name of ['MeetingDetail', 'SeatView', 'VoteView', 'Problem', 'MoroccoWallClock']) {
      expect(schemas[name], name).toBeDefined();
    }
    // An answer is rendered once, as an answer; a request once, as a request.
    expect(Object.keys(schemas).filter((n) => n.endsWith('Output'))).toEqual([]);
    const post = document.paths?.['/api/meetings/{id}/proposals']?.post;
    expect(post?.requestBody).toEqual({
      required: true,
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/SubmitProposalRequest' } },
      },
    });
    expect(post?.responses?.['422']).toEqual({ $ref: '#/components/responses/RefusedByRule' });
    expect(JSON.stringify(schemas.SubmitProposalRequest)).toContain(
      '#/components/schemas/MoroccoWallClock',
    );
  });
});

describe('the route table and the mounted routes', () => {
  it('describes every route the server mounts and mounts every route it describes, in both modes', () => {
    const embedded = appFor(server.config, true);
    expect(routeTableDrift(embedded, { localSignIn: true, calendarFeed: true })).toEqual({
      undescribed: [],
      unmounted: [],
    });
    const m365 = appFor(M365_CONFIG, false);
    expect(routeTableDrift(m365, { localSignIn: false, calendarFeed: false })).toEqual({
      undescribed: [],
      unmounted: [],
    });
    // The walk sees the nested routers with their mount paths.
    const mounted = mountedRoutes(embedded).map((r) => `${r.method} ${r.path}`);
    expect(mounted).toEqual(
      expect.arrayContaining([
        'get /api/meetings/:id',
        'post /auth/local/token',
        'get /calendar/personal.ics',
        'post /api/people/:id/calendar-feed/revoke',
      ]),
    );
    expect(mounted.length).toBe(API_ROUTES.length + EXCLUDED_ROUTES.length);
  });

  it('fails for a route mounted without a description, or described without its route', () => {
    const app = appFor(server.config, true);
    app.get('/api/undescribed', (_req, res) => res.end());
    expect(routeTableDrift(app, { localSignIn: true, calendarFeed: true }).undescribed).toEqual([
      'GET /api/undescribed',
    ]);
    // The Microsoft 365 app does not mount what embedded mode describes.
    const m365 = appFor(M365_CONFIG, false);
    expect(routeTableDrift(m365, { localSignIn: true, calendarFeed: true }).unmounted).toEqual(
      expect.arrayContaining(['POST /auth/local/token', 'GET /api/calendar-feed']),
    );
  });

  it('excludes only the bot endpoint and the tab’s pages, each with its reason', () => {
    expect(EXCLUDED_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort()).toEqual(
      ['POST /api/messages', 'HEAD /api/messages', ...TAB_ROUTES.map((p) => `GET ${p}`)].sort(),
    );
    for (const route of EXCLUDED_ROUTES) {
      expect(route.reason.length, `${route.method} ${route.path}`).toBeGreaterThan(30);
      expect(API_ROUTES.some((r) => r.method === route.method && r.path === route.path)).toBe(
        false,
      );
    }
  });
});

describe('the answers of the API match the document', () => {
  it('the check refuses what the document does not describe', async () => {
    const me = await (await api('GET', '/api/me', { as: 'p-c1t' })).json();
    const answer = (body: unknown, status = 200, type = 'application/json') => {
      const res = new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': type },
      });
      return expectMatchesOpenApi(res, 'GET', '/api/me');
    };
    await answer(me);
    await expect(answer({ ...(me as object), extra: true })).rejects.toThrow(/additional/);
    await expect(answer({ ...(me as object), person: undefined })).rejects.toThrow(/person/);
    await expect(answer(me, 200, 'text/html')).rejects.toThrow(/content type/);
    await expect(answer(me, 418)).rejects.toThrow(/does not describe 418/);
    await expect(
      expectMatchesOpenApi(new Response('{}', { status: 200 }), 'GET', '/api/nowhere'),
    ).rejects.toThrow(/no path/);
    await expect(
      expectMatchesOpenApi(new Response('{}', { status: 200 }), 'DELETE', '/api/me'),
    ).rejects.toThrow(/no DELETE operation/);
  });

  it('system, sign-in and public routes', async () => {
    expect((await api('GET', '/healthz')).status).toBe(200);
    expect((await api('GET', '/api/config')).status).toBe(200);
    expect((await api('GET', '/auth/local/people')).status).toBe(200);
    expect((await api('GET', '/auth/local/keys')).status).toBe(200);
    expect((await api('POST', '/auth/local/token', { json: { personId: 'p-sec' } })).status).toBe(
      200,
    );
    expect((await api('POST', '/auth/local/token', { json: {} })).status).toBe(400);
    expect((await api('POST', '/auth/local/token', { json: { personId: 'nobody' } })).status).toBe(
      404,
    );
    expect((await api('GET', '/public/meetings')).status).toBe(200);
    expect((await api('GET', '/public/documents/unknown')).status).toBe(404);
  });

  it('me, people and the directory', async () => {
    expect((await api('GET', '/api/me', { as: 'p-sec' })).status).toBe(200);
    expect((await api('GET', '/api/me', { as: 'p-c1t' })).status).toBe(200);
    expect((await api('GET', '/api/people', { as: 'p-sec' })).status).toBe(200);
    expect((await api('GET', '/api/people', { as: 'p-c1t' })).status).toBe(403);
    expect((await api('GET', '/api/organisations', { as: 'p-sec' })).status).toBe(200);
    const email = encodeURIComponent('amina.imaginaire@example.org');
    expect((await api('GET', `/api/directory?email=${email}`, { as: 'p-sec' })).status).toBe(200);
    expect((await api('GET', `/api/directory?email=${email}`, { as: 'p-c1t' })).status).toBe(403);
    expect((await api('GET', '/api/directory?email=not-an-address', { as: 'p-sec' })).status).toBe(
      400,
    );
  });

  let letterId = '';

  it('documents: upload, download, refusals', async () => {
    const uploaded = await api(
      'POST',
      '/api/documents?name=lettre.pdf&purpose=designation-letter',
      {
        as: 'p-sec',
        headers: { 'content-type': 'application/pdf' },
        body: Buffer.from(examplePdf('Lettre de designation (test OpenAPI)')),
      },
    );
    expect(uploaded.status).toBe(201);
    letterId = ((await uploaded.json()) as { id: string }).id;
    const mismatch = await api('POST', '/api/documents?name=image.png&purpose=visual', {
      as: 'p-sec',
      headers: { 'content-type': 'image/png' },
      body: Buffer.from(examplePdf('not a png')),
    });
    expect(mismatch.status).toBe(400);
    const download = await api('GET', `/api/documents/${letterId}`, { as: 'p-sec' });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect((await api('GET', '/api/documents/unknown', { as: 'p-sec' })).status).toBe(404);
  });

  it('composition and seats: view, add, change, stale version', async () => {
    const composition = await api('GET', '/api/composition', { as: 'p-sec' });
    expect(composition.status).toBe(200);
    const seats = (
      (await composition.json()) as {
        administration: { id: string; version: string }[];
      }
    ).administration;
    const a4 = seats.find((s) => s.id === 'seat-a4')!;
    const letter = await api('POST', '/api/seats/seat-a4/designation-letter', {
      as: 'p-sec',
      json: { documentId: letterId, version: a4.version },
    });
    expect(letter.status).toBe(200);
    const stale = await api('POST', '/api/seats/seat-a4/designation-letter', {
      as: 'p-sec',
      json: { documentId: letterId, version: a4.version },
    });
    expect(stale.status).toBe(409);
    const added = await api('POST', '/api/seats', {
      as: 'p-sec',
      json: {
        college: 'civil_society',
        organisation: { name: 'Association fictive OpenAPI' },
        titular: { displayName: 'Titulaire Doc', email: 'titulaire.doc@example.org', guest: true },
        alternate: {
          displayName: 'Suppleant Doc',
          email: 'suppleant.doc@example.org',
          guest: true,
        },
        mandateStart: '2025-01-01',
        mandateEnd: '2026-12-31',
      },
    });
    expect(added.status).toBe(201);
    const seat = await valueOf<{ id: string; version: string }>(added);
    const withdrawn = await api('POST', `/api/seats/${seat.id}/withdraw`, {
      as: 'p-sec',
      json: { version: seat.version },
    });
    expect(withdrawn.status).toBe(200);
    expect((await api('POST', '/api/seats', { as: 'p-sec', json: { college: 'x' } })).status).toBe(
      400,
    );
    expect(
      (await api('POST', '/api/seats/seat-a1/cessation', { as: 'p-c1t', json: { version: '1' } }))
        .status,
    ).toBe(400);
  });

  let meetingId = '';

  it('meetings: schedule, read, edit, notice, proposals, dashboard, holidays', async () => {
    const scheduled = await api('POST', '/api/meetings', {
      as: 'p-sec',
      json: { title: 'Réunion OpenAPI', start: '2026-03-19T09:00', end: '2026-03-19T11:00' },
    });
    expect(scheduled.status).toBe(201);
    let meeting = await valueOf<{ id: string; version: string }>(scheduled);
    meetingId = meeting.id;
    expect((await api('GET', '/api/meetings', { as: 'p-c1t' })).status).toBe(200);
    expect((await api('GET', `/api/meetings/${meeting.id}`, { as: 'p-sec' })).status).toBe(200);
    const patched = await api('PATCH', `/api/meetings/${meeting.id}`, {
      as: 'p-sec',
      json: { location: 'Rabat', version: meeting.version },
    });
    expect(patched.status).toBe(200);
    const stalePatch = await api('POST', `/api/meetings/${meeting.id}`, {
      as: 'p-sec',
      json: { location: 'Fès', version: meeting.version },
    });
    expect(stalePatch.status).toBe(409);
    meeting = await valueOf(patched);
    const notice = await api('POST', `/api/meetings/${meeting.id}/notice`, {
      as: 'p-sec',
      json: { version: meeting.version },
    });
    expect(notice.status).toBe(200);
    const proposal = await api('POST', `/api/meetings/${meeting.id}/proposals`, {
      as: 'p-c1t',
      json: { kind: 'agenda_item', text: 'Point sur le portail national' },
    });
    expect(proposal.status).toBe(201);
    const proposed = await valueOf<{ id: string; version: string }>(proposal);
    const answered = await api('POST', `/api/proposals/${proposed.id}/answer`, {
      as: 'p-sec',
      json: { decision: 'accepted', reason: 'Retenu.', version: proposed.version },
    });
    expect(answered.status).toBe(200);
    const detail = await api('GET', `/api/meetings/${meeting.id}`, { as: 'p-sec' });
    meeting = (await detail.json()) as typeof meeting;
    const early = await api('POST', `/api/meetings/${meeting.id}/publish`, {
      as: 'p-sec',
      json: { version: meeting.version },
    });
    expect(early.status).toBe(422);
    const retried = await api('POST', `/api/meetings/${meeting.id}/notice/retry`, {
      as: 'p-sec',
      json: {},
    });
    expect(retried.status).toBe(200);
    expect((await api('GET', '/api/meetings/unknown', { as: 'p-sec' })).status).toBe(404);
    expect((await api('GET', '/api/dashboard', { as: 'p-sec' })).status).toBe(200);
    expect((await api('GET', '/api/dashboard', { as: 'p-c1t' })).status).toBe(200);
    expect((await api('GET', '/api/holidays?year=2026', { as: 'p-c1t' })).status).toBe(200);
    expect((await api('GET', '/api/holidays?year=1999', { as: 'p-c1t' })).status).toBe(400);
  });

  it('decisions and votes: consensus first (422 R5.7), then a vote, a ballot, the close', async () => {
    expect((await api('GET', '/api/policy', { as: 'p-c1t' })).status).toBe(200);
    const created = await api('POST', '/api/decisions', {
      as: 'p-sec',
      json: { text: 'Adopter le calendrier des réunions.' },
    });
    expect(created.status).toBe(201);
    let decision = await valueOf<{ id: string; version: string }>(created);
    const early = await api('POST', `/api/decisions/${decision.id}/vote`, {
      as: 'p-chair',
      json: { version: decision.version, motion: 'Adopter', closesAt: '2026-03-02T12:00' },
    });
    expect(early.status).toBe(422);
    const exhausted = await api('POST', `/api/decisions/${decision.id}/consensus-exhausted`, {
      as: 'p-chair',
      json: { version: decision.version },
    });
    expect(exhausted.status).toBe(200);
    decision = await valueOf(exhausted);
    const opened = await api('POST', `/api/decisions/${decision.id}/vote`, {
      as: 'p-chair',
      json: { version: decision.version, motion: 'Adopter', closesAt: '2026-03-02T12:00' },
    });
    expect(opened.status).toBe(200);
    const voteId = (await valueOf<{ vote: { id: string } }>(opened)).vote.id;
    expect(
      (await api('POST', `/api/votes/${voteId}/ballot`, { as: 'p-c1t', json: { choice: 'yes' } }))
        .status,
    ).toBe(200);
    expect(
      (await api('POST', `/api/votes/${voteId}/ballot`, { as: 'p-sec', json: { choice: 'yes' } }))
        .status,
    ).toBe(422);
    expect((await api('GET', `/api/votes/${voteId}`, { as: 'p-c1t' })).status).toBe(200);
    const vote = await api('GET', `/api/votes/${voteId}`, { as: 'p-chair' });
    const { version } = (await vote.json()) as { version: string };
    expect(
      (await api('POST', `/api/votes/${voteId}/close`, { as: 'p-c1t', json: { version } })).status,
    ).toBe(403);
    expect(
      (await api('POST', `/api/votes/${voteId}/close`, { as: 'p-chair', json: { version } }))
        .status,
    ).toBe(200);
    expect((await api('GET', `/api/decisions/${decision.id}`, { as: 'p-c1t' })).status).toBe(200);
    expect((await api('GET', '/api/decisions', { as: 'p-c1t' })).status).toBe(200);
    expect((await api('GET', '/api/decisions?meetingId=none', { as: 'p-c1t' })).status).toBe(200);
    expect(
      (await api('POST', `/api/decisions/${decision.id}/withdraw`, { as: 'p-chair', json: {} }))
        .status,
    ).toBe(400);
  });

  it('communications: submit, object, refuse to publish while objected (422 R10.1)', async () => {
    const submitted = await api('POST', '/api/communications', {
      as: 'p-c1t',
      json: { text: 'Annonce de la réunion.', channel: 'portal', plannedDay: '2026-03-20' },
    });
    expect(submitted.status).toBe(201);
    let communication = await valueOf<{ id: string; version: string }>(submitted);
    const objected = await api('POST', `/api/communications/${communication.id}/objections`, {
      as: 'p-a1t',
      json: { reason: 'Le texte doit citer le plan d’action.' },
    });
    expect(objected.status).toBe(200);
    communication = await valueOf(objected);
    const publish = await api('POST', `/api/communications/${communication.id}/publish`, {
      as: 'p-sec',
      json: { version: communication.version },
    });
    expect(publish.status).toBe(422);
    expect((await api('GET', '/api/communications', { as: 'p-c1t' })).status).toBe(200);
    const one = await api('GET', `/api/communications/${communication.id}`, { as: 'p-chair' });
    expect(one.status).toBe(200);
    communication = (await one.json()) as typeof communication;
    const vote = await api('POST', `/api/communications/${communication.id}/vote`, {
      as: 'p-chair',
      json: { version: communication.version, closesAt: '2026-03-04T12:00' },
    });
    expect(vote.status).toBe(200);
  });

  it('revisions: draft, support, filing outside the window (422 R13.1)', async () => {
    const created = await api('POST', '/api/revisions', {
      as: 'p-c1t',
      json: { text: 'Réviser le délai de convocation.' },
    });
    expect(created.status).toBe(201);
    const revision = await valueOf<{ id: string }>(created);
    const supported = await api('POST', `/api/revisions/${revision.id}/support`, {
      as: 'p-a1t',
      json: {},
    });
    expect(supported.status).toBe(200);
    const { version } = await valueOf<{ version: string }>(supported);
    const filed = await api('POST', `/api/revisions/${revision.id}/file`, {
      as: 'p-c1t',
      json: { version },
    });
    expect(filed.status).toBe(422);
    expect((await api('GET', '/api/revisions', { as: 'p-c1t' })).status).toBe(200);
    expect((await api('GET', `/api/revisions/${revision.id}`, { as: 'p-c1t' })).status).toBe(200);
  });

  it('calendar feed: link, feed, revocation', async () => {
    expect((await api('GET', '/api/calendar-feed', { as: 'p-c1t' })).status).toBe(200);
    const issued = await api('POST', '/api/calendar-feed', { as: 'p-c1t', json: {} });
    expect(issued.status).toBe(201);
    const { url } = (await issued.json()) as { url: string };
    const feedPath = new URL(url).pathname + new URL(url).search;
    const feed = await api('GET', feedPath);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect((await api('GET', '/api/calendar-feed', { as: 'p-c1t' })).status).toBe(200);
    expect((await api('POST', '/api/calendar-feed/revoke', { as: 'p-c1t', json: {} })).status).toBe(
      200,
    );
    expect((await api('GET', feedPath)).status).toBe(404);
    expect((await api('GET', '/calendar.ics')).status).toBe(410);
    expect(
      (await api('POST', '/api/people/p-c1t/calendar-feed/revoke', { as: 'p-sec', json: {} }))
        .status,
    ).toBe(200);
    expect(
      (await api('POST', '/api/people/p-sec/calendar-feed/revoke', { as: 'p-c1t', json: {} }))
        .status,
    ).toBe(403);
  });

  it('after the meeting: attendance, absences, minutes, amendments, publication, public export', async () => {
    type Detail = {
      version: string;
      deadlines: { amendmentsUntil?: string; publishableFrom?: string };
      minutes?: { id: string };
    };
    const read = async () =>
      (await (await api('GET', `/api/meetings/${meetingId}`, { as: 'p-sec' })).json()) as Detail;
    clock.set('2026-03-19T12:00:00Z');
    const attendance = await api('POST', `/api/meetings/${meetingId}/attendance`, {
      as: 'p-sec',
      json: {
        entries: [
          { personId: 'p-c1t', status: 'present' },
          { personId: 'p-a1t', status: 'absent' },
        ],
      },
    });
    expect(attendance.status).toBe(200);
    const justified = await api('POST', `/api/meetings/${meetingId}/absences`, {
      as: 'p-sec',
      json: { personId: 'p-a1t', justified: true, justification: 'Mission à l’étranger.' },
    });
    expect(justified.status).toBe(200);
    const minutes = await api('POST', `/api/meetings/${meetingId}/minutes`, {
      as: 'p-sec',
      json: { version: (await read()).version, text: '# Procès-verbal\n\nRien à signaler.' },
    });
    expect(minutes.status).toBe(200);
    const amendment = await api('POST', `/api/meetings/${meetingId}/amendments`, {
      as: 'p-c1t',
      json: { text: 'Ajouter la liste des documents.' },
    });
    expect(amendment.status).toBe(201);
    const amended = await valueOf<{ id: string; version: string }>(amendment);
    const answered = await api('POST', `/api/amendments/${amended.id}/answer`, {
      as: 'p-sec',
      json: { decision: 'integrated', text: 'Intégré.', version: amended.version },
    });
    expect(answered.status).toBe(200);
    const shared = await read();
    expect(shared.deadlines.publishableFrom).toBeDefined();
    clock.set(`${shared.deadlines.publishableFrom!}T12:00:00Z`);
    const published = await api('POST', `/api/meetings/${meetingId}/publish`, {
      as: 'p-sec',
      json: { version: shared.version },
    });
    expect(published.status).toBe(200);
    const exported = await api('GET', '/public/meetings');
    const [first] = (await exported.json()) as { minutes?: { url: string } }[];
    expect(first?.minutes).toBeDefined();
    const document = await api('GET', new URL(first!.minutes!.url, server.url).pathname);
    expect(document.status).toBe(200);
    expect((await api('GET', `/api/meetings/${meetingId}`, { as: 'p-c1t' })).status).toBe(200);
  });

  it('the guards’ problems: content type (415), origin (403), malformed JSON (400), Host (421)', async () => {
    const json = JSON.stringify({ text: 'x' });
    const plain = await api('POST', '/api/decisions', {
      as: 'p-sec',
      headers: { 'content-type': 'text/plain' },
      body: json,
    });
    expect(plain.status).toBe(415);
    const foreign = await api('POST', '/api/decisions', {
      as: 'p-sec',
      headers: { origin: 'https://attacker.example' },
      json: { text: 'x' },
    });
    expect(foreign.status).toBe(403);
    expect((await api('POST', '/api/decisions', { as: 'p-sec', json: '{"text":' })).status).toBe(
      400,
    );
    // fetch cannot set Host: a raw request can.
    const misdirected = await new Promise<Response>((resolve, reject) => {
      const req = httpRequest(
        `${server.url}/api/me`,
        { headers: { host: 'rebinding.attacker.example' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve(
              new Response(Buffer.concat(chunks), {
                status: res.statusCode ?? 0,
                headers: res.headers as Record<string, string>,
              }),
            ),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(misdirected.status).toBe(421);
    await expectMatchesOpenApi(misdirected, 'GET', '/api/me');
  });

  it('sign-in problems: 401 without a good token, then 429 for too many refused tokens', async () => {
    const statuses: number[] = [];
    for (const authorization of ['', 'Bearer not-a-token', 'Bearer still-not', 'Bearer again']) {
      const res = await api('GET', '/api/me', { headers: authorization ? { authorization } : {} });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
