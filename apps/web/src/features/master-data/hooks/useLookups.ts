// Client and zone names used to show codes instead of ids in the master-data tables.
import { useMemo } from 'react';
import type { Page } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import type { Lookups } from '../components/columns.tsx';

/** Enough for a site's clients and zones in one call; a site has tens of each. */
const LOOKUP_LIMIT = 500;

export function useLookups(needClients: boolean, needZones: boolean) {
  const clients = useApi<Page<{ id: string; code: string; name: string }>>(
    needClients ? '/api/clients' : null,
    {
      limit: LOOKUP_LIMIT,
      sort: 'code',
    },
  );
  const zones = useApi<Page<{ id: string; code: string }>>(needZones ? '/api/zones' : null, {
    limit: LOOKUP_LIMIT,
    sort: 'code',
  });
  const lookups = useMemo<Lookups>(
    () => ({
      clients: new Map((clients.data?.items ?? []).map((c) => [c.id, c])),
      zones: new Map((zones.data?.items ?? []).map((z) => [z.id, z])),
    }),
    [clients.data, zones.data],
  );
  return { lookups, clientList: clients.data?.items ?? [] };
}
