import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

/**
 * The Microsoft cloud around the Graph fake, over https on loopback, for a server started as a
 * real deployment is (its entry point, its environment, nothing injected):
 *
 * - **Entra ID** (an authority host): the signing keys `GET /common/discovery/v2.0/keys` and the
 *   OpenID metadata `GET /{tenant}/v2.0/.well-known/openid-configuration`; it signs Teams SSO
 *   access tokens shaped like Entra's v2 tokens (learn.microsoft.com/entra/identity-platform/access-tokens).
 * - **App Service managed identity**: `GET /msi/token?api-version=2019-08-01&resource=…` with
 *   the `X-IDENTITY-HEADER` secret, answering as the App Service token endpoint does
 *   (learn.microsoft.com/azure/app-service/overview-managed-identity, "REST endpoint reference").
 * - **Bot Framework channel**: its OpenID metadata and keys, endorsed for `msteams` as
 *   login.botframework.com's are; it signs channel tokens (issuer, audience = bot id, serviceUrl
 *   claim); and a connector (`POST /connector/v3/conversations/{id}/activities[/{replyToId}]`)
 *   that records what the bot sends.
 * - **Microsoft Graph**: `/v1.0/*` forwarded to the loopback Graph fake (plain http), with the
 *   links it mints (`https://graph.microsoft.com/v1.0/…`) renamed to this host, as a sovereign
 *   cloud's Graph names itself in its links.
 *
 * The certificate is a throwaway self-signed one made with `openssl`; a child process trusts it
 * through `NODE_EXTRA_CA_CERTS=cloud.caFile`.
 */

export interface CloudFakeOptions {
  /** The loopback Graph fake to serve under /v1.0 (its `baseUrl`). */
  graphBaseUrl: string;
}

export interface IssuedToken {
  resource: string;
  clientId: string | undefined;
  accessToken: string;
}

export interface ConnectorCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface CloudFake {
  /** `https://localhost:PORT`. */
  readonly origin: string;
  /** The self-signed certificate, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  /** The App Service managed identity endpoint and its secret header value. */
  readonly identityEndpoint: string;
  readonly identityHeader: string;
  /** The Bot Framework endpoints (BOT_OPENID_METADATA_URL, BOT_TOKEN_ISSUER) and connector. */
  readonly botOpenIdMetadataUrl: string;
  readonly botTokenIssuer: string;
  readonly connectorUrl: string;
  /** Managed identity tokens handed out, in order. */
  readonly issued: readonly IssuedToken[];
  /** What the bot sent to the channel. */
  readonly connectorCalls: readonly ConnectorCall[];
  /** Requests for Graph that carried no `Authorization: Bearer <an issued token>`. */
  readonly unauthenticatedGraphRequests: readonly string[];
  /** A Teams SSO access token (Entra v2 shape) signed by the authority's key. */
  entraAccessToken(claims: {
    tid: string;
    oid: string;
    aud: string;
    scp?: string;
    name?: string;
  }): Promise<string>;
  /** A Bot Framework channel token for an activity sent to `appId` from `serviceUrl`. */
  channelToken(appId: string, serviceUrl: string): Promise<string>;
  close(): Promise<void>;
}

const ENTRA_KID = 'fake-entra-key';
const CHANNEL_KID = 'fake-botframework-key';

async function signingKey(kid: string, extra: Record<string, unknown> = {}) {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256', ...extra };
  return { privateKey, jwk };
}

