import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';
import { sendProblem } from './problem.js';

/**
 * The checks every request passes before any route (issue 10, item 2): a browser on this
 * machine must not be able to act on the app from another site, neither by posting a "simple"
 * cross-site request (no preflight: text/plain, form encodings) nor by DNS rebinding (a foreign
 * name resolving to 127.0.0.1, so the page's origin is the attacker's yet its requests reach us).
 */

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The Teams and Microsoft 365 hosts the tab runs in (PLATFORM_NOTES §10, the same list as
 * `frame-ancestors`): a request from them is accepted beside the app's own origin.
 */
export const MICROSOFT_365_HOSTS = [
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  'teams.cloud.microsoft',
  '*.cloud.microsoft',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
];

const hostMatches = (host: string, pattern: string) =>
  pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;

/** True for an https origin of one of the Microsoft 365 hosts. */
export function isMicrosoft365Origin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.port === '' &&
    MICROSOFT_365_HOSTS.some((pattern) => hostMatches(url.hostname, pattern))
  );
}

/** The `Host` header split into a lower-case name (IPv6 in brackets) and a port, if valid. */
function parseHost(header: string): { name: string; port?: number } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(header.trim());
  if (!match?.[1]) return undefined;
  return { name: match[1].toLowerCase(), ...(match[2] ? { port: Number(match[2]) } : {}) };
}

/** The host names this configuration answers to besides the loopback names. */
export function publicHostNames(config: Config): string[] {
  const names: string[] = [];
  if (config.TAB_ENDPOINT) names.push(new URL(config.TAB_ENDPOINT).hostname.toLowerCase());
  if (config.COPIL_MODE === 'm365' && config.TAB_DOMAIN) {
    const parsed = parseHost(config.TAB_DOMAIN);
    if (parsed) names.push(parsed.name);
  }
  return names;
}

/**
 * 421 Misdirected Request for a `Host` outside the allowed names: the loopback names with the
 * port the server listens on, and the app's public name (TAB_DOMAIN, TAB_ENDPOINT) — behind a
 * proxy, whatever port. Stops DNS rebinding. `GET /healthz` is exempt: a platform's health
 * probe may address the instance by an internal name, and it reveals nothing but the version.
 */
export function hostGuard(config: Config) {
  const publicNames = new Set(publicHostNames(config));
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' && req.path === '/healthz') return next();
    const host = parseHost(req.get('host') ?? '');
    const listening = req.socket.localPort;
    const allowed =
      host !== undefined &&
      ((LOOPBACK_NAMES.includes(host.name) && (host.port ?? 80) === listening) ||
        publicNames.has(host.name));
    if (!allowed) {
      return sendProblem(res, 'misdirected', {
        detail: 'this server does not answer to that host name',
      });
    }
    next();
  };
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The app's own origin for this request: the scheme and the (already checked) Host. */
const ownOrigin = (req: Request) => `${req.protocol}://${(req.get('host') ?? '').toLowerCase()}`;

/**
 * 403 for a state-changing request whose `Origin` is present and is neither the app's own (the
 * Host it was sent to, or TAB_ENDPOINT) nor a Microsoft 365 host. Browsers always send
 * `Origin` on cross-site POSTs, `fetch` in no-cors mode included; clients that are not
 * browsers (the Bot Framework channel, the Playground, calendar apps) send none.
 */
export function originGuard(config: Config) {
  // Behind a TLS-terminating proxy the request arrives as http: the public origins are https.
  const configured = new Set<string>();
  if (config.TAB_ENDPOINT) configured.add(new URL(config.TAB_ENDPOINT).origin.toLowerCase());
  if (config.COPIL_MODE === 'm365' && config.TAB_DOMAIN) {
    configured.add(`https://${config.TAB_DOMAIN.toLowerCase()}`);
  }
  return (req: Request, res: Response, next: NextFunction) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const origin = req.get('origin');
    if (origin === undefined) return next();
    const normalized = origin.toLowerCase();
    if (
      normalized === ownOrigin(req) ||
      configured.has(normalized) ||
      isMicrosoft365Origin(normalized)
    ) {
      return next();
    }
    return sendProblem(res, 'forbidden', {
      detail: 'cross-site requests are refused: this origin may not change anything here',
    });
  };
}

/**
 * 415 for a state-changing request that is not `application/json`: a web page can send
 * text/plain or a form to another site without asking, never JSON. `rawBodyPaths` keep their
 * own content type (a document upload carries the file's type) and rely on the origin check
 * and their bearer token.
 */
export function jsonOnly(rawBodyPaths: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!STATE_CHANGING.has(req.method) || rawBodyPaths.includes(req.path)) return next();
    if (req.is('application/json') === 'application/json') return next();
    return sendProblem(res, 'unsupported_media_type', {
      detail: 'this endpoint accepts application/json only',
    });
  };
}

/** Personal data is never kept by a browser or a proxy: every API answer says `no-store`. */
export function noStore(_req: Request, res: Response, next: NextFunction) {
  res.set('Cache-Control', 'no-store');
  next();
}
