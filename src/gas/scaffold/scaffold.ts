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
import { setWidths } from '../sheet/grid.ts';
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
): { sheet: Sheet; view: ScaffoldResponse; maxRows: number } {
  const name = pickSheetName(tx, template, options.sheetName);
  const units = ensureUnitSheet(tx, access);
  const sheet = tx.stageSheet(name);
  const cols = template.columns;
  const width = cols.length;
  const { headerRow, firstDataRow } = TABLE_LAYOUT;
  const height = sheet.getMaxRows();
  const dataRows = height - firstDataRow + 1;

  // Formulas that need a day read the report date cell (never TODAY(): see REPORT_DATE_NAME).
  if (cols.some((c) => c.formula?.args.includes(REPORT_DATE_NAME))) {
    const now = new Date();
    useSpreadsheetZone(tx.ss, now);
    ensureReportDate(tx, dateToIso(now) ?? '', access);
  }
  // The whole table in one range: values (title, header, array formulas), formats, validation.
  const rules = validationRules(cols, unitNamesRange(units.sheet));
  writeTable(sheet.getRange(1, 1, height, width), template, options, dataRows, rules);
  sheet.getRange(1, 1, headerRow - 1, width).mergeAcross();
  const ranges = protect(sheet, cols, dataRows);
  protectSheet(sheet, {
    description: sharedDescription(name),
    editors: access.coordinators,
    keep: access.keep,
    fresh: true, // staged just now: no protection yet
  });
  applyConditionalFormats(sheet, cols, ranges.data);

  sheet.setFrozenRows(headerRow);
  sheet.setFrozenColumns(1);
  setWidths(
    sheet,
    cols.map((c) => c.width),
  );

  const rangeName = tableRangeName(template, sheet.getSheetId());
  tx.setNamedRange(rangeName, ranges.table);
  sheet.activate();

  return {
    sheet,
    maxRows: height,
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

/** Plain text keeps "01" and "Tháng 7/2025" as typed; progress and KPI actuals stay numbers. */
function dataFormat(c: TemplateColumn): string {
  if (c.numberFormat) return c.numberFormat;
  if (c.validation === 'progress') return '0';
  return (c.key === 'actual' && c.input) || c.formula ? 'General' : '@';
}

/** Formula columns hold one array formula in their first data row; it fills the column. */
function formulaText(cols: TemplateColumn[], c: TemplateColumn, dataRows: number): string {
  const first = TABLE_LAYOUT.firstDataRow;
  const last = first + dataRows - 1;
  const args = (c.formula?.args ?? []).map((key) => {
    if (isFormulaLiteral(key)) return key;
    const letter = columnLetter(cols.findIndex((o) => o.key === key));
    return `${letter}${first}:${letter}${last}`;
  });
  return `=${c.formula?.fn ?? ''}(${args.join(',')})`;
}

/**
 * Title rows, header, array formulas, formats and validation of the whole table, as 2-D blocks
 * over one range: a dozen calls whatever the number of rows.
 */
function writeTable(
  all: GoogleAppsScript.Spreadsheet.Range,
  template: Template,
  options: ScaffoldOptions,
  dataRows: number,
  rules: ReadonlyMap<string, GoogleAppsScript.Spreadsheet.DataValidation>,
): void {
  const cols = template.columns;
  const width = cols.length;
  const { headerRow } = TABLE_LAYOUT;
  const height = headerRow + dataRows;
  const row = <T>(v: T): T[] => new Array<T>(width).fill(v);
  // Rows above the data from `top`, every data row the same `data`.
  const grid = <T>(top: (r: number) => T[], data: T[]): T[][] =>
    Array.from({ length: height }, (_, r) => (r < headerRow ? top(r) : data));
  const isTitle = (r: number) => r === 0;
  const isHeader = (r: number) => r === headerRow - 1;

  const plan =
    options.planName?.trim() || 'Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của UBND xã …';
  const commune = options.commune?.trim() ? `Xã: ${options.commune.trim()}` : 'Xã: …';
  const firstColumn = [template.title, asData(plan), commune];
  const formulas = cols.map((c) => (c.formula ? formulaText(cols, c, dataRows) : ''));
  const values = Array.from({ length: height }, (_, r): unknown[] => {
    if (isHeader(r)) return cols.map((c) => c.header);
    if (r < headerRow) return [firstColumn[r], ...row<unknown>('').slice(1)];
    return r === headerRow ? formulas : row<unknown>('');
  });

  // Formats first: text cells stay text whatever is written into them.
  all.setNumberFormats(grid(() => row('@'), cols.map(dataFormat)));
  all.setValues(values);
  all.setFontWeights(
    grid((r) => row(isTitle(r) || isHeader(r) ? 'bold' : 'normal'), row('normal')),
  );
  all.setFontStyles(grid((r) => row(r === 1 || r === 2 ? 'italic' : 'normal'), row('normal')));
  all.setFontSizes(grid((r) => row(isTitle(r) ? 13 : 10), row(10)));
  all.setBackgrounds(grid((r) => row(isHeader(r) ? HEADER_BG : null), row(null)) as string[][]);
  all.setWraps(grid((r) => row(isHeader(r)), row(true)));
  all.setHorizontalAlignments(
    grid(
      (r) => row(isHeader(r) ? 'center' : 'left'),
      cols.map((c) => c.align ?? 'left'),
    ),
  );
  all.setVerticalAlignments(grid((r) => row(isHeader(r) ? 'middle' : 'bottom'), row('top')));
  const validations = cols.map((c) => rules.get(c.key) ?? null);
  all.setDataValidations(
    grid(() => row(null), validations) as GoogleAppsScript.Spreadsheet.DataValidation[][],
  );
}

/** The rules of the template's validated columns, by column key. */
function validationRules(
  cols: TemplateColumn[],
  unitNames: GoogleAppsScript.Spreadsheet.Range,
): Map<string, GoogleAppsScript.Spreadsheet.DataValidation> {
  const out = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const c of cols) if (c.validation) out.set(c.key, validationRule(c, unitNames));
  return out;
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
      // Invalid names are allowed (with a warning): that is a new rule's default.
      return b
        .requireValueInRange(unitNames, true)
        .setHelpText('Chọn đơn vị chủ trì trong danh mục "Đơn vị" (một đơn vị chịu trách nhiệm).')
        .build();
    default:
      // Partners may list several units, so the dropdown only suggests.
      return b
        .requireValueInRange(unitNames, true)
        .setHelpText('Chọn hoặc nhập các đơn vị phối hợp, cách nhau bởi dấu ";".')
        .build();
  }
}

