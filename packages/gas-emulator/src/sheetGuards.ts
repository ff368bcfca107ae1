/**
 * Deleting or renaming a sheet needs the right to edit it: Sheets refuses both on a sheet whose
 * protection the user is not an editor of (deleting also on one holding a protected range).
 */
import { PROTECTED_MESSAGE } from './protectionModel.ts';
import type { SheetModel } from './sheetModel.ts';

export function assertMayChangeSheet(
  sheet: SheetModel,
  user: string,
  change: 'delete' | 'rename',
): void {
  for (const p of sheet.protections) {
    if (p.canEdit(user)) continue;
    if (p.kind === 'SHEET' || change === 'delete') throw new Error(PROTECTED_MESSAGE);
  }
}
