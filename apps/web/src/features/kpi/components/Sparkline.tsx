// A tile's small history line (13 weeks or months) drawn with ECharts; the last point marked.
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export interface SparklineProps {
  values: (number | null)[];
  labels: string[];
  target: number | null;
  colour: string;
  label: string;
  format: (value: number) => string;
}

export function Sparkline({ values, labels, target, colour, label, format }: SparklineProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    // A box without size (a DOM without layout such as jsdom) has nothing to draw into.
    if (!element || element.clientWidth === 0 || values.every((v) => v === null)) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 2, right: 6, top: 4, bottom: 2 },
      tooltip: {
        trigger: 'axis',
        confine: true,
        valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '–'),
      },
      xAxis: { type: 'category', data: labels, show: false, boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: values,
          connectNulls: true,
          symbol: 'circle',
          symbolSize: (_: unknown, p: { dataIndex: number }) => (p.dataIndex === values.length - 1 ? 5 : 0),
          lineStyle: { color: colour, width: 1.6 },
          itemStyle: { color: colour },
          ...(target === null
            ? {}
            : {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  label: { show: false },
                  lineStyle: { color: '#8a93a6', type: 'dashed', width: 1 },
                  data: [{ yAxis: target }],
                },
              }),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [values, labels, target, colour, format]);

  return <div ref={host} className="kpi-spark" role="img" aria-label={label} />;
}
