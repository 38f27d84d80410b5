// One forecast series drawn over the version's whole horizon: the forecast line inside its interval band, and the
// values the user typed in the sheet, so that an edit far outside the band shows at a glance.
import { formatNumber } from '@logipilot/i18n';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastSeries } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { dayLabel } from '../../plan/planFormat.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface SeriesChoice {
  key: string;
  label: string;
}

export interface SeriesChartProps {
  series: ForecastSeries;
  choices: SeriesChoice[];
  picked: string;
  onPick: (key: string) => void;
  /** Typed values by day (only the changed ones). */
  edited: ReadonlyMap<string, number>;
}

export function SeriesChart({ series, choices, picked, onPick, edited }: SeriesChartProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    // A box without size (not laid out, or a DOM without layout such as jsdom) has nothing to draw into.
    if (!element || element.clientWidth === 0 || series.points.length === 0) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    const days = series.points.map((p) => p.day);
    const num = (v: unknown) => (typeof v === 'number' ? formatNumber(lang, v) : '–');
    chart.setOption({
      animation: false,
      grid: { left: 56, right: 16, top: 32, bottom: 40 },
      legend: {
        top: 0,
        data: [
          t('web.plan.forecast.volumes.chartForecast'),
          t('web.plan.forecast.volumes.chartEdited'),
          t('web.plan.forecast.volumes.chartBand'),
        ],
      },
      tooltip: { trigger: 'axis', valueFormatter: num },
      xAxis: {
        type: 'category',
        data: days,
        axisLabel: { formatter: (day: string) => dayLabel(lang, day) },
      },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(lang, v) } },
      series: [
        {
          name: t('web.plan.forecast.volumes.chartLower'),
          type: 'line',
          stack: 'band',
          data: series.points.map((p) => p.lower),
          lineStyle: { opacity: 0 },
          symbol: 'none',
          tooltip: { show: false },
        },
        {
          name: t('web.plan.forecast.volumes.chartBand'),
          type: 'line',
          stack: 'band',
          data: series.points.map((p) => Math.max(0, p.upper - p.lower)),
          lineStyle: { opacity: 0 },
          areaStyle: { color: '#2f6fed', opacity: 0.15 },
          itemStyle: { color: '#b9cdf7' },
          symbol: 'none',
        },
        {
          name: t('web.plan.forecast.volumes.chartForecast'),
          type: 'line',
          data: series.points.map((p) => p.value),
          itemStyle: { color: '#2f6fed' },
          symbolSize: 4,
        },
        {
          name: t('web.plan.forecast.volumes.chartEdited'),
          type: 'line',
          data: days.map((d) => edited.get(d) ?? null),
          itemStyle: { color: '#9a5b00' },
          lineStyle: { opacity: 0 },
          symbolSize: 9,
          connectNulls: false,
        },
      ],
    });
    const resize = () => chart.resize();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [series, edited, lang, t]);

  return (
    <div className="series-chart">
      <label>
        {t('web.plan.forecast.volumes.chartSeries')}
        <select value={picked} onChange={(e) => onPick(e.target.value)} data-testid="volumes-chart-series">
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <div
        ref={host}
        className="series-chart-canvas"
        role="img"
        aria-label={t('web.plan.forecast.volumes.chart')}
        data-testid="volumes-chart"
      />
    </div>
  );
}
