/** An embedded chart as the emulator stores it: type, source ranges, options and position. */
import { shiftForDelete, shiftForInsert, type Axis } from './geometry.ts';
import type { RangeRef } from './rangeRef.ts';
import type { SheetModel } from './sheetModel.ts';

export interface ChartPosition {
  /** 1-based anchor cell of the chart's top-left corner, and pixel offsets from it. */
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartModel {
  /** EmbeddedChart.getChartId(): unique in the workbook. */
  id: number;
  /** Charts.ChartType name: BAR, COLUMN, LINE, PIE, AREA… */
  type: string;
  ranges: RangeRef[];
  /** setOption values by option path ('title', 'isStacked', 'legend.position'…). */
  options: Record<string, unknown>;
  position: ChartPosition;
  /** -1: let Sheets guess (a first row of text over numbers is a header row). */
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenStrategy: string;
}

/** Sheets' default size of a new chart, in pixels. */
export const DEFAULT_CHART_SIZE = { width: 600, height: 371 } as const;

export function chartSize(c: ChartModel): { width: number; height: number } {
  const n = (v: unknown, d: number) => (typeof v === 'number' && v > 0 ? v : d);
  return {
    width: n(c.options.width, DEFAULT_CHART_SIZE.width),
    height: n(c.options.height, DEFAULT_CHART_SIZE.height),
  };
}

export function copyChart(c: ChartModel): ChartModel {
  return {
    ...c,
    ranges: c.ranges.map((r) => ({ sheet: r.sheet, box: { ...r.box } })),
    options: { ...c.options },
    position: { ...c.position },
  };
}

/** Rows or columns inserted in `sheet`: ranges over it grow or move, and so do anchors on it. */
export function shiftChartsForInsert(
  sheets: readonly SheetModel[],
  sheet: SheetModel,
  axis: Axis,
  at: number,
  count: number,
): void {
  for (const s of sheets) {
    for (const c of s.charts) {
      for (const r of c.ranges)
        if (r.sheet === sheet) r.box = shiftForInsert(r.box, axis, at, count);
      if (s !== sheet) continue;
      if (axis === 'row' && c.position.row >= at) c.position.row += count;
      if (axis === 'col' && c.position.col >= at) c.position.col += count;
    }
  }
}

/** Rows or columns deleted: ranges shrink (a range left empty is dropped), anchors move up. */
export function shiftChartsForDelete(
  sheets: readonly SheetModel[],
  sheet: SheetModel,
  axis: Axis,
  at: number,
  count: number,
): void {
  for (const s of sheets) {
    for (const c of s.charts) {
      c.ranges = c.ranges.flatMap((r) => {
        if (r.sheet !== sheet) return [r];
        const box = shiftForDelete(r.box, axis, at, count);
        return box ? [{ sheet: r.sheet, box }] : [];
      });
      if (s !== sheet) continue;
      const key = axis === 'row' ? 'row' : 'col';
      const pos = c.position[key];
      if (pos >= at + count) c.position[key] = pos - count;
      else if (pos >= at) c.position[key] = at;
    }
  }
}
