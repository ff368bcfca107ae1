// The "Nộp báo cáo" box: units submit without installing anything. When a coordinator distributes,
// the add-on installs one installable onEdit trigger for the document (an add-on may hold one
// trigger of each kind per user per document), which runs as that coordinator. When a unit's
// editor ticks the box, the trigger checks the sheet exactly as the menu's "Nộp báo cáo" does and
// either records the submission or unticks the box and writes the reasons beside it. Only the
// unit's editors and the coordinators can tick the box (a real range protection), so the tick
// itself says who may submit even when Sheets does not tell the ticker's email.
import { UserError } from '../../core/userError.ts';
import type { Transaction } from '../tx/transaction.ts';
import type { ReportContext } from './reportContext.ts';
import { PROTECTION_PREFIX } from '../roles/protect.ts';
import { sameEmail } from '../roles/roles.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const EDIT_HANDLER = 'onReportEdit';
const TRIGGER_KEY = 'sauro.editTrigger';

function effectiveEmail(): string {
  return Session.getEffectiveUser().getEmail() ?? '';
}

/**
 * Makes sure one edit trigger serves the boxes: the runner's own, or one a coordinator installed
 * before (recorded in the add-on's metadata). Undone on failure.
 */
export function ensureEditTrigger(
  tx: Transaction,
  ctx: ReportContext,
): { installed: boolean; owner: string } {
  const me = effectiveEmail();
  const mine = ScriptApp.getUserTriggers(ctx.ss).some(
    (t) => t.getHandlerFunction() === EDIT_HANDLER,
  );
  if (mine) return { installed: true, owner: me };
  const recorded = ctx.ss.createDeveloperMetadataFinder().withKey(TRIGGER_KEY).find()[0];
  const owner = recorded?.getValue() ?? '';
  if (owner !== '' && !sameEmail(owner, me) && ctx.coordinators.some((c) => sameEmail(c, owner)))
    return { installed: true, owner };
  const trigger = ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ctx.ss).onEdit().create();
  tx.onUndo(() => ScriptApp.deleteTrigger(trigger));
  if (recorded) {
    recorded.setValue(me);
    tx.onUndo(() => recorded.setValue(owner));
  } else {
    ctx.ss.addDeveloperMetadata(
      TRIGGER_KEY,
      me,
      SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
    );
    tx.onUndo(() => {
      for (const m of ctx.ss.createDeveloperMetadataFinder().withKey(TRIGGER_KEY).find())
        m.remove();
    });
  }
  return { installed: true, owner: me };
}

/**
 * The box may only count when Sheets guards it: a real range protection of ours covers it (the
 * unit's editors and the coordinators). A tab imported from elsewhere has none.
 */
export function assertBoxGuarded(sheet: Sheet, row: number): void {
  const guarded = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => {
    if (!p.getDescription().startsWith(PROTECTION_PREFIX) || p.isWarningOnly()) return false;
    const r = p.getRange();
    return (
      r.getRow() <= row && row <= r.getLastRow() && r.getColumn() <= 2 && 2 <= r.getLastColumn()
    );
  });
  if (!guarded) {
    throw new UserError({
      vi: 'Ô "Nộp báo cáo" của trang này chưa được Sáu Rõ bảo vệ (trang nhập từ tệp khác?), nên không biết ai đã tích. Cơ quan thường trực nộp thay bằng menu Sáu Rõ → Nộp báo cáo.',
      en: 'This sheet’s "Nộp báo cáo" box is not protected by Sáu Rõ; the coordinating office submits it from the menu.',
    });
  }
}
