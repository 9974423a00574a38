import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { TeamsTheme } from './teams/teams.js';

/**
 * Fluent themes: Teams' own three inside Teams; outside, the web light theme unless the
 * system asks for dark or forced colours (Windows high contrast).
 */
export function themeFor(kind: TeamsTheme, inTeams: boolean): Theme {
  switch (kind) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    case 'default':
      return inTeams ? teamsLightTheme : webLightTheme;
  }
}

const DARK = '(prefers-color-scheme: dark)';
const FORCED = '(forced-colors: active)';

function systemTheme(): TeamsTheme {
  if (typeof window.matchMedia !== 'function') return 'default';
  if (window.matchMedia(FORCED).matches) return 'contrast';
  return window.matchMedia(DARK).matches ? 'dark' : 'default';
}

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const queries = [window.matchMedia(DARK), window.matchMedia(FORCED)];
  queries.forEach((query) => query.addEventListener('change', onChange));
  return () => queries.forEach((query) => query.removeEventListener('change', onChange));
}

/** The browser's colour preference, followed live. */
export function useSystemTheme(): TeamsTheme {
  return useSyncExternalStore(subscribe, systemTheme);
}
