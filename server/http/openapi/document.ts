import { z } from 'zod';
import {
  createDocument,
  type oas31,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';
import { ProblemSchema } from '../../../core/contracts/problem.js';
import { applicationIdUri, type Config } from '../../config.js';
import { LOCAL_CLIENT_ID, LOCAL_TENANT_ID, localIssuerFor } from '../../auth/local-issuer.js';
import { entraIssuer } from '../../auth/token-verifier.js';
import { PROBLEM_STATUS, PROBLEM_TITLES } from '../problem.js';
import {
  TAGS,
  describedRoutes,
  openApiPath,
  pathParameters,
  type Answer,
  type ApiRoute,
  type Refusal,
} from './routes.js';
import { nameSchemas } from './schemas.js';

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the route table (routes.ts) and
 * the zod schemas it names — never written by hand. Served at `GET /api/openapi.json`.
 */

/** What the document depends on: the mode, what is mounted in it, the version. */
export interface OpenApiOptions {
  version: string;
  /** The local sign-in (`/auth/local/*`) is mounted: embedded mode. */
  localSignIn: boolean;
  /** The personal ICS feeds (`/calendar/…`, `/api/calendar-feed…`) are mounted: embedded mode. */
  calendarFeed: boolean;
  /** How bearer tokens are issued and checked. */
  security: SecurityDescription;
}

export type SecurityDescription =
  | { mode: 'embedded' }
  | {
      mode: 'm365';
      authorityHost: string;
      tenants: readonly string[];
      audiences: readonly string[];
    };

/** The options of a server started with `config` (server/app.ts). */
export function openApiOptionsFor(
  config: Config,
  mounted: { localSignIn: boolean; calendarFeed: boolean },
  version: string,
): OpenApiOptions {
  const security: SecurityDescription =
    config.COPIL_MODE === 'm365'
      ? {
          mode: 'm365',
          authorityHost: config.AAD_APP_OAUTH_AUTHORITY_HOST,
          tenants: config.AAD_ALLOWED_TENANTS ?? [config.AAD_APP_TENANT_ID],
          audiences: [config.AAD_APP_CLIENT_ID, applicationIdUri(config)].filter(
            (a): a is string => a !== undefined,
          ),
        }
      : { mode: 'embedded' };
  return { version, ...mounted, security };
}

// ------------------------------------------------------------------------------- problems

/** What each problem means here, after its title (server/http/problem.ts). */
const PROBLEM_DESCRIPTIONS: Record<Refusal, string> = {
  invalid:
    '`issues` lists what is wrong, field by field (the body, a parameter); or the body is not valid JSON, or is too large.',
  unauthenticated:
    'No valid bearer token: missing, expired, or of another audience, tenant or issuer (`WWW-Authenticate: Bearer`).',
  forbidden:
    'The signed-in person is not in the register, or their role may not do this (`message` says why); or a change sent from a foreign `Origin`.',
  not_found: 'The record does not exist, or the reader may not see it.',
  conflict:
    'The `version` sent is not the record’s (reload and try again), or an identical record exists.',
  rule: '`rule` cites the rule of the manual (RULES.md), `message` states it in French, Arabic and English, `details` gives its findings.',
  internal: 'It has been logged; the answer gives no detail.',
  unsupported_media_type:
    'The body is not `application/json` (a web page cannot send JSON to another site without asking).',
  misdirected: 'The `Host` is not a name this server answers to (defence against DNS rebinding).',
  too_many_requests:
    'Per client address (sign-in, refused tokens), person (uploads) or conversation (bot); or the person’s daily upload quota is reached. `Retry-After` says when to try again.',
};

const PROBLEM_COMPONENT: Record<Refusal, string> = {
  invalid: 'BadRequest',
  unauthenticated: 'Unauthenticated',
  forbidden: 'Forbidden',
  not_found: 'NotFound',
  conflict: 'Conflict',
  rule: 'RefusedByRule',
  internal: 'InternalError',
  unsupported_media_type: 'UnsupportedMediaType',
  misdirected: 'MisdirectedRequest',
  too_many_requests: 'TooManyRequests',
};

/**
 * One response component per problem reason: an RFC 9457 problem (`application/problem+json`,
 * `Problem` in core/contracts/problem.ts) whose `status` and `reason` are those of the answer.
 */
const PROBLEM_RESPONSES = Object.fromEntries(
  (Object.keys(PROBLEM_COMPONENT) as Refusal[]).map((reason) => {
    const response: ZodOpenApiResponseObject = {
      id: PROBLEM_COMPONENT[reason],
      description: `${PROBLEM_TITLES[reason]}. ${PROBLEM_DESCRIPTIONS[reason]}`,
      content: {
        'application/problem+json': {
          schema: z.intersection(
            ProblemSchema,
            z.looseObject({
              status: z.literal(PROBLEM_STATUS[reason]),
              reason: z.literal(reason),
            }),
          ),
        },
      },
      ...(reason === 'too_many_requests'
        ? {
            headers: z.object({
              'Retry-After': z.string().meta({ description: 'Seconds to wait (RFC 9110).' }),
            }),
          }
        : {}),
    };
    return [reason, response];
  }),
) as Record<Refusal, ZodOpenApiResponseObject>;

/**
 * The problems a route may answer: its own refusals and those of the guards it passes
 * (server/app.ts): the Host check (all but `GET /healthz`), the sign-in, the origin and
 * content-type checks of changes, and the error handler.
 */
export function problemsOf(route: ApiRoute): Refusal[] {
  const reasons = new Set<Refusal>(route.refuses);
  if (!(route.method === 'get' && route.path === '/healthz')) reasons.add('misdirected');
  if (route.security === 'bearer') {
    reasons.add('unauthenticated');
    reasons.add('forbidden');
    reasons.add('too_many_requests');
  }
  if (route.method !== 'get') {
    reasons.add('invalid');
    reasons.add('forbidden');
    if (!route.rawBody) reasons.add('unsupported_media_type');
  }
  reasons.add('internal');
  return [...reasons].sort((a, b) => PROBLEM_STATUS[a] - PROBLEM_STATUS[b]);
}

// ------------------------------------------------------------------------------- operations

const SECURITY_SCHEME = { embedded: 'localSignIn', m365: 'entraId' } as const;

function securityScheme(security: SecurityDescription): oas31.SecuritySchemeObject {
  if (security.mode === 'embedded') {
    return {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: [
        'Embedded mode: a token from the local issuer (`POST /auth/local/token`), shaped like an Entra ID v2 access token and signed RS256 with the keys of `GET /auth/local/keys`.',
        `Issuer \`${localIssuerFor(LOCAL_TENANT_ID, '2.0')}\`, audience \`${LOCAL_CLIENT_ID}\`, scope \`access_as_user\`.`,
        'The person is identified by the token’s `oid` and must be in the register.',
      ].join(' '),
    };
  }
  const issuer = entraIssuer(security.authorityHost);
  return {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: [
      'Microsoft 365 mode: an Entra ID access token for this app (Teams single sign-on, or any OAuth client of the tenant), v2 or v1.',
      `Issuer \`${issuer('{tenant}', '2.0')}\` (v1: \`${issuer('{tenant}', '1.0')}\`), tenant among ${security.tenants.map((t) => `\`${t}\``).join(', ')};`,
      `audience ${security.audiences.map((a) => `\`${a}\``).join(' or ')}; delegated scope \`access_as_user\`.`,
      'The person is identified by the token’s `oid` and must be in the register.',
    ].join(' '),
  };
}

