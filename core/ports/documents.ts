import { z } from 'zod';
import { FileNameSchema, IdSchema, InstantSchema } from '../model/common.js';

/** A stored file: designation letters (R4.1), withdrawal letters (R12.1), minutes (R5.5)… */
export const DocumentRefSchema = z.object({
  id: IdSchema,
  name: FileNameSchema(200),
  contentType: z.string().min(1).max(100),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the bytes, hex: lets anyone check a published file against the record. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedAt: InstantSchema,
  uploadedBy: IdSchema,
  /** What the document is for, e.g. `designation-letter`, `minutes`. */
  purpose: z.string().min(1).max(40),
  /** Where the adapter keeps the bytes (a drive item id in the document library); opaque. */
  location: z.string().max(512).optional(),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

export interface NewDocument {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  purpose: string;
  uploadedBy: string;
}

/**
 * The document port: a folder on disk (embedded) or the site's document library (Graph). The
 * bytes are kept here; their description is a record of the `documents` collection, which the
 * use case saves and audits (core/usecases/register/documents.ts `saveDocument`).
 */
export interface DocumentStore {
  /** Stores the bytes durably and returns their description, not yet recorded. */
  store(document: NewDocument): Promise<DocumentRef>;
  get(id: string): Promise<{ ref: DocumentRef; bytes: Uint8Array } | undefined>;
  describe(id: string): Promise<DocumentRef | undefined>;
}
