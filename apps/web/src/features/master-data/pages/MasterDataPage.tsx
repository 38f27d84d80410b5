// One master-data list (SKUs, locations, staff, clients) with filter, client filter, server sort and paging.
import { formatNumber } from '@logipilot/i18n';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import type { MasterEntity } from '../../../app/router.ts';
import { CLIENT_SCOPED, columnsFor } from '../components/columns.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { ExportLink } from '../components/ExportLink.tsx';
import { useLookups } from '../hooks/useLookups.ts';
import { PAGE_SIZE, usePagedList } from '../hooks/usePagedList.ts';

/** Lists the API can export as a workbook (GET /api/export/:entity); clients have no import/export template. */
const EXPORTABLE: Record<MasterEntity, boolean> = {
  skus: true,
  locations: true,
  employees: true,
  clients: false,
};

const DEFAULT_SORT: Record<MasterEntity, string> = {
  skus: 'code',
  locations: 'code',
  employees: 'lastName',
  clients: 'code',
};

export function MasterDataPage({ entity }: { entity: MasterEntity }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = usePagedList<{ id: string }>(entity, DEFAULT_SORT[entity]);
  const clientScoped = CLIENT_SCOPED[entity];
  const { lookups, clientList } = useLookups(clientScoped, entity === 'locations');
  const columns = useMemo(() => columnsFor(entity, t, lang, lookups), [entity, t, lang, lookups]);

  const total = list.data?.total ?? 0;
  const rows = list.data?.items ?? [];
  const from = total === 0 ? 0 : list.offset + 1;
  const to = Math.min(total, list.offset + rows.length);

  return (
    <div className="page">
      <h1>
        {t(`web.nav.${entity}`)} <span className="muted">· {t('web.nav.masterData')}</span>
      </h1>
      <div className="toolbar">
        <label className="inline">
          {t('web.masterData.filter')}
          <input
            type="search"
            value={list.filter}
            placeholder={t('web.masterData.filterPlaceholder')}
            onChange={(e) => list.setFilter(e.target.value)}
            data-testid="filter"
          />
        </label>
        {clientScoped && (
          <label className="inline">
            {t('web.masterData.client')}
            <select
              value={list.clientId}
              onChange={(e) => list.setClientId(e.target.value)}
              data-testid="client-filter"
            >
              <option value="">{t('web.masterData.allClients')}</option>
              {clientList.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code} – {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="spacer" />
        {list.loading && <span className="muted">{t('common.state.loading')}</span>}
        <span className="muted" data-testid="range">
          {t('web.masterData.range', {
            from: formatNumber(lang, from),
            to: formatNumber(lang, to),
            total: formatNumber(lang, total),
          })}
        </span>
        {EXPORTABLE[entity] && <ExportLink entity={entity} />}
        <button
          type="button"
          disabled={list.offset === 0}
          onClick={() => list.setOffset(Math.max(0, list.offset - PAGE_SIZE))}
        >
          {t('common.action.previous')}
        </button>
        <button type="button" disabled={to >= total} onClick={() => list.setOffset(list.offset + PAGE_SIZE)}>
          {t('common.action.next')}
        </button>
      </div>
      {list.error && <p className="alert error">{list.error.message}</p>}
      <div className="table-wrap">
        <DataTable
          columns={columns}
          rows={rows}
          sorting={list.sorting}
          onSortingChange={list.setSorting}
          rowId={(row) => row.id}
          testId={`table-${entity}`}
        />
      </div>
    </div>
  );
}
