import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ParityFinding } from '../api/client.js';
import { useT } from '../i18n/i18n.js';
import { RuleBadge } from './RuleMessage.js';

const useParityFindingStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  remedy: { color: tokens.colorNeutralForeground2 },
});

/**
 * R3.2 as core returns it — a code and its params — rendered from the tab's catalog: why a
 * seat is pending or why the active composition is unbalanced, then what the manual requires
 * of the college that lacks seats (R4.1 designation letter, R4.6 selection).
 */
export function ParityFindingMessage({
  finding,
  className,
}: {
  finding: ParityFinding;
  className?: string;
}) {
  const { t } = useT();
  const styles = useParityFindingStyles();
  const { lacking, missing, remedy } = finding.params;
  return (
    <span
      className={mergeClasses(styles.root, className)}
      data-rule={finding.rule}
      data-key={finding.key}
      data-testid="parity-finding"
    >
      <RuleBadge rule={finding.rule} />
      <span className={styles.body}>
        <Text size={200}>
          {t(`parity.finding.${finding.key}`, {
            lacking: t(`parity.lacking.${lacking}`),
            missing,
          })}
        </Text>
        <Text size={200} className={styles.remedy}>
          {t(`parity.remedy.${remedy}`)}
        </Text>
      </span>
    </span>
  );
}
