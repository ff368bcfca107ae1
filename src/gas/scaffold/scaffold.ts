// Creates a ready-to-fill table from a template: title rows, header, formats,
// validation, conditional formats, protection and a named range. Bulk calls only.
import {
  isFormulaLiteral,
  REPORT_DATE_NAME,
  TABLE_LAYOUT,
  type Template,
  type TemplateColumn,
} from '../../core/sheet/template.ts';
import { TASK_STATUSES, KPI_STATUSES, TaskStatus } from '../../core/sheet/vocabulary.ts';
import { UserError } from '../../core/userError.ts';
import { columnLetter } from '../../core/sheet/a1.ts';
import { romanNumeral } from '../../core/text/roman.ts';
import { asData } from '../../core/sheet/cellText.ts';
import type { ScaffoldResponse } from '../api.ts';
import { tableRangeName } from './templates.ts';
import { ensureUnitSheet, unitNamesRange } from '../units/unitSheet.ts';
import type { Access } from '../roles/guard.ts';
import { protectSheet } from '../roles/protect.ts';
import { sharedDescription } from '../report/sharedSheets.ts';
import { checkedSheetName, withSuffix } from '../sheet/sheetName.ts';
import type { Transaction } from '../tx/transaction.ts';
import { COLOURS } from '../sheet/colours.ts';
import { ensureReportDate } from '../report/settings.ts';
import { useSpreadsheetZone } from '../sheet/zone.ts';
import { dateToIso } from '../../core/text/calendar.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ScaffoldOptions {
  sheetName?: string;
  planName?: string;
  commune?: string;
}

const HEADER_BG = COLOURS.header;
const SECTION_BG = COLOURS.title;
const DONE_BG = COLOURS.done;
const OVERDUE_BG = COLOURS.overdue;
const NEAR_DUE_BG = COLOURS.nearDue;

/** Makes the table; returns its sheet (for callers that fill it) and what the sidebar is told. */
export function scaffold(
  tx: Transaction,
  access: Access,
  template: Template,
  options: ScaffoldOptions,
): { sheet: Sheet; view: ScaffoldResponse } {
  const name = pickSheetName(tx, template, options.sheetName);
  const units = ensureUnitSheet(tx, access);
  const sheet = tx.stageSheet(name);
  const cols = template.columns;
  const width = cols.length;
  const { headerRow, firstDataRow } = TABLE_LAYOUT;
  const dataRows = sheet.getMaxRows() - firstDataRow + 1;

  writeTitleAndHeader(sheet, template, options);
  formatBlocks(sheet, cols, dataRows);
  applyValidation(sheet, cols, dataRows, unitNamesRange(units.sheet));
  applyConditionalFormats(sheet, cols, dataRows);

  sheet.setFrozenRows(headerRow);
  sheet.setFrozenColumns(1);
  cols.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));

  // Formulas that need a day read the report date cell (never TODAY(): see REPORT_DATE_NAME).
  if (cols.some((c) => c.formula?.args.includes(REPORT_DATE_NAME))) {
    const now = new Date();
    useSpreadsheetZone(tx.ss, now);
    ensureReportDate(tx, dateToIso(now) ?? '', access);
  }
  writeFormulas(sheet, cols, dataRows);
  protect(sheet, cols, dataRows);
  protectSheet(sheet, {
    description: sharedDescription(name),
    editors: access.coordinators,
    keep: access.keep,
  });
  const rangeName = tableRangeName(template, sheet.getSheetId());
  tx.setNamedRange(rangeName, sheet.getRange(headerRow, 1, dataRows + 1, width));
  sheet.activate();

  return {
    sheet,
    view: {
      sheetName: name,
      templateId: template.id,
      headerRow,
      firstDataRow,
      columns: cols.map((c) => c.header),
      createdUnitSheet: units.created,
      rangeName,
    },
  };
}

