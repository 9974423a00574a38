import { newDriveId, newDriveItemId, newGuid } from './ids.js';
import type { JsonObject } from './types.js';

/** The fake's in-memory tenant: sites → lists/drives, users → events, upload sessions. */

export type ColumnType =
  | 'text'
  | 'number'
  | 'currency'
  | 'boolean'
  | 'dateTime'
  | 'choice'
  | 'lookup'
  | 'personOrGroup'
  | 'hyperlinkOrPicture'
  | 'calculated'
  | 'other';

export const COLUMN_FACETS = [
  'boolean',
  'calculated',
  'choice',
  'currency',
  'dateTime',
  'lookup',
  'number',
  'personOrGroup',
  'text',
  'term',
  'hyperlinkOrPicture',
  'thumbnail',
  'contentApprovalStatus',
  'geolocation',
] as const;

export interface ColumnState {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  type: ColumnType;
  /** The facet key as sent (`text`, `number`, …) and its settings. */
  facetName: string;
  facet: JsonObject;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Built-in SharePoint column (Title, Created, …). */
  system: boolean;
}

export interface ListItemState {
  id: number;
  /** One GUID per item; the eTag is `"{GUID},version"` (PLATFORM_NOTES §1). */
  guid: string;
  version: number;
  /** User column values keyed by API name (lookups as `<Name>LookupId`). */
  values: JsonObject;
  created: Date;
  modified: Date;
  changeSeq: number;
}

export interface ListState {
  id: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: Date;
  modified: Date;
  version: number;
  columns: ColumnState[];
  items: Map<number, ListItemState>;
  nextItemId: number;
  /** Monotonic change counter used by delta. */
  changeSeq: number;
  tombstones: { id: number; changeSeq: number }[];
  /** Set for the document library backing a drive. */
  driveId?: string;
}

export interface DriveItemState {
  id: string;
  uniqueId: string;
  name: string;
  parentId: string | null;
  folder: boolean;
  content: Buffer;
  mimeType: string;
  created: Date;
  modified: Date;
  version: number;
  description?: string;
}

export interface DriveState {
  id: string;
  name: string;
  description: string;
  siteId: string;
  listId: string;
  created: Date;
  rootId: string;
  items: Map<string, DriveItemState>;
}

export interface SiteState {
  id: string;
  hostname: string;
  /** Server-relative path, e.g. `/sites/copil` (`''` for the root site). */
  path: string;
  name: string;
  displayName: string;
  description: string;
  created: Date;
  lists: ListState[];
  drives: DriveState[];
}

export interface EventState {
  id: string;
  changeKey: string;
  iCalUId: string;
  created: Date;
  modified: Date;
  /** Writable properties as last sent (merged by PATCH), minus those kept below. */
  props: JsonObject;
  startUtc: number;
  endUtc: number;
  startTimeZone: string;
  endTimeZone: string;
  onlineMeeting: JsonObject | null;
  cancelled: boolean;
  cancellationComment?: string;
  changeSeq: number;
}

export interface UserState {
  id: string;
  mail: string;
  displayName: string;
  userPrincipalName: string;
  /** `Member` when absent; `Guest` for a B2B guest (invited or seeded). */
  userType?: 'Member' | 'Guest';
  events: Map<string, EventState>;
  changeSeq: number;
  /** Removed events (deleted or cancelled) for calendar delta. */
  removed: { id: string; changeSeq: number }[];
  /** Deleted and cancelled events, kept for inspection (Outlook moves them to Deleted Items). */
  deletedItems: Map<string, EventState>;
}

export interface UploadSessionState {
  id: string;
  token: string;
  driveId: string;
  /** Item replaced in place (id addressing), or the parent + name to create at commit. */
  targetItemId?: string;
  parentId: string;
  name: string;
  conflictBehavior: 'fail' | 'replace' | 'rename';
  expiration: Date;
  received: Buffer[];
  receivedBytes: number;
  totalSize?: number;
  uploadUrl: string;
}

export interface FakeState {
  sites: SiteState[];
  users: UserState[];
  uploadSessions: Map<string, UploadSessionState>;
  /** Bumped by `expireDeltaTokens()`: tokens minted before are answered with 410. */
  deltaEpoch: number;
}

export function emptyState(): FakeState {
  return { sites: [], users: [], uploadSessions: new Map(), deltaEpoch: 0 };
}

export function newDrive(site: SiteState, name: string, listId: string): DriveState {
  const now = new Date();
  const rootId = newDriveItemId();
  const drive: DriveState = {
    id: newDriveId(),
    name,
    description: '',
    siteId: site.id,
    listId,
    created: now,
    rootId,
    items: new Map(),
  };
  drive.items.set(rootId, {
    id: rootId,
    uniqueId: newGuid(),
    name: 'root',
    parentId: null,
    folder: true,
    content: Buffer.alloc(0),
    mimeType: '',
    created: now,
    modified: now,
    version: 1,
  });
  return drive;
}

export function siteWebUrl(site: SiteState): string {
  return `https://${site.hostname}${site.path}`;
}
