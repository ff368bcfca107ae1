// Server functions for KPIs: the workbook check, target parsing, and KPI rows from plan text.
import { asData, cellString } from '../../core/sheet/cellText.ts';
import { extractKpis, type KpiExtraction, type KpiProblem } from '../../core/kpi/kpiExtract.ts';
import { kpiSheetRows, type KpiSheetPlan } from '../../core/kpi/kpiRows.ts';
import { wordKey } from '../../core/text/text.ts';
import { normalizeTarget } from '../../core/kpi/targetWrite.ts';
import { parseTarget } from '../../core/kpi/target.ts';
import type { Target } from '../../core/kpi/targetTypes.ts';
import { UserError } from '../../core/userError.ts';
import {
  parseRequest,
  requestSchemas,
  type CheckResponse,
  type KpiExtractView,
  type KpiPreviewRequest,
  type TargetView,
  type WriteKpiResponse,
  type WriteKpiRequest,
} from '../api.ts';
import { runWorkbookCheck } from '../check/checkers.ts';
import { tableCodePlaces } from '../check/codes.ts';
import { asCoordinator, type Access } from '../roles/guard.ts';
import type { Transaction } from '../tx/transaction.ts';
import { scaffold } from '../scaffold/scaffold.ts';
import {
  findTables,
  formulaColumns,
  readTable,
  writeRowsAround,
  type TableBlock,
} from '../sheet/table.ts';
import { templateById } from '../scaffold/templates.ts';
import { readUnitDirectory } from '../units/units.ts';
import { serve } from '../serve.ts';
import { useSpreadsheetZone } from '../sheet/zone.ts';
import { zonedTime } from '../report/settings.ts';
import { LAST_CHECK_PROPERTY } from '../guide/overview.ts';
import { focusOn } from '../sheet/focus.ts';

/** "Kiểm tra": marks every invalid cell of every table the add-on made, lists them, counts 6 rõ. */
export function checkWorkbook(): CheckResponse {
  return serve('checkWorkbook', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // Date cells (a deadline typed as a date) are read in the file's zone.
    useSpreadsheetZone(ss);
    const response = asCoordinator(
      { vi: 'kiểm tra và đánh dấu các bảng', en: 'check the tables' },
      (_c, tx) => {
        const r = runWorkbookCheck(tx);
        // The guided sidebar shows step "Kiểm tra" as done, with the last run's count.
        PropertiesService.getDocumentProperties().setProperty(
          LAST_CHECK_PROPERTY,
          JSON.stringify({
            at: zonedTime(new Date()).minute.replace(' ', 'T'),
            problems: r.problems.length,
          }),
        );
        return r;
      },
    );
    const first = response.problems[0];
    if (first) focusOn(ss, first.sheet, first.cell);
    return response;
  });
}

function targetView(t: Target): TargetView {
  switch (t.kind) {
    case 'compare':
      return {
        kind: t.kind,
        op: t.op,
        value: t.value,
        unit: t.unit,
        ...(t.note ? { note: t.note } : {}),
        normalized: normalizeTarget(t),
      };
    case 'range':
      return {
        kind: t.kind,
        min: t.min,
        max: t.max,
        unit: t.unit,
        ...(t.note ? { note: t.note } : {}),
        normalized: normalizeTarget(t),
      };
    case 'yesno':
      return { kind: t.kind, ...(t.note ? { note: t.note } : {}), normalized: normalizeTarget(t) };
    case 'qualitative':
      return { kind: t.kind, note: t.text, normalized: normalizeTarget(t) };
    case 'invalid':
      return { kind: t.kind, message: t.message };
  }
}

/** Refusal of pasted text that is not a string or too long. */
const BAD_TEXT = 'Văn bản dán vào quá dài hoặc không hợp lệ.';

export function parseTargetText(text: string): TargetView {
  return serve('parseTargetText', () => {
    return targetView(
      parseTarget(parseRequest(requestSchemas().pastedText, text, BAD_TEXT, 'target')),
    );
  });
}

export interface KpiRead {
  extraction: KpiExtraction;
  plan: KpiSheetPlan;
  /** The chi-tieu table the rows go to (undefined: a new one will be made). */
  sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  block: TableBlock | null;
  problems: KpiProblem[];
}

/**
 * Reads pasted text against the workbook: targets with codes no table has yet, the table they
 * will go to, and the problems to look at (targets already in that table among them).
 */
