/**
 * What a chart shows: its ranges read as one table (labels in the first column, one series per
 * other column), the way Sheets reads an embedded chart's data. Shared by the preview view and the
 * .xlsx picture.
 */
import { boxToA1, quoteSheetName } from './a1.ts';
import { chartSize, type ChartModel } from './chartModel.ts';
import { readDisplayValues } from './cellValues.ts';
import { isCellError } from './formulaEngine.ts';

export interface ChartSeries {
  name: string;
  values: Array<number | null>;
}

/** A chart as plain JSON: enough to draw it anywhere (see chartOption.ts). */
export interface ChartView {
  id: number;
  /** Charts.ChartType name. */
  type: string;
  title: string;
  options: Record<string, unknown>;
  /** 1-based anchor cell and pixel offsets. */
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  /** Source ranges in A1, sheet-qualified. */
  ranges: string[];
  labels: string[];
  series: ChartSeries[];
}

interface Cell {
  raw: unknown;
  text: string;
}

function readRange(r: ChartModel['ranges'][number]): Cell[][] {
  const { sheet, box } = r;
  const raw = sheet.workbook.engine.getValues(
    sheet.hfId,
    box.row - 1,
    box.col - 1,
    box.numRows,
    box.numCols,
  );
  const text = readDisplayValues(sheet, box);
  return raw.map((row, i) =>
    row.map((v, j) => ({ raw: isCellError(v) ? null : v, text: text[i]?.[j] ?? '' })),
  );
}

/** Ranges side by side (MERGE_COLUMNS) or one under the other (MERGE_ROWS), then transposed. */
function table(c: ChartModel): Cell[][] {
  const parts = c.ranges.map(readRange);
  let rows: Cell[][] = [];
  if (c.mergeStrategy === 'MERGE_ROWS') rows = parts.flat();
  else {
    const height = Math.max(0, ...parts.map((p) => p.length));
    for (let i = 0; i < height; i++) {
      rows.push(
        parts.flatMap(
          (p) => p[i] ?? new Array<Cell>(p[0]?.length ?? 0).fill({ raw: null, text: '' }),
        ),
      );
    }
  }
  if (!c.transpose) return rows;
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, j) => rows.map((r) => r[j] ?? { raw: null, text: '' }));
}

/** Sheets' guess: a first row whose series cells are text, over rows with numbers, is a header. */
function headerRows(c: ChartModel, rows: Cell[][]): number {
  if (c.numHeaders >= 0) return c.numHeaders;
  const first = rows[0];
  if (!first || rows.length < 2) return 0;
  const textHeads = first.slice(1).every((x) => typeof x.raw !== 'number');
  const numbersBelow = rows.slice(1).some((r) => r.slice(1).some((x) => typeof x.raw === 'number'));
  return textHeads && numbersBelow ? 1 : 0;
}

export function chartView(c: ChartModel): ChartView {
  const rows = table(c);
  const heads = headerRows(c, rows);
  const body = rows.slice(heads);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const series: ChartSeries[] = [];
  for (let j = 1; j < width; j++) {
    series.push({
      name: heads > 0 ? (rows[heads - 1]?.[j]?.text ?? '') : `Series ${j}`,
      values: body.map((r) => {
        const v = r[j]?.raw;
        return typeof v === 'number' ? v : null;
      }),
    });
  }
  const size = chartSize(c);
  return {
    id: c.id,
    type: c.type,
    title: typeof c.options.title === 'string' ? c.options.title : '',
    options: { ...c.options },
    anchor: { ...c.position },
    width: size.width,
    height: size.height,
    ranges: c.ranges.map((r) => `${quoteSheetName(r.sheet.name)}!${boxToA1(r.box)}`),
    labels: body.map((r) => r[0]?.text ?? ''),
    series,
  };
}
