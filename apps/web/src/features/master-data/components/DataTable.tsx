// Generic server-sorted table on TanStack Table v9: clickable headers toggle the sort, the server does the work.
import {
  type ColumnDef,
  type RowData,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';

export const tableFeatureSet = tableFeatures({ rowSortingFeature });
export type Features = typeof tableFeatureSet;
export type Columns<T extends RowData> = ColumnDef<Features, T>[];

interface Props<T extends RowData> {
  columns: Columns<T>;
  rows: T[];
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  rowId: (row: T) => string;
  testId?: string;
}

export function DataTable<T extends RowData>({
  columns,
  rows,
  sorting,
  onSortingChange,
  rowId,
  testId,
}: Props<T>) {
  const { t } = useTranslation();
  const table = useTable({
    features: tableFeatureSet,
    columns,
    data: rows,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    manualSorting: true,
    enableSortingRemoval: false,
    // Always ascending first, as in Excel; TanStack would start numeric columns descending.
    sortDescFirst: false,
    getRowId: (row) => rowId(row),
  });

  return (
    <table className="grid sortable" data-testid={testId}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const canSort = header.column.getCanSort();
              const sorted = header.column.getIsSorted();
              const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
              return (
                <th
                  key={header.id}
                  className={numeric ? 'num' : undefined}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {canSort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                      title={
                        sorted === 'asc'
                          ? t('web.masterData.sortAsc')
                          : sorted === 'desc'
                            ? t('web.masterData.sortDesc')
                            : undefined
                      }
                    >
                      <table.FlexRender header={header} />
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => {
              const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
              return (
                <td key={cell.id} className={numeric ? 'num' : undefined}>
                  <table.FlexRender cell={cell} />
                </td>
              );
            })}
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={columns.length} className="empty">
              {t('common.state.empty')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
