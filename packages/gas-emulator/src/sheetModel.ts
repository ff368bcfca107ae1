/** One sheet: dimensions, layout and per-cell formatting; values are in the workbook's engine. */
import { inheritableMeta, type CellMeta } from './cellStyle.ts';
import type { ChartModel } from './chartModel.ts';
import type { CfRuleModel } from './conditionalFormat.ts';
import { shiftForDelete, shiftForInsert, type Axis, type Box } from './geometry.ts';
import type { ProtectionModel } from './protectionModel.ts';
import type { Workbook } from './workbook.ts';

const COL_SPAN = 32_768; // > Sheets' 18,278 column limit
const cellKey = (row: number, col: number): number => row * COL_SPAN + col;

export class SheetModel {
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  private meta = new Map<number, CellMeta>();
  merges: Box[] = [];
  cfRules: CfRuleModel[] = [];
  protections: ProtectionModel[] = [];
  /** Embedded charts anchored on this sheet, in insertion order (Sheet.getCharts). */
  charts: ChartModel[] = [];

  constructor(
    readonly workbook: Workbook,
    readonly sheetId: number,
    readonly hfId: number,
    public name: string,
  ) {}

  getMeta(row: number, col: number): CellMeta | undefined {
    return this.meta.get(cellKey(row, col));
  }

  /** Apply `fn` to the metadata of every cell in `box` (creating entries as needed). */
  updateMeta(box: Box, fn: (m: CellMeta, r: number, c: number) => void): void {
    for (let r = box.row; r < box.row + box.numRows; r++) {
      for (let c = box.col; c < box.col + box.numCols; c++) {
        const k = cellKey(r, c);
        const m = this.meta.get(k) ?? {};
        fn(m, r, c);
        if (Object.values(m).some((v) => v !== undefined)) this.meta.set(k, m);
        else this.meta.delete(k);
      }
    }
  }

  /** Cells with metadata, for export and views. */
  *metaEntries(): IterableIterator<[number, number, CellMeta]> {
    for (const [k, m] of this.meta) yield [Math.floor(k / COL_SPAN), k % COL_SPAN, m];
  }

  clearAllMeta(pred: (m: CellMeta) => void): void {
    this.updateMeta({ row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols }, pred);
  }

  /** Insert `count` rows/cols before index `at`, copying formatting from `inheritFrom` (Sheets does). */
  insert(axis: Axis, at: number, count: number, inheritFrom: number | null): void {
    const old = this.meta;
    this.meta = new Map();
    for (const [k, m] of old) {
      let r = Math.floor(k / COL_SPAN);
      let c = k % COL_SPAN;
      if (axis === 'row' && r >= at) r += count;
      if (axis === 'col' && c >= at) c += count;
      this.meta.set(cellKey(r, c), m);
    }
    if (inheritFrom !== null) {
      // `inheritFrom` is in pre-insert coordinates.
      for (const [k, m] of old) {
        const r = Math.floor(k / COL_SPAN);
        const c = k % COL_SPAN;
        if ((axis === 'row' ? r : c) !== inheritFrom) continue;
        const copy = inheritableMeta(m);
        if (!copy) continue;
        for (let i = 0; i < count; i++) {
          const nk = axis === 'row' ? cellKey(at + i, c) : cellKey(r, at + i);
          this.meta.set(nk, { ...copy });
        }
      }
    }
    this.shiftSizes(axis, at, count);
    if (axis === 'row') this.maxRows += count;
    else this.maxCols += count;
    this.merges = this.merges.map((b) => shiftForInsert(b, axis, at, count));
    for (const rule of this.cfRules) {
      for (const ref of rule.ranges) ref.box = shiftForInsert(ref.box, axis, at, count);
    }
    for (const p of this.protections) {
      if (p.box) p.box = shiftForInsert(p.box, axis, at, count);
      for (const u of p.unprotected) u.box = shiftForInsert(u.box, axis, at, count);
    }
    if (axis === 'row' && this.frozenRows >= at) this.frozenRows += count;
    if (axis === 'col' && this.frozenCols >= at) this.frozenCols += count;
  }

  /** Delete `count` rows/cols starting at `at`; ranges shrink or vanish. */
  delete(axis: Axis, at: number, count: number): void {
    const old = this.meta;
    this.meta = new Map();
    for (const [k, m] of old) {
      let r = Math.floor(k / COL_SPAN);
      let c = k % COL_SPAN;
      const pos = axis === 'row' ? r : c;
      if (pos >= at && pos < at + count) continue;
      if (pos >= at + count) {
        if (axis === 'row') r -= count;
        else c -= count;
      }
      this.meta.set(cellKey(r, c), m);
    }
    this.shiftSizes(axis, at, -count);
    if (axis === 'row') this.maxRows -= count;
    else this.maxCols -= count;
    const keep = <T>(xs: Array<T | null>): T[] => xs.filter((x): x is T => x !== null);
    this.merges = keep(this.merges.map((b) => shiftForDelete(b, axis, at, count))).filter(
      (b) => b.numRows * b.numCols > 1,
    );
    for (const rule of this.cfRules) {
      rule.ranges = rule.ranges
        .map((ref) => ({ sheet: ref.sheet, box: shiftForDelete(ref.box, axis, at, count) }))
        .filter((ref): ref is { sheet: SheetModel; box: Box } => ref.box !== null);
    }
    this.cfRules = this.cfRules.filter((r) => r.ranges.length > 0);
    this.protections = this.protections.filter((p) => {
      p.unprotected = p.unprotected
        .map((u) => ({ sheet: u.sheet, box: shiftForDelete(u.box, axis, at, count) }))
        .filter((u): u is { sheet: SheetModel; box: Box } => u.box !== null);
      if (!p.box) return true;
      const nb = shiftForDelete(p.box, axis, at, count);
      if (!nb) return false; // Sheets drops a protection whose cells are all deleted
      p.box = nb;
      return true;
    });
    const frozen = axis === 'row' ? this.frozenRows : this.frozenCols;
    if (frozen >= at) {
      const removed = Math.min(frozen, at + count - 1) - at + 1;
      if (axis === 'row') this.frozenRows -= removed;
      else this.frozenCols -= removed;
    }
  }

  private shiftSizes(axis: Axis, at: number, delta: number): void {
    const map = axis === 'row' ? this.rowHeights : this.colWidths;
    const entries = [...map];
    map.clear();
    for (const [i, v] of entries) {
      if (i < at) map.set(i, v);
      else if (delta < 0 && i < at - delta) continue;
      else map.set(i + delta, v);
    }
  }
}
