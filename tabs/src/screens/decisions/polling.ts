import { useEffect, useLayoutEffect, useRef } from 'react';

/** Seconds between two reads of an open vote (the chair's live tally, a member's ballot). */
export const VOTE_POLL_SECONDS = 5;

/**
 * Calls `reload` every `intervalMs` while `active` (skipping ticks while the page is hidden),
 * e.g. to keep an open vote's tally live. Stops when the vote closes or the screen goes.
 */
export function usePolling(active: boolean, reload: () => unknown, intervalMs: number): void {
  const latest = useRef(reload);
  useLayoutEffect(() => {
    latest.current = reload;
  });
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void latest.current();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
}
