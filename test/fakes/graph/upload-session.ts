import { badRequest, GraphHttpError, notFound } from './errors.js';
import { newGuid, newToken } from './ids.js';
import type { RouteContext } from './router.js';
import {
  driveItemEtag,
  driveItemJson,
  findDrive,
  parseConflictBehavior,
  sharePointHost,
  writeFile,
  type DriveTarget,
} from './drive-model.js';
import { ifMatchFails } from './sharepoint-items.js';
import type { FakeState, UploadSessionState } from './state.js';
import { isJsonObject } from './types.js';
import type { GraphRequest, GraphResponse, ResolvedOptions } from './types.js';

/**
 * Resumable upload (PLATFORM_NOTES §2 "Upload session"): chunks in order, each a multiple of
 * 320 KiB except the last, each < 60 MiB; 202 + nextExpectedRanges until complete, then 201/200
 * + driveItem; 416 for a range already received or out of order; no Authorization on the PUTs.
 */

export const CHUNK_MULTIPLE = 327_680;
export const MAX_CHUNK = 60 * 1024 * 1024;
const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

export function createUploadSession(ctx: RouteContext, target: DriveTarget): GraphResponse {
  const json = ctx.req.json;
  const item = isJsonObject(json) && isJsonObject(json['item']) ? json['item'] : {};
  const replacing = ctx.address === undefined;
  if (replacing && (!target.item || target.item.folder)) {
    throw badRequest(
      'An upload session on items/{id} replaces that file; address a new file as items/{parent-id}:/{name}:.',
    );
  }
  // The session honours if-match against the file it would replace (PLATFORM_NOTES §2).
  const ifMatch = ctx.req.headers['if-match'];
  if (target.item && ifMatchFails(ifMatch, driveItemEtag(target.item))) {
    throw new GraphHttpError(412, 'notAllowed', "ETag does not match current item's value", {
      innerError: { code: 'preconditionFailed' },
    });
  }
  const behavior = replacing
    ? 'replace'
    : parseConflictBehavior(item['@microsoft.graph.conflictBehavior'], 'fail');
  const id = newGuid();
  const token = newToken();
  const host = sharePointHost(target.site, ctx.options);
  const anchor = target.item?.id ?? target.parent.id;
  const session: UploadSessionState = {
    id,
    token,
    driveId: target.drive.id,
    parentId: target.parent.id,
    name: target.name,
    conflictBehavior: behavior,
    expiration: new Date(Date.now() + SESSION_LIFETIME_MS),
    received: [],
    receivedBytes: 0,
    uploadUrl:
      `https://${host}${target.site.path}/_api/v2.0/drives/${target.drive.id}/items/${anchor}/uploadSession` +
      `?guid='${id}'&overwrite=${behavior === 'replace' ? 'True' : 'False'}&rename=${behavior === 'rename' ? 'True' : 'False'}&dc=0&tempauth=${token}`,
  };
  if (replacing && target.item) session.targetItemId = target.item.id;
  if (typeof item['fileSize'] === 'number') session.totalSize = item['fileSize'];
  ctx.state.uploadSessions.set(id, session);
  return {
    status: 200,
    body: {
      uploadUrl: session.uploadUrl,
      expirationDateTime: session.expiration.toISOString(),
    },
  };
}

function status(session: UploadSessionState) {
  return {
    expirationDateTime: session.expiration.toISOString(),
    nextExpectedRanges: [`${session.receivedBytes}-`],
  };
}

/** Requests to an uploadUrl (after the forwarding middleware mapped it to the fake). */
export function handleUploadUrl(
  req: GraphRequest,
  state: FakeState,
  options: ResolvedOptions,
): GraphResponse {
  const guid = (req.query.get('guid') ?? '').replace(/^'|'$/g, '');
  const session = state.uploadSessions.get(guid);
  if (!session) throw notFound('The upload session was not found or has expired.');
  if (req.query.get('tempauth') !== session.token) {
    throw new GraphHttpError(401, 'unauthenticated', 'The upload URL is not valid.');
  }
  if (req.method === 'GET') return { status: 200, body: status(session) };
  if (req.method === 'DELETE') {
    state.uploadSessions.delete(session.id);
    return { status: 204 };
  }
  if (req.method !== 'PUT') {
    throw new GraphHttpError(
      405,
      'methodNotAllowed',
      `${req.method} is not allowed on an upload URL.`,
    );
  }
  // The uploadUrl is pre-authenticated; a bearer token on it is refused (PLATFORM_NOTES §2).
  if (req.headers['authorization'] !== undefined) {
    throw new GraphHttpError(
      401,
      'unauthenticated',
      'Do not send an Authorization header to the upload URL; it is pre-authenticated.',
    );
  }
  const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(req.headers['content-range'] ?? '');
  if (!range) {
    throw badRequest("A chunk needs 'Content-Range: bytes {start}-{end}/{total}'.", 'invalidRange');
  }
  const start = Number(range[1]);
  const end = Number(range[2]);
  const total = Number(range[3]);
  const length = end - start + 1;
  if (length <= 0 || end >= total)
    throw badRequest('The Content-Range is not valid.', 'invalidRange');
  if (req.body.length !== length) {
    throw badRequest(
      `The chunk has ${req.body.length} bytes but Content-Range announces ${length}.`,
      'invalidRange',
    );
  }
  if (length >= MAX_CHUNK) {
    throw new GraphHttpError(
      413,
      'requestEntityTooLarge',
      'Each chunk must be smaller than 60 MiB.',
    );
  }
  if (session.totalSize !== undefined && session.totalSize !== total) {
    throw badRequest(
      `The total size ${total} differs from the ${session.totalSize} declared before.`,
      'invalidRange',
    );
  }
  if (start !== session.receivedBytes) {
    throw new GraphHttpError(
      416,
      'invalidRange',
      start < session.receivedBytes
        ? `The range ${start}-${end} has already been received; next expected ${session.receivedBytes}-.`
        : `Chunks must be sent in order; next expected ${session.receivedBytes}-, got ${start}-.`,
    );
  }
  const last = end + 1 === total;
  if (!last && length % CHUNK_MULTIPLE !== 0) {
    throw badRequest(
      `Each chunk except the last must be a multiple of 320 KiB (327,680 bytes); got ${length}.`,
    );
  }
  session.totalSize = total;
  session.received.push(req.body);
  session.receivedBytes += length;
  if (!last) return { status: 202, body: status(session) };

  const { site, drive } = findDrive(state, session.driveId);
  const parent = drive.items.get(session.parentId);
  if (!parent) throw notFound('The destination folder no longer exists.');
  const existing = session.targetItemId
    ? drive.items.get(session.targetItemId)
    : [...drive.items.values()].find(
        (c) => c.parentId === parent.id && c.name.toLowerCase() === session.name.toLowerCase(),
      );
  const content = Buffer.concat(session.received);
  // A name conflict is detected at commit: 409 nameAlreadyExists with behaviour `fail`.
  const { item, status: code } = writeFile(
    drive,
    parent,
    session.name,
    existing,
    content,
    session.conflictBehavior,
  );
  state.uploadSessions.delete(session.id);
  return { status: code, body: driveItemJson(site, drive, item, options) };
}
