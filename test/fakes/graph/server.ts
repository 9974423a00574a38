import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleBatch } from './batch.js';
import { calendarRoutes } from './calendar.js';
import { calendarDeltaRoutes } from './calendar-delta.js';
import type { ContractViolation, GraphContract } from './contract.js';
import { directoryRoutes } from './directory.js';
import { driveRoutes } from './drive.js';
import { errorEnvelope, GraphHttpError } from './errors.js';
import type { RequestIds } from './errors.js';
import { FaultController, faultResponse } from './faults.js';
import { Router } from './router.js';
import { deltaRoutes } from './sharepoint-delta.js';
import { handleSharePointHost } from './sharepoint-host.js';
import { itemRoutes } from './sharepoint-items.js';
import { listRoutes } from './sharepoint-lists.js';
import type { FakeState } from './state.js';
import type { GraphRequest, GraphResponse, ResolvedOptions } from './types.js';

/** The transport: node:http in, one pipeline (faults → contract → router) for every request. */

export interface LoggedRequest {
  seq: number;
  at: string;
  /** `graph` for /v1.0 (and $batch inner) requests, `sharepoint` for upload/download URLs. */
  host: 'graph' | 'sharepoint';
  method: string;
  /** Graph: path + query relative to /v1.0 as sent; SharePoint: path + query. */
  url: string;
  /** Decoded path (relative to /v1.0 for Graph). */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer;
  json: unknown;
  /** The inner request id when the request came inside a $batch. */
  batchId?: string;
  /** Response status, or `dropped` when a fault destroyed the connection. */
  status?: number | 'dropped';
  /** The OpenAPI path template the request matched. */
  template?: string;
}

const JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;

const router = new Router().add(
  ...listRoutes,
  ...deltaRoutes,
  ...itemRoutes,
  ...driveRoutes,
  ...calendarDeltaRoutes,
  ...calendarRoutes,
  ...directoryRoutes,
);

export class FakeServer {
  readonly requests: LoggedRequest[] = [];
  readonly contractViolations: ContractViolation[] = [];
  readonly faults = new FaultController();
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private closed = false;
  private seq = 0;

