import { createHash } from 'node:crypto';
import {
  FileUpload,
  LargeFileUploadTask,
  ResponseType,
  type Client,
} from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { Clock, IdGenerator } from '../core/ports/clock.js';
import type { DocumentRef, DocumentStore, NewDocument } from '../core/ports/documents.js';
import { InvalidRecord } from '../core/ports/errors.js';
import type { Repository } from '../core/ports/repository.js';
import { DOCUMENT_FOLDER } from './list-schema.js';

/** Above this, uploads go through an upload session (PLATFORM_NOTES §2: simple PUT ≤ 4 MB in practice). */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** Upload-session chunks must be multiples of 320 KiB (327,680 bytes) but the last. */
export const CHUNK_UNIT = 320 * 1024;
export const CHUNK_SIZE = 10 * CHUNK_UNIT;

const DriveItemSchema = z.looseObject({ id: z.string().min(1), name: z.string().optional() });

/** Names in the library: no characters SharePoint refuses, bounded length. */
function safeName(name: string): string {
  const cleaned = name
    .replace(/["*:<>?/\\|#%~&{}]/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  return (cleaned || 'document').slice(0, 120);
}

/**
 * Documents in the committee site's default document library: bytes in a drive item under
 * `ogp-copil/<purpose>/<document id>/<name>`, the description (and SHA-256) in the `documents` list.
 * Small files use a simple upload, larger ones an upload session in 320 KiB multiples. A read
 * checks the bytes against the recorded SHA-256.
 */
export class DriveDocumentStore implements DocumentStore {
  constructor(
    private readonly client: Client,
    private readonly driveId: string,
    private readonly documents: Repository<DocumentRef, 'purpose' | 'sha256' | 'uploadedBy'>,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  private async upload(path: string, bytes: Uint8Array): Promise<string> {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    if (bytes.length <= SIMPLE_UPLOAD_LIMIT) {
      const raw: unknown = await this.client
        .api(`/drives/${this.driveId}/root:/${encoded}:/content`)
        .query({ '@microsoft.graph.conflictBehavior': 'fail' })
        .header('Content-Type', 'application/octet-stream')
        .put(bytes);
      return DriveItemSchema.parse(raw).id;
    }
    const session = await LargeFileUploadTask.createUploadSession(
      this.client,
      `/drives/${this.driveId}/root:/${encoded}:/createUploadSession`,
      { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
    );
    const task = new LargeFileUploadTask(
      this.client,
      new FileUpload(bytes, path.split('/').at(-1) ?? 'document', bytes.length),
      session,
      { rangeSize: CHUNK_SIZE },
    );
    const result = await task.upload();
    return DriveItemSchema.parse(result.responseBody).id;
  }

  async store(document: NewDocument): Promise<DocumentRef> {
    const id = this.ids.newId();
    const itemId = await this.upload(
      `${DOCUMENT_FOLDER}/${document.purpose}/${id}/${safeName(document.name)}`,
      document.bytes,
    );
    return {
      id,
      name: document.name,
      contentType: document.contentType,
      size: document.bytes.length,
      sha256: createHash('sha256').update(document.bytes).digest('hex'),
      uploadedAt: this.clock.now(),
      uploadedBy: document.uploadedBy,
      purpose: document.purpose,
      location: itemId,
    };
  }

  async describe(id: string): Promise<DocumentRef | undefined> {
    return (await this.documents.get(id))?.value;
  }

  async get(id: string): Promise<{ ref: DocumentRef; bytes: Uint8Array } | undefined> {
    const ref = await this.describe(id);
    if (!ref?.location) return undefined;
    const content = (await this.client
      .api(`/drives/${this.driveId}/items/${ref.location}/content`)
      .responseType(ResponseType.ARRAYBUFFER)
      .get()) as ArrayBuffer;
    const bytes = new Uint8Array(content);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== ref.sha256) {
      throw new InvalidRecord(
        'documents',
        id,
        'the library file does not match its recorded SHA-256',
      );
    }
    return { ref, bytes };
  }
}
