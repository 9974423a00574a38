import { createHash } from 'node:crypto';
import { badRequest, conflict, notFound } from './errors.js';
import { braceGuid, newDriveItemId, newGuid } from './ids.js';
import { quickXorHash } from './quick-xor-hash.js';
import { siteWebUrl } from './state.js';
import type { DriveItemState, DriveState, FakeState, SiteState } from './state.js';
import type { JsonObject, ResolvedOptions } from './types.js';

/** Drive model: ids, JSON shapes, names and writes of the document library (PLATFORM_NOTES §2). */

/** PLATFORM_NOTES §2: the current page allows simple upload up to 250 MB. */
export const SIMPLE_UPLOAD_LIMIT = 250 * 1024 * 1024;

/** What a drive path addresses (drive.ts resolves it; upload sessions write to it). */
export interface DriveTarget {
  site: SiteState;
  drive: DriveState;
  /** The addressed item, when it exists. */
  item?: DriveItemState;
  /** Parent folder of the addressed path (equal to the base item without an address). */
  parent: DriveItemState;
  /** Last name of the addressed path. */
  name: string;
}

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  md: 'text/markdown',
  html: 'text/html',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  zip: 'application/zip',
  ics: 'text/calendar',
};

export function mimeTypeOf(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}

export function findDrive(
  state: FakeState,
  driveId: string,
): { site: SiteState; drive: DriveState } {
  for (const site of state.sites) {
    const drive = site.drives.find((d) => d.id === driveId);
    if (drive) return { site, drive };
  }
  throw notFound('The drive could not be found.');
}

export const driveItemEtag = (item: DriveItemState): string =>
  `"${braceGuid(item.uniqueId)},${item.version}"`;

/** Short-lived download URLs carry a token bound to the item's version, as SharePoint's do. */
export function downloadToken(item: DriveItemState): string {
  return createHash('sha256')
    .update(`${item.uniqueId}:${item.version}`)
    .digest('base64url')
    .slice(0, 40);
}

export function sharePointHost(site: SiteState, options: ResolvedOptions): string {
  return site.hostname.toLowerCase().endsWith('.sharepoint.com')
    ? site.hostname
    : options.tenantHost;
}

export function downloadUrl(
  site: SiteState,
  item: DriveItemState,
  options: ResolvedOptions,
): string {
  return `https://${sharePointHost(site, options)}${site.path}/_layouts/15/download.aspx?UniqueId=${item.uniqueId}&Translate=false&tempauth=${downloadToken(item)}&ApiVersion=2.0`;
}

function itemPath(drive: DriveState, item: DriveItemState): string[] {
  const names: string[] = [];
  let current: DriveItemState | undefined = item;
  while (current && current.parentId !== null) {
    names.unshift(current.name);
    current = drive.items.get(current.parentId);
  }
  return names;
}

