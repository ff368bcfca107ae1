/**
 * Sheets refuses volatile functions (NOW, RAND, RANDBETWEEN, TODAY) as custom-function arguments,
 * written in the call or reached through referenced cells: the result is cached by argument, so it
 * could never follow them. This finds one, walking HyperFormula's AST and dependency graph.
 */
import type { HyperFormula } from 'hyperformula';
import type { HfAddress } from './hfPlugins.ts';

export const VOLATILE_FUNCTIONS = ['NOW', 'TODAY', 'RAND', 'RANDBETWEEN'] as const;
const VOLATILE_CALL = /(?<![A-Za-z0-9_.])(NOW|TODAY|RAND|RANDBETWEEN)\s*\(/i;

/** Sheets' text for a custom function fed a volatile value. */
export const VOLATILE_MESSAGE =
  'This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN().';

interface Range {
  start: HfAddress;
  end: HfAddress;
}

interface RefLike {
  toSimpleCellAddress?(base: HfAddress): HfAddress;
  toSimpleColumnAddress?(base: HfAddress): { sheet: number; col: number };
  toSimpleRowAddress?(base: HfAddress): { sheet: number; row: number };
}

interface Node {
  type?: unknown;
  procedureName?: string;
  expressionName?: string;
  reference?: RefLike;
  start?: RefLike;
  end?: RefLike;
  [k: string]: unknown;
}

/** Largest referenced range scanned cell by cell (bigger ones are clipped to the sheet's data). */
const MAX_CELLS = 200_000;

export class VolatileFinder {
  private readonly seen = new Set<string>();
  constructor(private readonly hf: HyperFormula) {}

  /** The volatile function an argument list reaches, or null. */
  inArguments(args: readonly unknown[], base: HfAddress): string | null {
    for (const a of args) {
      const found = this.inAst(a as Node, base);
      if (found) return found;
    }
    return null;
  }

  private inAst(node: Node | undefined, base: HfAddress): string | null {
    if (!node || typeof node !== 'object') return null;
    switch (node.type) {
      case 'FUNCTION_CALL': {
        const name = String(node.procedureName ?? '').toUpperCase();
        if ((VOLATILE_FUNCTIONS as readonly string[]).includes(name)) return name;
        break;
      }
      case 'CELL_REFERENCE': {
        const a = node.reference?.toSimpleCellAddress?.(base);
        return a ? this.inRange({ start: a, end: a }) : null;
      }
      case 'CELL_RANGE': {
        const s = node.start?.toSimpleCellAddress?.(base);
        const e = node.end?.toSimpleCellAddress?.(base);
        return s && e ? this.inRange({ start: s, end: e }) : null;
      }
      case 'COLUMN_RANGE': {
        const s = node.start?.toSimpleColumnAddress?.(base);
        const e = node.end?.toSimpleColumnAddress?.(base);
        if (!s || !e) return null;
        const h = this.hf.getSheetDimensions(s.sheet).height;
        return this.inRange({
          start: { sheet: s.sheet, row: 0, col: s.col },
          end: { sheet: s.sheet, row: Math.max(0, h - 1), col: e.col },
        });
      }
      case 'ROW_RANGE': {
        const s = node.start?.toSimpleRowAddress?.(base);
        const e = node.end?.toSimpleRowAddress?.(base);
        if (!s || !e) return null;
        const w = this.hf.getSheetDimensions(s.sheet).width;
        return this.inRange({
          start: { sheet: s.sheet, row: s.row, col: 0 },
          end: { sheet: s.sheet, row: e.row, col: Math.max(0, w - 1) },
        });
      }
      case 'NAMED_EXPRESSION':
        return this.inNamed(String(node.expressionName ?? ''), base.sheet);
      default:
        break;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'reference' || k === 'start' || k === 'end') continue;
      if (Array.isArray(v)) {
        for (const x of v) {
          const found = this.inAst(x as Node, base);
          if (found) return found;
        }
      } else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') {
        const found = this.inAst(v as Node, base);
        if (found) return found;
      }
    }
    return null;
  }

  private inNamed(name: string, sheet: number): string | null {
    const formula = this.hf.getNamedExpressionFormula(name);
    if (formula === undefined) return null;
    const m = VOLATILE_CALL.exec(formula);
    if (m) return (m[1] ?? '').toUpperCase();
    const text = formula.replace(/^=/, '');
    const range = this.hf.simpleCellRangeFromString(text, sheet);
    if (range) return this.inRange(range);
    const cell = this.hf.simpleCellAddressFromString(text, sheet);
    return cell ? this.inRange({ start: cell, end: cell }) : null;
  }

  /** A formula in the range (or in what those formulas reference) that is volatile. */
  private inRange(r: Range): string | null {
    const dims = this.hf.getSheetDimensions(r.start.sheet);
    const end = {
      sheet: r.start.sheet,
      row: Math.min(r.end.row, dims.height - 1),
      col: Math.min(r.end.col, dims.width - 1),
    };
    if (end.row < r.start.row || end.col < r.start.col) return null;
    if ((end.row - r.start.row + 1) * (end.col - r.start.col + 1) > MAX_CELLS) return null;
    const formulas = this.hf.getRangeFormulas({ start: r.start, end });
    for (let i = 0; i < formulas.length; i++) {
      const row = formulas[i] ?? [];
      for (let j = 0; j < row.length; j++) {
        const f = row[j];
        if (f === undefined) continue;
        const addr = { sheet: r.start.sheet, row: r.start.row + i, col: r.start.col + j };
        const key = `${addr.sheet}:${addr.row}:${addr.col}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        const m = VOLATILE_CALL.exec(f);
        if (m) return (m[1] ?? '').toUpperCase();
        for (const p of this.hf.getCellPrecedents(addr)) {
          const range = 'start' in p ? { start: p.start, end: p.end } : { start: p, end: p };
          const found = this.inRange(range);
          if (found) return found;
        }
        for (const name of this.hf.getNamedExpressionsFromFormula(f)) {
          const found = this.inNamed(name, addr.sheet);
          if (found) return found;
        }
      }
    }
    return null;
  }
}
