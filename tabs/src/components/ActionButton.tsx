import { Button, makeStyles, tokens, type ButtonProps } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { RefusedAction } from '../api/client.js';
import { useT } from '../i18n/i18n.js';
import { RuleBadge } from './RuleMessage.js';

const useActionButtonStyles = makeStyles({
  root: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    maxWidth: '100%',
  },
  reason: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    maxWidth: '48rem',
  },
});

/**
 * Whether a view offers an action at all: allowed now, or refused by a rule of the manual (then
 * shown disabled, with why). An action refused for the person's role, or not a step of the
 * record's state, is not offered.
 */
export function offered(can: boolean, cannot: RefusedAction | undefined): boolean {
  return can || cannot?.kind === 'rule';
}

export interface ActionButtonProps {
  /** The view's `can.<action>`. */
  can: boolean;
  /** The view's `cannot.<action>`: why the server refuses it now. */
  cannot: RefusedAction | undefined;
  /** Busy with another action: disabled for now, without a reason to give. */
  busy?: boolean;
  onClick: () => void;
  children: ReactNode;
  appearance?: ButtonProps['appearance'];
  icon?: ButtonProps['icon'];
  'aria-label'?: string;
}

/**
 * A button for an action the server decides (`can.*`, `cannot.*`), never the tab. Allowed: a
 * button. Refused by a rule of the manual (e.g. R5.7, R10.1): the button stays in its place,
 * disabled but focusable, with the rule and the sentence the server would refuse with beside it
 * (its accessible description) — so nobody fills a form only to be refused. Otherwise nothing.
 */
export function ActionButton({
  can,
  cannot,
  busy = false,
  onClick,
  children,
  ...look
}: ActionButtonProps) {
  const { pick } = useT();
  const styles = useActionButtonStyles();
  const reasonId = useId();
  if (can) {
    return (
      <Button {...look} disabled={busy} onClick={onClick}>
        {children}
      </Button>
    );
  }
  if (!cannot || cannot.kind !== 'rule') return null;
  return (
    <span className={styles.root}>
      <Button
        {...look}
        appearance={look.appearance === 'primary' ? 'secondary' : look.appearance}
        disabledFocusable
        aria-describedby={reasonId}
        data-refused-by={cannot.rule}
      >
        {children}
      </Button>
      <span
        id={reasonId}
        className={styles.reason}
        data-testid="action-reason"
        data-rule={cannot.rule}
      >
        {cannot.rule && <RuleBadge rule={cannot.rule} />}
        <span>{pick(cannot.message)}</span>
      </span>
    </span>
  );
}
