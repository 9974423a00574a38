import { Link } from '@fluentui/react-components';
import { useT } from '../i18n/i18n.js';
import { linkHandler } from '../router.js';
import { useScreenStyles } from '../components/screen-styles.js';

export function NotFoundScreen() {
  const { t } = useT();
  const screen = useScreenStyles();
  return (
    <>
      <h1 className={screen.h1}>{t('notFound.title')}</h1>
      <Link href="/dashboard" onClick={linkHandler('/dashboard')}>
        {t('notFound.back')}
      </Link>
    </>
  );
}
