import { Text } from '@fluentui/react-components';
import { useT } from '../i18n/i18n.js';
import { DashboardScreen } from './DashboardScreen.js';
import { useScreenStyles } from '../components/screen-styles.js';

/** The meeting side panel: the composition for now; meeting tools come with a later issue. */
export function MeetingScreen() {
  const { t } = useT();
  const screen = useScreenStyles();
  return (
    <>
      <h1 className={screen.h1}>{t('meeting.title')}</h1>
      <Text className={screen.intro}>{t('meeting.later')}</Text>
      <DashboardScreen compact />
    </>
  );
}
