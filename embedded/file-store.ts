import { createHash } from 'node:crypto';
import { readFile, rename, writeFile, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentRef, DocumentStore, NewDocument } from '../core/ports/documents.js';
import type { Clock, IdGenerator } from '../core/ports/clock.js';
import { InvalidRecord } from '../core/ports/errors.js';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from './private-files.js';
import type { Repository } from '../core/ports/repository.js';

/**
 * Documents as files under `<dataDir>/files/<id>`, with their description (name, type, size,
 * SHA-256) in the `documents` collection. The file is written to a temporary name, flushed and
 * renamed before its description is returned (and then recorded by the use case), so an
 * acknowledged upload is on disk.
 */
export class FileDocumentStore implements DocumentStore {
  constructor(
    private readonly directory: string,
    private readonly documents: Repository<DocumentRef, 'purpose' | 'sha256' | 'uploadedBy'>,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  private pathOf(id: string): string {
    return join(this.directory, id);
  }

  async store(document: NewDocument): Promise<DocumentRef> {
    ensurePrivateDir(this.directory);
    const id = this.ids.newId();
    const temporary = `${this.pathOf(id)}.partial`;
    await writeFile(temporary, document.bytes, { mode: PRIVATE_FILE_MODE });
    const handle = await open(temporary, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.pathOf(id));
    return {
      id,
      name: document.name,
      contentType: document.contentType,
      size: document.bytes.length,
      sha256: createHash('sha256').update(document.bytes).digest('hex'),
      uploadedAt: this.clock.now(),
      uploadedBy: document.uploadedBy,
      purpose: document.purpose,
    };
  }

  async describe(id: string): Promise<DocumentRef | undefined> {
    return (await this.documents.get(id))?.value;
  }

  async get(id: string): Promise<{ ref: DocumentRef; bytes: Uint8Array } | undefined> {
    const ref = await this.describe(id);
    if (!ref) return undefined;
    const bytes = new Uint8Array(await readFile(this.pathOf(id)));
    // The recorded SHA-256 proves the file: one changed on disk is refused, never served.
    if (createHash('sha256').update(bytes).digest('hex') !== ref.sha256) {
      throw new InvalidRecord(
        'documents',
        id,
        'the file on disk does not match its recorded SHA-256',
      );
    }
    return { ref, bytes };
  }
}
