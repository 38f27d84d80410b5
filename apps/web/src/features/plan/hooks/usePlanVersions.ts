// Saved plan versions: the list, saving the current computation under a name, and loading two for comparison.
import { useCallback, useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import type {
  Page,
  PlanComputeRequest,
  PlanKind,
  PlanResult,
  PlanVersionSummary,
} from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';

export interface SaveState {
  saving: boolean;
  error: ApiError | null;
  saved: PlanResult | null;
}

export function usePlanVersions() {
  const list = useApi<Page<PlanVersionSummary>>('/api/plans');
  const [save, setSave] = useState<SaveState>({ saving: false, error: null, saved: null });
  const { reload } = list;

  const saveVersion = useCallback(
    async (request: PlanComputeRequest, name: string, kind: PlanKind) => {
      setSave({ saving: true, error: null, saved: null });
      try {
        const saved = await api.post<PlanResult>('/api/plans', { ...request, name, kind });
        setSave({ saving: false, error: null, saved });
        reload();
        return saved;
      } catch (e) {
        setSave({
          saving: false,
          error: e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)),
          saved: null,
        });
        return null;
      }
    },
    [reload],
  );

  return { list, save, saveVersion };
}

/** One stored version, or nothing while `id` is empty. */
export function usePlanVersion(id: string) {
  return useApi<PlanResult>(id ? `/api/plans/${encodeURIComponent(id)}` : null);
}
