// The monthly report's drawings as SVG for pdfmake: 13-month line charts (ECharts, server-side, no DOM) with the
// target and its tolerance band, and the small trend arrows the embedded Roboto font has no glyph for.
import type { Trend } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import * as echarts from 'echarts';
import {
  formatFigure,
  formatKpiValue,
  type KpiReportTile,
  LIGHT_STRONG,
  monthShort,
  seriesLights,
  tr,
  trendTone,
} from './kpi-report-model.ts';

export interface TrendChartOptions {
  /** Size in points (the SVG's pixels are read as points). */
  width: number;
  height: number;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tolerance band between the target and the edge of red, on the bad side of the target. */
function band(tile: KpiReportTile): [number, number] | null {
  if (tile.target === null || tile.tolerance === null || tile.tolerance <= 0) return null;
  const edge = tile.direction === 'up' ? tile.target - tile.tolerance : tile.target + tile.tolerance;
  return [Math.min(tile.target, edge), Math.max(tile.target, edge)];
}

/**
 * One KPI's last 13 months as an SVG string: the actual line with each month's point coloured by its light, the
 * target dashed, the amber band. The y axis fits the values and the target (not the whole band: a wide band
 * would flatten the line).
 */
export function trendChartSvg(
  lang: Lang,
  tile: KpiReportTile,
  months: readonly string[],
  values: readonly (number | null)[],
  options: TrendChartOptions,
): string {
  const lights = seriesLights(tile, values);
  const axisFont = { fontFamily: 'Roboto', fontSize: 7, color: '#444444' };
  const known = values.filter((v): v is number => v !== null);
  const extent = [...known, ...(tile.target === null ? [] : [tile.target])];
  const lo = extent.length > 0 ? Math.min(...extent) : 0;
  const hi = extent.length > 0 ? Math.max(...extent) : 1;
  // A flat line (every month on target) gets the tolerance as margin, so the band shows around it.
  const pad = hi > lo ? (hi - lo) * 0.15 : tile.tolerance || Math.max(Math.abs(hi) * 0.05, 1);
  // A percentage never passes 100 nor goes below 0, and neither does any axis here of a non-negative KPI.
  const top = tile.unit === 'percent' && hi <= 100 ? Math.min(100, hi + pad) : hi + pad;
  const bottom = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
  const edges = band(tile);
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: options.width,
    height: options.height,
  });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Roboto' },
      grid: { left: 4, right: 18, top: 8, bottom: 2, containLabel: true },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: months.map((m) => monthShort(lang, m)),
        axisLabel: { ...axisFont, interval: 1, hideOverlap: false },
        axisTick: { alignWithLabel: true },
        axisLine: { lineStyle: { color: '#999999' } },
      },
      yAxis: {
        type: 'value',
        min: bottom,
        max: top,
        splitNumber: 4,
        axisLabel: {
          ...axisFont,
          showMinLabel: false,
          showMaxLabel: false,
          formatter: (v: number) => formatFigure(lang, tile.unit, v),
        },
        splitLine: { lineStyle: { color: '#E5E5E5' } },
      },
      series: [
        {
          type: 'line',
          name: tr(lang, 'charts.actual'),
          data: values.map((v, i) =>
            v === null ? null : { value: v, itemStyle: { color: `#${LIGHT_STRONG[lights[i] ?? 'none']}` } },
          ),
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 5,
          lineStyle: { color: '#3D5A80', width: 1.5 },
          itemStyle: { color: '#3D5A80' },
          ...(edges
            ? {
                markArea: {
                  silent: true,
                  itemStyle: { color: '#FFE599', opacity: 0.55 },
                  data: [[{ yAxis: Math.max(edges[0], bottom) }, { yAxis: Math.min(edges[1], top) }]],
                },
              }
            : {}),
        },
        ...(tile.target === null
          ? []
          : [
              {
                type: 'line',
                name: tr(lang, 'charts.target'),
                data: months.map(() => tile.target),
                symbol: 'none',
                lineStyle: { color: `#${LIGHT_STRONG.green}`, width: 1, type: 'dashed' },
                silent: true,
              },
            ]),
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A caption under a chart: the month's actual and the target, as the table prints them. */
export function chartCaption(lang: Lang, tile: KpiReportTile): string {
  const actual = `${tr(lang, 'charts.actual')} ${formatKpiValue(lang, tile.unit, tile.value)}`;
  return tile.target === null
    ? actual
    : `${actual}   ·   ${tr(lang, 'charts.target')} ${formatKpiValue(lang, tile.unit, tile.target)}`;
}

const TONE_COLOUR = { good: LIGHT_STRONG.green, bad: LIGHT_STRONG.red, flat: '666666' } as const;
/** Rotation of a right-pointing arrow: up-right, down-right, right. */
const TREND_ANGLE: Record<Trend, number> = { up: -40, down: 40, flat: 0 };

/**
 * A 9-point trend arrow (↗ ↘ →) coloured by whether the move is good for the KPI: Roboto has no arrow glyphs.
 * @example trendArrowSvg('up', 'down') // a red up-right arrow: a cost going up
 */
export function trendArrowSvg(trend: Trend, direction: KpiReportTile['direction']): string {
  const colour = TONE_COLOUR[trendTone(direction, trend)];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9" viewBox="0 0 10 10">` +
    `<g transform="rotate(${TREND_ANGLE[trend]} 5 5)" fill="#${escapeXml(colour)}" stroke="#${escapeXml(colour)}">` +
    `<path d="M1 5 L6.5 5" stroke-width="1.6" fill="none"/>` +
    `<path d="M5.5 2 L9.5 5 L5.5 8 Z" stroke="none"/></g></svg>`
  );
}
