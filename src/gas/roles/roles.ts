// Who may do what. The coordinating office (cơ quan thường trực) is the emails listed in "Cài đặt"
// ("Email cơ quan thường trực"); until any is listed, the spreadsheet's owner, or, where Sheets
// gives no owner (a shared drive), the user who ran the first setup. A unit's editors are the
// emails of its row in "Đơn vị". Everyone else only reads. Every server function that writes calls
// one of the checks below before it reads anything it would change.
import { cellString } from '../../core/sheet/cellText.ts';
import { normalizeHeaderKey } from '../../core/sheet/headerMatch.ts';
import type { UnitDirectory } from '../../core/unit/unit.ts';
import { UserError } from '../../core/userError.ts';
import type { ActionWords } from '../tx/transaction.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SETTINGS_SHEET_NAME = 'Cài đặt';
export const COORDINATOR_EMAILS_LABEL = 'Email cơ quan thường trực';
/** Who ran the first setup, when Sheets gives the file no owner (spreadsheet metadata). */
export const SETUP_KEY = 'sauro.setupBy';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Roles {
  /** Emails listed in "Cài đặt" (empty until someone lists them). */
  listed: string[];
  /** 1-based row of the list in "Cài đặt", when the sheet has it. */
  listedRow?: number;
  /** The file's owner, '' when Sheets gives none. */
  owner: string;
  /** The user who ran the first setup, when recorded. */
  setupBy: string;
  /** The coordinators in force. */
  coordinators: string[];
  source: 'settings' | 'owner' | 'setup' | 'none';
  /**
   * The settings sheet as read for the roles, so that the action that follows in the same
   * execution (holding the lock: nothing wrote it since) need not read it again.
   */
  settingsRead?: SettingsRead;
}

