import { z } from 'zod';
import { FileNameSchema } from '../../model/common.js';
import type { Localized } from '../../i18n/localized.js';
import type { DocumentRef, NewDocument } from '../../ports/documents.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister, canReadCommittee } from '../actor.js';
import { createAudited, type Change } from '../audited-write.js';
import {
  forbidden,
  invalid,
  invalidField,
  notFound,
  success,
  type Outcome,
  type Refusal,
} from '../outcome.js';
import { NOT_A_MEMBER } from './composition.js';
import { mayReadDocument } from './document-access.js';

export const DocumentPurposeSchema = z.enum([
  'designation-letter', // R4.1
  'withdrawal-letter', // R12.1
  'minutes', // R5.5
  'agenda-document', // R5.2
  'visual', // R10.1
  'application-file', // R4.4
  'evidence', // R4.6
]);
export type DocumentPurpose = z.infer<typeof DocumentPurposeSchema>;

/** Largest accepted upload; larger files go to the library by other means. */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

/** Accepted types, each recognised by its first bytes: the declared type must match the content. */
const SIGNATURES: Record<string, { label: string; magic: number[] }> = {
  'application/pdf': { label: 'PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  'image/png': { label: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  'image/jpeg': { label: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'DOCX',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  'application/vnd.oasis.opendocument.text': { label: 'ODT', magic: [0x50, 0x4b, 0x03, 0x04] },
  // Minutes written as text: no signature, but the bytes must be valid UTF-8 (checked below).
  'text/markdown': { label: 'Markdown', magic: [] },
  'text/plain': { label: 'text', magic: [] },
};

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
export const ACCEPTED_CONTENT_TYPES = Object.keys(SIGNATURES);

export const UploadSchema = z.object({
  name: FileNameSchema(200),
  contentType: z.enum(ACCEPTED_CONTENT_TYPES as [string, ...string[]], {
    message: `accepted types: ${Object.values(SIGNATURES)
      .map((s) => s.label)
      .join(', ')}`,
  }),
  purpose: DocumentPurposeSchema,
  bytes: z.instanceof(Uint8Array),
});

const EMPTY: Localized = {
  fr: 'Le fichier est vide.',
  ar: 'الملف فارغ.',
  en: 'The file is empty.',
};
const TOO_LARGE: Localized = {
  fr: 'Le fichier dépasse 25 Mo.',
  ar: 'يتجاوز الملف 25 ميغابايت.',
  en: 'The file is larger than 25 MB.',
};
const MISMATCH = (label: string): Localized => ({
  fr: `Le contenu du fichier n'est pas un ${label} : le type annoncé ne correspond pas.`,
  ar: `محتوى الملف ليس من نوع ${label}: النوع المعلن لا يطابق المحتوى.`,
  en: `The file's content is not a ${label}: the declared type does not match.`,
});

/**
 * Stores an uploaded document (letters, minutes…) after checking its name, size and that its
 * bytes really are the declared type; records its SHA-256 and audits the upload.
 */
export async function uploadDocument(
  ports: Ports,
  actor: Actor,
  upload: { name: string; contentType: string; purpose: string; bytes: Uint8Array },
): Promise<Outcome<DocumentRef>> {
  const parsed = UploadSchema.safeParse(upload);
  if (!parsed.success) return invalid(parsed.error);
  // Letters, minutes and agenda documents are the secretariat's (R6); anyone who may submit a
  // communication in the committee's name may attach its visual (R10.1).
  const mayUpload =
    canManageRegister(actor) ||
    (parsed.data.purpose === 'visual' &&
      canReadCommittee(actor) &&
      !actor.roles.includes('observer'));
  if (!mayUpload) return forbidden(NOT_A_MEMBER);
  const { name, contentType, purpose, bytes } = parsed.data;
  if (bytes.length === 0) return invalidField('file', EMPTY);
  if (bytes.length > DOCUMENT_MAX_BYTES) return invalidField('file', TOO_LARGE);
  const signature = SIGNATURES[contentType];
  if (signature && !signature.magic.every((byte, i) => bytes[i] === byte)) {
    return invalidField('file', MISMATCH(signature.label));
  }
  if (contentType.startsWith('text/') && !isUtf8Text(bytes)) {
    return invalidField('file', MISMATCH('UTF-8 text'));
  }
  const ref = await saveDocument(
    ports,
    { actor, action: 'DocumentUploaded', at: ports.clock.now() },
    { name, contentType, bytes, purpose, uploadedBy: actor.personId },
  );
  return success(ref);
}

/** Stores a document's bytes, then records (and audits) its description. */
export async function saveDocument(
  ports: Ports,
  change: Change,
  document: NewDocument,
): Promise<DocumentRef> {
  const ref = await ports.files.store(document);
  return (await createAudited(ports, 'documents', change, ref)).value;
}

/**
 * Reads a document for whoever the visibility rule lets see it, by its purpose
 * (core/rules/visibility.ts): a document the caller may not see is not found, so its
 * existence is not disclosed either.
 */
export async function downloadDocument(
  ports: Ports,
  actor: Actor,
  id: string,
): Promise<Outcome<{ ref: DocumentRef; bytes: Uint8Array }>> {
  const missing = notFound({ fr: 'document', ar: 'الوثيقة', en: 'document' });
  const ref = await ports.files.describe(id);
  if (!ref || !(await mayReadDocument(ports, actor, ref))) return missing;
  const found = await ports.files.get(id);
  return found ? success(found) : missing;
}

/** A referenced document must exist and have been uploaded for this purpose. */
export async function checkDocument(
  ports: Pick<Ports, 'files'>,
  id: string,
  purpose: DocumentPurpose,
): Promise<Refusal | undefined> {
  const ref = await ports.files.describe(id);
  if (ref && ref.purpose === purpose) return undefined;
  return invalidField('documentId', {
    fr: "Ce document n'existe pas ou n'a pas été déposé pour cet usage.",
    ar: 'هذه الوثيقة غير موجودة أو لم تودع لهذا الغرض.',
    en: 'This document does not exist or was not uploaded for this purpose.',
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a person stands against the daily upload quota, counted from the stored documents. */
export type UploadAllowance =
  { allowed: true; usedBytes: number } | { allowed: false; usedBytes: number; retryAt: string };

/**
 * The upload quota (issue 10, item 6): the bytes `personId` stored in the last 24 hours, read
 * from the documents they uploaded — the store every instance shares, so the quota holds across
 * restarts and instances. `allowed` is false when `bytes` more would go over `limitBytes`;
 * `retryAt` is when enough of the day's uploads age out for it to fit (at worst, a day).
 */
export async function uploadAllowance(
  ports: Ports,
  personId: string,
  bytes: number,
  limitBytes: number,
): Promise<UploadAllowance> {
  const now = Date.parse(ports.clock.now());
  const since = now - DAY_MS;
  const recent = (await ports.documents.findBy('uploadedBy', personId))
    .map((d) => ({ at: Date.parse(d.value.uploadedAt), bytes: d.value.size }))
    .filter((entry) => entry.at > since)
    .sort((a, b) => a.at - b.at);
  const usedBytes = recent.reduce((sum, entry) => sum + entry.bytes, 0);
  if (usedBytes + bytes <= limitBytes) return { allowed: true, usedBytes };
  let freed = usedBytes;
  let retryAt = now + DAY_MS;
  for (const entry of recent) {
    freed -= entry.bytes;
    if (freed + bytes <= limitBytes) {
      retryAt = entry.at + DAY_MS;
      break;
    }
  }
  return { allowed: false, usedBytes, retryAt: new Date(retryAt).toISOString() };
}
