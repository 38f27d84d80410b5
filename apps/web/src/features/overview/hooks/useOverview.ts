// Loads the site overview and the plan (optionally filtered to one zone).
import type { SiteOverview, SitePlan } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';

export function useOverview() {
  return useApi<SiteOverview>('/api/site/overview');
}

export function usePlan(zoneId: string) {
  return useApi<SitePlan>('/api/site/plan', { zoneId });
}
