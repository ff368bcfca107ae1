/**
 * Bridge to HyperFormula: one HF engine per workbook, one HF sheet per Sheet.
 * HF holds cell contents (values and formulas) and computes; everything else lives in the model.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { CellValue as HfCellValue } from 'hyperformula';
import {
  allowInsertsInsideArrays,
  errorText,
  installClockFunctions,
  registerCustomFunction,
  registeredCustomNames,
  withHost,
  type CustomArg,
  type CustomFunctionHost,
  type HfAddress,
} from './hfPlugins.ts';
import { VolatileFinder } from './volatile.ts';

export interface CellErrorValue {
  error: string;
  message: string;
}
/** A computed value as the model sees it (errors carry Sheets' text). */
export type Computed = number | string | boolean | null | CellErrorValue;
/** Content sent to HF: text must be pre-encoded with a leading "'" and formulas start with '='. */
export type RawContent = number | string | boolean | null;

export function isCellError(v: unknown): v is CellErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export interface EngineHooks {
  isDateCell(addr: HfAddress): boolean;
  serialToDate(serial: number): Date;
  dateToSerial(d: Date): number;
  now(): Date;
}

const key = (a: HfAddress): string => `${a.sheet}:${a.row}:${a.col}`;
function parseKey(k: string): HfAddress {
  const [sheet = 0, row = 0, col = 0] = k.split(':').map(Number);
  return { sheet, row, col };
}

function convert(v: HfCellValue): Computed {
  if (v instanceof DetailedCellError) return { error: errorText(v.type), message: v.message };
  return v;
}

/** Key of a custom-function call by its argument values (Dates by instant). */
function argumentsKey(args: readonly CustomArg[]): string {
  return JSON.stringify(args, function (this: unknown, k: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[k];
    return raw instanceof Date ? { $date: raw.getTime() } : v;
  });
}

/** Cached results kept per engine (Sheets keeps them for a while; here, for the workbook's life). */
const CACHE_LIMIT = 20_000;

export class FormulaEngine implements CustomFunctionHost {
  readonly hf: HyperFormula;
  private readonly impls = new Map<string, (args: CustomArg[]) => unknown>();
  /** Which script serves each name: a result is cached for that script only. */
  private readonly scriptOf = new Map<string, string>();
  private readonly cache = new Map<string, unknown>();
  private readonly known = new Map<string, { rows: number; cols: number }>();
  private readonly pending = new Map<string, { rows: number; cols: number }>();
  private readonly customCells = new Set<string>();
  readonly errorMessages = new Map<string, string>();
  private clearedSomething = false;
  /** Custom names this engine's HF registry snapshot contains. */
  private readonly knownNames = new Set<string>(registeredCustomNames());

