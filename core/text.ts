/** Text as people mean it: Unicode-normalised, spaces collapsed, case folded. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A word as people type it, for matching it against known words (the bot's commands): the
 * text normalised as above, then without accents, Arabic diacritics or tatweel, so « Aidé »
 * and « aide », « تَشْكِيلَة » and « تشكيلة » match. Never a record's identity: two texts are
 * the same request when `normaliseText` says so.
 */
export function foldForMatching(text: string): string {
  return normaliseText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '');
}

/**
 * FNV-1a (32-bit) of a text, hex: a short, stable fingerprint for unique keys (not a security
 * hash). Two different texts may collide; a key always also names its owner and subject.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