/** Never overwrite a sheet that holds data: reuse an empty one, else add "<name> (2)". */
function pickSheetName(tx: Transaction, template: Template, requested?: string): string {
  const ss = tx.ss;
  const base = checkedSheetName(requested ?? template.sheetName);
  const existing = tx.stagedSheet(base) ?? ss.getSheetByName(base);
  if (!existing) return base;
  if (!tx.isStaged(base) && existing.getLastRow() === 0 && existing.getLastColumn() === 0) {
    tx.retireSheet(existing);
    return base;
  }
  if (requested !== undefined) {
    throw new UserError({
      vi: `Trang tính "${base}" đã có dữ liệu; Sáu Rõ không ghi đè. Hãy chọn tên khác.`,
      en: `Sheet "${base}" already holds data; Sáu Rõ never overwrites it. Choose another name.`,
      where: { sheet: base },
    });
  }
  for (let n = 2; ; n++) {
    const candidate = withSuffix(base, ` (${n})`);
    if (!ss.getSheetByName(candidate) && !tx.isStaged(candidate)) return candidate;
  }
}

function writeTitleAndHeader(sheet: Sheet, template: Template, options: ScaffoldOptions): void {
  const width = template.columns.length;
  const blank = (first: unknown) => [first, ...Array<string>(width - 1).fill('')];
  const plan =
    options.planName?.trim() || 'Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của UBND xã …';
  const commune = options.commune?.trim() ? `Xã: ${options.commune.trim()}` : 'Xã: …';
  sheet
    .getRange(1, 1, TABLE_LAYOUT.headerRow, width)
    .setValues([
      blank(template.title),
      blank(asData(plan)),
      blank(commune),
      template.columns.map((c) => c.header),
    ]);
  // Title rows span the table, so long titles show whole on screen and in print.
  sheet.getRange(1, 1, TABLE_LAYOUT.headerRow - 1, width).mergeAcross();
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setFontSize(13);
  sheet.getRange(2, 1, 2, width).setFontStyle('italic');
  sheet
    .getRange(TABLE_LAYOUT.headerRow, 1, 1, width)
    .setFontWeight('bold')
    .setWrap(true)
    .setBackground(HEADER_BG)
    .setHorizontalAlignment('center')
    .setVerticalAlignment('middle');
}

function formatBlocks(sheet: Sheet, cols: TemplateColumn[], dataRows: number): void {
  const data = sheet.getRange(TABLE_LAYOUT.firstDataRow, 1, dataRows, cols.length);
  const row = cols.map((c) => c.align ?? 'left');
  data.setHorizontalAlignments(Array.from({ length: dataRows }, () => row));
  data.setVerticalAlignment('top').setWrap(true);
  // Plain text keeps "01" and "Tháng 7/2025" as typed; progress and KPI actuals stay numbers.
  const formats = cols.map((c) =>
    c.numberFormat
      ? c.numberFormat
      : c.validation === 'progress'
        ? '0'
        : (c.key === 'actual' && c.input) || c.formula
          ? 'General'
          : '@',
  );
  data.setNumberFormats(Array.from({ length: dataRows }, () => formats));
}

function applyValidation(
  sheet: Sheet,
  cols: TemplateColumn[],
  dataRows: number,
  unitNames: GoogleAppsScript.Spreadsheet.Range,
): void {
  cols.forEach((c, i) => {
    if (!c.validation) return;
    const rule = validationRule(c, unitNames);
    sheet.getRange(TABLE_LAYOUT.firstDataRow, i + 1, dataRows, 1).setDataValidation(rule);
  });
}

function validationRule(
  c: TemplateColumn,
  unitNames: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = SpreadsheetApp.newDataValidation();
  switch (c.validation) {
    case 'status':
      return b
        .requireValueInList([...TASK_STATUSES], true)
        .setAllowInvalid(false)
        .setHelpText('Chọn một trạng thái: ' + TASK_STATUSES.join(', ') + '.')
        .build();
    case 'progress':
      return b
        .requireNumberBetween(0, 100)
        .setAllowInvalid(false)
        .setHelpText('Nhập tiến độ từ 0 đến 100 (%).')
        .build();
    case 'kpiStatus':
      return b
        .requireValueInList([...KPI_STATUSES], true)
        .setAllowInvalid(false)
        .setHelpText('Chọn Đạt, Vượt hoặc Chưa đạt.')
        .build();
    case 'unit':
      return b
        .requireValueInRange(unitNames, true)
        .setAllowInvalid(true)
        .setHelpText('Chọn đơn vị chủ trì trong danh mục "Đơn vị" (một đơn vị chịu trách nhiệm).')
        .build();
    default:
      // Partners may list several units, so the dropdown only suggests.
      return b
        .requireValueInRange(unitNames, true)
        .setAllowInvalid(true)
        .setHelpText('Chọn hoặc nhập các đơn vị phối hợp, cách nhau bởi dấu ";".')
        .build();
  }
}

