import { Link, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useT } from '../i18n/i18n.js';
import { useScreenStyles } from '../components/screen-styles.js';
import { registerTabConfiguration } from './teams.js';

/**
 * The configurable tab's configuration page (`/config`): nothing to choose, so saving is
 * allowed at once and adds the dashboard (entity `copil`) to the channel.
 */
export function ConfigScreen({ inTeams }: { inTeams: boolean }) {
  const { t } = useT();
  const screen = useScreenStyles();
  useEffect(() => {
    if (inTeams) registerTabConfiguration(window.location.origin, t('app.name'));
  }, [inTeams, t]);
  return (
    <>
      <h1 className={screen.h1}>{t('config.title')}</h1>
      <Text as="p">{inTeams ? t('config.body') : t('config.outside')}</Text>
      {!inTeams && <Link href="/dashboard">{t('nav.dashboard')}</Link>}
    </>
  );
}
