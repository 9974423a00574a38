/**
 * The last middleware of a Graph JS client (3.x) pointed at the fake. It has the structural shape
 * of the SDK's `Middleware` (`execute(context)`, see
 * node_modules/@microsoft/microsoft-graph-client/lib/src/middleware/HTTPMessageHandler.js and
 * IContext.d.ts) without importing the SDK, and replaces `HTTPMessageHandler`: it maps
 * `https://graph.microsoft.com/...` and `https://<anything>.sharepoint.com/...` (upload and
 * download URLs) to the fake and performs the request with `fetch`, setting `context.response`.
 * URLs stay Graph URLs up the chain, so the AuthenticationHandler adds tokens only where it would in
 * production (ARCHITECTURE.md "Facts worth knowing"), and the retry, redirect and paging code run
 * unchanged.
 *
 *   const chain = MiddlewareFactory.getDefaultMiddlewareChain(authProvider);
 *   chain[chain.length - 1] = new FakeGraphHttpHandler(fake); // was HTTPMessageHandler
 *   const client = Client.initWithMiddleware({ middleware: chain });
 */

/** Structural copy of the SDK's `Context` (IContext.d.ts). */
export interface FakeMiddlewareContext {
  request: RequestInfo;
  options?: RequestInit;
  response?: Response;
  middlewareControl?: unknown;
  customHosts?: Set<string>;
}

export interface FakeGraphHttpHandlerOptions {
  /** The fetch to use (default: global fetch). */
  fetch?: typeof fetch;
  /** Redirects followed here when the caller did not ask for `redirect: 'manual'` (default 20). */
  maxRedirects?: number;
}

/** Headers fetch computes itself; copying them could contradict the forwarded body. */
const TRANSPORT_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class FakeGraphHttpHandler {
  private readonly base: string;
  private readonly fetchImpl: typeof fetch;
  private readonly maxRedirects: number;

  constructor(target: string | { baseUrl: string }, options: FakeGraphHttpHandlerOptions = {}) {
    this.base = (typeof target === 'string' ? target : target.baseUrl).replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? fetch;
    this.maxRedirects = options.maxRedirects ?? 20;
  }

  /** Maps a Graph or SharePoint URL to the fake; anything else is refused (no real network). */
  rewrite(url: string): string {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase();
    const known =
      parsed.protocol === 'https:' &&
      (host === 'graph.microsoft.com' || host.endsWith('.sharepoint.com'));
    if (!known) {
      throw new Error(
        `FakeGraphHttpHandler: refusing to forward ${url}: not a Graph or SharePoint URL`,
      );
    }
    return `${this.base}${parsed.pathname}${parsed.search}`;
  }

  async execute(context: FakeMiddlewareContext): Promise<void> {
    const { url, init } = await this.requestParts(context);
    const wantsManual = init.redirect === 'manual';
    const refuseRedirect = init.redirect === 'error';
    let current = url;
    let currentInit: RequestInit = { ...init, redirect: 'manual' };
    for (let hop = 0; ; hop++) {
      const response = await this.fetchImpl(this.rewrite(current), currentInit);
      const location = response.headers.get('location');
      if (wantsManual || !REDIRECTS.has(response.status) || location === null) {
        context.response = response;
        return;
      }
      if (refuseRedirect) throw new TypeError(`fetch failed: redirect to ${location} refused`);
      if (hop >= this.maxRedirects) throw new TypeError('fetch failed: too many redirects');
      // Followed here (as fetch would) because the target is a Graph/SharePoint URL to rewrite.
      current = new URL(location, current).toString();
      const method = (currentInit.method ?? 'GET').toUpperCase();
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === 'POST')
      ) {
        const { body: _dropped, ...rest } = currentInit;
        currentInit = { ...rest, method: 'GET' };
      }
    }
  }

  private async requestParts(
    context: FakeMiddlewareContext,
  ): Promise<{ url: string; init: RequestInit }> {
    const options = context.options ?? {};
    let url: string;
    let init: RequestInit;
    if (typeof context.request === 'string') {
      url = context.request;
      init = { ...options };
    } else {
      // A Request object: take its parts, with explicit options winning as in fetch(request, options).
      const request = context.request;
      url = request.url;
      const method = (options.method ?? request.method).toUpperCase();
      const body =
        options.body !== undefined
          ? options.body
          : method === 'GET' || method === 'HEAD'
            ? undefined
            : await request.clone().arrayBuffer();
      init = { method: request.method, headers: request.headers, ...options };
      if (body !== undefined) init.body = body;
    }
    const headers = new Headers(init.headers);
    for (const name of TRANSPORT_HEADERS) headers.delete(name);
    init.headers = headers;
    if (isStream(init.body)) {
      // Node's fetch needs half-duplex to send a stream body.
      (init as RequestInit & { duplex: 'half' }).duplex = 'half';
    }
    return { url, init };
  }
}

function isStream(body: unknown): boolean {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}
