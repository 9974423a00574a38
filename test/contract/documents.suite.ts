import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ports } from '../../core/ports/store.js';
import type { PortsFactory } from './harness.js';

/** The document store's contract: what is acknowledged is stored whole, with its SHA-256. */
export function documentsContract(adapter: string, factory: PortsFactory): void {
  describe(`${adapter}: document store contract`, () => {
    let ports: Ports;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ ports, cleanup } = await factory());
    });
    afterEach(async () => cleanup());

    const store = (bytes: Uint8Array, name = 'lettre.pdf') =>
      ports.files.store({
        name,
        contentType: 'application/pdf',
        bytes,
        purpose: 'designation-letter',
        uploadedBy: 'p-sec',
      });
    // The use case records the description (audited); here the repository stands for it.
    const upload = async (bytes: Uint8Array, name = 'lettre.pdf') => {
      const ref = await store(bytes, name);
      await ports.documents.create(ref);
      return ref;
    };

    it('stores a small file and returns it byte for byte with its SHA-256', async () => {
      const bytes = new TextEncoder().encode('%PDF-1.4 small letter');
      const ref = await upload(bytes);
      expect(ref).toMatchObject({
        name: 'lettre.pdf',
        contentType: 'application/pdf',
        size: bytes.length,
        purpose: 'designation-letter',
        uploadedBy: 'p-sec',
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      const read = await ports.files.get(ref.id);
      expect(read?.ref).toEqual(ref);
      expect(Buffer.from(read?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
      expect(await ports.files.describe(ref.id)).toEqual(ref);
    });

    it('stores a large file (several upload chunks) whole', async () => {
      const bytes = new Uint8Array(5 * 1024 * 1024 + 12345);
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31) % 251;
      const ref = await upload(bytes, 'compte-rendu.pdf');
      const read = await ports.files.get(ref.id);
      expect(read?.bytes.length).toBe(bytes.length);
      expect(
        createHash('sha256')
          .update(read?.bytes ?? new Uint8Array())
          .digest('hex'),
      ).toBe(ref.sha256);
    });

    it('keeps two files with the same name apart', async () => {
      const a = await upload(new TextEncoder().encode('%PDF-A'), 'same.pdf');
      const b = await upload(new TextEncoder().encode('%PDF-B'), 'same.pdf');
      expect(a.id).not.toBe(b.id);
      expect(new TextDecoder().decode((await ports.files.get(a.id))?.bytes)).toBe('%PDF-A');
      expect(new TextDecoder().decode((await ports.files.get(b.id))?.bytes)).toBe('%PDF-B');
    });

    it('serves nothing until the description is recorded', async () => {
      const ref = await store(new TextEncoder().encode('%PDF-unrecorded'));
      expect(await ports.files.describe(ref.id)).toBeUndefined();
      expect(await ports.files.get(ref.id)).toBeUndefined();
    });

    it('answers undefined for an unknown document', async () => {
      expect(await ports.files.get('no-such-document')).toBeUndefined();
    });
  });
}