  constructor(
    readonly state: FakeState,
    readonly options: ResolvedOptions,
    private readonly contract: GraphContract | undefined,
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end(String(error instanceof Error ? error.stack : error));
        }
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.timers) {
      clearTimeout(pending.timer);
      pending.resolve();
    }
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  clearLogs(): void {
    this.requests.length = 0;
    this.contractViolations.length = 0;
    this.seq = 0;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.timers.add(entry);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined)
        headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const target = new URL(req.url ?? '/', 'http://fake.local');
    const method = (req.method ?? 'GET').toUpperCase();
    const ids: RequestIds = {
      requestId: randomUUID(),
      clientRequestId: headers['client-request-id'] ?? randomUUID(),
    };

    let outcome: GraphResponse | 'drop';
    if (target.pathname === '/v1.0' || target.pathname.startsWith('/v1.0/')) {
      const rawPath = target.pathname.slice('/v1.0'.length) || '/';
      const request = this.toRequest(method, rawPath, target.search, headers, body);
      outcome = await this.runGraph(request, rawPath, ids);
    } else if (/^\/(beta|v\d)/i.test(target.pathname)) {
      const request = this.toRequest(method, target.pathname, target.search, headers, body);
      const entry = this.log('graph', request);
      const reason = `${method} ${target.pathname}: only Graph v1.0 is described by the contract`;
      this.violation(request, reason);
      outcome = this.errorResponse(new GraphHttpError(400, 'contractViolation', reason), ids);
      entry.status = outcome.status;
    } else {
      const request = this.toRequest(method, target.pathname, target.search, headers, body);
      outcome = await this.runSharePoint(request, ids);
    }
    if (outcome === 'drop') {
      req.socket.destroy();
      return;
    }
    if (this.closed) return;
    this.write(res, outcome, ids);
  }

  private toRequest(
    method: string,
    rawPath: string,
    search: string,
    headers: Record<string, string>,
    body: Buffer,
  ): GraphRequest {
    let path = rawPath;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      // keep it encoded
    }
    return {
      method,
      url: `${rawPath}${search}`,
      path,
      query: new URLSearchParams(search),
      headers,
      body,
      json: undefined,
    };
  }

  private log(host: LoggedRequest['host'], request: GraphRequest): LoggedRequest {
    const entry: LoggedRequest = {
      seq: ++this.seq,
      at: new Date().toISOString(),
      host,
      method: request.method,
      url: request.url,
      path: request.path,
      headers: request.headers,
      body: request.body,
      json: request.json,
    };
    if (request.batchId !== undefined) entry.batchId = request.batchId;
    this.requests.push(entry);
    return entry;
  }

  private violation(request: GraphRequest, reason: string): void {
    const violation: ContractViolation = {
      method: request.method,
      url: request.url,
      reason,
      at: new Date().toISOString(),
    };
    if (request.batchId !== undefined) violation.batchId = request.batchId;
    this.contractViolations.push(violation);
  }

  /** Faults, then the pipeline; also used for each inner request of a $batch. */
  private async applyFaults(
    request: GraphRequest,
    entry: LoggedRequest,
    ids: RequestIds,
  ): Promise<GraphResponse | 'drop' | undefined> {
    const fault = this.faults.match(request.method, request.url);
    if (!fault) return undefined;
    if (fault.kind === 'drop') {
      entry.status = 'dropped';
      return 'drop';
    }
    if (fault.kind === 'delay') {
      await this.sleep(fault.delayMs);
      return undefined;
    }
    return faultResponse(fault, ids);
  }

  private async runGraph(
    request: GraphRequest,
    rawPath: string,
    ids: RequestIds,
  ): Promise<GraphResponse | 'drop'> {
    const contentType = request.headers['content-type'] ?? '';
    let badJson = false;
    if (request.body.length > 0 && JSON_TYPE.test(contentType)) {
      try {
        request.json = JSON.parse(request.body.toString('utf8'));
      } catch {
        badJson = true;
      }
    }
    const entry = this.log('graph', request);
    const finish = (response: GraphResponse): GraphResponse => {
      entry.status = response.status;
      return response;
    };
    try {
      const faulted = await this.applyFaults(request, entry, ids);
      if (faulted !== undefined) return faulted === 'drop' ? 'drop' : finish(faulted);
      if (rawPath === '/$batch' || rawPath === '/%24batch') {
        if (request.batchId !== undefined)
          throw new GraphHttpError(400, 'BadRequest', 'A batch cannot contain a batch.');
        if (request.method !== 'POST')
          throw new GraphHttpError(405, 'methodNotAllowed', 'Use POST for $batch.');
        const result = await handleBatch(
          request,
          (inner, innerPath) =>
            this.runGraph(inner, innerPath, {
              requestId: randomUUID(),
              clientRequestId: ids.clientRequestId,
            }),
          this.options,
          ids,
        );
        return result === 'drop' ? 'drop' : finish(result);
      }
      // A file upload may be labelled application/json (the SDK's default Content-Type); only an
      // operation that takes JSON refuses a body that does not parse.
      const unreadable = new GraphHttpError(
        400,
        'BadRequest',
        'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
      );
      if (this.contract) {
        const operation = this.contract.resolve(request.method, rawPath);
        if (!operation.ok) {
          this.violation(request, operation.reason);
          throw new GraphHttpError(400, 'contractViolation', operation.reason);
        }
        entry.template = operation.template;
        if (badJson && operation.expectsJson) throw unreadable;
        const problem = this.contract.checkBody(
          operation,
          request.headers,
          request.body,
          request.json,
        );
        if (problem) {
          this.violation(request, problem);
          throw new GraphHttpError(400, 'contractViolation', problem);
        }
      } else if (badJson && !/\/content$/i.test(rawPath)) {
        throw unreadable;
      }
      return finish(await router.dispatch(request, rawPath, this.state, this.options));
    } catch (error) {
      return finish(this.errorResponse(error, ids));
    }
  }

  private async runSharePoint(
    request: GraphRequest,
    ids: RequestIds,
  ): Promise<GraphResponse | 'drop'> {
    const entry = this.log('sharepoint', request);
    try {
      const faulted = await this.applyFaults(request, entry, ids);
      if (faulted !== undefined) {
        if (faulted !== 'drop') entry.status = faulted.status;
        return faulted;
      }
      const response = handleSharePointHost(request, this.state, this.options);
      entry.status = response.status;
      return response;
    } catch (error) {
      const response = this.errorResponse(error, ids);
      entry.status = response.status;
      return response;
    }
  }

  private errorResponse(error: unknown, ids: RequestIds): GraphResponse {
    if (error instanceof GraphHttpError) {
      return {
        status: error.status,
        headers: error.headers,
        body: errorEnvelope(error.code, error.message, ids, error.innerError),
      };
    }
    const message =
      error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    return {
      status: 500,
      body: errorEnvelope('generalException', `Graph fake bug: ${message}`, ids),
    };
  }

  private write(res: ServerResponse, response: GraphResponse, ids: RequestIds): void {
    const headers: Record<string, string> = {
      'request-id': ids.requestId,
      'client-request-id': ids.clientRequestId,
      ...(response.headers ?? {}),
    };
    let payload: Buffer | undefined;
    if (Buffer.isBuffer(response.body)) {
      payload = response.body;
      headers['Content-Type'] ??= 'application/octet-stream';
    } else if (response.body !== undefined) {
      payload = Buffer.from(JSON.stringify(response.body));
      headers['Content-Type'] ??= JSON_CONTENT_TYPE;
      headers['OData-Version'] = '4.0';
    }
    if (payload) headers['Content-Length'] = String(payload.length);
    res.writeHead(response.status, headers);
    res.end(payload);
  }
}
