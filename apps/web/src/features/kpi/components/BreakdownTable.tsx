// The current level's breakdown: one row per client, activity, team or operator, the dashboard's KPIs as columns;
// a row opens that key one level down.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { formatKpiValue } from '../kpiFormat.ts';
import type { Dimension, KpiBoard, KpiTile } from '../kpiTypes.ts';

export interface BreakdownTableProps {
  board: KpiBoard;
  /** KPI ids in the dashboard's order; those the breakdown has become columns. */
  columns: readonly string[];
  nameOf: (dimension: Dimension, key: string) => string;
  onOpen: ((key: string) => void) | null;
}

/** At most this many columns: a wider table no longer fits a laptop screen. */
const MAX_COLUMNS = 7;

export function BreakdownTable({ board, columns, nameOf, onOpen }: BreakdownTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const present = new Set(board.tiles.map((tile) => tile.id));
  const ids = columns.filter((id) => present.has(id)).slice(0, MAX_COLUMNS);
  const cell = new Map<string, KpiTile>(board.tiles.map((tile) => [`${tile.group}|${tile.id}`, tile]));
  if (board.groups.length === 0) return <p className="empty">{t('web-kpi.breakdown.none')}</p>;
  const rows = [...board.groups].sort((a, b) =>
    nameOf(board.groupBy, a).localeCompare(nameOf(board.groupBy, b), lang),
  );
  return (
    <div className="table-wrap kpi-breakdown">
      <table className="grid compact" data-testid="kpi-breakdown">
        <thead>
          <tr>
            <th>{t(`kpi.dimension.${board.groupBy}`)}</th>
            {ids.map((id) => (
              <th key={id} className="num" title={t(`kpi.kpi.${id}.formula`)}>
                {t(`kpi.kpi.${id}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((group) => {
            const name = nameOf(board.groupBy, group);
            return (
              <tr key={group} data-key={group}>
                <th scope="row">
                  {onOpen ? (
                    <button
                      type="button"
                      className="kpi-open"
                      onClick={() => onOpen(group)}
                      title={t('web-kpi.breakdown.open', { name })}
                    >
                      {name}
                    </button>
                  ) : (
                    name
                  )}
                </th>
                {ids.map((id) => {
                  const tile = cell.get(`${group}|${id}`);
                  return (
                    <td key={id} className={`num light-${tile?.status ?? 'none'}`}>
                      {tile && tile.status !== 'none' && (
                        <span className="kpi-dot" title={t(`kpi.light.${tile.status}`)}>
                          {t(`web-kpi.lightIcon.${tile.status}`)}
                        </span>
                      )}
                      {tile ? formatKpiValue(lang, tile, tile.value, t) : t('web-kpi.tile.noValue')}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