function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer; certFile: string } {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function createCloudFake(options: CloudFakeOptions): Promise<CloudFake> {
  const dir = mkdtempSync(join(tmpdir(), 'copil-cloud-'));
  const tls = selfSignedCertificate(dir);
  const entra = await signingKey(ENTRA_KID);
  // login.botframework.com's keys carry the channels they are endorsed for.
  const channel = await signingKey(CHANNEL_KID, { endorsements: ['msteams'] });
  const identityHeader = randomUUID();
  const issued: IssuedToken[] = [];
  const connectorCalls: ConnectorCall[] = [];
  const unauthenticatedGraphRequests: string[] = [];
  const graphBase = options.graphBaseUrl.replace(/\/$/, '');
  let origin = '';

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    const body = await readBody(req);

    if (path === '/v1.0' || path.startsWith('/v1.0/')) {
      const authorization = req.headers.authorization ?? '';
      if (!issued.some((t) => authorization === `Bearer ${t.accessToken}`)) {
        unauthenticatedGraphRequests.push(`${req.method} ${path}`);
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || ['host', 'connection', 'content-length'].includes(name))
          continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const method = req.method ?? 'GET';
      const answer = await fetch(`${graphBase}${url.pathname}${url.search}`, {
        method,
        headers,
        redirect: 'manual',
        ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(body) }),
      });
      const rename = (text: string) =>
        text.replaceAll('https://graph.microsoft.com/v1.0', `${origin}/v1.0`);
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'transfer-encoding', 'connection'].includes(name)) {
          out[name] = name === 'location' ? rename(value) : value;
        }
      });
      const bytes = Buffer.from(await answer.arrayBuffer());
      const isJson = /json/i.test(answer.headers.get('content-type') ?? '');
      res.writeHead(answer.status, out);
      res.end(isJson ? rename(bytes.toString('utf8')) : bytes);
      return;
    }

    if (req.method === 'GET' && path === '/common/discovery/v2.0/keys') {
      return json(res, 200, { keys: [entra.jwk] });
    }
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
    if (req.method === 'GET' && metadata) {
      const tenant = metadata[1] ?? '';
      return json(res, 200, {
        issuer: `${origin}/${tenant}/v2.0`,
        authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
        jwks_uri: `${origin}/common/discovery/v2.0/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }

    if (req.method === 'GET' && path === '/msi/token') {
      if (req.headers['x-identity-header'] !== identityHeader) {
        return json(res, 400, { statusCode: 400, message: 'Missing or invalid X-IDENTITY-HEADER' });
      }
      const resource = url.searchParams.get('resource');
      if (url.searchParams.get('api-version') !== '2019-08-01' || !resource) {
        return json(res, 400, { statusCode: 400, message: 'resource and api-version required' });
      }
      const clientId = url.searchParams.get('client_id') ?? undefined;
      const accessToken = `mi-${randomUUID()}`;
      issued.push({ resource, clientId, accessToken });
      return json(res, 200, {
        access_token: accessToken,
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource,
        token_type: 'Bearer',
        client_id: clientId ?? '00000000-0000-4000-8000-00000000a001',
      });
    }

    if (req.method === 'GET' && path === '/botframework/v1/.well-known/openidconfiguration') {
      return json(res, 200, {
        issuer: 'https://api.botframework.com',
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${origin}/botframework/v1/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (req.method === 'GET' && path === '/botframework/v1/keys') {
      return json(res, 200, { keys: [channel.jwk] });
    }

    if (req.method === 'POST' && /^\/connector\/v3\/conversations\/[^/]+\/activities/.test(path)) {
      connectorCalls.push({
        method: req.method,
        path: path.slice('/connector'.length),
        authorization: req.headers.authorization,
        body: JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>,
      });
      return json(res, 200, { id: `activity-${connectorCalls.length}` });
    }

    json(res, 404, {
      error: { code: 'NotFound', message: `cloud fake: no ${req.method} ${path}` },
    });
  };

  const sockets = new Set<Socket>();
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: { code: 'fake', message: String(error) } });
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  origin = `https://localhost:${port}`;
  const now = () => Math.floor(Date.now() / 1000);

  return {
    origin,
    caFile: tls.certFile,
    identityEndpoint: `${origin}/msi/token`,
    identityHeader,
    botOpenIdMetadataUrl: `${origin}/botframework/v1/.well-known/openidconfiguration`,
    botTokenIssuer: 'https://api.botframework.com',
    connectorUrl: `${origin}/connector/`,
    issued,
    connectorCalls,
    unauthenticatedGraphRequests,
    entraAccessToken: ({ tid, oid, aud, scp = 'access_as_user', name = 'Test' }) =>
      // The v2 access token's claims (learn.microsoft.com/entra/identity-platform/access-token-claims-reference).
      new SignJWT({ ver: '2.0', tid, oid, scp, name, azp: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346' })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: ENTRA_KID })
        .setIssuer(`${origin}/${tid}/v2.0`)
        .setAudience(aud)
        .setSubject(oid)
        .setIssuedAt(now())
        .setNotBefore(now())
        .setExpirationTime(now() + 3600)
        .sign(entra.privateKey),
    channelToken: (appId, serviceUrl) =>
      // What the Bot Connector sends the bot (docs: bot-framework-rest-connector-authentication,
      // "Connector to Bot"): issuer api.botframework.com, audience the bot's app id, serviceUrl.
      new SignJWT({ serviceurl: serviceUrl })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: CHANNEL_KID })
        .setIssuer('https://api.botframework.com')
        .setAudience(appId)
        .setIssuedAt(now())
        .setNotBefore(now())
        .setExpirationTime(now() + 3600)
        .sign(channel.privateKey),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
