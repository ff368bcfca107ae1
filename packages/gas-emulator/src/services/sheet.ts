/** Sheet: ranges, dimensions, layout, protections and conditional-format rules of one tab. */
import { parseA1 } from '../a1.ts';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, normalizeColor } from '../cellStyle.ts';
import { clearContents, contentExtent } from '../cellValues.ts';
import { activate, selectedBox } from '../active.ts';
import { ProtectionType, SheetType } from '../enums.ts';
import type { Env } from '../environment.ts';
import type { Box } from '../geometry.ts';
import { assertCanEdit, PROTECTED_MESSAGE, ProtectionModel } from '../protectionModel.ts';
import { ServiceObject, enumName } from '../serviceObject.ts';
import type { SheetModel } from '../sheetModel.ts';
import { copyChart } from '../chartModel.ts';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl, newChartModel } from './chart.ts';
import { assertMayChangeSheet } from '../sheetGuards.ts';
import { ConditionalFormatRuleImpl } from './conditionalFormat.ts';
import { addMetadata, DeveloperMetadataFinderImpl, metadataAt } from './metadata.ts';
import { ProtectionImpl } from './protection.ts';
import { RangeImpl, initialEditors, outsideMessage } from './range.ts';
import { SpreadsheetImpl } from './spreadsheet.ts';

function int(v: unknown): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`Cannot convert ${String(v)} to (class).`);
  return Math.trunc(n);
}

export class SheetImpl extends ServiceObject {
  readonly _className = 'Sheet';

  constructor(
    private readonly env: Env,
    readonly _model: SheetModel,
  ) {
    super();
  }

