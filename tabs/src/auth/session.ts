/**
 * The local sign-in's session (embedded mode): the token lives in sessionStorage, so it ends
 * with the browser tab and is never shared with another tab's person.
 */
export interface LocalSession {
  personId: string;
  accessToken: string;
  expiresAt: string;
}

const KEY = 'copil.session';

export function loadSession(now = Date.now()): LocalSession | undefined {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const session = JSON.parse(raw) as LocalSession;
    // A token about to expire is as good as gone: sign in again rather than fail mid-form.
    if (Date.parse(session.expiresAt) - now < 60_000) {
      clearSession();
      return undefined;
    }
    return session;
  } catch {
    return undefined;
  }
}

export function saveSession(session: LocalSession): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Storage disabled: the session then lasts as long as the page.
  }
}

export function clearSession(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
