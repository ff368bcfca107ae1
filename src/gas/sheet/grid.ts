// A block of cells written whole from a sheet's top-left corner: values with their 2-D number
// formats, weights, colours and wraps, one call each.
import { COLOURS } from './colours.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Weight = 'bold' | 'normal';

export interface CellGrid {
  values: unknown[][];
  formats: string[][];
  weights: Weight[][];
  backgrounds: Array<Array<string | null>>;
  wraps: boolean[][];
}

/**
 * Builds a CellGrid row by row, `width` cells a row: every table the add-on lays out (summary,
 * submission sheets) is built with it, so they share one look. No services.
 */
export class GridBuilder<V = unknown> implements CellGrid {
  readonly values: V[][] = [];
  readonly formats: string[][] = [];
  readonly weights: Weight[][] = [];
  readonly backgrounds: Array<Array<string | null>> = [];
  readonly wraps: boolean[][] = [];

  constructor(readonly width: number) {}

  /** Adds a row (padded or cut to the width); `format` gives each cell's number format. */
  push(
    cells: readonly V[],
    format: (value: V, col: number) => string = () => '@',
    style: Weight = 'normal',
  ): number {
    // Blank cells are '', as getValues gives them. Plain loops: this runs once per row of a
    // summary of thousands of tasks.
    const width = this.width;
    const values = new Array<V>(width);
    const formats = new Array<string>(width);
    for (let i = 0; i < width; i++) {
      const v = i < cells.length ? (cells[i] as V) : ('' as V);
      values[i] = v;
      formats[i] = format(v, i);
    }
    this.values.push(values);
    this.formats.push(formats);
    this.weights.push(new Array<Weight>(this.width).fill(style));
    this.backgrounds.push(new Array<string | null>(this.width).fill(null));
    this.wraps.push(new Array<boolean>(this.width).fill(true));
    return this.values.length;
  }

  /** Titles and figures overflow into the empty cells beside them. Rows are 1-based. */
  noWrap(row: number, from = 0): void {
    this.wraps[row - 1]?.fill(false, from);
  }

  paint(row: number, color: string | null, from = 0, to = this.width): void {
    this.backgrounds[row - 1]?.fill(color, from, to);
  }

  bold(row: number, from = 0, to = this.width): void {
    this.weights[row - 1]?.fill('bold', from, to);
  }

  setFormat(row: number, col: number, format: string): void {
    const r = this.formats[row - 1];
    if (r && col < this.width) r[col] = format;
  }

  /** A block's title row: bold, coloured over `span` columns, not wrapped. */
  styleTitle(row: number, span: number): void {
    this.bold(row);
    this.paint(row, COLOURS.title, 0, span);
    this.noWrap(row);
  }

  /** A block's header row: bold, coloured over `span` columns. */
  styleHeader(row: number, span: number): void {
    this.bold(row);
    this.paint(row, COLOURS.header, 0, span);
  }
}

/** The top-left height × width block of a sheet, adding the rows and columns it lacks. */
export function topLeftBlock(sheet: Sheet, height: number, width: number): Range {
  const rows = sheet.getMaxRows();
  if (height > rows) sheet.insertRowsAfter(rows, height - rows);
  const cols = sheet.getMaxColumns();
  if (width > cols) sheet.insertColumnsAfter(cols, width - cols);
  return sheet.getRange(1, 1, height, width);
}

export function writeGrid(range: Range, grid: CellGrid): void {
  // Formats first: text cells stay text ("1.10", "2026-05") whatever is written into them.
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values);
  range.setFontWeights(grid.weights);
  range.setBackgrounds(grid.backgrounds as string[][]);
  range.setWraps(grid.wraps);
  range.setVerticalAlignment('top');
}

/**
 * Column widths from column 1, one setColumnWidths per run of equal widths (Apps Script has no
 * call that sets different widths at once).
 */
export function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i < widths.length && widths[i] === widths[start]) continue;
    sheet.setColumnWidths(start + 1, i - start, widths[start] ?? 100);
    start = i;
  }
}
