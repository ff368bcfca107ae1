/** Range: values, formulas, formats, notes, validation, merges and protection of a block of cells. */
import { boxToA1 } from '../a1.ts';
import {
  DEFAULT_BACKGROUND,
  DEFAULT_FONT_COLOR,
  DEFAULT_FONT_FAMILY,
  DEFAULT_FONT_SIZE,
  normalizeColor,
  type CellMeta,
} from '../cellStyle.ts';
import {
  clearContents,
  contentExtent,
  copyContents,
  readDisplayValues,
  readFormulas,
  readValues,
  writeValues,
} from '../cellValues.ts';
import { WrapStrategy } from '../enums.ts';
import type { Env } from '../environment.ts';
import { shiftFormula } from '../formulaShift.ts';
import { containsBox, intersects, lastCol, lastRow, type Box } from '../geometry.ts';
import { AUTOMATIC_FORMAT } from '../numberFormat.ts';
import { activate } from '../active.ts';
import { assertCanEdit, ProtectionModel } from '../protectionModel.ts';
import type { RangeRef } from '../rangeRef.ts';
import { ServiceObject, enumName } from '../serviceObject.ts';
import type { SheetModel } from '../sheetModel.ts';
import { DataValidationImpl } from './dataValidation.ts';
import { ProtectionImpl } from './protection.ts';
import { SheetImpl } from './sheet.ts';

type Grid = readonly (readonly unknown[])[];

export function outsideMessage(): string {
  return 'The coordinates of the range are outside the dimensions of the sheet.';
}

export class RangeImpl extends ServiceObject {
  readonly _className = 'Range';

  constructor(
    private readonly env: Env,
    readonly _sheet: SheetModel,
    readonly _box: Box,
  ) {
    super();
  }

  _ref(): RangeRef {
    return { sheet: this._sheet, box: { ...this._box } };
  }

  // --- helpers ----------------------------------------------------------------
  private edit(): void {
    assertCanEdit(this._sheet, this._box, this.env.user);
  }

