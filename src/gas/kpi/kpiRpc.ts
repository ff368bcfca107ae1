// Server functions for KPIs: the workbook check, target parsing, and KPI rows from plan prose.
import { asData } from '../../core/sheet/cellText.ts';
import { romanNumeral } from '../../core/text/roman.ts';
import { extractKpis } from '../../core/kpi/kpiExtract.ts';
import { normalizeTarget } from '../../core/kpi/targetWrite.ts';
import { parseTarget } from '../../core/kpi/target.ts';
import type { Target } from '../../core/kpi/targetTypes.ts';
import { UserError } from '../../core/userError.ts';
import {
  parseRequest,
  requestSchemas,
  type CheckResponse,
  type KpiExtractView,
  type TargetView,
  type WriteKpiResponse,
  type WriteKpiRequest,
} from '../api.ts';
import { runWorkbookCheck } from '../check/checkers.ts';
import { withDocumentLock } from '../lock.ts';
import { scaffold } from '../scaffold/scaffold.ts';
import { findTables, formulaColumns, readTable, writeRowsAround } from '../sheet/table.ts';
import { templateById } from '../scaffold/templates.ts';
import { serve } from '../serve.ts';
import { useSpreadsheetZone } from '../sheet/zone.ts';

/** "Kiểm tra": marks every invalid cell of every table the add-on made, lists them, counts 6 rõ. */
export function checkWorkbook(): CheckResponse {
  return serve('checkWorkbook', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // Date cells (a deadline typed as a date) are read in the file's zone.
    useSpreadsheetZone(ss);
    return withDocumentLock(() => runWorkbookCheck(ss));
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
        ...(t.of !== undefined ? { of: t.of } : {}),
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

export function extractKpiRows(text: string): KpiExtractView {
  return serve('extractKpiRows', () => {
    const { rows, skipped } = extractKpis(
      parseRequest(requestSchemas().pastedText, text, BAD_TEXT, 'KPI text'),
    );
    return {
      rows: rows.map((r) => ({
        indicator: r.indicator,
        target: r.target,
        measureUnit: r.measureUnit,
        normalized: r.parsed.kind === 'invalid' ? '' : normalizeTarget(r.parsed),
        kind: r.parsed.kind,
        group: r.group,
        line: r.source.line,
      })),
      skipped,
    };
  });
}

/** Writes the extracted KPI rows below the last row of a chi-tieu table (made when missing). */
export function writeKpiRows(payload: WriteKpiRequest): WriteKpiResponse {
  return serve('writeKpiRows', () => {
    const request = parseRequest(
      requestSchemas().writeKpi,
      payload,
      'Hãy dán đoạn "Mục tiêu cụ thể" của kế hoạch.',
      'KPI rows',
    );
    const extraction = extractKpiRows(request.text);
    if (extraction.rows.length === 0) {
      throw new UserError({
        vi: 'Không tìm thấy chỉ tiêu đo lường nào trong đoạn văn bản (cần có con số, ví dụ "đạt 90%").',
        en: 'No measurable target found in the text.',
      });
    }
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const template = templateById('chi-tieu');
      const wanted = request.sheetName;
      const sheet =
        (wanted
          ? ss.getSheetByName(wanted)
          : findTables(ss).find((t) => t.template.id === 'chi-tieu')?.sheet) ??
        scaffold(ss, template, wanted ? { sheetName: wanted } : {}).sheet;
      const table = readTable(sheet, template);
      if (
        !table ||
        table.match.index.target === undefined ||
        table.match.index.content === undefined
      ) {
        throw new UserError({
          vi: `Trang tính "${sheet.getName()}" không phải bảng chỉ tiêu (thiếu cột "Nội dung chỉ tiêu" hoặc "Chỉ tiêu").`,
          en: `Sheet "${sheet.getName()}" is not a KPI table.`,
          where: { sheet: sheet.getName() },
        });
      }
      const { index } = table.match;
      const out: unknown[][] = [];
      const put = (row: unknown[], key: string, value: unknown) => {
        const col = index[key];
        if (col !== undefined) row[col] = asData(value);
      };
      let group: string | null = null;
      let section = 0;
      let n = 0;
      for (const r of extraction.rows) {
        if (r.group !== '' && r.group !== group) {
          group = r.group;
          const code = romanNumeral(section + 1);
          section++;
          n = 0;
          const row = new Array<unknown>(table.width).fill('');
          put(row, 'code', `CT-${code}`);
          put(row, 'ordinal', code);
          put(row, 'content', r.group);
          out.push(row);
        }
        n++;
        const row = new Array<unknown>(table.width).fill('');
        const prefix = section > 0 ? `CT-${romanNumeral(section)}.` : 'CT-';
        put(row, 'code', `${prefix}${n}`);
        put(row, 'ordinal', String(n));
        put(row, 'content', r.indicator);
        put(row, 'measureUnit', r.measureUnit);
        put(row, 'target', r.target);
        out.push(row);
      }
      const firstRow = table.firstDataRow + table.rows.length;
      const need = firstRow + out.length - 1 - sheet.getMaxRows();
      if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
      writeRowsAround(sheet, firstRow, out, formulaColumns(template, index));
      return {
        sheetName: sheet.getName(),
        written: extraction.rows.length,
        skipped: extraction.skipped.length,
        firstRow,
      };
    });
  });
}
