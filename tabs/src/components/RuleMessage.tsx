import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Verdict } from '../api/client.js';
import { useT } from '../i18n/i18n.js';

const useRuleMessageStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  badge: { flexShrink: 0 },
});

/** The manual's rule id, e.g. "R3.2", as a badge; its accessible name says "Rule R3.2". */
export function RuleBadge({ rule }: { rule: string }) {
  const { t } = useT();
  const styles = useRuleMessageStyles();
  return (
    <Badge
      className={styles.badge}
      appearance="outline"
      color="informative"
      shape="rounded"
      aria-label={t('problem.rule', { rule })}
      role="img"
    >
      {rule}
    </Badge>
  );
}

/** A rule verdict from the API: its id as a badge and its sentence in the UI language. */
export function RuleMessage({ verdict, className }: { verdict: Verdict; className?: string }) {
  const { pick } = useT();
  const styles = useRuleMessageStyles();
  return (
    <span className={mergeClasses(styles.root, className)} data-rule={verdict.rule}>
      <RuleBadge rule={verdict.rule} />
      <span>{pick(verdict.message)}</span>
    </span>
  );
}
