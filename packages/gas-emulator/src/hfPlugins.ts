/**
 * HyperFormula glue for Apps Script custom functions and for a clock-aware TODAY/NOW.
 * HF keeps one global function registry, so each custom function name is registered once
 * and dispatched to whichever engine is currently evaluating (see `withHost`).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import type { FunctionPluginDefinition, ImplementedFunctions } from 'hyperformula';
import { VOLATILE_MESSAGE } from './volatile.ts';

export interface HfAddress {
  sheet: number;
  row: number;
  col: number;
}

/** Value handed to a custom function: what Range.getValues would give (errors as their text). */
export type CustomScalar = number | string | boolean | Date;
export type CustomArg = CustomScalar | CustomScalar[][];

export interface CustomFunctionHost {
  /** Implementation for a name, or undefined when this workbook's bundle does not define it. */
  customImpl(name: string): ((args: CustomArg[]) => unknown) | undefined;
  /** The volatile function (NOW, TODAY…) an argument reaches, directly or through cells; or null. */
  volatileArgument(args: readonly unknown[], base: HfAddress): string | null;
  /** Sheets caches results by argument values. */
  cachedResult(name: string, args: readonly CustomArg[]): { hit: boolean; value?: unknown };
  cacheResult(name: string, args: readonly CustomArg[], value: unknown): void;
  isDateCell(addr: HfAddress): boolean;
  serialToDate(serial: number): Date;
  dateToSerial(d: Date): number;
  now(): Date;
  /** Last observed result size of the array formula at this address. */
  knownSize(addr: HfAddress): { rows: number; cols: number } | undefined;
  /** Result size seen while evaluating; `mismatch` when it differs from the spill area HF reserved. */
  reportSize(addr: HfAddress, rows: number, cols: number, mismatch: boolean): void;
  reportError(addr: HfAddress, message: string): void;
  /** True when a cell of that box, other than the formula's own, holds a value or formula. */
  areaOccupied(addr: HfAddress, rows: number, cols: number): boolean;
}

const hosts: CustomFunctionHost[] = [];

export function withHost<T>(host: CustomFunctionHost, fn: () => T): T {
  hosts.push(host);
  try {
    return fn();
  } finally {
    hosts.pop();
  }
}

function currentHost(): CustomFunctionHost | undefined {
  return hosts[hosts.length - 1];
}

// Minimal structural views of HF internals we touch (they are not exported as types).
interface AstLike {
  type: string;
  reference?: { toSimpleCellAddress(base: HfAddress): HfAddress };
}
interface ProcAstLike {
  args: AstLike[];
}
interface StateLike {
  formulaAddress: HfAddress;
}
interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}
interface PluginInternals {
  runFunction(
    args: unknown,
    state: unknown,
    metadata: unknown,
    impl: (...a: unknown[]) => unknown,
  ): unknown;
  metadata(name: string): unknown;
  arraySizeForAst(ast: unknown, state: unknown): ArraySize;
  returnNumberWrapper(val: number, type?: string): unknown;
}

