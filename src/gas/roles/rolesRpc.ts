// Server functions that change who holds a role: the coordinating office's emails ("Cài đặt") and
// a unit's editors ("Đơn vị"). Coordinators only (until someone is listed, the file's owner). The
// guided sidebar's "Lưu cài đặt" (guide/guideRpc.ts) sets the emails through applyCoordinators.
import { UserError } from '../../core/userError.ts';
import {
  parseRequest,
  requestSchemas,
  type CoordinatorsRequest,
  type CoordinatorsView,
  type RolesView,
  type UnitEditorsRequest,
  type UnitEditorsView,
} from '../api.ts';
import { serve } from '../serve.ts';
import { findTables } from '../sheet/table.ts';
import { writeCoordinatorEmails, zonedTime } from '../report/settings.ts';
import { protectSharedSheets } from '../report/sharedSheets.ts';
import { appendAudit } from '../report/auditLog.ts';
import { findUnitRows, UNIT_HEADERS, UNIT_SHEET } from '../units/unitSheet.ts';
import { readUnitDirectory } from '../units/units.ts';
import { SUBMISSION_SHEET_PREFIX } from '../report/layout/submissionColumns.ts';
import { asCoordinator, type Access } from './guard.ts';
import { parseEmails, readRoles, sameEmail, type Caller } from './roles.ts';
import { PROTECTION_PREFIX, setEditors } from './protect.ts';
import type { Transaction } from '../tx/transaction.ts';

/** Who holds the roles now (read-only): the coordinators and where they come from. */
export function getRoles(): RolesView {
  return serve('getRoles', () => {
    const roles = readRoles(SpreadsheetApp.getActiveSpreadsheet());
    return { coordinators: roles.coordinators, source: roles.source };
  });
}

/**
 * Sets the coordinating office's emails in "Cài đặt" and moves every protection to them: shared
 * sheets and the fixed part of the unit sheets list the new coordinators; the unit sheets' input
 * cells list the unit's editors plus the new coordinators (new editors added before old ones are
 * removed). Part of the caller's transaction. [] hands the role back to the file's owner.
 */
export function applyCoordinators(
  tx: Transaction,
  caller: Caller,
  access: Access,
  emails: readonly string[],
): { coordinators: string[]; changed: string[]; notes: string[] } {
  const ss = tx.ss;
  const dir = readUnitDirectory(ss);
  const { day } = zonedTime(new Date());
  const owner = caller.roles.owner || (ss.getOwner()?.getEmail() ?? '');
  const next = emails.length > 0 ? [...emails] : [owner || caller.email].filter((e) => e !== '');
  const after = { coordinators: next, keep: access.keep };
  writeCoordinatorEmails(tx, ss, dir, day, emails, after);
  const previous = caller.roles.coordinators;
  const same =
    previous.length === next.length && previous.every((p) => next.some((n) => sameEmail(n, p)));
  if (same) return { coordinators: next, changed: [], notes: [] };
  const plan = findTables(ss).map((t) => t.sheet.getName());
  const shared = protectSharedSheets(tx, ss, plan, after);
  const units = moveUnitProtections(tx, ss, previous, next, access.keep);
  const notes: string[] = [];
  const stuck = previous.filter(
    (p) => !next.some((n) => sameEmail(n, p)) && access.keep.some((k) => sameEmail(k, p)),
  );
  if (stuck.length > 0)
    notes.push(
      `${stuck.join(', ')} vẫn còn quyền sửa các trang được bảo vệ vì Google Sheets không cho gỡ chủ sở hữu tệp hoặc người đang chạy lệnh.`,
    );
  return { coordinators: next, changed: [...shared, ...units], notes };
}

