/**
 * QuickXorHash, the hash SharePoint/OneDrive for Business report in `file.hashes.quickXorHash`
 * (https://learn.microsoft.com/onedrive/developer/code-snippets/quickxorhash): each byte is
 * XOR-ed into a 160-bit circular vector at bit position (i × 11) mod 160, then the length
 * (64-bit little-endian) is XOR-ed into the last 8 bytes; the result is base64.
 * Checked against the published vector for "hello world".
 */
export function quickXorHash(data: Uint8Array): string {
  const width = 20; // bytes (160 bits)
  const out = new Uint8Array(width);
  for (let i = 0; i < data.length; i++) {
    const bit = (i * 11) % 160;
    const index = bit >> 3;
    const shifted = (data[i] ?? 0) << (bit & 7); // up to 15 bits: spans two bytes
    out[index] = (out[index] ?? 0) ^ (shifted & 0xff);
    const next = (index + 1) % width; // 160 bits is exactly 20 bytes, so the wrap is byte-aligned
    out[next] = (out[next] ?? 0) ^ (shifted >> 8);
  }
  let length = BigInt(data.length);
  for (let j = 0; j < 8; j++) {
    const at = width - 8 + j;
    out[at] = (out[at] ?? 0) ^ Number(length & 0xffn);
    length >>= 8n;
  }
  return Buffer.from(out).toString('base64');
}
