import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { LANGUAGE_NAMES, LOCALES, useT, type Locale } from '../i18n/i18n.js';

/** Outside Teams: the language menu (inside Teams the Teams language is followed). */
export function LanguageMenu({ onChange }: { onChange: (locale: Locale) => void }) {
  const { t, locale } = useT();
  return (
    <Menu
      checkedValues={{ language: [locale] }}
      onCheckedValueChange={(_, data) => {
        const next = data.checkedItems[0] as Locale | undefined;
        if (next) onChange(next);
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
