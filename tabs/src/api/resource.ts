import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, keeping the current data on screen until the new data arrives. */
  reload: () => Promise<void>;
}

/** One answer of `load()`, tagged with the request it answers. */
type Answer<T> =
  { request: number; ok: true; value: T } | { request: number; ok: false; failure: unknown };

/** Loads `load()` on mount (and when `key` changes); stale answers are dropped. */
export function useResource<T>(load: () => Promise<T>, key: unknown = undefined): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  // A new key is loading from its first render on (React: adjusting state when a prop changes).
  const [loadingKey, setLoadingKey] = useState(key);
  if (!Object.is(loadingKey, key)) {
    setLoadingKey(key);
    setLoading(true);
  }
  const generation = useRef(0);
  const loader = useRef(load);
  useLayoutEffect(() => {
    loader.current = load;
  });

  /** Starts a request; its answer says which one it was, so that only the latest is shown. */
  const request = useCallback((): Promise<Answer<T>> => {
    const mine = ++generation.current;
    return loader.current().then(
      (value) => ({ request: mine, ok: true, value }),
      (failure: unknown) => ({ request: mine, ok: false, failure }),
    );
  }, []);

  const settle = useCallback((answer: Answer<T>) => {
    if (answer.request !== generation.current) return;
    if (answer.ok) {
      setData(answer.value);
      setError(undefined);
    } else {
      setError(answer.failure);
    }
    setLoading(false);
  }, []);

  const reload = useCallback(async () => {
    setLoading(true);
    settle(await request());
  }, [request, settle]);

  useEffect(() => {
    // The state changes when the answer arrives, never during the effect; `request` never
    // rejects (a failure is an answer), so nothing is left unhandled.
    void request().then(settle);
  }, [request, settle, key]);

  return { data, error, loading, reload };
}
