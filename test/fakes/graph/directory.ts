import { badRequest, GraphHttpError } from './errors.js';
import { newGuid } from './ids.js';
import type { Route, RouteContext } from './router.js';
import type { FakeState, UserState } from './state.js';
import { isJsonObject } from './types.js';

/**
 * The tenant directory: `GET /users/{id | userPrincipalName}`, `GET /users?$filter=mail eq '…'`
 * (optionally `and userType eq 'Guest'|'Member'`) and `POST /invitations` (B2B guests).
 * https://learn.microsoft.com/en-us/graph/api/user-get · …/user-list · …/invitation-post
 */

const DEFAULT_SELECT = ['id', 'displayName', 'mail', 'userPrincipalName'];

function userJson(user: UserState, select: string | null) {
  const full: Record<string, unknown> = {
    id: user.id,
    displayName: user.displayName,
    mail: user.mail,
    userPrincipalName: user.userPrincipalName,
    userType: user.userType ?? 'Member',
  };
  // Like Graph, `userType` comes only with `$select` (it is not a default property).
  const keys = select ? select.split(',').map((k) => k.trim()) : DEFAULT_SELECT;
  return Object.fromEntries(keys.filter((k) => k in full).map((k) => [k, full[k]]));
}

/** Graph's answer for an unknown user id or UPN. */
const noSuchUser = (key: string) =>
  new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
  );

export function findUser(state: FakeState, key: string): UserState | undefined {
  const lower = key.toLowerCase();
  return state.users.find(
    (u) => u.id.toLowerCase() === lower || u.userPrincipalName.toLowerCase() === lower,
  );
}

function getUser(ctx: RouteContext) {
  const key = ctx.params['userId'] ?? '';
  const user = findUser(ctx.state, key);
  if (!user) throw noSuchUser(key);
  return { status: 200, body: userJson(user, ctx.req.query.get('$select')) };
}

const CLAUSE = /^(mail|userType|userPrincipalName) eq '((?:[^']|'')*)'$/i;

function listUsers(ctx: RouteContext) {
  const filter = ctx.req.query.get('$filter');
  let users = ctx.state.users;
  if (filter) {
    for (const clause of filter.split(/ and /i)) {
      const match = CLAUSE.exec(clause.trim());
      if (!match) throw badRequest(`Unsupported query: ${filter}`, 'Request_UnsupportedQuery');
      const field = (match[1] ?? '').toLowerCase();
      const value = (match[2] ?? '').replace(/''/g, "'").toLowerCase();
      users = users.filter((u) => {
        const actual =
          field === 'mail'
            ? u.mail
            : field === 'usertype'
              ? (u.userType ?? 'Member')
              : u.userPrincipalName;
        return actual.toLowerCase() === value;
      });
    }
  }
  const top = Number(ctx.req.query.get('$top') ?? '100');
  const select = ctx.req.query.get('$select');
  return {
    status: 200,
    body: {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
      value: users.slice(0, top).map((u) => userJson(u, select)),
    },
  };
}

/** A guest's UPN: the mail with `@` as `_`, then `#EXT#@` and the tenant's initial domain. */
const guestUpn = (mail: string, tenantHost: string) =>
  `${mail.replace('@', '_')}#EXT#@${tenantHost.replace('.sharepoint.com', '.onmicrosoft.com')}`;

function createInvitation(ctx: RouteContext) {
  const body = ctx.req.json;
  if (!isJsonObject(body)) throw badRequest('The invitation is missing.', 'BadRequest');
  const email = String(body['invitedUserEmailAddress'] ?? '').trim();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw badRequest('The specified invited user email address is invalid.', 'BadRequest');
  }
  const displayName =
    typeof body['invitedUserDisplayName'] === 'string' ? body['invitedUserDisplayName'] : null;
  // Inviting an address that already has an account answers that account (invitation re-sent).
  let user = ctx.state.users.find((u) => u.mail.toLowerCase() === email.toLowerCase());
  if (!user) {
    user = {
      id: newGuid(),
      mail: email,
      displayName: displayName ?? email,
      userPrincipalName: guestUpn(email, ctx.options.tenantHost),
      userType: 'Guest',
      events: new Map(),
      changeSeq: 0,
      removed: [],
      deletedItems: new Map(),
    };
    ctx.state.users.push(user);
  }
  const id = newGuid();
  return {
    status: 201,
    body: {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#invitations/$entity',
      id,
      inviteRedeemUrl: `https://login.microsoftonline.com/redeem?rd=${encodeURIComponent(
        `https://invitations.microsoft.com/redeem/?tenant=${ctx.options.tenantId}&user=${id}`,
      )}`,
      invitedUserDisplayName: displayName,
      invitedUserType: 'Guest',
      invitedUserEmailAddress: email,
      sendInvitationMessage: body['sendInvitationMessage'] === true,
      resetRedemption: false,
      inviteRedirectUrl: body['inviteRedirectUrl'],
      status: 'PendingAcceptance',
      invitedUser: { id: user.id },
    },
  };
}

export const directoryRoutes: Route[] = [
  { method: 'GET', pattern: 'users', handler: listUsers },
  { method: 'GET', pattern: 'users/:userId', handler: getUser },
  { method: 'POST', pattern: 'invitations', handler: createInvitation },
];