function isRichNumber(v: unknown): v is RichNumberLike {
  return typeof v === 'object' && v !== null && 'val' in v && 'getDetailedType' in v;
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function scalarForScript(
  v: unknown,
  host: CustomFunctionHost,
  addr: HfAddress | undefined,
): CustomScalar {
  if (v === EmptyValue || v === null || v === undefined) return '';
  if (v instanceof CellError) return errorText(v.type);
  if (isRichNumber(v)) {
    if (DATE_TYPES.has(v.getDetailedType()) || (addr && host.isDateCell(addr)))
      return host.serialToDate(v.val);
    return v.val;
  }
  if (typeof v === 'number') return addr && host.isDateCell(addr) ? host.serialToDate(v) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** The text Sheets shows for an HF error type. */
export function errorText(type: string): string {
  switch (type) {
    case ErrorType.DIV_BY_ZERO:
      return '#DIV/0!';
    case ErrorType.NA:
      return '#N/A';
    case ErrorType.NAME:
      return '#NAME?';
    case ErrorType.NUM:
      return '#NUM!';
    case ErrorType.VALUE:
      return '#VALUE!';
    case ErrorType.ERROR:
      return '#ERROR!';
    default:
      // REF, CYCLE and SPILL all show as #REF! in Sheets.
      return '#REF!';
  }
}

function argForScript(
  value: unknown,
  ast: AstLike | undefined,
  state: StateLike,
  host: CustomFunctionHost,
): CustomArg {
  if (value instanceof SimpleRangeValue) {
    const start = value.range?.start;
    return value.data.map((row, r) =>
      row.map((cell, c) =>
        scalarForScript(
          cell,
          host,
          start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : undefined,
        ),
      ),
    );
  }
  const addr =
    ast?.type === 'CELL_REFERENCE' && ast.reference
      ? ast.reference.toSimpleCellAddress(state.formulaAddress)
      : undefined;
  return scalarForScript(value, host, addr);
}

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Normalise a script result to rows: scalars are 1x1, 1-D arrays are a column (as Sheets does). */
function toRows(result: unknown): unknown[][] {
  if (!Array.isArray(result)) return [[result]];
  if (result.length === 0) return [['']];
  return result.map((row: unknown) => (Array.isArray(row) ? (row.length ? row : ['']) : [row]));
}

function predictSize(
  self: PluginInternals,
  ast: ProcAstLike,
  state: StateLike,
  host: CustomFunctionHost | undefined,
): ArraySize {
  const known = host?.knownSize(state.formulaAddress);
  if (known)
    return known.rows === 1 && known.cols === 1
      ? ArraySize.scalar()
      : new ArraySize(known.cols, known.rows);
  // No observation yet: guess the shape of the largest range argument (typical for column-in/column-out functions).
  let width = 1;
  let height = 1;
  for (const arg of ast.args) {
    if (!['CELL_RANGE', 'COLUMN_RANGE', 'ROW_RANGE'].includes(arg.type)) continue;
    const size = self.arraySizeForAst(arg, state);
    if (size.height * size.width > height * width) {
      height = size.height;
      width = size.width;
    }
  }
  if (height === 1 && width === 1) return ArraySize.scalar();
  // HF refuses a spill into filled cells before evaluating, so a function that in fact returns one
  // value (COMPLETION_RATE over a column) would show #REF!. Sheets sizes by the real result: when
  // the guessed box is taken, guess one cell and let the observed size correct it.
  if (host?.areaOccupied(state.formulaAddress, height, width)) return ArraySize.scalar();
  return new ArraySize(width, height);
}

function makeCustomPlugin(name: string): FunctionPluginDefinition {
  class CustomFunction extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {
      [name]: {
        method: 'evaluate',
        sizeOfResultArrayMethod: 'size',
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      },
    };

    evaluate(ast: ProcAstLike, state: StateLike): unknown {
      const self = this as unknown as PluginInternals;
      const host = currentHost();
      const impl = host?.customImpl(name);
      if (!host || !impl)
        return new CellError(ErrorType.NAME, `Unknown function: '${name.toLowerCase()}'.`);
      const predicted = predictSize(self, ast, state, host);
      const addr = state.formulaAddress;
      const fail = (message: string): CellError => {
        host.reportSize(addr, 1, 1, !predicted.isScalar());
        host.reportError(addr, message);
        return new CellError(ErrorType.ERROR, message);
      };
      const volatile = host.volatileArgument(ast.args, addr);
      if (volatile)
        return fail(
          `${VOLATILE_MESSAGE} (${volatile}() reaches an argument of ${name}; Sheets may also show "Loading…" forever.)`,
        );
      return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) => {
        const scriptArgs = args
          .filter((a, i) => !(a === undefined && i >= ast.args.length))
          .map((a, i) => argForScript(a, ast.args[i], state, host));
        let result: unknown;
        const cached = host.cachedResult(name, scriptArgs);
        if (cached.hit) result = cached.value;
        else {
          try {
            result = impl(scriptArgs);
          } catch (e) {
            return fail(e instanceof Error ? e.message : String(e));
          }
          host.cacheResult(name, scriptArgs, result);
        }
        const rows = toRows(result);
        const width = Math.max(...rows.map((r) => r.length));
        const predictedRows = predicted.isScalar() ? 1 : predicted.height;
        const predictedCols = predicted.isScalar() ? 1 : predicted.width;
        host.reportSize(
          addr,
          rows.length,
          width,
          rows.length !== predictedRows || width !== predictedCols,
        );
        const toInternal = (v: unknown): unknown => {
          if (v === null || v === undefined || v === '') return v === '' ? '' : EmptyValue;
          if (isDateValue(v)) {
            // As a Date written with setValue: midnight shows as a day, else as a day and time.
            const serial = host.dateToSerial(v);
            return self.returnNumberWrapper(
              serial,
              Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME',
            );
          }
          if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
          if (typeof v === 'string' || typeof v === 'boolean') return v;
          return String(v);
        };
        if (predicted.isScalar()) return toInternal(rows[0]?.[0]);
        // HF cannot resize a spill after prediction: fit to the predicted box now and let the
        // engine re-enter the formula with the observed size afterwards.
        const data = Array.from({ length: predicted.height }, (_, r) =>
          Array.from({ length: predicted.width }, (_, c) => {
            const v = rows[r]?.[c];
            return v === undefined ? EmptyValue : toInternal(v);
          }),
        );
        return SimpleRangeValue.onlyValues(data as never);
      });
    }

    size(ast: ProcAstLike, state: StateLike): ArraySize {
      return predictSize(this as unknown as PluginInternals, ast, state, currentHost());
    }
  }
  return CustomFunction;
}

