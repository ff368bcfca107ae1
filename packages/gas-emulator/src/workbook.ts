/** The emulated spreadsheet file: sheets, named ranges, document properties, owner, locks. */
import { randomBytes } from 'node:crypto';
import { quoteSheetName, boxToA1 } from './a1.ts';
import { dateToSerial, serialToMs } from './dates.ts';
import { FormulaEngine } from './formulaEngine.ts';
import { shiftForDelete, shiftForInsert, type Axis } from './geometry.ts';
import { shiftChartsForDelete, shiftChartsForInsert } from './chartModel.ts';
import { cloneRule } from './conditionalFormat.ts';
import { LockState } from './lockState.ts';
import type { DeveloperMetadataModel } from './metadataModel.ts';
import { isAutomatic, isDateFormat } from './numberFormat.ts';
import type { RangeRef } from './rangeRef.ts';
import { SheetModel } from './sheetModel.ts';
import type { TriggerRecord } from './services/clockTriggers.ts';
import type { SentMail } from './services/mail.ts';

const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** How typed input is read: en_GB ('.' decimals, ',' between arguments) or vi_VN (',' and ';'). */
export type SpreadsheetLocale = 'en_GB' | 'vi_VN';

export interface WorkbookOptions {
  /** The spreadsheet's own zone (File → Settings); default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  locale?: SpreadsheetLocale;
}

/** A Sheets file holds at most 10 million cells (rows × columns of every sheet, empty or not). */
export const CELL_LIMIT = 10_000_000;

function duplicateSheetMessage(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export class Workbook {
  name: string;
  /** The spreadsheet's zone: Dates in cells, TODAY() and custom-function Dates convert through it. */
  timeZone = DEFAULT_TIME_ZONE;
  /** The spreadsheet's locale (File → Settings): how typed numbers and formulas are read. */
  locale: SpreadsheetLocale = 'en_GB';
  /** The Workspace domain the file belongs to; null for consumer accounts (no domain edit). */
  domain: string | null = null;
  /** Emails a sharing policy hides: their User.getEmail() is '' for everyone else. */
  readonly hiddenEmails = new Set<string>();
  readonly id: string;
  /** Email of the file owner; the first runtime's user when unset. Always passes protections. */
  owner: string | null = null;
  /** People who can edit the file (Spreadsheet.getEditors); runtimes add their users. */
  editors: string[] = [];
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Map<string, RangeRef>();
  readonly documentProperties = new Map<string, string>();
  /** Developer metadata of the spreadsheet and its sheets. */
  developerMetadata: DeveloperMetadataModel[] = [];
  readonly documentLock = new LockState();
  readonly engine: FormulaEngine;
  activeSheet: SheetModel | null = null;
  /** Installable triggers of every user (kept in .xlsx): onEdit and clock. */
  triggers: TriggerRecord[] = [];
  /** Mail sent with MailApp (kept in .xlsx), oldest first. */
  outbox: SentMail[] = [];
  /** Clock for formulas (TODAY/NOW); runtimes with a `now` option replace it. */
  clock: () => Date = () => new Date();
  private sheetCounter = 0;
  private chartCounter = 0;

  constructor(name = 'Untitled spreadsheet') {
    this.name = name;
    this.id = randomBytes(22).toString('base64url').slice(0, 44);
    this.engine = new FormulaEngine({
      isDateCell: (a) => this.isDateCell(a.sheet, a.row + 1, a.col + 1),
      serialToDate: (s) => new Date(serialToMs(s, this.timeZone)),
      dateToSerial: (d) => dateToSerial(d, this.timeZone),
      now: () => this.clock(),
    });
  }

  /** A new embedded-chart id, unique in the workbook (Sheets' ids are large integers too). */
  nextChartId(): number {
    let id: number;
    do {
      this.chartCounter++;
      id = 1_000_000 + ((this.chartCounter * 48_271) % 2_147_000_000);
    } while (this.sheets.some((s) => s.charts.some((c) => c.id === id)));
    return id;
  }

  /** Visible + hidden user sheets, in tab order. */
  sheetByName(name: string): SheetModel | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  sheetByHfId(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.hfId === id);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === id);
  }

