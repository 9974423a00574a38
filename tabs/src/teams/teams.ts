import { app, authentication, pages } from '@microsoft/teams-js';
import { createContext, useContext } from 'react';

/** What the tab learns from Microsoft Teams when it runs inside it. */
export interface TeamsHost {
  /** BCP 47 tag of the user's Teams language, e.g. `ar-ma`, `fr-fr`. */
  locale: string;
  theme: TeamsTheme;
  /** In a meeting's side panel: the meeting chat's thread id (also found in the join link). */
  meetingChatId?: string | undefined;
}

export type TeamsTheme = 'default' | 'dark' | 'contrast';

function toTeamsTheme(theme: string | undefined): TeamsTheme {
  // "glass" and future themes fall back to the light one.
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * Detects Microsoft Teams. Outside it `app.initialize()` rejects within milliseconds ("No
 * Parent window found"); the timeout covers hosts that neither answer nor reject (a page
 * framed by something that is not Teams).
 */
export async function detectTeams(timeoutMs = 1500): Promise<TeamsHost | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  const detection = (async (): Promise<TeamsHost | undefined> => {
    try {
      await app.initialize();
      const context = await app.getContext();
      return {
        locale: context.app.locale,
        theme: toTeamsTheme(context.app.theme),
        meetingChatId: context.meeting?.id ? context.chat?.id : undefined,
      };
    } catch {
      return undefined;
    }
  })();
  try {
    return await Promise.race([detection, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Follows the user's theme changes in Teams. */
export function onTeamsThemeChange(handler: (theme: TeamsTheme) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(toTeamsTheme(theme)));
}

/** Tells Teams the tab has loaded (hides its loading indicator). */
export function notifyTeamsLoaded(): void {
  void app.notifySuccess().catch(() => undefined);
}

/** Teams single sign-on: an Entra ID access token for this app's API (cached by Teams). */
export function teamsToken(): Promise<string> {
  return authentication.getAuthToken();
}

/**
 * The configurable tab's configuration page: saving adds the committee dashboard to the
 * channel. Nothing to choose, so the configuration is valid at once.
 */
export function registerTabConfiguration(origin: string, displayName: string): void {
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig({
        entityId: 'copil',
        contentUrl: `${origin}/dashboard`,
        websiteUrl: `${origin}/dashboard`,
        suggestedDisplayName: displayName,
      })
      .then(
        () => saveEvent.notifySuccess(),
        (error: unknown) => saveEvent.notifyFailure(String(error)),
      );
  });
  pages.config.setValidityState(true);
}

/** The Teams host the tab runs in (undefined in a plain browser). */
export const TeamsHostContext = createContext<TeamsHost | undefined>(undefined);

export function useTeamsHost(): TeamsHost | undefined {
  return useContext(TeamsHostContext);
}
