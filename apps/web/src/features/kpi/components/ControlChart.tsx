// An SPC control chart (ECharts): daily values, centre line and control limits, the monitored period shaded and the
// points of the alert highlighted.
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { formatKpiValue, shortDate } from '../kpiFormat.ts';
import type { DriftChartData, KpiUnit } from '../kpiTypes.ts';

echarts.use([
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** Days of baseline shown before the monitored period: enough to see the process as it was. */
const CONTEXT_POINTS = 60;

export interface ControlChartProps {
  chart: DriftChartData;
  unit: KpiUnit;
  /** Days of the alert's pattern. */
  highlight: readonly string[];
  label: string;
}

export function ControlChart({ chart, unit, highlight, label }: ControlChartProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || element.clientWidth === 0 || chart.points.length === 0) return;
    const firstMonitored = chart.points.findIndex((p) => !p.baseline);
    const start = Math.max(0, (firstMonitored < 0 ? chart.points.length : firstMonitored) - CONTEXT_POINTS);
    const points = chart.points.slice(start);
    const k = chart.scale;
    const scaled = (v: number) => Math.round(v * k * 1e6) / 1e6;
    const days = points.map((p) => p.date);
    const show = (v: unknown) =>
      typeof v === 'number' ? formatKpiValue(lang, { id: chart.kpiId, unit }, v, t) : '–';
    const marked = new Set(highlight);
    const e = echarts.init(element, undefined, { renderer: 'svg' });
    e.setOption({
      animation: false,
      grid: { left: 64, right: 16, top: 36, bottom: 36 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: show },
      xAxis: {
        type: 'category',
        data: days,
        axisLabel: { formatter: (d: string) => shortDate(lang, d), hideOverlap: true },
      },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: show } },
      series: [
        {
          name: t('web-kpi.drifts.series.value'),
          type: 'line',
          data: points.map((p) => scaled(p.value)),
          symbol: 'circle',
          symbolSize: 4,
          lineStyle: { color: '#2f6fed', width: 1.2 },
          itemStyle: { color: '#2f6fed' },
          ...(firstMonitored < 0
            ? {}
            : {
                markArea: {
                  silent: true,
                  itemStyle: { color: 'rgba(47, 111, 237, 0.06)' },
                  data: [[{ xAxis: chart.points[firstMonitored]?.date }, { xAxis: days[days.length - 1] }]],
                },
              }),
        },
        {
          name: t('web-kpi.drifts.series.centre'),
          type: 'line',
          step: 'middle',
          data: points.map((p) => scaled(p.centre)),
          symbol: 'none',
          lineStyle: { color: '#1e7b4f', width: 1 },
          itemStyle: { color: '#1e7b4f' },
        },
        {
          name: t('web-kpi.drifts.series.ucl'),
          type: 'line',
          step: 'middle',
          data: points.map((p) => scaled(p.ucl)),
          symbol: 'none',
          lineStyle: { color: '#b42318', type: 'dashed', width: 1 },
          itemStyle: { color: '#b42318' },
        },
        {
          name: t('web-kpi.drifts.series.lcl'),
          type: 'line',
          step: 'middle',
          data: points.map((p) => scaled(p.lcl)),
          symbol: 'none',
          lineStyle: { color: '#b42318', type: 'dotted', width: 1 },
          itemStyle: { color: '#b42318' },
        },
        {
          name: t('web-kpi.drifts.series.signal'),
          type: 'scatter',
          data: points.map((p) => (marked.has(p.date) ? scaled(p.value) : null)),
          symbol: 'diamond',
          symbolSize: 11,
          itemStyle: { color: '#b42318', borderColor: '#fff', borderWidth: 1 },
          z: 5,
        },
      ],
    });
    const resize = () => e.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      e.dispose();
    };
  }, [chart, unit, highlight, lang, t]);

  return (
    <div
      ref={host}
      className="kpi-control-chart"
      data-testid="kpi-control-chart"
      role="img"
      aria-label={label}
    />
  );
}
