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
 * - `/users` (GET) and `/users/{user-id}` (GET): the directory lookup by mail or UPN (Users.yml of
 *   the same generator; https://learn.microsoft.com/en-us/graph/api/user-get and
 *   https://learn.microsoft.com/en-us/graph/api/user-list).
 * - `/invitations` (POST, body: an `invitation`, `invitedUserEmailAddress` and
 *   `inviteRedirectUrl` required; 201 with `invitedUser.id`, the guest's object id):
 *   Identity.SignIns.yml; https://learn.microsoft.com/en-us/graph/api/invitation-post. The body
 *   schema below lists the invitation's writable properties from
 *   https://learn.microsoft.com/en-us/graph/api/resources/invitation.
 * Nothing else is added: anything outside the slices stays a contract violation.
 */
export const SUPPLEMENT_FILE =
  'supplement (Users.Actions.yml, Users.Functions.yml, Users.yml, Identity.SignIns.yml)';

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
  { file: SUPPLEMENT_FILE, template: '/users', methods: { get: {} } },
  { file: SUPPLEMENT_FILE, template: '/users/{user-id}', methods: { get: {} } },
  {
    file: SUPPLEMENT_FILE,
    template: '/invitations',
    methods: {
      post: {
        body: { required: true, mediaTypes: ['application/json'], schemaKey: 'op.invitation' },
      },
    },
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
  'op.invitation': {
    type: 'object',
    required: ['invitedUserEmailAddress', 'inviteRedirectUrl'],
    properties: {
      invitedUserEmailAddress: { type: 'string' },
      inviteRedirectUrl: { type: 'string' },
      invitedUserDisplayName: { type: ['string', 'null'] },
      invitedUserType: { type: ['string', 'null'] },
      sendInvitationMessage: { type: ['boolean', 'null'] },
      resetRedemption: { type: ['boolean', 'null'] },
      invitedUserMessageInfo: { type: ['object', 'null'] },
    },
    additionalProperties: false,
    patternProperties: { '@': {} },
  },
};
