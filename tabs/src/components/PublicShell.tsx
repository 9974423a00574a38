import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT, type Locale } from '../i18n/i18n.js';
import { LanguageMenu } from './LanguageMenu.js';

const usePublicShellStyles = makeStyles({
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
  main: {
    width: '100%',
    maxWidth: '56rem',
    boxSizing: 'border-box',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

/** The frame of screens shown before sign-in (sign-in, "open in Teams", tab configuration). */
export function PublicShell({
  onLocaleChange,
  children,
}: {
  onLocaleChange?: ((locale: Locale) => void) | undefined;
  children: ReactNode;
}) {
  const { t } = useT();
  const styles = usePublicShellStyles();
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text className={styles.brand}>{t('app.name')}</Text>
        {onLocaleChange && <LanguageMenu onChange={onLocaleChange} />}
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
