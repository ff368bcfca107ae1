// "Nhật ký": one row per action that changed the workbook (time, user, action, period, counts,
// problems), appended with one setValues. Units append too when they submit, so the sheet is
// only warning-protected.
import { asData } from '../../core/sheet/cellText.ts';
import { COLOURS } from '../sheet/colours.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const AUDIT_SHEET = 'Nhật ký';
const AUDIT_HEADERS = [
  'Thời gian',
  'Người thực hiện',
  'Thao tác',
  'Kỳ',
  'Đơn vị',
  'Số liệu',
  'Vấn đề',
] as const;
const WIDTHS = [130, 200, 150, 80, 200, 360, 420];
/** Long problem lists are cut: a cell holds at most 50,000 characters. */
const MAX_TEXT = 5000;

export interface AuditEntry {
  at: Date;
  user: string;
  action: string;
  period: string;
  unit?: string;
  counts: string;
  problems: string;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

export function appendAudit(ss: Spreadsheet, entry: AuditEntry): void {
  let sheet = ss.getSheetByName(AUDIT_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(AUDIT_SHEET, ss.getNumSheets());
    const header = sheet.getRange(1, 1, 1, AUDIT_HEADERS.length);
    header
      .setValues([[...AUDIT_HEADERS]])
      .setFontWeight('bold')
      .setBackground(COLOURS.done);
    sheet.setFrozenRows(1);
    WIDTHS.forEach((w, i) => sheet?.setColumnWidth(i + 1, w));
    const body = sheet.getRange(2, 1, sheet.getMaxRows() - 1, AUDIT_HEADERS.length);
    body.setNumberFormats(
      Array.from({ length: sheet.getMaxRows() - 1 }, () => [
        'dd/MM/yyyy HH:mm',
        ...new Array<string>(AUDIT_HEADERS.length - 1).fill('@'),
      ]),
    );
    body.setWrap(true).setVerticalAlignment('top');
    sheet
      .protect()
      .setDescription('Sáu Rõ: nhật ký do Sáu Rõ ghi, không sửa tay')
      .setWarningOnly(true);
  }
  const row = sheet.getLastRow() + 1;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 500);
  const asText = (s: string) => asData(s);
  sheet
    .getRange(row, 1, 1, AUDIT_HEADERS.length)
    .setValues([
      [
        entry.at,
        asText(entry.user),
        entry.action,
        entry.period,
        asText(entry.unit ?? ''),
        asText(clip(entry.counts)),
        asText(clip(entry.problems)),
      ],
    ]);
}