  addSheet(name?: string, index?: number): SheetModel {
    let sheetName = name;
    if (sheetName === undefined || sheetName === '') {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    if (this.sheetByName(sheetName)) throw new Error(duplicateSheetMessage(sheetName));
    this.assertCellLimit(1000 * 26);
    const hfId = this.engine.addSheet(sheetName);
    // Sheets gives the first sheet gid 0 and later ones large pseudo-random ids.
    const gid = this.sheetCounter === 0 ? 0 : (this.sheetCounter * 2_654_435_761) % 2_147_483_647;
    this.sheetCounter++;
    const sheet = new SheetModel(this, gid, hfId, sheetName);
    const at =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /**
   * Fills a new, empty sheet with a copy of another (Spreadsheet.insertSheet's `template`): size,
   * contents and formulas, formats, validation, notes, merges, conditional formats, widths,
   * heights and frozen panes. Protections and named ranges stay with the original, as in Sheets.
   */
  copySheetContents(from: SheetModel, to: SheetModel): void {
    if (from.maxRows > to.maxRows)
      to.insert('row', to.maxRows + 1, from.maxRows - to.maxRows, null);
    if (from.maxCols > to.maxCols)
      to.insert('col', to.maxCols + 1, from.maxCols - to.maxCols, null);
    for (const [r, c, m] of from.metaEntries()) {
      to.updateMeta({ row: r, col: c, numRows: 1, numCols: 1 }, (t) => Object.assign(t, m));
    }
    for (const [i, w] of from.colWidths) to.colWidths.set(i, w);
    for (const [i, h] of from.rowHeights) to.rowHeights.set(i, h);
    to.frozenRows = from.frozenRows;
    to.frozenCols = from.frozenCols;
    to.tabColor = from.tabColor;
    to.merges = from.merges.map((b) => ({ ...b }));
    to.cfRules = from.cfRules.map((rule) => {
      const copy = cloneRule(rule);
      copy.ranges = copy.ranges.map((ref) => (ref.sheet === from ? { ...ref, sheet: to } : ref));
      return copy;
    });
    const { height, width } = this.engine.dimensions(from.hfId);
    if (height === 0 || width === 0) return;
    const content = this.engine.rawContents(from.hfId, height, width);
    this.engine.setContents(to.hfId, 0, 0, content);
  }

  removeSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    this.engine.removeSheet(sheet.hfId);
    // Charts elsewhere lose the ranges of a deleted sheet (Sheets shows them as #REF).
    for (const s of this.sheets)
      for (const c of s.charts) c.ranges = c.ranges.filter((r) => r.sheet !== sheet);
    // A sheet's developer metadata goes with it.
    this.developerMetadata = this.developerMetadata.filter((m) => m.sheet !== sheet);
    for (const [name, ref] of this.namedRanges)
      if (ref.sheet === sheet) this.removeNamedRange(name);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, i - 1)] ?? null;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.sheetByName(name);
    if (other && other !== sheet) throw new Error(duplicateSheetMessage(name));
    this.engine.renameSheet(sheet.hfId, name);
    sheet.name = name;
  }

  setNamedRange(name: string, ref: RangeRef): void {
    this.namedRanges.set(name, { sheet: ref.sheet, box: { ...ref.box } });
    this.engine.setNamedExpression(
      name,
      `=${quoteSheetName(ref.sheet.name)}!${boxToA1(ref.box, true)}`,
    );
  }

  removeNamedRange(name: string): void {
    this.namedRanges.delete(name);
    this.engine.removeNamedExpression(name);
  }

  /** Structural edit shared by engine, sheet layout and named ranges. */
  insert(
    sheet: SheetModel,
    axis: Axis,
    at: number,
    count: number,
    inheritFrom: number | null,
  ): void {
    this.assertCellLimit(axis === 'row' ? count * sheet.maxCols : count * sheet.maxRows);
    if (axis === 'row') this.engine.addRows(sheet.hfId, at - 1, count);
    else this.engine.addColumns(sheet.hfId, at - 1, count);
    sheet.insert(axis, at, count, inheritFrom);
    shiftChartsForInsert(this.sheets, sheet, axis, at, count);
    for (const ref of this.namedRanges.values()) {
      if (ref.sheet === sheet) ref.box = shiftForInsert(ref.box, axis, at, count);
    }
  }

  delete(sheet: SheetModel, axis: Axis, at: number, count: number): void {
    if (axis === 'row') this.engine.removeRows(sheet.hfId, at - 1, count);
    else this.engine.removeColumns(sheet.hfId, at - 1, count);
    sheet.delete(axis, at, count);
    shiftChartsForDelete(this.sheets, sheet, axis, at, count);
    for (const [name, ref] of [...this.namedRanges]) {
      if (ref.sheet !== sheet) continue;
      const nb = shiftForDelete(ref.box, axis, at, count);
      if (nb) ref.box = nb;
      else this.namedRanges.delete(name);
    }
  }

  /** Throws Sheets' error when `extra` more cells would pass the file's limit. */
  assertCellLimit(extra: number): void {
    let cells = extra;
    for (const s of this.sheets) cells += s.maxRows * s.maxCols;
    if (cells > CELL_LIMIT)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
  }

  /** Does a (1-based) cell read back as a Date? Explicit date formats, or inferred ones on formulas. */
  isDateCell(hfSheet: number, row: number, col: number): boolean {
    const sheet = this.sheetByHfId(hfSheet);
    if (!sheet) return false;
    const fmt = sheet.getMeta(row, col)?.numberFormat;
    if (!isAutomatic(fmt)) return isDateFormat(fmt);
    const t = this.engine.inferredType({ sheet: hfSheet, row: row - 1, col: col - 1 });
    return t === 'date' || t === 'datetime' || t === 'time';
  }
}

export function createWorkbook(name?: string, options: WorkbookOptions = {}): Workbook {
  const wb = new Workbook(name);
  if (options.timeZone !== undefined) wb.timeZone = options.timeZone;
  if (options.locale !== undefined) wb.locale = options.locale;
  // A new file's first tab is named in the file's language, as Sheets does.
  wb.addSheet(options.locale === 'vi_VN' ? 'Trang tính1' : 'Sheet1');
  return wb;
}
