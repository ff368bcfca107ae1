// Server functions to import a plan's appendix from pasted text (preview, then write a
// new task table), and read one deadline or one unit cell (for the CLI and the sidebar).
import { importAppendix, type ImportResult } from '../../core/appendix/appendix.ts';
import { dueDate, parseDeadline } from '../../core/deadline/deadline.ts';
import { isIsoDate } from '../../core/text/calendar.ts';
import { TABLE_LAYOUT } from '../../core/sheet/template.ts';
import { resolveUnits } from '../../core/unit/unit.ts';
import { UserError } from '../../core/userError.ts';
import {
  parseRequest,
  requestSchemas,
  type DeadlineView,
  type ImportPreview,
  type ImportRequest,
  type ImportResponse,
  type UnitView,
  type DeadlineRequest,
} from '../api.ts';
import { importRows, planLine } from './layout/importRows.ts';
import { withDocumentLock } from '../lock.ts';
import { scaffold } from '../scaffold/scaffold.ts';
import { formulaColumns, writeRowsAround } from '../sheet/table.ts';
import { templateById } from '../scaffold/templates.ts';
import { readUnitDirectory } from '../units/units.ts';
import { serve } from '../serve.ts';
import { readHolidaySheet } from '../remind/remindSettings.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function parseImportRequest(payload: unknown): ImportRequest {
  const { text, template, sheetName } = parseRequest(
    requestSchemas().importText,
    payload,
    'Yêu cầu nhập phụ lục không hợp lệ: cần văn bản đã dán (tối đa 500.000 ký tự) và mẫu phu-luc hoặc sau-ro.',
    'import',
  );
  if (text.trim() === '') {
    throw new UserError({
      vi: 'Hãy dán văn bản kế hoạch hoặc bảng phụ lục nhiệm vụ.',
      en: 'Paste the plan text or its task appendix table.',
    });
  }
  return {
    text,
    ...(template !== undefined ? { template } : {}),
    ...(sheetName !== undefined && sheetName !== '' ? { sheetName } : {}),
  };
}

/** The import, with the workbook's own unit directory (its aliases count). */
function runImport(ss: Spreadsheet, request: ImportRequest): ImportResult {
  return importAppendix(request.text, {
    directory: readUnitDirectory(ss),
    ...(request.template !== undefined ? { template: request.template } : {}),
  });
}

/** Reads pasted text into sections and tasks, without writing anything. */
export function previewImport(payload: ImportRequest): ImportPreview {
  return serve('previewImport', () => {
    const request = parseImportRequest(payload);
    const result = runImport(SpreadsheetApp.getActiveSpreadsheet(), request);
    return {
      ...result,
      counts: {
        sections: result.sections.length,
        tasks: result.tasks.length,
        repairs: result.repairs.length,
        warnings: result.warnings.length,
      },
    };
  });
}

/**
 * Imports pasted text into a new table of the detected layout: title rows from the plan, then one
 * setValues of section and task rows. Everything is computed before the first write.
 */
export function importPlanText(payload: ImportRequest): ImportResponse {
  return serve('importPlanText', () => {
    const request = parseImportRequest(payload);
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const result = runImport(ss, request);
      if (result.tasks.length === 0) {
        const why = result.warnings[0]?.message ?? '';
        throw new UserError({
          vi: `Không tìm thấy nhiệm vụ nào trong văn bản đã dán. ${why}`.trim(),
          en: 'No task found in the pasted text.',
        });
      }
      const template = templateById(result.layout);
      const rows = importRows(template, result);
      const plan = planLine(result.plan);
      const { sheet, view } = scaffold(ss, template, {
        ...(request.sheetName !== undefined ? { sheetName: request.sheetName } : {}),
        ...(plan !== undefined ? { planName: plan } : {}),
        ...(result.plan?.commune !== undefined ? { commune: result.plan.commune } : {}),
      });
      const first = TABLE_LAYOUT.firstDataRow;
      const missing = first + rows.length - 1 - sheet.getMaxRows();
      // Rows inserted inside the table, so its formulas, formats and named range grow with it.
      if (missing > 0) sheet.insertRowsBefore(sheet.getMaxRows(), missing);
      const positions = Object.fromEntries(template.columns.map((c, i) => [c.key, i]));
      writeRowsAround(sheet, first, rows, formulaColumns(template, positions));
      const notices = (list: ImportResult['repairs'] | ImportResult['warnings']) =>
        list.map((n) => ({ ...n }));
      return {
        sheetName: view.sheetName,
        layout: result.layout,
        sections: result.sections.length,
        tasks: result.tasks.length,
        firstRow: first,
        repairs: notices(result.repairs),
        warnings: notices(result.warnings),
      };
    });
  });
}

/** `sauro deadline`: how a deadline cell reads. */
export function parseDeadlineText(payload: DeadlineRequest | string): DeadlineView {
  return serve('parseDeadlineText', () => {
    const { text, issued } = parseRequest(
      requestSchemas().deadlineText,
      typeof payload === 'string' ? { text: payload } : payload,
      'Yêu cầu không hợp lệ: cần thời hạn (tối đa 2.000 ký tự) và ngày ban hành dạng YYYY-MM-DD.',
      'deadline',
    );
    if (issued !== undefined && !isIsoDate(issued)) {
      throw new UserError({
        vi: `Ngày ban hành "${issued}" không có trên lịch; ghi ngày có thật dạng YYYY-MM-DD, ví dụ 2026-01-10.`,
        en: `Issue date "${issued}" is not a real day; give a real day as YYYY-MM-DD.`,
      });
    }
    if (text.trim() === '') {
      throw new UserError({
        vi: 'Hãy ghi thời hạn cần đọc, ví dụ "Quý II/2026".',
        en: 'Give the deadline to read, e.g. "Quý II/2026".',
      });
    }
    // Working days count the workbook's own days off ("Ngày nghỉ") on top of the public holidays.
    const { calendar } = readHolidaySheet(SpreadsheetApp.getActiveSpreadsheet());
    const d = parseDeadline(text, { ...(issued !== undefined ? { issued } : {}), calendar });
    if (d.kind === 'invalid') return { kind: d.kind, message: d.message };
    const due = dueDate(d, issued, calendar);
    const every = d.kind === 'date' || d.kind === 'recurring' ? d.every : undefined;
    return {
      kind: d.kind,
      ...(due !== null ? { due } : {}),
      ...(every !== undefined ? { every } : {}),
    };
  });
}

/** `sauro unit`: the units a cell names, with the workbook's directory. */
export function resolveUnitText(text: string): UnitView {
  return serve('resolveUnitText', () => {
    const parsed = requestSchemas().unitText.safeParse(text);
    if (!parsed.success || parsed.data.trim() === '') {
      throw new UserError({
        vi: 'Hãy ghi tên đơn vị cần đọc (tối đa 5.000 ký tự), ví dụ "Phòng VH-XH".',
        en: 'Give the unit name to read (at most 5,000 characters), e.g. "Phòng VH-XH".',
      });
    }
    const dir = readUnitDirectory(SpreadsheetApp.getActiveSpreadsheet());
    return {
      units: resolveUnits(parsed.data, dir).map((r) => ({
        name: r.name,
        known: r.known,
        ...(r.suggestion !== undefined ? { suggestion: r.suggestion } : {}),
        ...(r.catchAll ? { catchAll: true } : {}),
        ...(r.wellKnown ? { wellKnown: true } : {}),
        ...(r.title ? { title: true } : {}),
      })),
    };
  });
}
