// Localised column definitions of each master-data table; the column id is the API's sort field.
import { formatNumber, type Lang } from '@logipilot/i18n';
import type { TFunction } from 'i18next';
import type { MasterEntity } from '../../../app/router.ts';
import { TemperatureBadge } from '../../overview/components/TemperatureBadge.tsx';
import type { Columns } from './DataTable.tsx';
import type { ClientRow, EmployeeRow, LocationRow, SkuRow } from './rows.ts';

export interface Lookups {
  clients: Map<string, { code: string; name: string }>;
  zones: Map<string, { code: string }>;
}

const num = { numeric: true };
const plain = { enableSorting: false };

/** TanStack sorts only accessor columns; a column's id is its API field, so the accessor reads that field. */
function sortable(columns: Columns<{ id: string }>): Columns<{ id: string }> {
  return columns.map((c) =>
    c.enableSorting === false || typeof c.id !== 'string'
      ? c
      : ({
          ...c,
          accessorFn: (row: { id: string }) => (row as Record<string, unknown>)[c.id as string],
        } as typeof c),
  );
}

function header(t: TFunction, key: string) {
  return () => t(`web.masterData.columns.${key}`);
}

function skuColumns(t: TFunction, lang: Lang, lookups: Lookups): Columns<SkuRow> {
  return [
    {
      id: 'code',
      header: header(t, 'sku'),
      cell: ({ row }) => <span className="code">{row.original.code}</span>,
    },
    { id: 'description', header: header(t, 'description'), cell: ({ row }) => row.original.description },
    {
      id: 'clientId',
      header: header(t, 'client'),
      cell: ({ row }) => {
        const client = lookups.clients.get(row.original.clientId);
        return client ? <span title={client.name}>{client.code}</span> : row.original.clientId;
      },
    },
    { id: 'family', header: header(t, 'family'), cell: ({ row }) => row.original.family },
    {
      id: 'temperatureClass',
      header: header(t, 'temperatureClass'),
      cell: ({ row }) => <TemperatureBadge value={row.original.temperatureClass} />,
    },
    {
      id: 'weightKg',
      header: header(t, 'weightKg'),
      meta: num,
      cell: ({ row }) => formatNumber(lang, row.original.weightKg, { maximumFractionDigits: 3 }),
    },
    {
      id: 'unitsPerCase',
      header: header(t, 'unitsPerCase'),
      meta: num,
      cell: ({ row }) => formatNumber(lang, row.original.unitsPerCase),
    },
    {
      id: 'unitsPerPallet',
      header: header(t, 'unitsPerPallet'),
      meta: num,
      ...plain,
      cell: ({ row }) => {
        const s = row.original;
        return formatNumber(lang, s.unitsPerCase * s.casesPerLayer * s.layersPerPallet);
      },
    },
    { id: 'adrClass', header: header(t, 'adrClass'), cell: ({ row }) => row.original.adrClass ?? '' },
  ];
}

function locationColumns(t: TFunction, lang: Lang, lookups: Lookups): Columns<LocationRow> {
  return [
    {
      id: 'code',
      header: header(t, 'code'),
      cell: ({ row }) => <span className="code">{row.original.code}</span>,
    },
    {
      id: 'zoneId',
      header: header(t, 'zone'),
      cell: ({ row }) => lookups.zones.get(row.original.zoneId)?.code ?? row.original.zoneId,
    },
    { id: 'aisle', header: header(t, 'aisle'), cell: ({ row }) => row.original.aisle },
    { id: 'type', header: header(t, 'type'), cell: ({ row }) => t(`site.locationType.${row.original.type}`) },
    {
      id: 'level',
      header: header(t, 'level'),
      meta: num,
      cell: ({ row }) => formatNumber(lang, row.original.level),
    },
    {
      id: 'maxLoadKg',
      header: header(t, 'maxLoadKg'),
      meta: num,
      cell: ({ row }) => formatNumber(lang, row.original.maxLoadKg),
    },
    {
      id: 'occupied',
      header: header(t, 'occupied'),
      cell: ({ row }) => (row.original.occupied ? t('common.state.yes') : t('common.state.no')),
    },
  ];
}

