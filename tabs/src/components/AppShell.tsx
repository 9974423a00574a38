import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSession } from '../auth/session-context.js';
import { useT, type Locale, type MessageKey } from '../i18n/i18n.js';
import { linkHandler } from '../router.js';
import { LanguageMenu } from './LanguageMenu.js';
import { UserText } from './UserText.js';

const useAppShellStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  account: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  person: { display: 'flex', flexDirection: 'column' },
  role: { color: tokens.colorNeutralForeground2 },
  nav: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  navLink: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    ':hover': {
      color: tokens.colorNeutralForeground1,
      borderBottomColor: tokens.colorNeutralStroke1Hover,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  navCurrent: {
    color: tokens.colorNeutralForeground1,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ':hover': { borderBottomColor: tokens.colorCompoundBrandStrokeHover },
  },
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '80rem',
    boxSizing: 'border-box',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

const SECTIONS: { path: string; label: MessageKey }[] = [
  { path: '/dashboard', label: 'nav.dashboard' },
  { path: '/meetings', label: 'nav.meetings' },
  { path: '/decisions', label: 'nav.decisions' },
  { path: '/members', label: 'nav.members' },
];

/** The signed-in header's language menu: the person's choice, saved in the register. */
export interface ShellLanguage {
  chosen?: Locale | undefined;
  onChange: (locale: Locale) => void;
  onFollowClient?: () => void;
  /** Why the last choice could not be saved, if it could not. */
  error?: unknown;
}

export interface AppShellProps {
  path: string;
  /** The language menu: the person's choice, saved in the register (issue 3/8 item 2). */
  language?: ShellLanguage;
  /** Shown at the top of the main area (e.g. the example-committee banner). */
  banner?: ReactNode;
  children: ReactNode;
}

/** Header (committee, person, language, sign-out), section navigation and the main area. */
export function AppShell({ path, language, banner, children }: AppShellProps) {
  const { t, formatList } = useT();
  const { me, signOut } = useSession();
  const styles = useAppShellStyles();
  const roles = me.roles.length
    ? formatList(me.roles.map((role) => t(`role.${role}` as MessageKey)))
    : t('role.none');
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text className={styles.brand}>{t('app.name')}</Text>
        <div className={styles.account}>
          <div className={styles.person} data-testid="signed-in-person">
            <Text weight="semibold">
              <UserText>{me.person.displayName}</UserText>
            </Text>
            <Text size={200} className={styles.role}>
              {roles}
            </Text>
          </div>
          {language && (
            <LanguageMenu
              onChange={language.onChange}
              onFollowClient={language.onFollowClient}
              chosen={language.chosen}
            />
          )}
          {signOut && (
            <Button appearance="secondary" onClick={signOut}>
              {t('header.signOut')}
            </Button>
          )}
        </div>
      </header>
      <nav className={styles.nav} aria-label={t('nav.label')}>
        <ul className={styles.navList}>
          {SECTIONS.map((section) => {
            const current = path === section.path;
            return (
              <li key={section.path}>
                <a
                  href={section.path}
                  onClick={linkHandler(section.path)}
                  aria-current={current ? 'page' : undefined}
                  className={mergeClasses(styles.navLink, current && styles.navCurrent)}
                >
                  {t(section.label)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <main className={styles.main}>
        {banner}
        {children}
      </main>
    </div>
  );
}