export function children(drive: DriveState, folder: DriveItemState): DriveItemState[] {
  return [...drive.items.values()]
    .filter((item) => item.parentId === folder.id)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function driveItemJson(
  site: SiteState,
  drive: DriveState,
  item: DriveItemState,
  options: ResolvedOptions,
): JsonObject {
  const library = drive.name === 'Documents' ? 'Shared Documents' : drive.name;
  const path = itemPath(drive, item);
  const json: JsonObject = {
    createdDateTime: item.created.toISOString(),
    eTag: driveItemEtag(item),
    id: item.id,
    lastModifiedDateTime: item.modified.toISOString(),
    name: item.name,
    webUrl: [`${siteWebUrl(site)}/${library}`, ...path].map(encodeURI).join('/'),
    cTag: `"c:${braceGuid(item.uniqueId)},${item.version}"`,
    size: item.folder ? folderSize(drive, item) : item.content.length,
    createdBy: { user: { displayName: 'SharePoint App' } },
    lastModifiedBy: { user: { displayName: 'SharePoint App' } },
    fileSystemInfo: {
      createdDateTime: item.created.toISOString(),
      lastModifiedDateTime: item.modified.toISOString(),
    },
  };
  if (item.parentId === null) {
    json['parentReference'] = { driveType: 'documentLibrary', driveId: drive.id };
    json['root'] = {};
  } else {
    const parent = drive.items.get(item.parentId);
    const parentPath = parent ? itemPath(drive, parent) : [];
    json['parentReference'] = {
      driveType: 'documentLibrary',
      driveId: drive.id,
      id: item.parentId,
      name: parent?.parentId === null ? library : parent?.name,
      path: `/drives/${drive.id}/root:${parentPath.map((p) => `/${p}`).join('')}`,
      siteId: site.id,
    };
  }
  if (item.folder) {
    json['folder'] = { childCount: children(drive, item).length };
  } else {
    json['@microsoft.graph.downloadUrl'] = downloadUrl(site, item, options);
    // SharePoint drives report quickXorHash; sha256Hash is what OneDrive personal adds. The fake
    // gives both so an adapter can check either (brief §6).
    json['file'] = {
      mimeType: item.mimeType,
      hashes: {
        quickXorHash: quickXorHash(item.content),
        sha256Hash: createHash('sha256').update(item.content).digest('hex').toUpperCase(),
      },
    };
  }
  if (item.description !== undefined) json['description'] = item.description;
  return json;
}

function folderSize(drive: DriveState, folder: DriveItemState): number {
  return children(drive, folder).reduce(
    (sum, child) => sum + (child.folder ? folderSize(drive, child) : child.content.length),
    0,
  );
}

export function driveJson(site: SiteState, drive: DriveState): JsonObject {
  return {
    createdDateTime: drive.created.toISOString(),
    description: drive.description,
    id: drive.id,
    lastModifiedDateTime: drive.created.toISOString(),
    name: drive.name,
    webUrl: `${siteWebUrl(site)}/${drive.name === 'Documents' ? 'Shared Documents' : drive.name}`,
    driveType: 'documentLibrary',
    createdBy: { user: { displayName: 'System Account' } },
    owner: { group: { displayName: site.displayName } },
    quota: {
      deleted: 0,
      remaining: 27487790694400,
      state: 'normal',
      total: 27487790694400,
      used: 0,
    },
  };
}

export function newItem(
  drive: DriveState,
  parentId: string,
  name: string,
  folder: boolean,
  content: Buffer,
): DriveItemState {
  if (/[\\:*?"<>|#%]/.test(name) || name.trim() === '') {
    throw badRequest(`The name '${name}' contains characters that are not allowed.`);
  }
  const now = new Date();
  const item: DriveItemState = {
    id: newDriveItemId(),
    uniqueId: newGuid(),
    name,
    parentId,
    folder,
    content,
    mimeType: folder ? '' : mimeTypeOf(name),
    created: now,
    modified: now,
    version: 1,
  };
  drive.items.set(item.id, item);
  return item;
}

/** `name 1.ext`, `name 2.ext`… as OneDrive renames on conflict. */
export function freeName(drive: DriveState, parent: DriveItemState, name: string): string {
  const taken = new Set(children(drive, parent).map((c) => c.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

export function parseConflictBehavior(raw: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (raw === undefined || raw === null) return fallback;
  if (raw === 'fail' || raw === 'replace' || raw === 'rename') return raw;
  throw badRequest(`Invalid value '${String(raw)}' for @microsoft.graph.conflictBehavior.`);
}

/** Writes content at a target, applying the conflict behaviour; returns the item and 200/201. */
export function writeFile(
  drive: DriveState,
  parent: DriveItemState,
  name: string,
  existing: DriveItemState | undefined,
  content: Buffer,
  behavior: ConflictBehavior,
): { item: DriveItemState; status: number } {
  if (existing) {
    if (behavior === 'fail') throw conflict('The specified item name already exists.');
    if (behavior === 'replace') {
      if (existing.folder) throw conflict('The specified item name already exists as a folder.');
      existing.content = content;
      existing.version++;
      existing.modified = new Date();
      return { item: existing, status: 200 };
    }
    return {
      item: newItem(drive, parent.id, freeName(drive, parent, name), false, content),
      status: 201,
    };
  }
  return { item: newItem(drive, parent.id, name, false, content), status: 201 };
}
