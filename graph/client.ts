import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

export type { AuthenticationProvider, Middleware };

/**
 * Aborts a request that does not answer in time, so a hung connection becomes an error the
 * adapter can reconcile instead of a stuck use case.
 */
export class TimeoutHandler implements Middleware {
  private next?: Middleware;
  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const given = context.options?.signal ?? undefined;
    context.options = {
      ...context.options,
      signal: given ? AbortSignal.any([given, timeout]) : timeout,
    };
    if (!this.next) throw new Error('TimeoutHandler must not be the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * Retries a GET whose connection dropped or timed out (it changes nothing, so a retry is
 * safe); writes are reconciled by the repository instead, by reading back what was stored.
 */
export class ReadRetryHandler implements Middleware {
  private next?: Middleware;
  constructor(private readonly attempts: number) {}

  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? 'GET').toUpperCase();
    // Each attempt starts from the caller's options (the timeout below adds its own signal).
    const options = context.options;
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (!this.next) throw new Error('ReadRetryHandler must not be the last middleware');
        context.options = options;
        await this.next.execute(context);
        return;
      } catch (error) {
        if (method !== 'GET' || attempt >= this.attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export interface GraphClientOptions {
  authProvider: AuthenticationProvider;
  /**
   * The last middleware, which performs the HTTP request. Production: the SDK's
   * HTTPMessageHandler. Tests: a handler forwarding to the loopback Graph fake — the only
   * thing swapped, so auth, retry, redirect and paging code run as in production.
   */
  transport?: Middleware;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** 429/503/504 retries honouring Retry-After (the SDK's RetryHandler). */
  maxRetries?: number;
  /**
   * The Graph endpoint (https origin), for sovereign clouds (https://graph.microsoft.us…) or a
   * private one; default https://graph.microsoft.com. A host the SDK does not know as Graph's is
   * declared as a custom host, so that it gets the token too.
   */
  endpoint?: string;
}

/** The Graph client: Auth → Retry (429/503/504) → Redirect → Telemetry → read retry → timeout → transport. */
export function createGraphClient(options: GraphClientOptions): Client {
  const chain: Middleware[] = [
    new AuthenticationHandler(options.authProvider),
    new RetryHandler(new RetryHandlerOptions(1, options.maxRetries ?? 5)),
    new RedirectHandler(new RedirectHandlerOptions()),
    new TelemetryHandler(),
    new ReadRetryHandler(3),
    new TimeoutHandler(options.timeoutMs ?? 30_000),
    options.transport ?? new HTTPMessageHandler(),
  ];
  for (let i = 0; i < chain.length - 1; i += 1) {
    const current = chain[i] as Middleware & { setNext?: (next: Middleware) => void };
    current.setNext?.(chain[i + 1] as Middleware);
  }
  const endpoint = options.endpoint?.replace(/\/$/, '');
  return Client.initWithMiddleware({
    middleware: chain[0] as Middleware,
    ...(endpoint
      ? { baseUrl: `${endpoint}/`, customHosts: new Set([new URL(endpoint).hostname]) }
      : {}),
  });
}