function applyConditionalFormats(
  sheet: Sheet,
  cols: TemplateColumn[],
  range: GoogleAppsScript.Spreadsheet.Range,
): void {
  const first = TABLE_LAYOUT.firstDataRow;
  // Each rule after the first is a copy of it (same range) with its own test and colour.
  let base: GoogleAppsScript.Spreadsheet.ConditionalFormatRule | undefined;
  const rule = (formula: string, background: string) => {
    const b = base ? base.copy() : SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
    return b.whenFormulaSatisfied(formula).setBackground(background);
  };
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const add = (formula: string, background: string) => {
    const built = rule(formula, background).build();
    base ??= built;
    rules.push(built);
  };

  // Overdue rows first (the first matching rule wins). Conditional formats cannot call custom
  // functions, so they test the "Tình trạng hạn" column that TASK_STATUS fills.
  const dueIdx = cols.findIndex((c) => c.formula?.fn === 'TASK_STATUS');
  if (dueIdx >= 0) {
    const due = `$${columnLetter(dueIdx)}${first}`;
    add(`=${due}="Quá hạn"`, OVERDUE_BG);
    add(`=${due}="Sắp đến hạn"`, NEAR_DUE_BG);
  }
  const statusIdx = cols.findIndex((c) => c.validation === 'status');
  if (statusIdx >= 0) add(`=$${columnLetter(statusIdx)}${first}="${TaskStatus.done}"`, DONE_BG);
  const kpiIdx = cols.findIndex((c) => c.key === 'kpiStatus');
  if (kpiIdx >= 0) {
    const cell = `$${columnLetter(kpiIdx)}${first}`;
    add(`=OR(${cell}="Đạt",${cell}="Vượt")`, DONE_BG);
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
  rules.push(rule(`=OR(${romanTest})`, SECTION_BG).setBold(true).build());
  sheet.setConditionalFormatRules(rules);
}

interface TableRanges {
  /** Header row and data rows, all columns: the table's named range. */
  table: GoogleAppsScript.Spreadsheet.Range;
  /** Data rows, all columns: where the conditional formats apply. */
  data: GoogleAppsScript.Spreadsheet.Range;
}

/**
 * Warning-only protections on the header row, the key column and the formula columns (adjacent
 * ones share one). Their ranges, the table's and the data's come from one RangeList.
 */
function protect(sheet: Sheet, cols: TemplateColumn[], dataRows: number): TableRanges {
  const { headerRow, firstDataRow } = TABLE_LAYOUT;
  const last = firstDataRow + dataRows - 1;
  const right = columnLetter(cols.length - 1);
  const runs: Array<{ from: number; to: number }> = [];
  cols.forEach((c, i) => {
    if (!c.formula) return;
    const prev = runs[runs.length - 1];
    if (prev && prev.to === i - 1) prev.to = i;
    else runs.push({ from: i, to: i });
  });
  const [table, data, header, key, ...formulas] = sheet
    .getRangeList([
      `A${headerRow}:${right}${last}`,
      `A${firstDataRow}:${right}${last}`,
      `A${headerRow}:${right}${headerRow}`,
      `A${firstDataRow}:A${last}`,
      ...runs.map((r) => `${columnLetter(r.from)}${firstDataRow}:${columnLetter(r.to)}${last}`),
    ])
    .getRanges();
  if (!table || !data || !header || !key) throw new Error('getRangeList returned too few ranges');
  const warn = (range: GoogleAppsScript.Spreadsheet.Range, text: string) =>
    range.protect().setDescription(text).setWarningOnly(true);
  warn(header, 'Sáu Rõ: dòng tiêu đề bảng (đổi tên cột sẽ làm hỏng tổng hợp)');
  warn(key, 'Sáu Rõ: cột Mã (khóa dùng để tổng hợp báo cáo)');
  runs.forEach((r, i) => {
    const range = formulas[i];
    if (!range) return;
    const run = cols.slice(r.from, r.to + 1);
    const headers = run.map((c) => `"${c.header}"`).join(', ');
    const fns = [...new Set(run.map((c) => c.formula?.fn ?? ''))].join(', ');
    warn(
      range,
      `Sáu Rõ: ${run.length > 1 ? 'các cột' : 'cột'} ${headers} tự tính bằng ${fns}, không nhập tay`,
    );
  });
  return { table, data };
}