  /** Check a 2-D argument against the range shape with Sheets' messages. */
  private checkGrid(data: unknown, what = 'data'): Grid {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r)))
      throw new Error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.set${what === 'data' ? 'Values' : what}.`,
      );
    const rows = data as unknown[][];
    if (rows.length !== this._box.numRows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._box.numRows}.`,
      );
    for (const r of rows) {
      if (r.length !== this._box.numCols)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this._box.numCols}.`,
        );
    }
    return rows;
  }

  private fill<T>(v: T): T[][] {
    return Array.from({ length: this._box.numRows }, () => Array<T>(this._box.numCols).fill(v));
  }

  private metaGrid<T>(pick: (m: CellMeta | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._box.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this._box.numCols; c++)
        row.push(pick(this._sheet.getMeta(this._box.row + r, this._box.col + c)));
      out.push(row);
    }
    return out;
  }

  private setMetaGrid(data: unknown, apply: (m: CellMeta, v: unknown) => void): this {
    const grid = this.checkGrid(data, 'Formats');
    this.edit();
    this._sheet.updateMeta(this._box, (m, r, c) =>
      apply(m, grid[r - this._box.row]?.[c - this._box.col]),
    );
    return this;
  }

  private setMetaAll(apply: (m: CellMeta) => void): this {
    this.edit();
    this._sheet.updateMeta(this._box, apply);
    return this;
  }

  // --- geometry ---------------------------------------------------------------
  getRow(): number {
    return this._box.row;
  }
  getColumn(): number {
    return this._box.col;
  }
  getLastRow(): number {
    return lastRow(this._box);
  }
  getLastColumn(): number {
    return lastCol(this._box);
  }
  getNumRows(): number {
    return this._box.numRows;
  }
  getNumColumns(): number {
    return this._box.numCols;
  }
  getHeight(): number {
    return this._box.numRows;
  }
  getWidth(): number {
    return this._box.numCols;
  }
  getRowIndex(): number {
    return this._box.row;
  }
  getA1Notation(): string {
    return boxToA1(this._box);
  }
  getSheet(): SheetImpl {
    return new SheetImpl(this.env, this._sheet);
  }
  getGridId(): number {
    return this._sheet.sheetId;
  }
  offset(rowOffset: unknown, colOffset: unknown, numRows?: unknown, numCols?: unknown): RangeImpl {
    const box: Box = {
      row: this._box.row + Number(rowOffset),
      col: this._box.col + Number(colOffset),
      numRows: numRows === undefined ? this._box.numRows : Number(numRows),
      numCols: numCols === undefined ? this._box.numCols : Number(numCols),
    };
    return SheetImpl.rangeFor(this.env, this._sheet, box);
  }
  getCell(row: unknown, col: unknown): RangeImpl {
    const r = Number(row);
    const c = Number(col);
    if (r < 1 || c < 1 || r > this._box.numRows || c > this._box.numCols)
      throw new Error(outsideMessage());
    return new RangeImpl(this.env, this._sheet, {
      row: this._box.row + r - 1,
      col: this._box.col + c - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  activate(): this {
    activate(this.env, this._sheet, this._box);
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }
  isBlank(): boolean {
    return (
      readFormulas(this._sheet, this._box).every((r) => r.every((f) => f === '')) &&
      readValues(this._sheet, this._box).every((r) => r.every((v) => v === ''))
    );
  }

  // --- values -----------------------------------------------------------------
  getValues(): unknown[][] {
    return readValues(this._sheet, this._box);
  }
  getValue(): unknown {
    return readValues(this._sheet, { ...this._box, numRows: 1, numCols: 1 })[0]?.[0] ?? '';
  }
  setValues(values: unknown): this {
    const grid = this.checkGrid(values);
    this.edit();
    writeValues(this._sheet, this._box, grid);
    return this;
  }
  setValue(value: unknown): this {
    this.edit();
    writeValues(this._sheet, this._box, this.fill(value));
    return this;
  }
  getDisplayValues(): string[][] {
    return readDisplayValues(this._sheet, this._box);
  }
  getDisplayValue(): string {
    return readDisplayValues(this._sheet, { ...this._box, numRows: 1, numCols: 1 })[0]?.[0] ?? '';
  }
  getFormulas(): string[][] {
    return readFormulas(this._sheet, this._box);
  }
  getFormula(): string {
    return readFormulas(this._sheet, { ...this._box, numRows: 1, numCols: 1 })[0]?.[0] ?? '';
  }
  setFormulas(formulas: unknown): this {
    const grid = this.checkGrid(formulas, 'Formulas');
    this.edit();
    writeValues(this._sheet, this._box, grid);
    return this;
  }
  /** On a multi-cell range, relative references move per cell (as Sheets fills formulas). */
  setFormula(formula: unknown): this {
    this.edit();
    const f = String(formula);
    const grid = Array.from({ length: this._box.numRows }, (_, r) =>
      Array.from({ length: this._box.numCols }, (_, c) =>
        f.startsWith('=') ? shiftFormula(f, r, c) : f,
      ),
    );
    writeValues(this._sheet, this._box, grid);
    return this;
  }

  // --- notes ------------------------------------------------------------------
  getNotes(): string[][] {
    return this.metaGrid((m) => m?.note ?? '');
  }
  getNote(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.note ?? '';
  }
  setNotes(notes: unknown): this {
    return this.setMetaGrid(notes, (m, v) => {
      m.note = v === null || v === undefined || v === '' ? undefined : String(v);
    });
  }
  setNote(note: unknown): this {
    return this.setMetaAll((m) => {
      m.note = note === null || note === undefined || note === '' ? undefined : String(note);
    });
  }
  clearNote(): this {
    return this.setNote(null);
  }

  // --- number formats -----------------------------------------------------------
  getNumberFormats(): string[][] {
    return this.metaGrid((m) => m?.numberFormat ?? AUTOMATIC_FORMAT);
  }
  getNumberFormat(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.numberFormat ?? AUTOMATIC_FORMAT;
  }
  setNumberFormats(formats: unknown): this {
    return this.setMetaGrid(formats, (m, v) => {
      m.numberFormat = storedFormat(v);
    });
  }
  setNumberFormat(format: unknown): this {
    return this.setMetaAll((m) => {
      m.numberFormat = storedFormat(format);
    });
  }

  // --- fonts and fills --------------------------------------------------------------
  setFontWeight(w: unknown): this {
    return this.setMetaAll((m) => {
      m.fontWeight = w === 'bold' ? 'bold' : undefined;
    });
  }
  setFontWeights(ws: unknown): this {
    return this.setMetaGrid(ws, (m, w) => {
      m.fontWeight = w === 'bold' ? 'bold' : undefined;
    });
  }
  getFontWeight(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.fontWeight ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this.metaGrid((m) => m?.fontWeight ?? 'normal');
  }
  setFontStyle(s: unknown): this {
    return this.setMetaAll((m) => {
      m.fontStyle = s === 'italic' ? 'italic' : undefined;
    });
  }
  setFontStyles(ss: unknown): this {
    return this.setMetaGrid(ss, (m, s) => {
      m.fontStyle = s === 'italic' ? 'italic' : undefined;
    });
  }
  getFontStyle(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.fontStyle ?? 'normal';
  }
  getFontStyles(): string[][] {
    return this.metaGrid((m) => m?.fontStyle ?? 'normal');
  }
  setFontColor(c: unknown): this {
    return this.setMetaAll((m) => {
      m.fontColor = normalizeColor(c);
    });
  }
  setFontColors(cs: unknown): this {
    return this.setMetaGrid(cs, (m, c) => {
      m.fontColor = normalizeColor(c);
    });
  }
  getFontColor(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.fontColor ?? DEFAULT_FONT_COLOR;
  }
  getFontColors(): string[][] {
    return this.metaGrid((m) => m?.fontColor ?? DEFAULT_FONT_COLOR);
  }
  setFontSize(s: unknown): this {
    return this.setMetaAll((m) => {
      m.fontSize = s === null ? undefined : Number(s);
    });
  }
  setFontSizes(ss: unknown): this {
    return this.setMetaGrid(ss, (m, s) => {
      m.fontSize = s === null ? undefined : Number(s);
    });
  }
  getFontSize(): number {
    return this._sheet.getMeta(this._box.row, this._box.col)?.fontSize ?? DEFAULT_FONT_SIZE;
  }
  getFontSizes(): number[][] {
    return this.metaGrid((m) => m?.fontSize ?? DEFAULT_FONT_SIZE);
  }
  setFontFamily(f: unknown): this {
    return this.setMetaAll((m) => {
      m.fontFamily = f === null ? undefined : String(f);
    });
  }
  getFontFamily(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.fontFamily ?? DEFAULT_FONT_FAMILY;
  }
  setFontLine(l: unknown): this {
    return this.setMetaAll((m) => {
      m.fontLine = l === null || l === 'none' ? undefined : String(l);
    });
  }
  getFontLine(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.fontLine ?? 'none';
  }
  setBackground(c: unknown): this {
    return this.setMetaAll((m) => {
      m.background = normalizeColor(c);
    });
  }
  setBackgrounds(cs: unknown): this {
    return this.setMetaGrid(cs, (m, c) => {
      m.background = normalizeColor(c);
    });
  }
  getBackground(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.background ?? DEFAULT_BACKGROUND;
  }
  getBackgrounds(): string[][] {
    return this.metaGrid((m) => m?.background ?? DEFAULT_BACKGROUND);
  }

  // --- wrapping and alignment ----------------------------------------------------------
  setWrap(w: unknown): this {
    return this.setMetaAll((m) => {
      m.wrap = w ? true : undefined;
      m.wrapStrategy = w ? 'WRAP' : undefined;
    });
  }
  setWraps(ws: unknown): this {
    return this.setMetaGrid(ws, (m, w) => {
      m.wrap = w ? true : undefined;
      m.wrapStrategy = w ? 'WRAP' : undefined;
    });
  }
  getWrap(): boolean {
    return this._sheet.getMeta(this._box.row, this._box.col)?.wrap ?? false;
  }
  getWraps(): boolean[][] {
    return this.metaGrid((m) => m?.wrap ?? false);
  }
  setWrapStrategy(s: unknown): this {
    const name = enumName(s);
    return this.setMetaAll((m) => {
      m.wrapStrategy = name === 'OVERFLOW' ? undefined : name;
      m.wrap = name === 'WRAP' ? true : undefined;
    });
  }
  setWrapStrategies(ss: unknown): this {
    return this.setMetaGrid(ss, (m, s) => {
      const name = enumName(s);
      m.wrapStrategy = name === 'OVERFLOW' ? undefined : name;
      m.wrap = name === 'WRAP' ? true : undefined;
    });
  }
  getWrapStrategy(): unknown {
    return WrapStrategy._get(
      this._sheet.getMeta(this._box.row, this._box.col)?.wrapStrategy ?? 'OVERFLOW',
    );
  }
  getWrapStrategies(): unknown[][] {
    return this.metaGrid((m) => WrapStrategy._get(m?.wrapStrategy ?? 'OVERFLOW'));
  }
  setHorizontalAlignment(a: unknown): this {
    return this.setMetaAll((m) => {
      m.hAlign = a === null ? undefined : String(a).toLowerCase();
    });
  }
  setHorizontalAlignments(as: unknown): this {
    return this.setMetaGrid(as, (m, a) => {
      m.hAlign = a === null ? undefined : String(a).toLowerCase();
    });
  }
  getHorizontalAlignment(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.hAlign ?? 'general';
  }
  getHorizontalAlignments(): string[][] {
    return this.metaGrid((m) => m?.hAlign ?? 'general');
  }
  setVerticalAlignment(a: unknown): this {
    return this.setMetaAll((m) => {
      m.vAlign = a === null ? undefined : String(a).toLowerCase();
    });
  }
  setVerticalAlignments(as: unknown): this {
    return this.setMetaGrid(as, (m, a) => {
      m.vAlign = a === null ? undefined : String(a).toLowerCase();
    });
  }
  getVerticalAlignment(): string {
    return this._sheet.getMeta(this._box.row, this._box.col)?.vAlign ?? 'bottom';
  }
  getVerticalAlignments(): string[][] {
    return this.metaGrid((m) => m?.vAlign ?? 'bottom');
  }
  /**
   * Borders are recorded per cell, not rendered: (top, left, bottom, right, vertical, horizontal,
   * color?, style?). true sets, false clears, null leaves a side unchanged (Sheets' contract).
   */
  setBorder(...args: unknown[]): this {
    const [top, left, bottom, right, vertical, horizontal, color, style] = args;
    const b = this._box;
    const col = color === undefined || color === null ? undefined : normalizeColor(color);
    const sty = style === undefined || style === null ? undefined : enumName(style);
    this.edit();
    this._sheet.updateMeta(b, (m, r, c) => {
      const sides: Record<'top' | 'left' | 'bottom' | 'right', unknown> = {
        top: r === b.row ? top : horizontal,
        bottom: r === b.row + b.numRows - 1 ? bottom : horizontal,
        left: c === b.col ? left : vertical,
        right: c === b.col + b.numCols - 1 ? right : vertical,
      };
      const next = { ...m.border };
      for (const [side, v] of Object.entries(sides) as Array<[keyof typeof sides, unknown]>) {
        if (v === null || v === undefined) continue;
        next[side] = Boolean(v);
      }
      if (col !== undefined) next.color = col;
      if (sty !== undefined) next.style = sty;
      const any = next.top || next.left || next.bottom || next.right;
      m.border = any ? next : undefined;
    });
    return this;
  }

  // --- merges -----------------------------------------------------------------------------
  merge(): this {
    this.edit();
    const s = this._sheet;
    s.merges = s.merges.filter((m) => !intersects(m, this._box));
    if (this._box.numRows * this._box.numCols > 1) s.merges.push({ ...this._box });
    // Sheets keeps only the top-left value, untouched (text stays text): clear the other cells.
    const b = this._box;
    const rest = [
      { row: b.row, col: b.col + 1, numRows: 1, numCols: b.numCols - 1 },
      { row: b.row + 1, col: b.col, numRows: b.numRows - 1, numCols: b.numCols },
    ].filter((box) => box.numRows > 0 && box.numCols > 0);
    for (const box of rest) clearContents(s, box);
    return this;
  }
  mergeAcross(): this {
    for (let r = 0; r < this._box.numRows; r++)
      new RangeImpl(this.env, this._sheet, {
        ...this._box,
        row: this._box.row + r,
        numRows: 1,
      }).merge();
    return this;
  }
  mergeVertically(): this {
    for (let c = 0; c < this._box.numCols; c++)
      new RangeImpl(this.env, this._sheet, {
        ...this._box,
        col: this._box.col + c,
        numCols: 1,
      }).merge();
    return this;
  }
  breakApart(): this {
    this.edit();
    this._sheet.merges = this._sheet.merges.filter((m) => !containsBox(this._box, m));
    return this;
  }
  isPartOfMerge(): boolean {
    return this._sheet.merges.some((m) => intersects(m, this._box));
  }
  getMergedRanges(): RangeImpl[] {
    return this._sheet.merges
      .filter((m) => intersects(m, this._box))
      .map((m) => new RangeImpl(this.env, this._sheet, m));
  }

  // --- data validation ----------------------------------------------------------------------
  setDataValidation(rule: unknown): this {
    if (rule !== null && !(rule instanceof DataValidationImpl))
      throw new Error('Cannot find method setDataValidation(object).');
    return this.setMetaAll((m) => {
      m.validation = rule === null ? undefined : rule._model;
    });
  }
  setDataValidations(rules: unknown): this {
    return this.setMetaGrid(rules, (m, rule) => {
      m.validation = rule instanceof DataValidationImpl ? rule._model : undefined;
    });
  }
  getDataValidation(): DataValidationImpl | null {
    const v = this._sheet.getMeta(this._box.row, this._box.col)?.validation;
    return v ? new DataValidationImpl(this.env, v) : null;
  }
  getDataValidations(): Array<Array<DataValidationImpl | null>> {
    return this.metaGrid((m) =>
      m?.validation ? new DataValidationImpl(this.env, m.validation) : null,
    );
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  // --- protection ---------------------------------------------------------------------------
  protect(): ProtectionImpl {
    const p = new ProtectionModel('RANGE', this._sheet, { ...this._box });
    p.editors = initialEditors(this.env);
    this._sheet.protections.push(p);
    return new ProtectionImpl(this.env, p);
  }

  // --- clearing -----------------------------------------------------------------------------
  clear(options?: unknown): this {
    this.edit();
    const o = (options ?? {}) as Record<string, unknown>;
    const any = [
      'contentsOnly',
      'formatOnly',
      'commentsOnly',
      'validationsOnly',
      'skipFilteredRows',
    ].some((k) => o[k]);
    if (!any || o.contentsOnly) clearContents(this._sheet, this._box);
    this._sheet.updateMeta(this._box, (m) => {
      if (!any || o.formatOnly) clearFormat(m);
      if (o.commentsOnly) m.note = undefined;
      if (o.validationsOnly) m.validation = undefined;
    });
    return this;
  }
  clearContent(): this {
    this.edit();
    clearContents(this._sheet, this._box);
    return this;
  }
  clearFormat(): this {
    return this.setMetaAll(clearFormat);
  }

  // --- copy -------------------------------------------------------------------------------
  copyTo(dest: unknown): void {
    if (!(dest instanceof RangeImpl)) throw new Error('Cannot find method copyTo(object).');
    const target = {
      row: dest._box.row,
      col: dest._box.col,
      numRows: this._box.numRows,
      numCols: this._box.numCols,
    };
    assertCanEdit(dest._sheet, target, this.env.user);
    copyContents(this._sheet, this._box, dest._sheet, target);
    const dr = target.row - this._box.row;
    const dc = target.col - this._box.col;
    dest._sheet.updateMeta(target, (m, r, c) => {
      const src = this._sheet.getMeta(r - dr, c - dc);
      for (const k of Object.keys(m) as Array<keyof CellMeta>) delete m[k];
      Object.assign(m, src ?? {});
    });
  }

  /** Spreadsheet-wide last content row/col, used by getDataRange. */
  static extent(sheet: SheetModel): { lastRow: number; lastCol: number } {
    return contentExtent(sheet);
  }
}

/** What getNumberFormat reports for an untouched cell, written back, is no format at all. */
function storedFormat(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '' || v === AUTOMATIC_FORMAT) return undefined;
  return String(v);
}

function clearFormat(m: CellMeta): void {
  const note = m.note;
  const validation = m.validation;
  for (const k of Object.keys(m) as Array<keyof CellMeta>) delete m[k];
  if (note !== undefined) m.note = note;
  if (validation !== undefined) m.validation = validation;
}

/** Sheets gives a new protection the file's editors (the owner plus the current user at least). */
export function initialEditors(env: Env): string[] {
  const list = [env.workbook.owner, env.user, ...env.workbook.editors].filter(
    (e): e is string => !!e,
  );
  return [...new Map(list.map((e) => [e.toLowerCase(), e])).values()];
}