const registeredCustom = new Set<string>();
let builtinNames: Set<string> | undefined;

/** Custom names registered so far (an engine built now will know them). */
export function registeredCustomNames(): string[] {
  return [...registeredCustom];
}

function isBuiltinFunction(name: string): boolean {
  builtinNames ??= new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  return builtinNames.has(name) && !registeredCustom.has(name);
}

/** Register a custom function name globally; returns true when engines must rebuild to see it. */
export function registerCustomFunction(name: string): boolean {
  if (registeredCustom.has(name)) return false;
  if (isBuiltinFunction(name)) return false; // built-ins win, as in Sheets
  HyperFormula.registerFunction(name, makeCustomPlugin(name), { enGB: { [name]: name } });
  registeredCustom.add(name);
  return true;
}

/** TODAY/NOW that follow the emulated clock and the spreadsheet time zone (HF uses the host's). */
class ClockPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true },
    NOW: { method: 'now', parameters: [], isVolatile: true },
  };

  private serialNow(): number {
    const host = currentHost();
    return host ? host.dateToSerial(host.now()) : Date.now() / 86_400_000 + 25_569;
  }

  today(ast: ProcAstLike, state: StateLike): unknown {
    const self = this as unknown as PluginInternals;
    return self.runFunction(ast.args, state, self.metadata('TODAY'), () =>
      self.returnNumberWrapper(Math.floor(this.serialNow()), 'NUMBER_DATE'),
    );
  }

  now(ast: ProcAstLike, state: StateLike): unknown {
    const self = this as unknown as PluginInternals;
    return self.runFunction(ast.args, state, self.metadata('NOW'), () =>
      self.returnNumberWrapper(this.serialNow(), 'NUMBER_DATETIME'),
    );
  }
}

let clockInstalled = false;
export function installClockFunctions(): void {
  if (clockInstalled) return;
  HyperFormula.registerFunction('TODAY', ClockPlugin);
  HyperFormula.registerFunction('NOW', ClockPlugin);
  clockInstalled = true;
}

interface VertexLike {
  constructor: { name: string };
}
interface AddressMappingLike {
  getCell(a: HfAddress): VertexLike | undefined;
  removeCell(a: HfAddress): void;
  moveCell(source: HfAddress, destination: HfAddress): void;
}
interface DependencyGraphLike {
  addressMapping: AddressMappingLike;
  graph: { removeNode(v: VertexLike): unknown };
  rerouteDependents(source: VertexLike, target: VertexLike): void;
  fixArraysAfterAddingRow(...args: unknown[]): void;
  fixArraysAfterAddingColumn(...args: unknown[]): void;
}

const patchedGraphs = new WeakSet<object>();

/**
 * Rows or columns inserted inside a spilled array while a range (a formula's, or a named range)
 * covers it: HyperFormula first gives the new cells of that range empty placeholders, then moves
 * the array's cells onto them and throws "Cannot move cell. Destination already occupied".
 * Sheets just inserts. Hand the placeholder's dependents to the array and drop it before the move.
 */
export function allowInsertsInsideArrays(hf: HyperFormula): void {
  const graph = (hf as unknown as { dependencyGraph: DependencyGraphLike }).dependencyGraph;
  const proto = Object.getPrototypeOf(graph) as DependencyGraphLike;
  if (patchedGraphs.has(proto)) return;
  patchedGraphs.add(proto);
  for (const method of ['fixArraysAfterAddingRow', 'fixArraysAfterAddingColumn'] as const) {
    const original = proto[method];
    proto[method] = function (this: DependencyGraphLike, ...args: unknown[]) {
      const mapping = this.addressMapping;
      const move = mapping.moveCell;
      mapping.moveCell = (source, destination) => {
        const placeholder = mapping.getCell(destination);
        const array = mapping.getCell(source);
        if (placeholder?.constructor.name === 'EmptyCellVertex' && array) {
          this.rerouteDependents(placeholder, array);
          this.graph.removeNode(placeholder);
          mapping.removeCell(destination);
        }
        move.call(mapping, source, destination);
      };
      try {
        original.apply(this, args);
      } finally {
        mapping.moveCell = move;
      }
    };
  }
}
