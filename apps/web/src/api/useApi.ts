// React hook that loads one API resource, keeps the last answer while reloading and ignores stale answers.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, type Query } from './client.ts';

export interface ApiState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Loads `path` with `query`; pass `path = null` to wait. The query is compared by value. */
export function useApi<T>(path: string | null, query: Query = {}): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const queryKey = JSON.stringify(query);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger, read by no line.
  useEffect(() => {
    if (path === null) return;
    const ticket = ++latest.current;
    setLoading(true);
    api
      .get<T>(path, JSON.parse(queryKey) as Query)
      .then((answer) => {
        if (ticket !== latest.current) return;
        setData(answer);
        setError(null);
      })
      .catch((e: unknown) => {
        if (ticket !== latest.current) return;
        setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  }, [path, queryKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
