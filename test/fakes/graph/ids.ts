import { randomBytes, randomUUID } from 'node:crypto';

/** Identifier formats that look like the real service's, so an adapter never relies on ours. */

export const newGuid = (): string => randomUUID();

/** SharePoint eTags carry the GUID in upper case between braces: `"{GUID},N"` (PLATFORM_NOTES §1). */
export const braceGuid = (guid: string): string => `{${guid.toUpperCase()}}`;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** driveItem ids in SharePoint drives: `01` + 32 base32 characters. */
export function newDriveItemId(): string {
  const bytes = randomBytes(32);
  let id = '01';
  for (const byte of bytes) id += BASE32[byte % 32];
  return id;
}

/** Document-library drive ids: `b!` + URL-safe base64. */
export function newDriveId(): string {
  return `b!${randomBytes(48).toString('base64url')}`;
}

/** Outlook item ids are long base64 strings starting with `AAMkA`. */
export function newEventId(): string {
  return `AAMkAG${randomBytes(96).toString('base64url')}AAA=`;
}

export function newChangeKey(): string {
  return `DwAAABYAAAA${randomBytes(18).toString('base64url')}`;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}
