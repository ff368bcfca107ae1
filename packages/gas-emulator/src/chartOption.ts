/**
 * A chart view (chartData.ts) as an Apache ECharts option: the one drawing used by the preview in
 * the browser and by the .xlsx export's picture (ECharts renders to SVG in Node without a browser).
 * Pure: no Node or DOM imports, so browsers can bundle it.
 */
import type { ChartView } from './chartData.ts';

type Json = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Sheets' default palette, so a chart looks the same in the preview and the file. */
export const SHEETS_COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];

export function echartsOption(view: Omit<ChartView, 'id' | 'anchor' | 'ranges'>): Json {
  const o = view.options;
  const colors = Array.isArray(o.colors) ? o.colors.map(String) : SHEETS_COLORS;
  const legendAt =
    str(o['legend.position']) ??
    (view.series.length > 1 || view.type === 'PIE' ? 'bottom' : 'none');
  const legend: Json =
    legendAt === 'none'
      ? { show: false }
      : legendAt === 'right'
        ? { show: true, type: 'scroll', orient: 'vertical', right: 0, top: 'middle' }
        : { show: true, left: 'center', width: '92%', [legendAt === 'top' ? 'top' : 'bottom']: 0 };
  const base: Json = {
    animation: false,
    color: colors,
    backgroundColor: str(o.backgroundColor) ?? '#ffffff',
    title: { text: view.title, left: 'center', top: 6, textStyle: { fontSize: 14 } },
    legend,
    tooltip: { trigger: view.type === 'PIE' ? 'item' : 'axis' },
    textStyle: { fontFamily: 'Roboto, DejaVu Sans, Arial, sans-serif' },
  };
  if (view.type === 'PIE') {
    const values = view.series[0]?.values ?? [];
    const data = view.labels
      .map((name, i) => ({
        name,
        value: values[i] ?? 0,
        itemStyle: { color: colors[i % colors.length] },
      }))
      .filter((d) => d.value > 0);
    const right = legendAt === 'right';
    return {
      ...base,
      // Like Sheets, a pie of nothing is an empty chart, not equal slices.
      ...(data.length === 0
        ? {
            graphic: {
              type: 'text',
              left: 'center',
              top: 'middle',
              style: { text: 'No data', fill: '#80868b', fontSize: 13 },
            },
          }
        : {}),
      series: [
        {
          type: 'pie',
          showEmptyCircle: false,
          radius: str(o.pieHole) ? ['40%', '65%'] : '62%',
          center: [right ? '35%' : '50%', '52%'],
          label: { position: 'inside', formatter: '{c}', color: '#ffffff', fontWeight: 'bold' },
          data,
        },
      ],
    };
  }
  const horizontal = view.type === 'BAR';
  const stack = o.isStacked === true || o.isStacked === 'true' || o.isStacked === 'absolute';
  const category: Json = {
    type: 'category',
    data: view.labels,
    name: str(o[horizontal ? 'vAxis.title' : 'hAxis.title']),
    axisLabel: { interval: 0, width: horizontal ? 150 : 90, overflow: 'break' },
    ...(horizontal ? { inverse: true } : {}),
  };
  const value: Json = {
    type: 'value',
    name: str(o[horizontal ? 'hAxis.title' : 'vAxis.title']),
    nameLocation: 'middle',
    nameGap: horizontal ? 26 : 36,
    ...(typeof o['vAxis.maxValue'] === 'number' ? { max: o['vAxis.maxValue'] } : {}),
    ...(typeof o['hAxis.maxValue'] === 'number' && horizontal ? { max: o['hAxis.maxValue'] } : {}),
  };
  const kind = view.type === 'LINE' || view.type === 'AREA' ? 'line' : 'bar';
  return {
    ...base,
    grid: {
      left: 12,
      right: 24,
      top: 40,
      bottom: legendAt === 'bottom' ? 64 : 30,
      containLabel: true,
    },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: view.series.map((s) => ({
      type: kind,
      name: s.name,
      data: s.values,
      ...(stack ? { stack: 'total' } : {}),
      ...(kind === 'line' ? { connectNulls: true, symbolSize: 7 } : {}),
      ...(view.type === 'AREA' ? { areaStyle: {} } : {}),
      ...(o.dataLabels === 'value' || o['series.dataLabel'] === 'value'
        ? { label: { show: true, position: stack ? 'inside' : 'top' } }
        : {}),
    })),
  };
}
