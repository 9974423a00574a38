/**
 * Graph error envelope. Every error the fake returns uses the shape of PLATFORM_NOTES (header):
 * {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
 */

/** Thrown by handlers; the dispatcher turns it into the envelope with the request's ids. */
export class GraphHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  /** Extra members of innerError (e.g. the throttling shape of PLATFORM_NOTES §5). */
  readonly innerError: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { headers?: Record<string, string>; innerError?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
    this.status = status;
    this.code = code;
    this.headers = extra.headers ?? {};
    this.innerError = extra.innerError ?? {};
  }
}

export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

/** Graph formats `innerError.date` without fractional seconds or zone designator. */
export function graphErrorDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 19);
}

export function errorEnvelope(
  code: string,
  message: string,
  ids: RequestIds,
  innerExtra: Record<string, string> = {},
): { error: { code: string; message: string; innerError: Record<string, string> } } {
  return {
    error: {
      code,
      message,
      innerError: {
        ...innerExtra,
        date: graphErrorDate(),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

// Small constructors for the codes used across the fake, so handlers read as the behaviour.
export const badRequest = (message: string, code = 'invalidRequest'): GraphHttpError =>
  new GraphHttpError(400, code, message);
export const notFound = (message: string, code = 'itemNotFound'): GraphHttpError =>
  new GraphHttpError(404, code, message);
export const conflict = (message: string, code = 'nameAlreadyExists'): GraphHttpError =>
  new GraphHttpError(409, code, message);
