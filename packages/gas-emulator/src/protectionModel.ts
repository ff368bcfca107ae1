/** Sheet and range protections, and who may edit what. */
import { containsBox, intersects, type Box } from './geometry.ts';
import type { RangeRef } from './rangeRef.ts';
import type { SheetModel } from './sheetModel.ts';

export type ProtectionKind = 'SHEET' | 'RANGE';

export class ProtectionModel {
  description = '';
  warningOnly = false;
  domainEdit = false;
  editors: string[] = [];
  unprotected: RangeRef[] = [];
  rangeName: string | null = null;

  constructor(
    readonly kind: ProtectionKind,
    readonly sheet: SheetModel,
    public box: Box | null,
  ) {}

  /** Owner is always an editor; emails compare case-insensitively. */
  canEdit(user: string): boolean {
    if (this.warningOnly) return true;
    const owner = this.sheet.workbook.owner;
    const u = user.toLowerCase();
    if (owner !== null && owner.toLowerCase() === u) return true;
    return this.editors.some((e) => e.toLowerCase() === u);
  }

  /** Does a write to `target` touch cells this protection guards? */
  covers(target: Box): boolean {
    if (this.kind === 'RANGE') return this.box !== null && intersects(this.box, target);
    // A sheet protection guards everything except its unprotected ranges.
    for (let r = target.row; r < target.row + target.numRows; r++) {
      for (let c = target.col; c < target.col + target.numCols; c++) {
        const cell = { row: r, col: c, numRows: 1, numCols: 1 };
        if (!this.unprotected.some((u) => containsBox(u.box, cell))) return true;
      }
    }
    return false;
  }
}

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Throw Sheets' error when `user` may not write `target` on `sheet`. */
export function assertCanEdit(sheet: SheetModel, target: Box, user: string): void {
  for (const p of sheet.protections) {
    if (p.canEdit(user)) continue;
    if (p.covers(target)) throw new Error(PROTECTED_MESSAGE);
  }
}
