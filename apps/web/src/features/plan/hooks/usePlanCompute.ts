// Live computation of the activity plan: waits for the user to stop changing the what-if, then posts it once,
// aborting the request still running for the previous settings so that an old answer never overwrites a new one.
import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import type { PlanComputeRequest, PlanResult } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

export interface PlanComputeState {
  result: PlanResult | null;
  error: ApiError | null;
  /** True from the first change until the answer for the latest settings arrives. */
  pending: boolean;
}

/** Recomputes `request` (compared by value) `debounceMs` after its last change; `null` waits. */
export function usePlanCompute(request: PlanComputeRequest | null, debounceMs = 400): PlanComputeState {
  const lang = useLang();
  const [state, setState] = useState<PlanComputeState>({
    result: null,
    error: null,
    pending: request !== null,
  });
  const controller = useRef<AbortController | null>(null);
  const key = request === null ? null : JSON.stringify(request);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `lang` asks again so that the sentences come back in the new language (the client sends it).
  useEffect(() => {
    if (key === null) return;
    // The settings changed: whatever is in flight answers a question nobody asks any more.
    controller.current?.abort();
    controller.current = null;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    const timer = setTimeout(() => {
      const mine = new AbortController();
      controller.current = mine;
      api
        .post<PlanResult>('/api/plans/compute', JSON.parse(key) as PlanComputeRequest, {
          signal: mine.signal,
        })
        .then((result) => {
          if (!mine.signal.aborted) setState({ result, error: null, pending: false });
        })
        .catch((e: unknown) => {
          if (mine.signal.aborted) return;
          const error = e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e));
          setState((s) => ({ result: s.result, error, pending: false }));
        });
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [key, lang, debounceMs]);

  useEffect(() => () => controller.current?.abort(), []);
  return state;
}
