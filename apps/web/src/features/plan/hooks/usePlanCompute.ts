// Live computation of the activity plan: waits for the user to stop changing the what-if, then posts it once,
// aborting the request still running for the previous settings so that an old answer never overwrites a new one.
import { errorMessage, translate } from '@logipilot/i18n';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import type { PlanComputeRequest, PlanResult } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

export interface PlanComputeState {
  result: PlanResult | null;
  error: ApiError | null;
  /** True from the first change until the answer for the latest settings arrives. */
  pending: boolean;
}

/** POST /api/plans/compute with an abort signal (the shared client has none). */
async function postCompute(
  body: PlanComputeRequest,
  lang: 'fr' | 'en',
  signal: AbortSignal,
): Promise<PlanResult> {
  let response: Response;
  try {
    response = await fetch('/api/plans/compute', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Accept-Language': lang,
        'X-Logipilot-Lang': lang,
      },
      credentials: 'same-origin',
      body: JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new ApiError(0, 'NETWORK', translate(lang, 'web.error.network'));
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; field?: string | null; params?: Record<string, unknown> };
    } | null;
    const code = answer?.error?.code ?? 'UNKNOWN';
    throw new ApiError(
      response.status,
      code,
      answer?.error?.message ?? errorMessage(lang, code, { code: `HTTP ${response.status}` }),
      { field: answer?.error?.field ?? null, params: answer?.error?.params ?? {} },
    );
  }
  return (await response.json()) as PlanResult;
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

  useEffect(() => {
    if (key === null) return;
    // The settings changed: whatever is in flight answers a question nobody asks any more.
    controller.current?.abort();
    controller.current = null;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    const timer = setTimeout(() => {
      const mine = new AbortController();
      controller.current = mine;
      postCompute(JSON.parse(key) as PlanComputeRequest, lang, mine.signal)
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