  constructor(private readonly hooks: EngineHooks) {
    installClockFunctions();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      // Sheets hands scripts raw doubles (0.1+0.2 → 0.30000000000000004); rounding is display-only.
      smartRounding: false,
      // Sheets' own bounds (10 M cells per file, 18,278 columns); HF's defaults stop at 40,000 rows.
      maxRows: 10_000_000,
      maxColumns: 18_278,
      dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'],
      timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
    });
    // Sheets accepts bare TRUE/FALSE literals; HF only knows the functions.
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    allowInsertsInsideArrays(this.hf);
  }

  // --- CustomFunctionHost -------------------------------------------------
  customImpl(name: string): ((args: CustomArg[]) => unknown) | undefined {
    return this.impls.get(name);
  }
  volatileArgument(args: readonly unknown[], base: HfAddress): string | null {
    return new VolatileFinder(this.hf).inArguments(args, base);
  }
  cachedResult(name: string, args: readonly CustomArg[]): { hit: boolean; value?: unknown } {
    const k = `${this.scriptOf.get(name) ?? ''}\u0000${name}\u0000${argumentsKey(args)}`;
    return this.cache.has(k) ? { hit: true, value: this.cache.get(k) } : { hit: false };
  }
  cacheResult(name: string, args: readonly CustomArg[], value: unknown): void {
    const k = `${this.scriptOf.get(name) ?? ''}\u0000${name}\u0000${argumentsKey(args)}`;
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(k, value);
  }
  isDateCell(addr: HfAddress): boolean {
    return this.hooks.isDateCell(addr);
  }
  serialToDate(serial: number): Date {
    return this.hooks.serialToDate(serial);
  }
  dateToSerial(d: Date): number {
    return this.hooks.dateToSerial(d);
  }
  now(): Date {
    return this.hooks.now();
  }
  knownSize(addr: HfAddress): { rows: number; cols: number } | undefined {
    this.customCells.add(key(addr));
    return this.known.get(key(addr));
  }
  reportSize(addr: HfAddress, rows: number, cols: number, mismatch: boolean): void {
    this.errorMessages.delete(key(addr));
    if (mismatch) this.pending.set(key(addr), { rows, cols });
    else this.known.set(key(addr), { rows, cols });
  }
  reportError(addr: HfAddress, message: string): void {
    this.errorMessages.set(key(addr), message);
  }
  areaOccupied(addr: HfAddress, rows: number, cols: number): boolean {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        if (r === 0 && c === 0) continue;
        const type = this.hf.getCellType({
          sheet: addr.sheet,
          row: addr.row + r,
          col: addr.col + c,
        });
        if (type === 'VALUE' || type === 'FORMULA') return true;
      }
    return false;
  }

  /**
   * Install custom functions found in a bundle (`scriptKey` names it: results are cached per
   * script); formulas already present are re-parsed.
   */
  setCustomFunctions(impls: Map<string, (args: CustomArg[]) => unknown>, scriptKey = ''): void {
    let rebuild = false;
    for (const [name, impl] of impls) {
      registerCustomFunction(name);
      // HF snapshots its function registry when built; cells that showed #NAME? must re-evaluate.
      if (!this.knownNames.has(name) || !this.impls.has(name)) rebuild = true;
      this.impls.set(name, impl);
      this.scriptOf.set(name, scriptKey);
    }
    if (rebuild) this.rebuild();
  }

  /**
   * hf.rebuildAndRecalculate() re-enters spilled results as literal values, which then block
   * their own spill: clear those cells and re-enter the formulas.
   */
  private rebuild(): void {
    const spilled: HfAddress[] = [];
    for (const name of this.hf.getSheetNames()) {
      const sheet = this.hf.getSheetId(name);
      if (sheet === undefined) continue;
      const { height, width } = this.hf.getSheetDimensions(sheet);
      for (let row = 0; row < height; row++)
        for (let col = 0; col < width; col++)
          if (this.cellKind({ sheet, row, col }) === 'spill') spilled.push({ sheet, row, col });
    }
    this.run(() => {
      this.hf.rebuildAndRecalculate();
      for (const name of registeredCustomNames()) this.knownNames.add(name);
      for (const addr of spilled) this.hf.setCellContents(addr, [[null]]);
      for (const name of this.hf.getSheetNames()) {
        const sheet = this.hf.getSheetId(name);
        if (sheet === undefined) continue;
        this.hf.getSheetFormulas(sheet).forEach((row, r) =>
          row.forEach((f, c) => {
            const addr = { sheet, row: r, col: c };
            const v = f === undefined ? undefined : this.hf.getCellValue(addr);
            if (v instanceof DetailedCellError && v.type === 'SPILL') this.reenter(addr);
          }),
        );
      }
    });
  }

  /** Every mutation goes through here so custom functions know which engine they serve. */
  run<T>(fn: () => T): T {
    return withHost(this, () => {
      const out = fn();
      this.settle();
      return out;
    });
  }

  /** Re-enter array formulas whose result size changed, and retry spills that may now fit. */
  private settle(): void {
    for (let pass = 0; pass < 5 && this.pending.size > 0; pass++) {
      const batch = [...this.pending];
      this.pending.clear();
      for (const [k, size] of batch) {
        this.known.set(k, size);
        this.reenter(parseKey(k));
      }
    }
    if (this.clearedSomething) {
      this.clearedSomething = false;
      for (const k of [...this.customCells]) {
        const addr = parseKey(k);
        const v = this.hf.getCellValue(addr);
        if (v instanceof DetailedCellError && v.type === 'SPILL') this.reenter(addr);
      }
      this.pending.clear();
    }
  }

  private reenter(addr: HfAddress): void {
    const f = this.hf.getCellFormula(addr);
    if (f === undefined) {
      this.customCells.delete(key(addr));
      return;
    }
    this.hf.setCellContents(addr, [[f]]);
  }

  addSheet(name: string): number {
    const id = this.hf.getSheetId(this.hf.addSheet(name));
    if (id === undefined) throw new Error(`Emulator: HF could not add sheet ${name}`);
    return id;
  }

  removeSheet(id: number): void {
    this.run(() => this.hf.removeSheet(id));
    this.dropKeys((a) => a.sheet === id);
  }

  renameSheet(id: number, name: string): void {
    this.run(() => this.hf.renameSheet(id, name));
  }

  setContents(sheet: number, row: number, col: number, data: RawContent[][]): void {
    if (data.some((r) => r.some((v) => v === null))) this.clearedSomething = true;
    this.run(() => this.hf.setCellContents({ sheet, row, col }, data));
  }

  getValues(sheet: number, row: number, col: number, rows: number, cols: number): Computed[][] {
    const data = this.hf.getRangeValues({
      start: { sheet, row, col },
      end: { sheet, row: row + rows - 1, col: col + cols - 1 },
    });
    return data.map((r) => r.map(convert));
  }

  getFormulas(
    sheet: number,
    row: number,
    col: number,
    rows: number,
    cols: number,
  ): Array<Array<string | undefined>> {
    return this.hf.getRangeFormulas({
      start: { sheet, row, col },
      end: { sheet, row: row + rows - 1, col: col + cols - 1 },
    });
  }

  /**
   * A sheet's contents as they would be typed back: formulas, numbers, booleans and text (with
   * its leading "'"); spilled cells and empty cells are null.
   */
  rawContents(sheet: number, height: number, width: number): RawContent[][] {
    const formulas = this.getFormulas(sheet, 0, 0, height, width);
    const values = this.hf.getRangeValues({
      start: { sheet, row: 0, col: 0 },
      end: { sheet, row: height - 1, col: width - 1 },
    });
    return values.map((row, r) =>
      row.map((v, c): RawContent => {
        const f = formulas[r]?.[c];
        if (f !== undefined) return f;
        if (this.cellKind({ sheet, row: r, col: c }) === 'spill') return null;
        if (v === null || v instanceof DetailedCellError) return null;
        return typeof v === 'string' ? `'${v}` : v;
      }),
    );
  }

  /** Date/percent type HF inferred for a formula result (e.g. =TODAY()), for cells with Automatic format. */
  inferredType(addr: HfAddress): 'date' | 'datetime' | 'time' | 'percent' | undefined {
    if (!this.hf.doesCellHaveFormula(addr) && !this.hf.isCellPartOfArray(addr)) return undefined;
    switch (this.hf.getCellValueDetailedType(addr)) {
      case 'NUMBER_DATE':
        return 'date';
      case 'NUMBER_DATETIME':
        return 'datetime';
      case 'NUMBER_TIME':
        return 'time';
      case 'NUMBER_PERCENT':
        return 'percent';
      default:
        return undefined;
    }
  }

  /** 'formula' for formula cells, 'spill' for cells filled by an array result, else 'value'. */
  cellKind(addr: HfAddress): 'formula' | 'spill' | 'value' {
    if (this.hf.doesCellHaveFormula(addr)) return 'formula';
    return this.hf.isCellPartOfArray(addr) ? 'spill' : 'value';
  }

  /** Cells holding a custom-function formula, with the size of the result they spill. */
  customFormulaAreas(): Array<{ addr: HfAddress; rows: number; cols: number }> {
    return [...this.customCells].map((k) => {
      const size = this.known.get(k) ?? { rows: 1, cols: 1 };
      return { addr: parseKey(k), ...size };
    });
  }

  errorMessageAt(addr: HfAddress): string | undefined {
    return this.errorMessages.get(key(addr));
  }

  /** Last used row/column (0-based exclusive) of a sheet, counting formulas and spills. */
  dimensions(sheet: number): { height: number; width: number } {
    return this.hf.getSheetDimensions(sheet);
  }

  addRows(sheet: number, at: number, count: number): void {
    this.run(() => this.hf.addRows(sheet, [at, count]));
    this.shiftKeys(sheet, 'row', at, count);
  }

  removeRows(sheet: number, at: number, count: number): void {
    this.clearedSomething = true;
    this.run(() => this.hf.removeRows(sheet, [at, count]));
    this.shiftKeys(sheet, 'row', at, -count);
  }

  addColumns(sheet: number, at: number, count: number): void {
    this.run(() => this.hf.addColumns(sheet, [at, count]));
    this.shiftKeys(sheet, 'col', at, count);
  }

  removeColumns(sheet: number, at: number, count: number): void {
    this.clearedSomething = true;
    this.run(() => this.hf.removeColumns(sheet, [at, count]));
    this.shiftKeys(sheet, 'col', at, -count);
  }

  /** Evaluate a formula as if it were in `sheet` (used for conditional-format and validation rules). */
  calculate(formula: string, sheet: number): Computed {
    const v = this.run(() => this.hf.calculateFormula(formula, sheet));
    if (Array.isArray(v)) return convert((v[0]?.[0] ?? null) as HfCellValue);
    return convert(v as HfCellValue);
  }

  setNamedExpression(name: string, expression: string): boolean {
    try {
      this.run(() => {
        if (this.hf.isItPossibleToChangeNamedExpression(name, expression))
          this.hf.changeNamedExpression(name, expression);
        else this.hf.addNamedExpression(name, expression);
      });
      return true;
    } catch {
      return false; // names HF cannot represent simply stay unusable in formulas
    }
  }

  removeNamedExpression(name: string): void {
    try {
      this.run(() => this.hf.removeNamedExpression(name));
    } catch {
      // not registered in HF
    }
  }

  private dropKeys(pred: (a: HfAddress) => boolean): void {
    for (const map of [this.known, this.errorMessages]) {
      for (const k of [...map.keys()]) if (pred(parseKey(k))) map.delete(k);
    }
    for (const k of [...this.customCells]) if (pred(parseKey(k))) this.customCells.delete(k);
  }

  private shiftKeys(sheet: number, axis: 'row' | 'col', at: number, delta: number): void {
    const move = (k: string): string | null => {
      const a = parseKey(k);
      if (a.sheet !== sheet) return k;
      const pos = axis === 'row' ? a.row : a.col;
      if (pos < at) return k;
      if (delta < 0 && pos < at - delta) return null;
      return key(axis === 'row' ? { ...a, row: a.row + delta } : { ...a, col: a.col + delta });
    };
    for (const map of [this.known, this.errorMessages] as Array<Map<string, unknown>>) {
      const entries = [...map];
      map.clear();
      for (const [k, v] of entries) {
        const nk = move(k);
        if (nk) map.set(nk, v);
      }
    }
    const cells = [...this.customCells];
    this.customCells.clear();
    for (const k of cells) {
      const nk = move(k);
      if (nk) this.customCells.add(nk);
    }
  }
}
