import { Text } from '@fluentui/react-components';
import { useT } from '../i18n/i18n.js';
import { useScreenStyles } from '../components/screen-styles.js';

/** Microsoft 365 mode opened in a plain browser: the app lives in Teams. */
export function OpenInTeamsScreen({ failed = false }: { failed?: boolean }) {
  const { t } = useT();
  const screen = useScreenStyles();
  return (
    <>
      <h1 className={screen.h1}>{t('signIn.teamsTitle')}</h1>
      <Text as="p">{failed ? t('signIn.teamsFailed') : t('signIn.teamsBody')}</Text>
    </>
  );
}