/** `sauro settings --coordinator a,b`: the coordinating office's emails. */
export function setCoordinators(payload: CoordinatorsRequest): CoordinatorsView {
  return serve('setCoordinators', () => {
    const request = parseRequest(
      requestSchemas().settings,
      payload,
      'Yêu cầu đổi cài đặt không hợp lệ: cần danh sách email cơ quan thường trực.',
      'settings',
    );
    const emails = parseEmails(request.coordinators.join(';'), { sheet: 'Cài đặt', row: 0 });
    return asCoordinator(
      { vi: 'đổi email cơ quan thường trực', en: 'change the coordinating office' },
      (caller, tx, access) => {
        const done = applyCoordinators(tx, caller, access, emails);
        appendAudit(
          tx,
          {
            at: new Date(),
            user: caller.email,
            action: 'Cài đặt',
            period: '',
            counts: `Cơ quan thường trực: ${emails.length > 0 ? emails.join(', ') : `(trống: chủ sở hữu tệp ${done.coordinators.join(', ')})`}`,
            problems: done.notes.join('\n'),
            details: done.changed.map((n) => `Đã đổi quyền sửa của trang "${n}"`),
          },
          { coordinators: done.coordinators, keep: access.keep },
        );
        return { coordinators: emails, protectedSheets: done.changed, notes: done.notes };
      },
    );
  });
}

/** Unit sheets: swap the old coordinators for the new ones on each of our protections. */
function moveUnitProtections(
  tx: Transaction,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  previous: readonly string[],
  next: readonly string[],
  keep: readonly string[],
): string[] {
  const changed: string[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!name.startsWith(SUBMISSION_SHEET_PREFIX)) continue;
    const kinds = [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE];
    for (const kind of kinds) {
      for (const p of sheet.getProtections(kind)) {
        if (!p.getDescription().startsWith(PROTECTION_PREFIX) || p.isWarningOnly()) continue;
        const now = p
          .getEditors()
          .map((u) => u.getEmail())
          .filter((e) => e !== '' && !previous.some((c) => sameEmail(c, e)));
        setEditors(p, [...now, ...next], keep, tx);
      }
    }
    changed.push(name);
  }
  return changed;
}

/** Sets a unit's editors in "Đơn vị"; its sheets take them at the next "Tạo phiếu báo cáo". */
export function setUnitEditors(payload: UnitEditorsRequest): UnitEditorsView {
  return serve('setUnitEditors', () => setEditorsOf(payload));
}

function setEditorsOf(payload: UnitEditorsRequest): UnitEditorsView {
  const request = parseRequest(
    requestSchemas().unitEditors,
    payload,
    'Yêu cầu sửa danh mục không hợp lệ: cần tên đơn vị và danh sách email.',
    'directory',
  );
  const emails = parseEmails(request.editors.join(';'), { sheet: UNIT_SHEET, row: 0 });
  return asCoordinator(
    { vi: 'sửa danh mục đơn vị', en: 'change the unit directory' },
    (caller, tx, access) => {
      const ss = tx.ss;
      const dir = readUnitDirectory(ss);
      const unit = dir.find(request.unit);
      const sheet = ss.getSheetByName(UNIT_SHEET);
      if (!unit || !sheet) {
        throw new UserError({
          vi: `Không có đơn vị "${request.unit}" trong trang "${UNIT_SHEET}". Hãy thêm đơn vị vào danh mục trước (hoặc tạo bảng nhiệm vụ để Sáu Rõ tạo danh mục).`,
          en: `No unit "${request.unit}" in the "${UNIT_SHEET}" sheet.`,
        });
      }
      const rows = findUnitRows(sheet);
      const at = rows.names.findIndex((n) => n === unit.name);
      if (at < 0 || rows.editorsColumn < 0) {
        throw new UserError({
          vi: `Trang "${UNIT_SHEET}" không có cột "${UNIT_HEADERS[3]}" hoặc dòng của ${unit.name}.`,
          en: `The "${UNIT_SHEET}" sheet lacks the editors column or ${unit.name}'s row.`,
        });
      }
      const cell = sheet.getRange(at + 2, rows.editorsColumn + 1);
      tx.setValues(cell, [[emails.join('; ')]]);
      appendAudit(
        tx,
        {
          at: new Date(),
          user: caller.email,
          action: 'Danh mục đơn vị',
          period: '',
          unit: unit.name,
          counts: `Người nhập liệu: ${emails.length > 0 ? emails.join(', ') : '(không có)'}`,
          problems: '',
        },
        access,
      );
      return {
        unit: unit.name,
        editors: emails,
        note: 'Phiếu báo cáo của đơn vị nhận danh sách mới khi bấm "Tạo phiếu báo cáo" lần tới.',
      };
    },
  );
}
