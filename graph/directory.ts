import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { Directory, DirectoryQuery, DirectoryUser } from '../core/ports/directory.js';
import { statusOf, translateGraphError } from './errors.js';

const UserSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  userType: z.string().nullish(),
});
type GraphUser = z.infer<typeof UserSchema>;

const UserListSchema = z.object({ value: z.array(UserSchema) });

/** `POST /invitations` answers an invitation; `invitedUser.id` is the guest's object id. */
const InvitationSchema = z.object({
  invitedUser: z.object({ id: z.string().min(1) }),
  invitedUserDisplayName: z.string().nullish(),
  invitedUserEmailAddress: z.string(),
});

const SELECT = 'id,displayName,mail,userPrincipalName,userType';

/** OData string literal: a quote is doubled (`o'brien` → `'o''brien'`). */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The ministry's Entra directory through Microsoft Graph, app-only:
 * - `GET /users/{upn}` then `GET /users?$filter=mail eq '…'` (User.Read.All: `userType`, which
 *   tells a guest from a member, is not among the properties User.ReadBasic.All reads);
 * - `POST /invitations` (User.Invite.All) for a civil-society member without a guest account.
 */
export class GraphDirectory implements Directory {
  readonly source = 'entra' as const;

  constructor(
    private readonly client: Client,
    /** Where an invited guest lands after redeeming the invitation (the app in Teams). */
    private readonly inviteRedirectUrl: string,
  ) {}

  async findUser(query: DirectoryQuery): Promise<DirectoryUser | undefined> {
    const email = query.email.trim();
    const found = (await this.byPrincipalName(email)) ?? (await this.byMail(email));
    if (!found) return undefined;
    const user = toDirectoryUser(found);
    if (query.kind === 'guest' && !user.guest) return undefined;
    if (query.kind === 'member' && user.guest) return undefined;
    return user;
  }

  async inviteGuest(email: string, displayName: string): Promise<DirectoryUser> {
    try {
      const raw: unknown = await this.client.api('/invitations').post({
        invitedUserEmailAddress: email.trim(),
        invitedUserDisplayName: displayName,
        inviteRedirectUrl: this.inviteRedirectUrl,
        sendInvitationMessage: true,
      });
      const invitation = InvitationSchema.parse(raw);
      return {
        objectId: invitation.invitedUser.id,
        displayName: invitation.invitedUserDisplayName ?? displayName,
        email: invitation.invitedUserEmailAddress.toLowerCase(),
        guest: true,
      };
    } catch (error) {
      throw translateGraphError(error, { collection: 'invitations', id: email });
    }
  }

  private async byPrincipalName(upn: string): Promise<GraphUser | undefined> {
    try {
      const raw: unknown = await this.client
        .api(`/users/${encodeURIComponent(upn)}`)
        .select(SELECT)
        .get();
      return UserSchema.parse(raw);
    } catch (error) {
      // 404: no account with that UPN (a guest's UPN is `mail#EXT#@tenant`): try the mail.
      if (statusOf(error) === 404) return undefined;
      throw translateGraphError(error, { collection: 'users', id: upn });
    }
  }

  private async byMail(mail: string): Promise<GraphUser | undefined> {
    try {
      const raw: unknown = await this.client
        .api('/users')
        .filter(`mail eq ${literal(mail)}`)
        .select(SELECT)
        .top(2)
        .get();
      const { value } = UserListSchema.parse(raw);
      // Two accounts with one mail would make the choice ambiguous: pick neither.
      return value.length === 1 ? value[0] : undefined;
    } catch (error) {
      throw translateGraphError(error, { collection: 'users', id: mail });
    }
  }
}

function toDirectoryUser(user: GraphUser): DirectoryUser {
  const email = (user.mail ?? user.userPrincipalName ?? '').toLowerCase();
  return {
    objectId: user.id,
    displayName: user.displayName ?? email,
    email,
    guest: user.userType === 'Guest',
  };
}
