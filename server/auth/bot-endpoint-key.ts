import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../embedded/private-files.js';

/**
 * Embedded mode's anonymous bot endpoint answers only the local chat client (issue 10, item 2):
 * the Playground is given the endpoint with this per-install secret in its query string
 * (`/api/messages?key=…`), which a web page on this machine cannot know. Made at first start in
 * the data folder (0600), like the local issuer's signing key.
 */
export const BOT_KEY_PARAMETER = 'key';

export const botEndpointKeyFile = (dataDir: string) => join(dataDir, 'keys', 'bot-endpoint.key');

/** Reads the key, or undefined when the server has not made one yet (`npm run playground`). */
export async function readBotEndpointKey(dataDir: string): Promise<string | undefined> {
  try {
    return (await readFile(botEndpointKeyFile(dataDir), 'utf8')).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function loadOrCreateBotEndpointKey(dataDir: string): Promise<string> {
  const existing = await readBotEndpointKey(dataDir);
  if (existing) return existing;
  const key = randomBytes(32).toString('base64url');
  ensurePrivateDir(join(dataDir, 'keys'));
  const file = botEndpointKeyFile(dataDir);
  await writeFile(file, key, { mode: PRIVATE_FILE_MODE });
  await chmod(file, PRIVATE_FILE_MODE);
  return key;
}

/** Constant-time comparison of a presented key with the expected one. */
export function botKeyMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bot endpoint the local chat client is given. */
export const botEndpointWithKey = (baseUrl: string, key: string) =>
  `${baseUrl}/api/messages?${BOT_KEY_PARAMETER}=${encodeURIComponent(key)}`;
