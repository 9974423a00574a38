import type { IndexedPath } from './contract-index.js';
import type { JsonSchema } from './contract-schema.js';

/**
 * Operations the fake serves that exist in Graph v1.0 but live in other slices of the same
 * generator than the four in vendor/graph-openapi (the calendar slice has no bound actions or
 * functions). Copied from microsoftgraph/msgraph-sdk-powershell openApiDocs/v1.0:
 * - Users.Actions.yml `/users/{user-id}/events/{event-id}/microsoft.graph.cancel` (POST, body
 *   `{Comment: string|null}`, required). The docs' example sends `comment`; action parameter names
 *   are matched case-insensitively by the service, so both spellings are allowed.
 * - Users.Functions.yml `/users/{user-id}/calendarView/microsoft.graph.delta()` (GET).
 * Nothing else is added: anything outside the slices stays a contract violation.
 */
export const SUPPLEMENT_FILE = 'supplement (Users.Actions.yml, Users.Functions.yml)';

export const SUPPLEMENT_PATHS: IndexedPath[] = [
  {
    file: SUPPLEMENT_FILE,
    template: '/users/{user-id}/events/{event-id}/microsoft.graph.cancel',
    methods: {
      post: {
        body: { required: true, mediaTypes: ['application/json'], schemaKey: 'op.cancel' },
      },
    },
  },
  {
    file: SUPPLEMENT_FILE,
    template: '/users/{user-id}/calendarView/microsoft.graph.delta()',
    methods: { get: {} },
  },
];

export const SUPPLEMENT_SCHEMAS: Record<string, JsonSchema> = {
  'op.cancel': {
    type: 'object',
    properties: {
      Comment: { type: ['string', 'null'] },
      comment: { type: ['string', 'null'] },
    },
    additionalProperties: false,
    patternProperties: { '@': {} },
  },
};
