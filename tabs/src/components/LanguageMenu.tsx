import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { LANGUAGE_NAMES, LOCALES, useT, type Locale } from '../i18n/i18n.js';

const FOLLOW_CLIENT = 'client';

/**
 * The language menu. Signed in, the choice is the person's, kept in the register (issue 3/8
 * item 2) for everything the app sends them; inside Teams, « follow Teams » forgets it.
 * `chosen` is the person's choice, when there is one.
 */
export function LanguageMenu({
  onChange,
  onFollowClient,
  chosen,
}: {
  onChange: (locale: Locale) => void;
  /** Offered when a choice can be forgotten in favour of the client's language (Teams). */
  onFollowClient?: (() => void) | undefined;
  chosen?: Locale | undefined;
}) {
  const { t, locale } = useT();
  const checked = onFollowClient && !chosen ? FOLLOW_CLIENT : locale;
  return (
    <Menu
      checkedValues={{ language: [checked] }}
      onCheckedValueChange={(_, data) => {
        const next = data.checkedItems[0];
        if (next === FOLLOW_CLIENT) onFollowClient?.();
        else if (next) onChange(next as Locale);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          aria-label={t('header.languageCurrent', { language: LANGUAGE_NAMES[locale] })}
        >
          {LANGUAGE_NAMES[locale]}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {onFollowClient && (
            <MenuItemRadio name="language" value={FOLLOW_CLIENT}>
              {t('header.languageFollowTeams')}
            </MenuItemRadio>
          )}
          {LOCALES.map((code) => (
            <MenuItemRadio key={code} name="language" value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
