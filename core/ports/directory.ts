/**
 * Where people's identities come from (ARCHITECTURE.md "Identity and roles"). A person signs in
 * only with the object id the register holds, and the register takes that id from here, at
 * registration — never from a request body, a token's e-mail or `preferred_username`.
 * Microsoft 365: the ministry's Entra tenant (members by UPN or mail, civil society as B2B
 * guests). Embedded: local accounts, whose ids the local sign-in issues.
 */
export interface DirectoryUser {
  /** Entra object id (or the local id in embedded mode): what tokens carry as `oid`. */
  objectId: string;
  displayName: string;
  /** Mail, or the UPN when the account has no mail. Lower case. */
  email: string;
  /** A B2B guest account (userType `Guest`). */
  guest: boolean;
}

export interface DirectoryQuery {
  /** A UPN or a mail address. */
  email: string;
  /** Only guests (a civil-society member's existing guest account), only members, or either. */
  kind?: 'member' | 'guest';
}

export interface Directory {
  /**
   * `entra`: only people found in (or invited to) the tenant can be registered. `local`: the
   * embedded register is the directory: a new person gets a freshly generated local id.
   */
  readonly source: 'entra' | 'local';
  /** The account with this UPN or mail, if any. */
  findUser(query: DirectoryQuery): Promise<DirectoryUser | undefined>;
  /**
   * Invites a guest (Entra B2B invitation, mail sent by Microsoft) or makes a local account;
   * returns the new account with its object id.
   */
  inviteGuest(email: string, displayName: string): Promise<DirectoryUser>;
}
