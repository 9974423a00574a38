import { makeStyles, mergeClasses, shorthands, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { CompositionView } from '../api/client.js';
import { useT } from '../i18n/i18n.js';
import { ParityFindingMessage } from './ParityFindingMessage.js';
import { RuleMessage } from './RuleMessage.js';

const useParityIndicatorStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
  },
  balanced: {
    ...shorthands.borderColor(tokens.colorStatusSuccessBorder1),
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorNeutralForeground1,
  },
  broken: {
    ...shorthands.borderColor(tokens.colorStatusDangerBorder1),
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
  },
  live: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  caption: { color: tokens.colorNeutralForeground2 },
  scale: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  count: { whiteSpace: 'nowrap' },
  sign: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase300 },
});

/**
 * R3.2 at all times: both colleges' active seats, whether they balance, and — when they do
 * not — the rule's sentence and what the manual requires to restore parity (e.g. after a
 * cessation); seats waiting for parity are counted apart. A live region, so a change of
 * parity is announced.
 */
export function ParityIndicator({
  parity,
  className,
}: {
  parity: CompositionView['parity'];
  className?: string;
}) {
  const { t } = useT();
  const styles = useParityIndicatorStyles();
  const titleId = useId();
  const seats = (count: number) => t('count.seats', { count });
  const pending = parity.pending.administration + parity.pending.civilSociety;
  return (
    <section
      className={mergeClasses(
        styles.root,
        parity.balanced ? styles.balanced : styles.broken,
        className,
      )}
      aria-labelledby={titleId}
      data-testid="parity"
      data-balanced={parity.balanced}
    >
      <div className={styles.live} role="status" aria-live="polite" aria-atomic="true">
        <Text id={titleId} size={200} className={styles.caption}>
          {t('parity.title')}
        </Text>
        <Text size={400} weight="bold">
          {parity.balanced ? t('parity.balanced') : t('parity.unbalanced')}
        </Text>
        <div className={styles.scale}>
          <span className={styles.count} data-testid="parity-administration">
            {t('parity.college', {
              college: t('college.administration'),
              seats: seats(parity.administration),
            })}
          </span>
          <span className={styles.sign} aria-hidden="true">
            {parity.balanced ? '=' : '≠'}
          </span>
          <span className={styles.count} data-testid="parity-civil-society">
            {t('parity.college', {
              college: t('college.civil_society'),
              seats: seats(parity.civilSociety),
            })}
          </span>
        </div>
        {parity.violation ? (
          <RuleMessage verdict={parity.violation} />
        ) : (
          <Text>{t('parity.explainBalanced')}</Text>
        )}
        {parity.imbalance && <ParityFindingMessage finding={parity.imbalance} />}
        {pending > 0 && (
          <Text size={200} data-testid="parity-pending">
            {t('parity.pending', { count: pending })}
          </Text>
        )}
      </div>
    </section>
  );
}
