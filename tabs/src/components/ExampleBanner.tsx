import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useT } from '../i18n/i18n.js';

/** The register holds the fictional example committee: say so on every screen. */
export function ExampleBanner() {
  const { t } = useT();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="example-banner">
      <MessageBarBody>
        <MessageBarTitle>{t('app.example')}</MessageBarTitle>
        {t('app.exampleDetail')}
      </MessageBarBody>
    </MessageBar>
  );
}
