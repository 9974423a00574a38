import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useT, type MessageKey } from '../../i18n/i18n.js';
import { linkHandler } from '../../router.js';

const useDecisionsNavStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  link: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
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
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ':hover': { borderBottomColor: tokens.colorCompoundBrandStrokeHover },
  },
});

export const DECISIONS_PATHS: { path: string; label: MessageKey }[] = [
  { path: '/decisions', label: 'decisionsNav.decisions' },
  { path: '/communications', label: 'decisionsNav.communications' },
  { path: '/revisions', label: 'decisionsNav.revisions' },
];

/**
 * The "Décisions" section's own navigation: decisions and votes (R5.7, R13.2), communications
 * (R10) and revisions of the manual (R13). One entry in the main navigation keeps it short
 * enough for the 360 px meeting side panel.
 */
export function DecisionsNav({ current }: { current: string }) {
  const { t } = useT();
  const styles = useDecisionsNavStyles();
  return (
    <nav aria-label={t('decisionsNav.label')}>
      <ul className={styles.list}>
        {DECISIONS_PATHS.map(({ path, label }) => (
          <li key={path}>
            <a
              href={path}
              onClick={linkHandler(path)}
              aria-current={current === path ? 'page' : undefined}
              className={mergeClasses(styles.link, current === path && styles.current)}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