export function readKpis(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  text: string,
  sheetName: string | undefined,
  opts: { tablesOnly?: boolean } = {},
): KpiRead {
  const extraction = extractKpis(text, {
    directory: readUnitDirectory(ss),
    ...(opts.tablesOnly ? { tablesOnly: true } : {}),
  });
  const tables = findTables(ss);
  const sheet = sheetName
    ? (ss.getSheetByName(sheetName) ?? undefined)
    : tables.find((t) => t.template.id === 'chi-tieu')?.sheet;
  const blocks = tables.map((t) => ({ t, block: readTable(t.sheet, t.template) }));
  const taken = blocks.flatMap(({ block }) => (block ? tableCodePlaces(block) : []));
  const target = sheet ? blocks.find(({ t }) => t.sheet.getName() === sheet.getName()) : undefined;
  const block = target?.block ?? (sheet ? readTable(sheet, templateById('chi-tieu')) : null);
  const problems = [...extraction.problems];
  const contentCol = block?.match.index.content;
  if (block && contentCol !== undefined) {
    const have = new Map<string, number>();
    block.rows.forEach((row, i) => {
      const key = wordKey(cellString(row[contentCol]));
      if (key !== '' && !have.has(key)) have.set(key, block.firstDataRow + i);
    });
    for (const r of extraction.rows) {
      const at = have.get(wordKey(r.indicator));
      if (at !== undefined)
        problems.push({
          kind: 'existing',
          line: r.source.line,
          message: `Dòng ${r.source.line}: chỉ tiêu «${r.indicator}» đã có ở trang "${block.sheet.getName()}" dòng ${at}.`,
        });
    }
    problems.sort((a, b) => a.line - b.line);
  }
  return {
    extraction,
    plan: kpiSheetRows(
      extraction,
      taken.map((p) => p.code),
    ),
    sheet,
    block,
    problems,
  };
}

export function extractView(read: KpiRead): KpiExtractView {
  const { extraction, plan } = read;
  const byLine = new Map<number, string[]>();
  for (const r of plan.rows)
    if (r.kind === 'kpi') byLine.set(r.line, [...(byLine.get(r.line) ?? []), r.code]);
  const codeOf = (line: number): string => {
    const codes = byLine.get(line) ?? [];
    const code = codes.shift() ?? '';
    byLine.set(line, codes);
    return code;
  };
  return {
    rows: extraction.rows.map((r) => ({
      code: codeOf(r.source.line),
      indicator: r.indicator,
      target: r.target,
      measureUnit: r.measureUnit,
      normalized: r.parsed.kind === 'invalid' ? '' : normalizeTarget(r.parsed),
      kind: r.parsed.kind,
      group: r.group,
      line: r.source.line,
      ...(r.ordinal !== undefined ? { ordinal: r.ordinal } : {}),
      ...(r.section !== undefined ? { section: r.section } : {}),
      ...(r.leads !== undefined ? { lead: r.leads.join('; ') } : {}),
    })),
    sections: plan.rows
      .filter((r) => r.kind === 'section')
      .map((r) => ({ code: r.code, title: r.content, line: r.line })),
    skipped: extraction.skipped,
    problems: read.problems.map((p) => ({ ...p })),
    repairs: extraction.repairs.map((r) => ({ ...r })),
    tables: extraction.tables,
    sheetName: read.sheet?.getName() ?? templateById('chi-tieu').sheetName,
    ...(plan.notice !== undefined ? { codeNotice: plan.notice } : {}),
  };
}

/** What pasted text gives ("Xem trước"): rows with the codes they would get, and problems. */
export function extractKpiRows(payload: string | KpiPreviewRequest): KpiExtractView {
  return serve('extractKpiRows', () => {
    const request =
      typeof payload === 'string'
        ? { text: parseRequest(requestSchemas().pastedText, payload, BAD_TEXT, 'KPI text') }
        : parseRequest(requestSchemas().previewKpi, payload, BAD_TEXT, 'KPI text');
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return extractView(readKpis(ss, request.text, request.sheetName));
  });
}