/** The settings sheet and its values, read once; null when there is no such sheet. */
export interface SettingsRead {
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  values: unknown[][] | null;
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The caller's email; '' when Google does not tell (another domain, a consumer account). */
export function callerEmail(): string {
  return Session.getActiveUser().getEmail() ?? '';
}

/** "a@x.vn; b@x.vn" or "a@x.vn, b@x.vn" → the emails; an entry that is not one is an error. */
export function parseEmails(text: unknown, where: { sheet: string; row: number }): string[] {
  const emails = cellString(text)
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = emails.find((e) => !EMAIL.test(e));
  if (bad !== undefined) {
    throw new UserError({
      vi: `"${bad}" không phải email (trang "${where.sheet}", dòng ${where.row}, cột B "${COORDINATOR_EMAILS_LABEL}"). Ghi email đầy đủ, ví dụ vanphong@xa.gov.vn; nhiều email cách nhau bởi dấu ";".`,
      en: `"${bad}" is not an email (sheet "${where.sheet}", row ${where.row}).`,
      where: { ...where, column: COORDINATOR_EMAILS_LABEL },
    });
  }
  return [...new Map(emails.map((e) => [e.toLowerCase(), e])).values()];
}

/** The coordinator emails listed in the settings sheet's values, and their row. */
export function listedCoordinators(values: readonly (readonly unknown[])[] | null): {
  emails: string[];
  row?: number;
} {
  const key = normalizeHeaderKey(COORDINATOR_EMAILS_LABEL);
  const at = (values ?? []).findIndex((r) => normalizeHeaderKey(r[0]) === key);
  if (at < 0) return { emails: [] };
  const row = at + 1;
  return {
    emails: parseEmails(values?.[at]?.[1], { sheet: SETTINGS_SHEET_NAME, row }),
    row,
  };
}

function ownerEmail(ss: Spreadsheet): string {
  return ss.getOwner()?.getEmail() ?? '';
}

function recordedSetup(ss: Spreadsheet): string {
  const found = ss.createDeveloperMetadataFinder().withKey(SETUP_KEY).find();
  return found[0]?.getValue() ?? '';
}

/** Roles from the settings sheet (one read), the owner, and the recorded first setup. */
export function readRoles(ss: Spreadsheet): Roles {
  const sheet = ss.getSheetByName(SETTINGS_SHEET_NAME);
  const values = sheet ? sheet.getDataRange().getValues() : null;
  const listed = listedCoordinators(values);
  const base = {
    listed: listed.emails,
    ...(listed.row !== undefined ? { listedRow: listed.row } : {}),
    settingsRead: { sheet, values },
  };
  if (listed.emails.length > 0) {
    return { ...base, owner: '', setupBy: '', coordinators: listed.emails, source: 'settings' };
  }
  const owner = ownerEmail(ss);
  if (owner !== '') return { ...base, owner, setupBy: '', coordinators: [owner], source: 'owner' };
  const setupBy = recordedSetup(ss);
  if (setupBy !== '') return { ...base, owner, setupBy, coordinators: [setupBy], source: 'setup' };
  return { ...base, owner, setupBy, coordinators: [], source: 'none' };
}

export function isCoordinator(roles: Roles, email: string): boolean {
  return email !== '' && roles.coordinators.some((c) => sameEmail(c, email));
}

/** Who holds the role, in words: the list and where it comes from. */
function holders(roles: Roles): { vi: string; en: string } {
  const list = roles.coordinators.join(', ');
  switch (roles.source) {
    case 'settings':
      return {
        vi: `${list} (dòng "${COORDINATOR_EMAILS_LABEL}" trang "${SETTINGS_SHEET_NAME}")`,
        en: `${list} (listed in "${SETTINGS_SHEET_NAME}")`,
      };
    case 'owner':
      return {
        vi: `chủ sở hữu tệp ${list} (trang "${SETTINGS_SHEET_NAME}" chưa ghi email cơ quan thường trực)`,
        en: `the file's owner ${list} (no coordinator email listed in "${SETTINGS_SHEET_NAME}" yet)`,
      };
    case 'setup':
      return {
        vi: `${list}, người thiết lập bảng tính đầu tiên (trang "${SETTINGS_SHEET_NAME}" chưa ghi email cơ quan thường trực)`,
        en: `${list}, who set the workbook up (no coordinator email listed yet)`,
      };
    case 'none':
      return { vi: 'chưa ai', en: 'nobody yet' };
  }
}

const BLANK_EMAIL_VI =
  'Google không cho Sáu Rõ biết email của bạn (thường vì tài khoản thuộc tên miền khác với tệp, hoặc chưa cấp quyền xem email), nên Sáu Rõ không coi bạn là cơ quan thường trực.';
const BLANK_EMAIL_FIX_VI = `Cách khắc phục: đăng nhập Google bằng đúng tài khoản có tên trong trang "${SETTINGS_SHEET_NAME}", mở lại tiện ích và cấp quyền khi được hỏi; hoặc nhờ cơ quan thường trực ghi email của bạn vào dòng "${COORDINATOR_EMAILS_LABEL}".`;

export interface Caller {
  email: string;
  roles: Roles;
  /** The file has no owner and no coordinator yet: this caller becomes it (record SETUP_KEY). */
  bootstrap: boolean;
}

/** Refuses anyone but a coordinator, naming the role and who holds it. */
export function requireCoordinator(ss: Spreadsheet, action: ActionWords): Caller {
  const email = callerEmail();
  const roles = readRoles(ss);
  if (isCoordinator(roles, email)) return { email, roles, bootstrap: false };
  if (roles.source === 'none' && email !== '')
    return { email, roles: { ...roles, coordinators: [email], source: 'setup' }, bootstrap: true };
  const who = holders(roles);
  if (email === '') {
    throw new UserError({
      vi: `Chỉ cơ quan thường trực mới được ${action.vi}; hiện là ${who.vi}. ${BLANK_EMAIL_VI} ${BLANK_EMAIL_FIX_VI}`,
      en: `Only the coordinating office may ${action.en}; it is ${who.en}. Google gave no email for you, so you are not taken as the coordinator: sign in with a listed account and grant access, or have your email listed in "${SETTINGS_SHEET_NAME}".`,
    });
  }
  throw new UserError({
    vi: `Chỉ cơ quan thường trực mới được ${action.vi}; hiện là ${who.vi}. Tài khoản ${email} chỉ được xem, hoặc nộp phiếu của đơn vị mình nếu có tên trong trang "Đơn vị". Muốn làm việc này, hãy nhờ cơ quan thường trực thêm email của bạn vào dòng "${COORDINATOR_EMAILS_LABEL}".`,
    en: `Only the coordinating office may ${action.en}; it is ${who.en}. ${email} may only read (or submit its own unit's sheet).`,
  });
}

/** Refuses anyone but the unit's editors and the coordinators. */
export function requireUnitEditor(
  roles: Roles,
  dir: UnitDirectory,
  unit: string,
  email: string,
  action: ActionWords,
): void {
  if (isCoordinator(roles, email)) return;
  const editors = dir.find(unit)?.editors ?? [];
  if (email !== '' && editors.some((e) => sameEmail(e, email))) return;
  const who = holders(roles);
  const unitWho =
    editors.length > 0
      ? `người nhập liệu của ${unit} (${editors.join(', ')})`
      : `người nhập liệu của ${unit} (chưa có email nào trong trang "Đơn vị")`;
  if (email === '') {
    throw new UserError({
      vi: `Chỉ ${unitWho} hoặc cơ quan thường trực (${who.vi}) mới được ${action.vi}. Google không cho Sáu Rõ biết email của bạn (thường vì tài khoản thuộc tên miền khác với tệp), nên Sáu Rõ không biết bạn là ai. Cách khắc phục: tích ô "Nộp báo cáo" ngay trên phiếu (Sheets chỉ cho người có quyền tích ô đó), hoặc đăng nhập bằng tài khoản có tên trong trang "Đơn vị".`,
      en: `Only ${unit}'s editors or the coordinating office may ${action.en}. Google gave no email for you: tick the sheet's "Nộp báo cáo" box instead, or sign in with a listed account.`,
    });
  }
  throw new UserError({
    vi: `${email} không có tên trong danh sách người nhập liệu của ${unit} (trang "Đơn vị"), nên không ${action.vi} được. Chỉ ${unitWho} hoặc cơ quan thường trực (${who.vi}) mới được làm việc này.`,
    en: `${email} is not an editor of ${unit} in the "Đơn vị" sheet; only its editors or the coordinating office may ${action.en}.`,
  });
}
