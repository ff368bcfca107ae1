// A block of cells written whole from a sheet's top-left corner: values with their 2-D number
// formats, weights, colours and wraps, one call each.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface CellGrid {
  values: unknown[][];
  formats: string[][];
  weights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight>>;
  backgrounds: Array<Array<string | null>>;
  wraps: boolean[][];
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
