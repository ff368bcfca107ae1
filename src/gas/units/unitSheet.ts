// The "Đơn vị" directory sheet: canonical unit names that dropdowns and reports rely on.
import { defaultUnits } from '../../core/unit/unitDirectory.ts';
import { UNIT_ROLE_LABELS } from '../../core/unit/unitRoles.ts';
import { setWidths } from '../sheet/grid.ts';
import { protectSheet, PROTECTION_PREFIX } from '../roles/protect.ts';
import type { Transaction } from '../tx/transaction.ts';
import { COLOURS } from '../sheet/colours.ts';

export const UNIT_SHEET = 'Đơn vị';
const UNIT_RANGE_NAME = 'SAURO_DON_VI';
export const UNIT_HEADERS = [
  'Tên đơn vị',
  'Tên viết tắt',
  'Tên gọi khác',
  'Email người nhập liệu',
  'Vai trò',
] as const;
const WIDTHS = [300, 110, 260, 260, 150];

/** The range dropdowns point at: the names column, below the header. */
export function unitNamesRange(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
  return sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1);
}

/**
 * Returns the directory sheet, creating it when it is missing, seeded with the units the seed
 * plans name, with their spellings.
 */
export function ensureUnitSheet(
  tx: Transaction,
  access: { coordinators: readonly string[]; keep: readonly string[] },
): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  created: boolean;
} {
  const ss = tx.ss;
  const existing = tx.stagedSheet(UNIT_SHEET) ?? ss.getSheetByName(UNIT_SHEET);
  if (existing) return { sheet: existing, created: false };

  const sheet = tx.stageSheet(UNIT_SHEET);
  const height = sheet.getMaxRows();
  const width = UNIT_HEADERS.length;
  const units = defaultUnits();
  const rows: string[][] = [
    [...UNIT_HEADERS],
    ...units.map((u) => [
      u.name,
      u.shortName ?? '',
      u.aliases.join('; '),
      u.editors.join('; '),
      UNIT_ROLE_LABELS[u.role],
    ]),
  ];
  // Values and the role dropdown of every row in one range (which is also the named range).
  const all = sheet.getRange(1, 1, height, width);
  all.setValues(
    Array.from({ length: height }, (_, r) => rows[r] ?? new Array<string>(width).fill('')),
  );
  const roleRule = SpreadsheetApp.newDataValidation()
    .requireValueInList(Object.values(UNIT_ROLE_LABELS), true)
    .setAllowInvalid(false)
    .setHelpText('Chọn vai trò của đơn vị.')
    .build();
  const noRule = new Array<GoogleAppsScript.Spreadsheet.DataValidation | null>(width - 1).fill(
    null,
  );
  all.setDataValidations(
    Array.from({ length: height }, (_, r) =>
      r === 0 ? [...noRule, null] : [...noRule, roleRule],
    ) as GoogleAppsScript.Spreadsheet.DataValidation[][],
  );

  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold').setBackground(COLOURS.done).setWrap(true);
  sheet.setFrozenRows(1);
  setWidths(sheet, WIDTHS);

  protectSheet(sheet, {
    description: `${PROTECTION_PREFIX}danh mục đơn vị; chỉ cơ quan thường trực được sửa (thêm đơn vị, email người nhập liệu)`,
    editors: access.coordinators,
    keep: access.keep,
    fresh: true, // staged just now: no protection yet
  });
  tx.setNamedRange(UNIT_RANGE_NAME, all);
  return { sheet, created: true };
}

/**
 * The directory's names (one per row from row 2, '' where blank) and the 0-based column of the
 * editors' emails (-1 when missing): one read.
 */
export function findUnitRows(sheet: GoogleAppsScript.Spreadsheet.Sheet): {
  names: string[];
  editorsColumn: number;
} {
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map((v) => String(v).trim().toLowerCase());
  const nameCol = header.indexOf(UNIT_HEADERS[0].toLowerCase());
  const editorsColumn = header.indexOf(UNIT_HEADERS[3].toLowerCase());
  return {
    names: values.slice(1).map((r) => String(r[nameCol < 0 ? 0 : nameCol] ?? '').trim()),
    editorsColumn,
  };
}