function applyConditionalFormats(sheet: Sheet, cols: TemplateColumn[], dataRows: number): void {
  const first = TABLE_LAYOUT.firstDataRow;
  const range = sheet.getRange(first, 1, dataRows, cols.length);
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];

  // Overdue rows first (the first matching rule wins). Conditional formats cannot call custom
  // functions, so they test the "Tình trạng hạn" column that TASK_STATUS fills.
  const dueIdx = cols.findIndex((c) => c.formula?.fn === 'TASK_STATUS');
  if (dueIdx >= 0) {
    const due = `$${columnLetter(dueIdx)}${first}`;
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=${due}="Quá hạn"`)
        .setBackground(OVERDUE_BG)
        .setRanges([range])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=${due}="Sắp đến hạn"`)
        .setBackground(NEAR_DUE_BG)
        .setRanges([range])
        .build(),
    );
  }

  const statusIdx = cols.findIndex((c) => c.validation === 'status');
  if (statusIdx >= 0) {
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=$${columnLetter(statusIdx)}${first}="${TaskStatus.done}"`)
        .setBackground(DONE_BG)
        .setRanges([range])
        .build(),
    );
  }
  const kpiIdx = cols.findIndex((c) => c.key === 'kpiStatus');
  if (kpiIdx >= 0) {
    const cell = `$${columnLetter(kpiIdx)}${first}`;
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=OR(${cell}="Đạt",${cell}="Vượt")`)
        .setBackground(DONE_BG)
        .setRanges([range])
        .build(),
    );
  }
  // Section rows (I, II, VI. …) typed in the ordinal column, or the key column when there is none.
  const ordIdx = Math.max(
    cols.findIndex((c) => c.key === 'ordinal'),
    0,
  );
  const cell = `TRIM(SUBSTITUTE($${columnLetter(ordIdx)}${first},".",""))`;
  const romanTest = Array.from({ length: 12 }, (_, i) => `${cell}="${romanNumeral(i + 1)}"`).join(
    ',',
  );
  rules.push(
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=OR(${romanTest})`)
      .setBackground(SECTION_BG)
      .setBold(true)
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules(rules);
}

/** Formula columns hold one array formula in their first data row; it fills the column. */
function writeFormulas(sheet: Sheet, cols: TemplateColumn[], dataRows: number): void {
  const first = TABLE_LAYOUT.firstDataRow;
  const last = first + dataRows - 1;
  cols.forEach((c, i) => {
    if (!c.formula) return;
    const args = c.formula.args.map((key) => {
      if (isFormulaLiteral(key)) return key;
      const letter = columnLetter(cols.findIndex((o) => o.key === key));
      return `${letter}${first}:${letter}${last}`;
    });
    sheet.getRange(first, i + 1).setFormula(`=${c.formula.fn}(${args.join(',')})`);
  });
}

function protect(sheet: Sheet, cols: TemplateColumn[], dataRows: number): void {
  const width = cols.length;
  sheet
    .getRange(TABLE_LAYOUT.headerRow, 1, 1, width)
    .protect()
    .setDescription('Sáu Rõ: dòng tiêu đề bảng (đổi tên cột sẽ làm hỏng tổng hợp)')
    .setWarningOnly(true);
  sheet
    .getRange(TABLE_LAYOUT.firstDataRow, 1, dataRows, 1)
    .protect()
    .setDescription('Sáu Rõ: cột Mã (khóa dùng để tổng hợp báo cáo)')
    .setWarningOnly(true);
  cols.forEach((c, i) => {
    if (!c.formula) return;
    sheet
      .getRange(TABLE_LAYOUT.firstDataRow, i + 1, dataRows, 1)
      .protect()
      .setDescription(`Sáu Rõ: cột "${c.header}" tự tính bằng ${c.formula.fn}, không nhập tay`)
      .setWarningOnly(true);
  });
}
