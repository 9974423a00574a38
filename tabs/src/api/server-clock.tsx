import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useSession } from '../auth/session-context.js';

/*
 * The server's time, as the tab shows it. Deadlines are judged by the server's clock (the
 * rules take `now` from it), so countdowns run from the server's `asOf`, not from the
 * device's clock, which may be off (or, in tests, years away from the server's).
 */

interface ServerClock {
  /** Server time minus device time, in milliseconds. */
  offsetMs: number;
  /** True once the server has told its time (until then the device's clock stands in). */
  synced: boolean;
  /** Aligns on a time the server just reported (a dashboard's `asOf`). */
  sync: (asOf: string) => void;
  /** Asks the server for its time again. */
  resync: () => Promise<void>;
}

const ServerClockContext = createContext<ServerClock>({
  offsetMs: 0,
  synced: false,
  sync: () => undefined,
  resync: () => Promise.resolve(),
});

export function ServerClockProvider({ children }: { children: ReactNode }) {
  const { api } = useSession();
  const [offsetMs, setOffsetMs] = useState(0);
  const [synced, setSynced] = useState(false);
  const sync = useCallback((asOf: string) => {
    const server = Date.parse(asOf);
    if (Number.isNaN(server)) return;
    setOffsetMs(server - Date.now());
    setSynced(true);
  }, []);
  /** The server's time, or undefined when it cannot be had. */
  const askServer = useCallback(
    () =>
      api.dashboard().then(
        (dashboard) => dashboard.asOf,
        () => undefined,
      ),
    [api],
  );
  const settle = useCallback(
    (asOf: string | undefined) => {
      if (asOf !== undefined) sync(asOf);
      // Without the server's time, the device's clock is the best guess.
      else setSynced(true);
    },
    [sync],
  );
  const resync = useCallback(async () => settle(await askServer()), [askServer, settle]);
  useEffect(() => {
    let current = true;
    // The offset is set when the server answers, never during the effect; `askServer` never
    // rejects (no answer is an answer), so nothing is left unhandled.
    void askServer().then((asOf) => {
      if (current) settle(asOf);
    });
    return () => {
      current = false;
    };
  }, [askServer, settle]);
  const value = useMemo(
    () => ({ offsetMs, synced, sync, resync }),
    [offsetMs, synced, sync, resync],
  );
  return <ServerClockContext.Provider value={value}>{children}</ServerClockContext.Provider>;
}

export function useServerClock(): ServerClock {
  return useContext(ServerClockContext);
}

/** The server's current time (epoch ms), re-rendering every `intervalMs`. */
export function useNow(intervalMs = 60_000): number {
  const { offsetMs } = useServerClock();
  const [device, setDevice] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setDevice(Date.now());
    // A new offset or interval is applied to the device's time of now, right after this
    // render (not during the effect, which would render twice), then every `intervalMs`.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [intervalMs, offsetMs]);
  return device + offsetMs;
}
