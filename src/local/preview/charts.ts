// Draws a sheet's embedded charts over the preview grid, at their anchor cells, with Apache
// ECharts (the same option builder as the .xlsx picture, gas-emulator/chartOption). SVG renderer,
// so the labels are text in the page.
import * as echarts from 'echarts';
import { echartsOption } from 'gas-emulator/chartOption';
import type { ChartView } from 'gas-emulator';
import { columnLetter } from '../../core/sheet/a1.ts';

let drawn: echarts.ECharts[] = [];

/** Replaces the charts drawn over `grid` (the element holding the table) with `charts`. */
export function drawCharts(grid: HTMLElement, charts: readonly ChartView[]): void {
  for (const c of drawn) c.dispose();
  drawn = [];
  grid.querySelectorAll('.chart').forEach((e) => e.remove());
  const table = grid.querySelector('table');
  if (!table) return;
  grid.style.position = 'relative';
  for (const view of charts) {
    const letters = columnLetter(view.anchor.col - 1);
    const cell = table.querySelector<HTMLElement>(`td[data-cell="${letters}${view.anchor.row}"]`);
    const box = document.createElement('div');
    box.className = 'chart';
    box.dataset.chartTitle = view.title;
    box.dataset.chartType = view.type;
    box.style.cssText = `position:absolute;z-index:3;background:#fff;border:1px solid #dadce0;width:${view.width}px;height:${view.height}px;left:${(cell?.offsetLeft ?? 0) + view.anchor.offsetX}px;top:${(cell?.offsetTop ?? 0) + view.anchor.offsetY}px`;
    grid.append(box);
    const chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption(echartsOption(view));
    drawn.push(chart);
  }
}
