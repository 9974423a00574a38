import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useNow, useServerClock } from '../api/server-clock.js';
import { useT } from '../i18n/i18n.js';
import { useScreenStyles } from './screen-styles.js';

const useCountdownStyles = makeStyles({
  clock: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  closed: { color: tokens.colorStatusDangerForeground1 },
});

const two = (n: number) => String(n).padStart(2, '0');

export interface CountdownProps {
  /** The instant (exclusive) the countdown runs to. */
  until: string;
  /** Called once when the time is up (e.g. to ask the server what is allowed now). */
  onElapsed?: () => void;
}

/**
 * A live countdown on the server's clock. The digits tick every second for the eye; a screen
 * reader hears a polite live region that changes at most once a minute.
 */
export function Countdown({ until, onElapsed }: CountdownProps) {
  const { t, formatList } = useT();
  const screen = useScreenStyles();
  const styles = useCountdownStyles();
  const now = useNow(1000);
  const remaining = Math.max(0, Date.parse(until) - now);
  const elapsed = remaining === 0;

  const { synced } = useServerClock();
  // Only a countdown seen reaching zero reports it (not one already over when shown).
  const wasElapsed = useRef(elapsed);
  useEffect(() => {
    if (!synced) return;
    if (elapsed && !wasElapsed.current) onElapsed?.();
    wasElapsed.current = elapsed;
  }, [synced, elapsed, onElapsed]);

  const seconds = Math.floor(remaining / 1000);
  const days = Math.floor(seconds / 86_400);
  const clock = `${two(Math.floor((seconds % 86_400) / 3600))}:${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  // Spoken in whole minutes, rounded up, so it changes once a minute and never says 0 too early.
  const minutesLeft = Math.ceil(remaining / 60_000);
  const units = [
    { count: Math.floor(minutesLeft / 1440), key: 'unit.days' as const },
    { count: Math.floor((minutesLeft % 1440) / 60), key: 'unit.hours' as const },
    { count: minutesLeft % 60, key: 'unit.minutes' as const },
  ].filter((unit) => unit.count > 0);
  const spoken = elapsed
    ? t('countdown.closed')
    : t('countdown.spoken', {
        duration: formatList(units.map((unit) => t(unit.key, { count: unit.count }))),
      });

  // Before the server has told its time, a countdown would show the device's guess.
  if (!synced) return null;
  return (
    <span data-testid="countdown" data-elapsed={elapsed}>
      <span aria-hidden="true" className={mergeClasses(styles.clock, elapsed && styles.closed)}>
        {elapsed ? t('countdown.closed') : t('countdown.left', { days, clock })}
      </span>
      <span className={screen.visuallyHidden} aria-live="polite" aria-atomic="true">
        {spoken}
      </span>
    </span>
  );
}
