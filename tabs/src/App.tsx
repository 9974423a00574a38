import { Button, FluentProvider, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CommitteeProvider, useComposition } from './api/committee.js';
import { ApiError, createApi, fetchConfig, type AppConfig, type MeView } from './api/client.js';
import { useResource } from './api/resource.js';
import { ServerClockProvider } from './api/server-clock.js';
import { OpenInTeamsScreen } from './auth/OpenInTeamsScreen.js';
import { clearSession, loadSession, type LocalSession } from './auth/session.js';
import { SessionContext, type Session } from './auth/session-context.js';
import { SignInScreen } from './auth/SignInScreen.js';
import { AppShell, type ShellLanguage } from './components/AppShell.js';
import { ExampleBanner } from './components/ExampleBanner.js';
import { ProblemMessage } from './components/ProblemMessage.js';
import { PublicShell } from './components/PublicShell.js';
import {
  directionOf,
  I18nProvider,
  storedLocale,
  storeLocale,
  toLocale,
  useT,
  type Locale,
} from './i18n/i18n.js';
import { usePath } from './router.js';
import { DashboardScreen } from './screens/DashboardScreen.js';
import { CommunicationsScreen } from './screens/decisions/CommunicationsScreen.js';
import { DecisionScreen } from './screens/decisions/DecisionScreen.js';
import { DecisionsScreen } from './screens/decisions/DecisionsScreen.js';
import { RevisionsScreen } from './screens/decisions/RevisionsScreen.js';
import { MeetingDetailScreen } from './screens/MeetingDetailScreen.js';
import { MeetingScreen } from './screens/MeetingScreen.js';
import { MeetingsScreen } from './screens/MeetingsScreen.js';
import { MembersScreen } from './screens/MembersScreen.js';
import { NotFoundScreen } from './screens/NotFoundScreen.js';
import { ConfigScreen } from './teams/ConfigScreen.js';
import {
  detectTeams,
  notifyTeamsLoaded,
  onTeamsThemeChange,
  TeamsHostContext,
  teamsToken,
  type TeamsHost,
  type TeamsTheme,
} from './teams/teams.js';
import { themeFor, useSystemTheme } from './theme.js';

interface Boot {
  config: AppConfig;
  teams: TeamsHost | undefined;
}

/** The screen for a path, inside the signed-in shell. */
function Route({ path }: { path: string }) {
  const meetingId = /^\/meetings\/([^/]+)$/.exec(path)?.[1];
  if (meetingId) return <MeetingDetailScreen id={decodeURIComponent(meetingId)} />;
  const decisionId = /^\/decisions\/([^/]+)$/.exec(path)?.[1];
  if (decisionId) return <DecisionScreen id={decodeURIComponent(decisionId)} />;
  switch (path) {
    case '/':
    case '/dashboard':
      return <DashboardScreen />;
    case '/members':
      return <MembersScreen />;
    case '/meetings':
      return <MeetingsScreen />;
    case '/meeting':
      return <MeetingScreen />;
    case '/decisions':
      return <DecisionsScreen />;
    case '/communications':
      return <CommunicationsScreen />;
    case '/revisions':
      return <RevisionsScreen />;
    default:
      return <NotFoundScreen />;
  }
}

/** The main navigation's entry for a path: a meeting under Meetings, a vote under Decisions. */
function sectionOf(path: string): string {
  if (path === '/') return '/dashboard';
  if (path.startsWith('/meetings/')) return '/meetings';
  if (path.startsWith('/decisions/') || path === '/communications' || path === '/revisions') {
    return '/decisions';
  }
  return path;
}

function SignedInShell({ path, language }: { path: string; language: ShellLanguage }) {
  const composition = useComposition();
  return (
    <AppShell
      path={sectionOf(path)}
      language={language}
      banner={
        <>
          {language.error !== undefined && <ProblemMessage error={language.error} />}
          {composition.data?.example ? <ExampleBanner /> : null}
        </>
      }
    >
      <Route path={path} />
    </AppShell>
  );
}

/**
 * Loads who the person is, then shows the committee. The person's language (issue 3/8 item 2)
 * comes from the register and wins over the browser's choice and Teams' language; the menu
 * saves a new choice there (and says so if it could not).
 */