function answerResponse(answer: Answer): ZodOpenApiResponseObject {
  return {
    description: answer.description,
    ...(answer.json ? { content: { 'application/json': { schema: answer.json } } } : {}),
    ...(answer.media ? { content: answer.media } : {}),
    ...(answer.headers ? { headers: answer.headers } : {}),
  };
}

function operation(route: ApiRoute, schemeName: string): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const answer of route.answers) {
    responses[String(answer.status) as `${1 | 2 | 3 | 4 | 5}${string}`] = answerResponse(answer);
  }
  for (const reason of problemsOf(route)) {
    const status = String(PROBLEM_STATUS[reason]) as `${1 | 2 | 3 | 4 | 5}${string}`;
    // A plain-text answer with the same status (public 404s) stays as the route says.
    responses[status] ??= PROBLEM_RESPONSES[reason];
  }
  const path = pathParameters(route);
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security: route.security === 'bearer' ? [{ [schemeName]: [] }] : [],
    ...(path || route.query
      ? {
          requestParams: {
            ...(path ? { path } : {}),
            ...(route.query ? { query: route.query } : {}),
          },
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: route.body } },
          },
        }
      : {}),
    ...(route.rawBody
      ? {
          requestBody: {
            required: true,
            description: route.rawBody.description,
            // Raw bytes: the media type says it all (OpenAPI 3.1 leaves their schema out).
            content: Object.fromEntries(route.rawBody.mediaTypes.map((type) => [type, {}])),
          },
        }
      : {}),
    responses,
  };
}

function buildDocument(options: OpenApiOptions): oas31.OpenAPIObject {
  nameSchemas();
  const schemeName = SECURITY_SCHEME[options.security.mode];
  const routes = describedRoutes(options);
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const item = (paths[openApiPath(route.path)] ??= {});
    item[route.method] = operation(route, schemeName);
  }
  const usedTags = new Set(routes.map((r) => r.tag));
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'OGP Morocco steering committee (ogp-copil) API',
      version: options.version,
      description: [
        'The HTTP API of the app that runs the manual of the OGP Morocco steering committee (comité de pilotage): the tab uses it, and so may any client of the committee’s tenant.',
        '',
        `This server runs in **${options.security.mode === 'm365' ? 'Microsoft 365' : 'embedded'}** mode; the document describes the routes it mounts in that mode.`,
        '',
        '- Errors are RFC 9457 problem details (`application/problem+json`): `reason` is machine-readable; a refusal by a rule of the manual cites it in `rule` (RULES.md) with its sentence in French, Arabic and English in `message`.',
        '- A change answers `{ value, warnings }`: the new state and the rule warnings it raised.',
        '- Changes to an existing record send the `version` read (optimistic concurrency): a stale one is a 409.',
        '- Times typed by people are Morocco wall-clock times `YYYY-MM-DDTHH:mm` (`MoroccoWallClock`), converted by the server; instants in answers are ISO 8601 with their offset; days are `YYYY-MM-DD`.',
        '- Every `/api` answer is `Cache-Control: no-store`.',
      ].join('\n'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: (Object.keys(TAGS) as (keyof typeof TAGS)[])
      .filter((tag) => usedTags.has(tag))
      .map((name) => ({ name, description: TAGS[name] })),
    paths,
    components: {
      securitySchemes: { [schemeName]: securityScheme(options.security) },
    },
  });
}

const cache = new Map<string, oas31.OpenAPIObject>();

/** The document for these options, generated once per process. */
export function openApiDocument(options: OpenApiOptions): oas31.OpenAPIObject {
  const key = JSON.stringify(options);
  let document = cache.get(key);
  if (!document) {
    document = buildDocument(options);
    cache.set(key, document);
  }
  return document;
}