/** Nothing is written while the preview shows problems the officer has not accepted. */
export function refuseUnaccepted(problems: readonly KpiProblem[], accepted: boolean): void {
  if (problems.length === 0 || accepted) return;
  const shown = problems.slice(0, 5).map((p) => p.message.replace(/\.$/, ''));
  const more = problems.length > 5 ? `; và ${problems.length - 5} vấn đề khác` : '';
  throw new UserError({
    vi: `Chưa ghi: có ${problems.length} vấn đề chỉ tiêu cần xem lại (${shown.join('; ')}${more}). Xem trước rồi đánh dấu "Đã xem các vấn đề ở trên, vẫn ghi" (dòng lệnh: thêm --accept).`,
    en: `Not written: ${problems.length} KPI problem(s) to review first; accept them to write (--accept).`,
  });
}

/** The chi-tieu table the rows go to, checked before anything is written (made when missing). */
export function assertKpiTarget(read: KpiRead): void {
  if (!read.sheet) return;
  const table = read.block;
  if (!table || table.match.index.target === undefined || table.match.index.content === undefined) {
    const name = read.sheet.getName();
    throw new UserError({
      vi: `Trang tính "${name}" không phải bảng chỉ tiêu (thiếu cột "Nội dung chỉ tiêu" hoặc "Chỉ tiêu").`,
      en: `Sheet "${name}" is not a KPI table.`,
      where: { sheet: name },
    });
  }
}

/** Appends the read rows below the table's last row: one setValues per run of data columns. */
export function writeKpis(
  tx: Transaction,
  access: Access,
  read: KpiRead,
  sheetName: string | undefined,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; firstRow: number; sheetName: string } {
  assertKpiTarget(read);
  const template = templateById('chi-tieu');
  const made = read.sheet ? null : scaffold(tx, access, template, sheetName ? { sheetName } : {});
  const sheet = read.sheet ?? (made as { sheet: GoogleAppsScript.Spreadsheet.Sheet }).sheet;
  const name = made ? made.view.sheetName : sheet.getName();
  const table = read.block ?? readTable(sheet, template);
  if (!table) {
    throw new UserError({
      vi: `Không đọc được bảng chỉ tiêu ở trang "${name}".`,
      en: `Cannot read the KPI table of sheet "${name}".`,
    });
  }
  const { index } = table.match;
  const out = read.plan.rows.map((r) => {
    const row = new Array<unknown>(table.width).fill('');
    const put = (key: string, value: string) => {
      const col = index[key];
      if (col !== undefined) row[col] = asData(value);
    };
    put('code', r.code);
    put('ordinal', r.ordinal);
    put('content', r.content);
    put('measureUnit', r.measureUnit);
    put('target', r.target);
    put('leadUnit', r.lead);
    put('notes', r.notes);
    return row;
  });
  const firstRow = table.firstDataRow + table.rows.length;
  const maxRows = sheet.getMaxRows();
  const need = firstRow + out.length - 1 - maxRows;
  if (need > 0) {
    sheet.insertRowsAfter(maxRows, need);
    if (!made) tx.onUndo(() => sheet.deleteRows(maxRows + 1, need));
  }
  writeRowsAround(sheet, firstRow, out, formulaColumns(template, index), 0, made ? undefined : tx);
  return { sheet, firstRow, sheetName: name };
}

/**
 * Writes the extracted KPI rows below the last row of a chi-tieu table (made when missing), with
 * codes no table of the workbook has. Refused while the preview shows problems not accepted.
 */
export function writeKpiRows(payload: WriteKpiRequest): WriteKpiResponse {
  return serve('writeKpiRows', () => {
    const request = parseRequest(
      requestSchemas().writeKpi,
      payload,
      'Hãy dán đoạn "Mục tiêu cụ thể" của kế hoạch.',
      'KPI rows',
    );
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = asCoordinator(
      { vi: 'ghi chỉ tiêu', en: 'write the KPI rows' },
      (_c, tx, access) => {
        const read = readKpis(ss, request.text, request.sheetName);
        if (read.extraction.rows.length === 0) {
          throw new UserError({
            vi: 'Không tìm thấy chỉ tiêu đo lường nào trong đoạn văn bản (cần có con số, ví dụ "đạt 90%").',
            en: 'No measurable target found in the text.',
          });
        }
        refuseUnaccepted(read.problems, request.accept === true);
        const { firstRow, sheetName } = writeKpis(tx, access, read, request.sheetName);
        return {
          sheetName,
          written: read.extraction.rows.length,
          skipped: read.extraction.skipped.length,
          firstRow,
          codes: read.plan.rows.filter((r) => r.kind === 'kpi').map((r) => r.code),
          accepted: read.problems.length,
        };
      },
    );
    focusOn(ss, view.sheetName, view.firstRow, 1);
    return view;
  });
}
