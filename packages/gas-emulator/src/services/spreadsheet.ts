/** Spreadsheet (the file) and NamedRange. */
import { parseA1 } from '../a1.ts';
import { activate } from '../active.ts';
import type { Env } from '../environment.ts';
import { ServiceObject } from '../serviceObject.ts';
import type { SheetModel } from '../sheetModel.ts';
import { assertMayChangeSheet } from '../sheetGuards.ts';
import { addMetadata, DeveloperMetadataFinderImpl, metadataAt } from './metadata.ts';
import { RangeImpl } from './range.ts';
import { SheetImpl } from './sheet.ts';
import { userIn, type UserImpl, emailOf } from './user.ts';

const NAMED_RANGE_RE = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/;

export class NamedRangeImpl extends ServiceObject {
  readonly _className = 'NamedRange';
  constructor(
    private readonly env: Env,
    private name: string,
  ) {
    super();
  }
  getName(): string {
    return this.name;
  }
  getRange(): RangeImpl {
    const ref = this.env.workbook.namedRanges.get(this.name);
    if (!ref) throw new Error('Range not found');
    return new RangeImpl(this.env, ref.sheet, ref.box);
  }
  setRange(r: unknown): this {
    if (!(r instanceof RangeImpl)) throw new Error('Cannot find method setRange(object).');
    this.env.workbook.setNamedRange(this.name, r._ref());
    return this;
  }
  setName(n: unknown): this {
    const ref = this.env.workbook.namedRanges.get(this.name);
    if (!ref) throw new Error('Range not found');
    this.env.workbook.removeNamedRange(this.name);
    this.name = String(n);
    this.env.workbook.setNamedRange(this.name, ref);
    return this;
  }
  remove(): void {
    this.env.workbook.removeNamedRange(this.name);
  }
}

export class SpreadsheetImpl extends ServiceObject {
  readonly _className = 'Spreadsheet';
  constructor(private readonly env: Env) {
    super();
  }

  private get wb() {
    return this.env.workbook;
  }