function employeeColumns(t: TFunction, lang: Lang): Columns<EmployeeRow> {
  return [
    {
      id: 'number',
      header: header(t, 'number'),
      cell: ({ row }) => <span className="code">{row.original.number}</span>,
    },
    { id: 'lastName', header: header(t, 'lastName'), cell: ({ row }) => row.original.lastName },
    { id: 'firstName', header: header(t, 'firstName'), cell: ({ row }) => row.original.firstName },
    {
      id: 'jobRole',
      header: header(t, 'jobRole'),
      cell: ({ row }) => (row.original.jobRole ? t(`site.jobRole.${row.original.jobRole}`) : ''),
    },
    {
      id: 'contract',
      header: header(t, 'contract'),
      ...plain,
      cell: ({ row }) => t(`site.contractKind.${row.original.contract.kind}`),
    },
    {
      id: 'weeklyHours',
      header: header(t, 'weeklyHours'),
      meta: num,
      cell: ({ row }) => formatNumber(lang, row.original.weeklyHours),
    },
    { id: 'team', header: header(t, 'team'), cell: ({ row }) => row.original.team },
    {
      id: 'qualifications',
      header: header(t, 'qualifications'),
      ...plain,
      cell: ({ row }) => qualificationSummary(t, row.original.qualifications),
    },
  ];
}

/**
 * One entry per licence (a CACES and the employer's authorisation for the same category are one line, marked
 * "authorised"), then the other qualifications by scheme (SST…); medical data is never listed here.
 */
function qualificationSummary(t: TFunction, qualifications: EmployeeRow['qualifications']): string {
  const labelOf = (q: EmployeeRow['qualifications'][number]) =>
    `${q.scheme ?? ''} ${q.category ?? ''}`.trim();
  const authorised = new Set(qualifications.filter((q) => q.kind === 'driving_authorisation').map(labelOf));
  const licences = [...new Set(qualifications.filter((q) => q.kind === 'licence').map(labelOf))];
  const others = [...new Set(qualifications.filter((q) => q.kind === 'other' && q.scheme).map(labelOf))];
  return [
    ...licences.map((l) => (authorised.has(l) ? t('web.masterData.licenceAuthorised', { licence: l }) : l)),
    ...others,
  ].join(', ');
}

function clientColumns(t: TFunction): Columns<ClientRow> {
  return [
    {
      id: 'code',
      header: header(t, 'code'),
      cell: ({ row }) => <span className="code">{row.original.code}</span>,
    },
    { id: 'name', header: header(t, 'name'), cell: ({ row }) => row.original.name },
    { id: 'sector', header: header(t, 'sector'), cell: ({ row }) => row.original.sector ?? '' },
    {
      id: 'language',
      header: header(t, 'language'),
      cell: ({ row }) => (row.original.language ? t(`common.language.${row.original.language}`) : ''),
    },
  ];
}

export type RowOf<E extends MasterEntity> = {
  skus: SkuRow;
  locations: LocationRow;
  employees: EmployeeRow;
  clients: ClientRow;
}[E];

/** Column definitions of `entity`; typed loosely at this seam because the page handles the four entities alike. */
export function columnsFor(
  entity: MasterEntity,
  t: TFunction,
  lang: Lang,
  lookups: Lookups,
): Columns<{ id: string }> {
  switch (entity) {
    case 'skus':
      return sortable(skuColumns(t, lang, lookups) as unknown as Columns<{ id: string }>);
    case 'locations':
      return sortable(locationColumns(t, lang, lookups) as unknown as Columns<{ id: string }>);
    case 'employees':
      return sortable(employeeColumns(t, lang) as unknown as Columns<{ id: string }>);
    case 'clients':
      return sortable(clientColumns(t) as unknown as Columns<{ id: string }>);
  }
}

/** Lists with a client column get the client filter (a multi-client 3PL site). */
export const CLIENT_SCOPED: Record<MasterEntity, boolean> = {
  skus: true,
  locations: false,
  employees: false,
  clients: false,
};
