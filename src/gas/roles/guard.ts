// The one way a coordinator action runs: under the document lock, after the role check (before
// anything the action would change is read), after removing what a stopped run left behind (noted
// in "Nhật ký"), and all-or-nothing. A new coordinator action only needs
//   asCoordinator({ vi: 'làm việc X', en: 'do X' }, (caller, tx) => …)
// with every write registered on `tx` (see ../tx/transaction.ts).
import { UserError } from '../../core/userError.ts';
import { logUnexpected } from '../serve.ts';
import { withDocumentLock } from '../lock.ts';
import { appendAudit } from '../report/auditLog.ts';
import {
  atomically,
  cleanupLeftovers,
  type ListedSheets,
  type ActionWords,
  type Transaction,
} from '../tx/transaction.ts';
import { requireCoordinator, SETUP_KEY, type Caller, type Roles } from './roles.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Access {
  coordinators: string[];
  /** The owner and the user the script runs as: never removed from a protection. */
  keep: string[];
}

export function accessOf(ss: Spreadsheet, roles: Roles): Access {
  const owner = roles.owner || (ss.getOwner()?.getEmail() ?? '');
  const me = Session.getEffectiveUser().getEmail() ?? '';
  return { coordinators: roles.coordinators, keep: [owner, me].filter((e) => e !== '') };
}

/**
 * Removes sheets a stopped run left behind and says so in "Nhật ký". They were never part of the
 * workbook's state (temporary names), so deleting them needs no undo. Returns the sheets with
 * their names when there was nothing to remove (the workbook as the action will find it).
 */
export function tidyLeftovers(
  ss: Spreadsheet,
  user: string,
  access: Access,
): ListedSheets | undefined {
  const { gone, kept } = cleanupLeftovers(ss);
  if (gone.length === 0) return kept;
  atomically(ss, { vi: 'ghi nhật ký dọn dẹp', en: 'log the clean-up' }, (tx) =>
    appendAudit(
      tx,
      {
        at: new Date(),
        user,
        action: 'Dọn dẹp',
        period: '',
        counts: `Đã xoá ${gone.length} trang tạm còn sót lại của một lần chạy bị dừng giữa chừng (ví dụ do quá thời gian 6 phút).`,
        problems: '',
        details: gone.map((n) => `Đã xoá trang "${n}"`),
      },
      access,
    ),
  );
  // The log may have been made just now: the action lists the sheets itself.
  return undefined;
}

/** Records who set the workbook up, when the file has no owner and no coordinator is listed. */
function recordSetup(tx: Transaction, email: string): void {
  tx.ss.addDeveloperMetadata(SETUP_KEY, email, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  tx.onUndo(() => {
    for (const m of tx.ss.createDeveloperMetadataFinder().withKey(SETUP_KEY).find()) m.remove();
  });
}

/**
 * Runs the steps before an action's transaction (lock, role check, leftovers), which write
 * nothing of the workbook's state: a service failure there is reported as "nothing changed".
 */
export function beforeWriting<T>(what: ActionWords, steps: () => T): T {
  try {
    return steps();
  } catch (e) {
    if (e instanceof UserError) throw e;
    const cause = e instanceof Error ? e.message : String(e);
    const ref = logUnexpected(what.en, e);
    throw new UserError({
      vi: `Không ${what.vi} được vì Google Sheets báo lỗi (mã ${ref}): ${cause}. Bảng tính vẫn như trước khi bấm, chưa có gì thay đổi; hãy thử lại sau ít phút, và nếu vẫn lỗi, gửi mã này cho người quản trị Sáu Rõ.`,
      en: `Could not ${what.en}: Google Sheets failed (reference ${ref}: ${cause}). Nothing was changed; try again in a few minutes.`,
    });
  }
}

/**
 * Runs a coordinator action: lock, role check, leftovers, then the body all-or-nothing. `listed`:
 * the workbook's sheets with their names as the leftover scan found them, when it removed nothing
 * (undefined otherwise).
 */
export function asCoordinator<T>(
  what: ActionWords,
  body: (caller: Caller, tx: Transaction, access: Access, listed?: ListedSheets) => T,
  options: {
    /**
     * A step of the same click after the action committed, still under the lock (the dashboard
     * after a merge). It runs its own transaction and catches its own failures: the action stands.
     */
    then?: (result: T) => void;
  } = {},
): T {
  return beforeWriting(what, () =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const caller = requireCoordinator(ss, what);
      const access = accessOf(ss, caller.roles);
      const listed = tidyLeftovers(ss, caller.email, access);
      const result = atomically(ss, what, (tx) => {
        if (caller.bootstrap) recordSetup(tx, caller.email);
        return body(caller, tx, access, listed);
      });
      options.then?.(result);
      return result;
    }),
  );
}

/**
 * The lock and the role check, without a transaction: for coordinator actions that rebuild a
 * derived sheet of their own (period report, export, reminders) and keep their own way of writing
 * it (a new sheet staged under a temporary name and renamed last).
 */
export function asCoordinatorOnly<T>(
  what: ActionWords,
  body: (caller: Caller, access: Access) => T,
): T {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const caller = requireCoordinator(ss, what);
    const access = accessOf(ss, caller.roles);
    tidyLeftovers(ss, caller.email, access);
    return body(caller, access);
  });
}
