// Performance against standard (earned standard hours / actual hours) per operator and per team: bars against the
// target, and the same figures as a table for reading exact values.
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { formatKpiNumber, formatKpiValue, type Period } from '../kpiFormat.ts';
import type { Dimension, KpiBoard, KpiTile } from '../kpiTypes.ts';

echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

const KPI = 'performance_vs_standard';
const COLOURS = { green: '#1e7b4f', amber: '#d08a00', red: '#b42318', none: '#8a93a6' } as const;

function PerformanceBars({ tiles, names, label }: { tiles: KpiTile[]; names: string[]; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const host = useRef<HTMLDivElement>(null);
  const target = tiles.find((tile) => tile.target !== null)?.target ?? null;

  useEffect(() => {
    const element = host.current;
    if (!element || element.clientWidth === 0 || tiles.length === 0) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    const pct = (v: number) => formatKpiValue(lang, { id: KPI, unit: 'percent' }, v, t);
    chart.setOption({
      animation: false,
      grid: { left: 140, right: 56, top: 26, bottom: 24 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: unknown) => (typeof v === 'number' ? pct(v) : '–'),
      },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatKpiNumber(lang, 'ppm', v) } },
      yAxis: {
        type: 'category',
        data: names,
        inverse: true,
        axisLabel: { width: 130, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 16,
          data: tiles.map((tile) => ({ value: tile.value, itemStyle: { color: COLOURS[tile.status] } })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => pct(p.value) },
          ...(target === null
            ? {}
            : {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: '#1d2433', type: 'dashed' },
                  label: {
                    position: 'start',
                    formatter: () => t('web-kpi.performance.target', { value: pct(target) }),
                  },
                  data: [{ xAxis: target }],
                },
              }),
        },
      ],
    });
    return () => chart.dispose();
  }, [tiles, names, target, lang, t]);

  return (
    <div
      ref={host}
      className="kpi-bars"
      style={{ height: `${Math.max(120, 26 * tiles.length + 40)}px` }}
      role="img"
      aria-label={label}
    />
  );
}

export function PerformancePanel({
  period,
  nameOf,
  onOpenOperator,
}: {
  period: Period;
  nameOf: (dimension: Dimension, key: string) => string;
  onOpenOperator: (key: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [dimension, setDimension] = useState<'operator' | 'team'>('operator');
  const board = useApi<KpiBoard>('/api/kpi/board', {
    from: period.from,
    to: period.to,
    groupBy: dimension,
    kpiIds: KPI,
  });
  const tiles = (board.data?.tiles ?? [])
    .filter((tile) => tile.id === KPI && tile.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const names = tiles.map((tile) => nameOf(dimension, tile.group));
  return (
    <section className="panel" data-testid="kpi-performance">
      <div className="panel-head">
        <h2>{t('web-kpi.performance.title')}</h2>
        <div className="kpi-segmented">
          {(['operator', 'team'] as const).map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={dimension === d}
              className={dimension === d ? 'active' : undefined}
              onClick={() => setDimension(d)}
            >
              {t(d === 'operator' ? 'web-kpi.performance.byOperator' : 'web-kpi.performance.byTeam')}
            </button>
          ))}
        </div>
      </div>
      {board.error && <p className="alert error">{board.error.message}</p>}
      {tiles.length === 0 ? (
        <p className="empty">{board.loading ? t('web-kpi.loading') : t('web-kpi.performance.none')}</p>
      ) : (
        <div className="kpi-perf">
          <PerformanceBars
            tiles={tiles}
            names={names}
            label={t('web-kpi.performance.chartLabel', { dimension: t(`kpi.dimension.${dimension}`) })}
          />
          <div className="table-wrap">
            <table className="grid compact" data-testid={`kpi-performance-${dimension}`}>
              <thead>
                <tr>
                  <th>{t(`kpi.dimension.${dimension}`)}</th>
                  <th className="num">{t('web-kpi.performance.value')}</th>
                  <th className="num">{t('web-kpi.performance.earned')}</th>
                  <th className="num">{t('web-kpi.performance.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {tiles.map((tile, i) => (
                  <tr key={tile.group}>
                    <th scope="row">
                      {dimension === 'operator' ? (
                        <button
                          type="button"
                          className="kpi-open"
                          onClick={() => onOpenOperator(tile.group)}
                          title={t('web-kpi.breakdown.open', { name: names[i] })}
                        >
                          {names[i]}
                        </button>
                      ) : (
                        names[i]
                      )}
                    </th>
                    <td className={`num light-${tile.status}`}>
                      <span className="kpi-dot" title={t(`kpi.light.${tile.status}`)}>
                        {t(`web-kpi.lightIcon.${tile.status}`)}
                      </span>
                      {formatKpiValue(lang, tile, tile.value, t)}
                    </td>
                    <td className="num">{formatKpiNumber(lang, 'hours', tile.numerator)}</td>
                    <td className="num">{formatKpiNumber(lang, 'hours', tile.denominator)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
