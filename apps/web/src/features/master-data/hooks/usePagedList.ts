// Server-side paging, sorting and filtering of one master-data list (`GET /api/:entity`).
import type { SortingState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import type { Page } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';

export const PAGE_SIZE = 50;
/** Typing pauses this long before the filter is sent, so that each keystroke does not query the server. */
const FILTER_DELAY_MS = 300;

export function usePagedList<T>(entity: string, defaultSort: string) {
  const [filter, setFilter] = useState('');
  const [q, setQ] = useState('');
  const [clientId, setClientId] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: defaultSort, desc: false }]);
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    const handle = setTimeout(() => {
      setQ(filter.trim());
      setOffset(0);
    }, FILTER_DELAY_MS);
    return () => clearTimeout(handle);
  }, [filter]);

  const sort = sorting[0];
  const result = useApi<Page<T>>(`/api/${entity}`, {
    q,
    sort: sort?.id,
    order: sort ? (sort.desc ? 'desc' : 'asc') : undefined,
    limit: PAGE_SIZE,
    offset,
    clientId,
  });

  return {
    ...result,
    filter,
    setFilter,
    clientId,
    setClientId: (id: string) => {
      setClientId(id);
      setOffset(0);
    },
    sorting,
    setSorting: (s: SortingState) => {
      setSorting(s);
      setOffset(0);
    },
    offset,
    setOffset,
  };
}