  /** Build a range, rejecting coordinates outside the grid with Sheets' messages. */
  static rangeFor(env: Env, sheet: SheetModel, box: Box): RangeImpl {
    if (box.row < 1) throw new Error('The starting row of the range is too small.');
    if (box.col < 1) throw new Error('The starting column of the range is too small.');
    if (box.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (box.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (box.row + box.numRows - 1 > sheet.maxRows || box.col + box.numCols - 1 > sheet.maxCols)
      throw new Error(outsideMessage());
    return new RangeImpl(env, sheet, box);
  }

  private get m(): SheetModel {
    return this._model;
  }

  /** Inserting rows/columns is blocked only by a sheet protection the user cannot edit. */
  private guardInsert(): void {
    for (const p of this.m.protections) {
      if (p.kind === 'SHEET' && !p.canEdit(this.env.user)) throw new Error(PROTECTED_MESSAGE);
    }
  }

  private guardCells(box: Box): void {
    assertCanEdit(this.m, box, this.env.user);
  }

  getName(): string {
    return this.m.name;
  }
  setName(name: unknown): this {
    assertMayChangeSheet(this.m, this.env.user, 'rename');
    this.m.workbook.renameSheet(this.m, String(name));
    return this;
  }
  getIndex(): number {
    return this.m.workbook.sheets.indexOf(this.m) + 1;
  }
  getSheetId(): number {
    return this.m.sheetId;
  }
  getSheetName(): string {
    return this.m.name;
  }
  getType(): unknown {
    return SheetType._get('GRID');
  }
  getParent(): SpreadsheetImpl {
    return new SpreadsheetImpl(this.env);
  }
  activate(): this {
    activate(this.env, this.m);
    return this;
  }
  /** Selects the range on this sheet and makes the sheet active, as Sheets does. */
  setActiveRange(range: unknown): RangeImpl {
    if (!(range instanceof RangeImpl) || range._sheet !== this.m)
      throw new Error('The range must be on the sheet it is activated on.');
    activate(this.env, this.m, range._box);
    return range;
  }
  setActiveSelection(a: unknown): RangeImpl {
    return this.setActiveRange(a instanceof RangeImpl ? a : this.getRange(a));
  }
  setCurrentCell(cell: unknown): RangeImpl {
    return this.setActiveRange(cell);
  }

  getRange(a: unknown, col?: unknown, numRows?: unknown, numCols?: unknown): RangeImpl {
    if (typeof a === 'string' && col === undefined) {
      const parsed = parseA1(a, this.m.maxRows, this.m.maxCols);
      if (!parsed) throw new Error('Range not found');
      if (
        parsed.sheetName !== undefined &&
        parsed.sheetName.toLowerCase() !== this.m.name.toLowerCase()
      )
        throw new Error('Range not found');
      return SheetImpl.rangeFor(this.env, this.m, parsed.box);
    }
    const box: Box = {
      row: int(a),
      col: int(col),
      numRows: numRows === undefined ? 1 : int(numRows),
      numCols: numCols === undefined ? 1 : int(numCols),
    };
    return SheetImpl.rangeFor(this.env, this.m, box);
  }
  getRangeList(a1Notations: unknown): RangeListImpl {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      throw new Error(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.getRangeList.",
      );
    return new RangeListImpl(a1Notations.map((a1) => this.getRange(String(a1))));
  }
  /** getSheetValues(row, col, numRows, numCols); -1 reaches the last row or column with content. */
  getSheetValues(row: unknown, col: unknown, numRows: unknown, numCols: unknown): unknown[][] {
    const { lastRow, lastCol } = contentExtent(this.m);
    const r = int(row);
    const c = int(col);
    const rows = int(numRows) === -1 ? lastRow - r + 1 : int(numRows);
    const cols = int(numCols) === -1 ? lastCol - c + 1 : int(numCols);
    if (rows < 1 || cols < 1) return [];
    return this.getRange(r, c, rows, cols).getValues();
  }
  getDataRange(): RangeImpl {
    const { lastRow, lastCol } = contentExtent(this.m);
    return new RangeImpl(this.env, this.m, {
      row: 1,
      col: 1,
      numRows: Math.max(1, lastRow),
      numCols: Math.max(1, lastCol),
    });
  }
  getLastRow(): number {
    return contentExtent(this.m).lastRow;
  }
  getLastColumn(): number {
    return contentExtent(this.m).lastCol;
  }
  getMaxRows(): number {
    return this.m.maxRows;
  }
  getMaxColumns(): number {
    return this.m.maxCols;
  }

  /** appendRow(values): one row after the last row with content, the grid growing if full. */
  appendRow(values: unknown): this {
    if (!Array.isArray(values))
      throw new Error(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = contentExtent(this.m).lastRow + 1;
    if (row > this.m.maxRows) this.m.workbook.insert(this.m, 'row', row, 1, this.m.maxRows);
    if (values.length > this.m.maxCols)
      this.m.workbook.insert(
        this.m,
        'col',
        this.m.maxCols + 1,
        values.length - this.m.maxCols,
        null,
      );
    if (values.length > 0) this.getRange(row, 1, 1, values.length).setValues([values]);
    return this;
  }

  // --- structure ---------------------------------------------------------------
  private checkRowIndex(i: number): void {
    if (i < 1 || i > this.m.maxRows) throw new Error('Those rows are out of bounds.');
  }
  private checkColIndex(i: number): void {
    if (i < 1 || i > this.m.maxCols) throw new Error('Those columns are out of bounds.');
  }
  insertRowsAfter(after: unknown, howMany: unknown): this {
    const a = int(after);
    this.checkRowIndex(a);
    this.guardInsert();
    this.m.workbook.insert(this.m, 'row', a + 1, int(howMany), a);
    return this;
  }
  insertRowsBefore(before: unknown, howMany: unknown): this {
    const b = int(before);
    this.checkRowIndex(b);
    this.guardInsert();
    this.m.workbook.insert(this.m, 'row', b, int(howMany), b);
    return this;
  }
  insertRows(rowIndex: unknown, numRows?: unknown): void {
    this.insertRowsBefore(rowIndex, numRows === undefined ? 1 : numRows);
  }
  insertRowAfter(after: unknown): this {
    return this.insertRowsAfter(after, 1);
  }
  insertRowBefore(before: unknown): this {
    return this.insertRowsBefore(before, 1);
  }
  insertColumnsAfter(after: unknown, howMany: unknown): this {
    const a = int(after);
    this.checkColIndex(a);
    this.guardInsert();
    this.m.workbook.insert(this.m, 'col', a + 1, int(howMany), a);
    return this;
  }
  insertColumnsBefore(before: unknown, howMany: unknown): this {
    const b = int(before);
    this.checkColIndex(b);
    this.guardInsert();
    this.m.workbook.insert(this.m, 'col', b, int(howMany), b);
    return this;
  }
  insertColumnAfter(after: unknown): this {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnBefore(before: unknown): this {
    return this.insertColumnsBefore(before, 1);
  }
  insertColumns(colIndex: unknown, numCols?: unknown): void {
    this.insertColumnsBefore(colIndex, numCols === undefined ? 1 : numCols);
  }
  deleteRows(start: unknown, howMany: unknown): void {
    const s = int(start);
    const n = int(howMany);
    if (s < 1 || n < 1 || s + n - 1 > this.m.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (n >= this.m.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.guardCells({ row: s, col: 1, numRows: n, numCols: this.m.maxCols });
    this.m.workbook.delete(this.m, 'row', s, n);
  }
  deleteRow(row: unknown): this {
    this.deleteRows(row, 1);
    return this;
  }
  deleteColumns(start: unknown, howMany: unknown): void {
    const s = int(start);
    const n = int(howMany);
    if (s < 1 || n < 1 || s + n - 1 > this.m.maxCols)
      throw new Error('Those columns are out of bounds.');
    if (n >= this.m.maxCols) throw new Error("You can't delete all the columns on the sheet.");
    this.guardCells({ row: 1, col: s, numRows: this.m.maxRows, numCols: n });
    this.m.workbook.delete(this.m, 'col', s, n);
  }
  deleteColumn(col: unknown): this {
    this.deleteColumns(col, 1);
    return this;
  }

  // --- layout --------------------------------------------------------------------
  setFrozenRows(n: unknown): void {
    const v = int(n);
    if (v < 0 || v > this.m.maxRows) throw new Error('Those rows are out of bounds.');
    this.m.frozenRows = v;
  }
  setFrozenColumns(n: unknown): void {
    const v = int(n);
    if (v < 0 || v > this.m.maxCols) throw new Error('Those columns are out of bounds.');
    this.m.frozenCols = v;
  }
  getFrozenRows(): number {
    return this.m.frozenRows;
  }
  getFrozenColumns(): number {
    return this.m.frozenCols;
  }
  setColumnWidth(col: unknown, width: unknown): this {
    this.m.colWidths.set(int(col), int(width));
    return this;
  }
  setColumnWidths(start: unknown, num: unknown, width: unknown): this {
    const s = int(start);
    for (let i = 0; i < int(num); i++) this.m.colWidths.set(s + i, int(width));
    return this;
  }
  getColumnWidth(col: unknown): number {
    return this.m.colWidths.get(int(col)) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(row: unknown, height: unknown): this {
    this.m.rowHeights.set(int(row), int(height));
    return this;
  }
  setRowHeights(start: unknown, num: unknown, height: unknown): this {
    const s = int(start);
    for (let i = 0; i < int(num); i++) this.m.rowHeights.set(s + i, int(height));
    return this;
  }
  setRowHeightsForced(start: unknown, num: unknown, height: unknown): this {
    return this.setRowHeights(start, num, height);
  }
  getRowHeight(row: unknown): number {
    return this.m.rowHeights.get(int(row)) ?? DEFAULT_ROW_HEIGHT;
  }
  hideSheet(): this {
    const visible = this.m.workbook.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.m)
      throw new Error("You can't hide all the sheets in a document.");
    this.m.hidden = true;
    return this;
  }
  showSheet(): this {
    this.m.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.m.hidden;
  }
  setTabColor(c: unknown): this {
    this.m.tabColor = normalizeColor(c) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this.m.tabColor;
  }

  // --- developer metadata -------------------------------------------------------------
  addDeveloperMetadata(key: unknown, a?: unknown, b?: unknown): this {
    addMetadata(this.env, this.m, key, a, b);
    return this;
  }
  getDeveloperMetadata(): unknown[] {
    return metadataAt(this.env, this.m);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this.env, this.m);
  }

  // --- protection -------------------------------------------------------------------
  /** Sheets keeps one protection per sheet: protect() returns it when the sheet has one. */
  protect(): ProtectionImpl {
    const existing = this.m.protections.find((x) => x.kind === 'SHEET');
    if (existing) return new ProtectionImpl(this.env, existing);
    const p = new ProtectionModel('SHEET', this.m, null);
    p.editors = initialEditors(this.env);
    this.m.protections.push(p);
    return new ProtectionImpl(this.env, p);
  }
  getProtections(type: unknown): ProtectionImpl[] {
    const kind = enumName(type ?? ProtectionType._get('SHEET'));
    return this.m.protections
      .filter((p) => p.kind === kind)
      .map((p) => new ProtectionImpl(this.env, p));
  }

  // --- embedded charts -----------------------------------------------------------------
  newChart(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this.env, this.m, newChartModel());
  }
  private chartArg(chart: unknown, method: string): EmbeddedChartImpl {
    if (!(chart instanceof EmbeddedChartImpl))
      throw new Error(`Cannot find method ${method}(object).`);
    return chart;
  }
  insertChart(chart: unknown): void {
    const c = copyChart(this.chartArg(chart, 'insertChart')._model);
    const wb = this.m.workbook;
    if (c.id === 0 || wb.sheets.some((s) => s.charts.some((x) => x.id === c.id)))
      c.id = wb.nextChartId();
    this.m.charts.push(c);
  }
  getCharts(): EmbeddedChartImpl[] {
    return this.m.charts.map((c) => new EmbeddedChartImpl(this.env, this.m, copyChart(c)));
  }
  updateChart(chart: unknown): void {
    const c = this.chartArg(chart, 'updateChart')._model;
    const at = this.m.charts.findIndex((x) => x.id === c.id);
    if (c.id === 0 || at < 0) throw new Error('The chart does not exist on this sheet.');
    this.m.charts[at] = copyChart(c);
  }
  removeChart(chart: unknown): void {
    const c = this.chartArg(chart, 'removeChart')._model;
    const at = this.m.charts.findIndex((x) => x.id === c.id);
    if (c.id === 0 || at < 0) throw new Error('The chart does not exist on this sheet.');
    this.m.charts.splice(at, 1);
  }

  // --- conditional formats ------------------------------------------------------------
  getConditionalFormatRules(): ConditionalFormatRuleImpl[] {
    return this.m.cfRules.map((r) => new ConditionalFormatRuleImpl(this.env, r));
  }
  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules))
      throw new Error('Cannot find method setConditionalFormatRules(object).');
    this.m.cfRules = rules.map((r: unknown) => {
      if (!(r instanceof ConditionalFormatRuleImpl))
        throw new Error('Cannot find method setConditionalFormatRules(object).');
      // Ranges of a rule set on this sheet belong to this sheet.
      return {
        ...r._model,
        ranges: r._model.ranges.map((x) => ({ sheet: this.m, box: { ...x.box } })),
      };
    });
  }
  clearConditionalFormatRules(): void {
    this.m.cfRules = [];
  }

  // --- clearing -------------------------------------------------------------------------
  private all(): Box {
    return { row: 1, col: 1, numRows: this.m.maxRows, numCols: this.m.maxCols };
  }
  clear(options?: unknown): this {
    new RangeImpl(this.env, this.m, this.all()).clear(options);
    return this;
  }
  clearContents(): this {
    this.guardCells(this.all());
    clearContents(this.m, this.all());
    return this;
  }
  clearFormats(): this {
    new RangeImpl(this.env, this.m, this.all()).clearFormat();
    return this;
  }
  clearNotes(): this {
    this.guardCells(this.all());
    this.m.clearAllMeta((m) => {
      m.note = undefined;
    });
    return this;
  }
  getSelection(): never {
    throw new Error('Emulator: Sheet.getSelection is not implemented');
  }
  getActiveRange(): RangeImpl {
    return new RangeImpl(this.env, this.m, selectedBox(this.m));
  }
  getActiveCell(): RangeImpl {
    const box = selectedBox(this.m);
    return new RangeImpl(this.env, this.m, { row: box.row, col: box.col, numRows: 1, numCols: 1 });
  }
  getCurrentCell(): RangeImpl {
    return this.getActiveCell();
  }
}

/** Sheet.getRangeList: ranges of one sheet. */
export class RangeListImpl extends ServiceObject {
  readonly _className = 'RangeList';
  constructor(private readonly ranges: RangeImpl[]) {
    super();
  }
  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }
}