  private sheet(model: SheetModel): SheetImpl {
    return new SheetImpl(this.env, model);
  }

  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  rename(name: unknown): void {
    this.wb.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  setSpreadsheetTimeZone(tz: unknown): void {
    this.wb.timeZone = String(tz);
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  setSpreadsheetLocale(locale: unknown): void {
    const l = String(locale);
    if (l !== 'en_GB' && l !== 'vi_VN')
      throw new Error(`Emulator: locale ${l} is not emulated (en_GB, vi_VN)`);
    this.wb.locale = l;
  }
  getOwner(): UserImpl | null {
    return this.wb.owner ? userIn(this.wb, this.wb.owner) : null;
  }
  getEditors(): UserImpl[] {
    const list = [this.wb.owner, ...this.wb.editors].filter((e): e is string => !!e);
    return [...new Set(list)].map((e) => userIn(this.wb, e));
  }
  addEditor(u: unknown): this {
    const e = emailOf(u);
    if (!this.wb.editors.includes(e)) this.wb.editors.push(e);
    return this;
  }
  getSheets(): SheetImpl[] {
    return this.wb.sheets.map((s) => this.sheet(s));
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheetByName(name: unknown): SheetImpl | null {
    const s = this.wb.sheetByName(String(name));
    return s ? this.sheet(s) : null;
  }
  getSheetById(id: unknown): SheetImpl | null {
    const s = this.wb.sheetById(Number(id));
    return s ? this.sheet(s) : null;
  }
  insertSheet(a?: unknown, b?: unknown, c?: unknown): SheetImpl {
    // insertSheet(), (name), (index), (name, index), and each of these with a last argument
    // { template: Sheet } whose contents and formats are copied.
    let name: string | undefined;
    let index: number | undefined;
    let options: unknown;
    for (const arg of [a, b, c]) {
      if (typeof arg === 'number') index = arg;
      else if (typeof arg === 'object' && arg !== null) options = arg;
      else if (arg !== undefined && arg !== null && name === undefined) name = String(arg);
    }
    const template = (options as { template?: unknown } | undefined)?.template;
    if (template !== undefined && !(template instanceof SheetImpl))
      throw new Error('Cannot find method insertSheet(string,number,object).');
    const model = this.wb.addSheet(name, index);
    if (template instanceof SheetImpl) {
      // All or nothing, as one request to Sheets: a copy that fails leaves no half-made sheet.
      try {
        this.wb.copySheetContents(template._model, model);
      } catch (e) {
        this.wb.removeSheet(model);
        throw e;
      }
    }
    activate(this.env, model); // Sheets activates the new sheet
    return this.sheet(model);
  }
  deleteSheet(s: unknown): void {
    if (!(s instanceof SheetImpl)) throw new Error('Cannot find method deleteSheet(object).');
    assertMayChangeSheet(s._model, this.env.user, 'delete');
    this.wb.removeSheet(s._model);
  }
  getActiveSheet(): SheetImpl {
    const s = this.wb.activeSheet ?? this.wb.sheets[0];
    if (!s) throw new Error('Emulator: workbook has no sheets');
    return this.sheet(s);
  }
  setActiveSheet(s: unknown): SheetImpl {
    if (!(s instanceof SheetImpl)) throw new Error('Cannot find method setActiveSheet(object).');
    activate(this.env, s._model);
    return s;
  }
  getActiveRange(): RangeImpl {
    return this.getActiveSheet().getActiveRange();
  }
  setActiveRange(range: unknown): RangeImpl {
    if (!(range instanceof RangeImpl))
      throw new Error('Cannot find method setActiveRange(object).');
    activate(this.env, range._sheet, range._box);
    return range;
  }
  getCurrentCell(): RangeImpl {
    return this.getActiveSheet().getActiveCell();
  }
  getRange(a1: unknown): RangeImpl {
    const text = String(a1);
    const probe = parseA1(text, 1, 1);
    const sheet =
      probe?.sheetName !== undefined
        ? this.wb.sheetByName(probe.sheetName)
        : (this.wb.activeSheet ?? this.wb.sheets[0]);
    if (!probe || !sheet) throw new Error('Range not found');
    return this.sheet(sheet).getRange(text);
  }
  getRangeByName(name: unknown): RangeImpl | null {
    const ref = this.wb.namedRanges.get(String(name));
    return ref ? new RangeImpl(this.env, ref.sheet, ref.box) : null;
  }
  setNamedRange(name: unknown, range: unknown): void {
    const n = String(name);
    if (!NAMED_RANGE_RE.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n) || /^(true|false)$/i.test(n))
      throw new Error(`Named range name is not valid: ${n}`);
    if (!(range instanceof RangeImpl))
      throw new Error('Cannot find method setNamedRange(string,object).');
    this.wb.setNamedRange(n, range._ref());
  }
  getNamedRanges(): NamedRangeImpl[] {
    return [...this.wb.namedRanges.keys()].map((n) => new NamedRangeImpl(this.env, n));
  }
  removeNamedRange(name: unknown): void {
    if (!this.wb.namedRanges.has(String(name))) throw new Error('Range not found');
    this.wb.removeNamedRange(String(name));
  }
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this.env.ui.toasts.push({
      message: String(msg ?? ''),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : Number(timeoutSeconds),
    });
  }
  addDeveloperMetadata(key: unknown, a?: unknown, b?: unknown): this {
    addMetadata(this.env, null, key, a, b);
    return this;
  }
  getDeveloperMetadata(): unknown[] {
    return metadataAt(this.env, null);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this.env, undefined);
  }
  getProtections(type: unknown): unknown[] {
    return this.wb.sheets.flatMap((s) => this.sheet(s).getProtections(type));
  }
}
