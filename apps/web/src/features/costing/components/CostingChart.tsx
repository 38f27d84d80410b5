// An ECharts chart (SVG renderer) drawn from an option, redrawn when the option changes and on window resize.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function CostingChart({
  option,
  label,
  testId,
  height = 300,
}: {
  option: ChartOption;
  label: string;
  testId: string;
  height?: number;
}) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    // A box without size (jsdom, or not laid out) has nothing to draw into.
    if (!element || element.clientWidth === 0) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({ animation: false, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);

  return (
    <div
      ref={host}
      className="costing-chart"
      style={{ height }}
      data-testid={testId}
      role="img"
      aria-label={label}
    />
  );
}