function SignedIn({
  token,
  onUnauthorized,
  signOut,
  path,
  onLocaleChange,
  onPersonLocale,
  inTeams,
}: {
  token: () => Promise<string>;
  onUnauthorized: () => void;
  signOut?: (() => void) | undefined;
  path: string;
  onLocaleChange?: ((l: Locale) => void) | undefined;
  onPersonLocale: (locale: Locale | null) => void;
  inTeams: boolean;
}) {
  const { t } = useT();
  const api = useMemo(() => createApi({ token, onUnauthorized }), [token, onUnauthorized]);
  const me = useResource(() => api.me(), api);
  const [saved, setSaved] = useState<MeView>();
  const [languageError, setLanguageError] = useState<unknown>();
  const current = saved ?? me.data;
  useEffect(() => {
    if (current) onPersonLocale(current.locale ?? null);
  }, [current, onPersonLocale]);
  // Signed out: the person's choice no longer applies to the page.
  useEffect(() => () => onPersonLocale(null), [onPersonLocale]);
  const chooseLanguage = useCallback(
    (next: Locale | null) => {
      setLanguageError(undefined);
      api.setLanguage(next).then(
        (updated) => {
          setSaved(updated);
          if (next) onLocaleChange?.(next);
        },
        (error: unknown) => setLanguageError(error),
      );
    },
    [api, onLocaleChange],
  );
  const language = useMemo<ShellLanguage>(
    () => ({
      chosen: current?.locale,
      onChange: (next) => chooseLanguage(next),
      ...(inTeams ? { onFollowClient: () => chooseLanguage(null) } : {}),
      error: languageError,
    }),
    [current?.locale, chooseLanguage, inTeams, languageError],
  );
  const session = useMemo<Session | undefined>(
    () => (current ? { api, me: current, ...(signOut ? { signOut } : {}) } : undefined),
    [api, current, signOut],
  );
  if (!session) {
    return (
      <PublicShell onLocaleChange={onLocaleChange}>
        {me.error !== undefined ? (
          me.error instanceof ApiError ? (
            <>
              <ProblemMessage error={me.error} />
              <div>
                <Button onClick={() => void me.reload()}>{t('app.retry')}</Button>
              </div>
            </>
          ) : (
            // Not an API answer: Teams could not give a token.
            <OpenInTeamsScreen failed />
          )
        ) : (
          <Spinner label={t('app.loading')} />
        )}
      </PublicShell>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <ServerClockProvider>
        <CommitteeProvider>
          <SignedInShell path={path} language={language} />
        </CommitteeProvider>
      </ServerClockProvider>
    </SessionContext.Provider>
  );
}

function Content({
  boot,
  bootError,
  retry,
  onLocaleChange,
  onPersonLocale,
}: {
  boot: Boot | undefined;
  bootError: unknown;
  retry: () => void;
  onLocaleChange: ((l: Locale) => void) | undefined;
  onPersonLocale: (locale: Locale | null) => void;
}) {
  const { t } = useT();
  const path = usePath();
  const [session, setSession] = useState<LocalSession | undefined>(() => loadSession());
  const [expired, setExpired] = useState(false);
  const localToken = useCallback(
    () =>
      session ? Promise.resolve(session.accessToken) : Promise.reject(new Error('signed out')),
    [session],
  );
  const endLocalSession = useCallback(() => {
    clearSession();
    setSession(undefined);
    setExpired(true);
  }, []);
  const signOut = useCallback(() => {
    clearSession();
    setSession(undefined);
    setExpired(false);
  }, []);
  const ignore401 = useCallback(() => undefined, []);

  if (!boot) {
    return (
      <PublicShell onLocaleChange={onLocaleChange}>
        {bootError !== undefined ? (
          <>
            <ProblemMessage error={bootError} />
            <div>
              <Button onClick={retry}>{t('app.retry')}</Button>
            </div>
          </>
        ) : (
          <Spinner label={t('app.loading')} />
        )}
      </PublicShell>
    );
  }
  if (path === '/config') {
    return (
      <PublicShell onLocaleChange={onLocaleChange}>
        <ConfigScreen inTeams={boot.teams !== undefined} />
      </PublicShell>
    );
  }
  if (boot.config.signIn === 'teams') {
    if (!boot.teams) {
      return (
        <PublicShell onLocaleChange={onLocaleChange}>
          <OpenInTeamsScreen />
        </PublicShell>
      );
    }
    return (
      <SignedIn
        token={teamsToken}
        onUnauthorized={ignore401}
        path={path}
        onPersonLocale={onPersonLocale}
        inTeams
      />
    );
  }
  if (!session) {
    return (
      <PublicShell onLocaleChange={onLocaleChange}>
        <SignInScreen
          expired={expired}
          onSignedIn={(next) => {
            setExpired(false);
            setSession(next);
          }}
        />
      </PublicShell>
    );
  }
  return (
    <SignedIn
      key={session.personId}
      token={localToken}
      onUnauthorized={endLocalSession}
      signOut={signOut}
      path={path}
      onLocaleChange={onLocaleChange}
      onPersonLocale={onPersonLocale}
      inTeams={false}
    />
  );
}

/**
 * The committee tab. Detects Teams (language, theme and SSO come from it) or runs in a plain
 * browser with the local sign-in, a language menu and the system's colour preference.
 */
export function App() {
  const [attempt, setAttempt] = useState(0);
  const [boot, setBoot] = useState<Boot>();
  const [bootError, setBootError] = useState<unknown>();
  const [chosenLocale, setChosenLocale] = useState<Locale>(storedLocale);
  const [teamsTheme, setTeamsTheme] = useState<TeamsTheme>('default');
  const systemTheme = useSystemTheme();

  useEffect(() => {
    let cancelled = false;
    Promise.all([detectTeams(), fetchConfig()]).then(
      ([teams, config]) => {
        if (cancelled) return;
        if (teams) {
          setTeamsTheme(teams.theme);
          onTeamsThemeChange(setTeamsTheme);
          notifyTeamsLoaded();
        }
        setBoot({ config, teams });
      },
      (error: unknown) => {
        if (!cancelled) setBootError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  // The signed-in person's own choice (issue 3/8 item 2), once known; `null`: none made.
  const [personLocale, setPersonLocale] = useState<Locale | null>(null);
  const inTeams = boot?.teams !== undefined;
  const locale = personLocale ?? (boot?.teams ? toLocale(boot.teams.locale) : chosenLocale);
  const dir = directionOf(locale);
  const theme = themeFor(inTeams ? teamsTheme : systemTheme, inTeams);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);

  const changeLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setChosenLocale(next);
  }, []);

  return (
    <FluentProvider theme={theme} dir={dir}>
      <I18nProvider locale={locale}>
        <TeamsHostContext.Provider value={boot?.teams}>
          <DocumentTitle />
          <Content
            boot={boot}
            bootError={bootError}
            retry={() => {
              setBootError(undefined);
              setAttempt((n) => n + 1);
            }}
            onLocaleChange={inTeams ? undefined : changeLocale}
            onPersonLocale={setPersonLocale}
          />
        </TeamsHostContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}

function DocumentTitle() {
  const { t } = useT();
  const title = t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
