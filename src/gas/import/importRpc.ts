// Server functions to import a plan's appendix from pasted text (preview, then write a new task
// table or update the same plan's table), and read one deadline or one unit cell (for the CLI and the sidebar).
import { importAppendix, type ImportResult, type Layout } from '../../core/appendix/appendix.ts';
import {
  isSamePlan,
  planOverlap,
  reimportRows,
  type PlanOverlap,
} from '../../core/appendix/reimport.ts';
import { cellString } from '../../core/sheet/cellText.ts';
import { codeKey, isGroupCode } from '../../core/sheet/codes.ts';
import { dueDate, parseDeadline } from '../../core/deadline/deadline.ts';
import { isIsoDate } from '../../core/text/calendar.ts';
import { TABLE_LAYOUT, type Template } from '../../core/sheet/template.ts';
import { resolveUnits } from '../../core/unit/unit.ts';
import { UserError } from '../../core/userError.ts';
import {
  parseRequest,
  requestSchemas,
  type DeadlineView,
  type ImportNoticeView,
  type ImportPreview,
  type ImportRequest,
  type ImportResponse,
  type UnitView,
  type DeadlineRequest,
} from '../api.ts';
import { importRows, planLine } from './layout/importRows.ts';
import { asCoordinator, type Access } from '../roles/guard.ts';
import type { Transaction } from '../tx/transaction.ts';
import { scaffold } from '../scaffold/scaffold.ts';
import { tableCodePlaces } from '../check/codes.ts';
import {
  assertKpiTarget,
  extractView,
  readKpis,
  refuseUnaccepted,
  writeKpis,
} from '../kpi/kpiRpc.ts';
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
import { readHolidaySheet } from '../remind/remindSettings.ts';
import { focusOn } from '../sheet/focus.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Empty rows kept below the last task when a plan outgrows the sheet. */
const SPARE_ROWS = 100;

function parseImportRequest(payload: unknown): ImportRequest {
  const { text, template, sheetName, mode, accept } = parseRequest(
    requestSchemas().importText,
    payload,
    'Yêu cầu nhập phụ lục không hợp lệ: cần văn bản đã dán (tối đa 2.000.000 ký tự) và mẫu phu-luc hoặc sau-ro.',
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
    ...(mode !== undefined ? { mode } : {}),
    ...(accept !== undefined ? { accept } : {}),
  };
}

/** The import, with the workbook's own unit directory (its aliases count). */
function runImport(ss: Spreadsheet, request: ImportRequest): ImportResult {
  return importAppendix(request.text, {
    directory: readUnitDirectory(ss),
    ...(request.template !== undefined ? { template: request.template } : {}),
  });
}

/** The import set against the workbook: the table of the same plan, and codes other tables use. */
interface WorkbookMatch {
  same?: { block: TableBlock; overlap: PlanOverlap };
  /** Imported codes already in another plan table (not the same plan's). */
  clashes: Array<{ code: string; sheet: string; row: number }>;
}

function matchWorkbook(ss: Spreadsheet, result: ImportResult, layout: Layout): WorkbookMatch {
  const imported = result.tasks.map((t) => ({ code: t.code, content: t.content }));
  const blocks = findTables(ss).flatMap(({ sheet, template }) => {
    const block = readTable(sheet, template);
    return block ? [block] : [];
  });
  let same: WorkbookMatch['same'];
  for (const block of blocks) {
    if (block.template.id !== layout) continue;
    const contentCol = block.match.index.content ?? block.match.index.parent;
    const codeCol = block.match.index.code;
    if (codeCol === undefined) continue;
    const parentCol = block.match.index.parent;
    const rows = block.rows.map((r) => ({
      code: cellString(r[codeCol]),
      // A "6 rõ" general task's words are in its own column.
      content:
        cellString(contentCol !== undefined ? r[contentCol] : '') ||
        cellString(parentCol !== undefined ? r[parentCol] : ''),
    }));
    const overlap = planOverlap(imported, rows);
    if (isSamePlan(overlap) && (!same || overlap.sameContent > same.overlap.sameContent))
      same = { block, overlap };
  }
  const wanted = new Set(imported.map((t) => codeKey(t.code)));
  const clashes = blocks
    .filter((b) => b !== same?.block)
    .flatMap(tableCodePlaces)
    .filter((p) => !isGroupCode(p.code) && wanted.has(codeKey(p.code)));
  return { ...(same ? { same } : {}), clashes };
}

function existingView(m: WorkbookMatch): ImportPreview['existing'] {
  if (!m.same) return undefined;
  const { block, overlap } = m.same;
  return {
    sheetName: block.sheet.getName(),
    shared: overlap.shared,
    sameContent: overlap.sameContent,
    tasks: overlap.tasks,
  };
}

function clashWarnings(clashes: WorkbookMatch['clashes']): ImportNoticeView[] {
  return clashes.map((c) => ({
    kind: 'duplicateCode',
    code: c.code,
    message: `Mã ${c.code} đã có ở trang "${c.sheet}" dòng ${c.row}: hai nhiệm vụ khác nhau sẽ trùng mã khi tổng hợp báo cáo.`,
  }));
}

/** Reads pasted text into sections and tasks, without writing anything. */
export function previewImport(payload: ImportRequest): ImportPreview {
  return serve('previewImport', () => previewOf(parseImportRequest(payload)));
}

function previewOf(request: ImportRequest): ImportPreview {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const result = runImport(ss, request);
  const match = matchWorkbook(ss, result, result.layout);
  const kpis = readKpis(ss, request.text, undefined, { tablesOnly: true });
  const existing = existingView(match);
  return {
    ...result,
    warnings: [...result.warnings, ...clashWarnings(match.clashes)],
    ...(existing ? { existing } : {}),
    ...(kpis.extraction.rows.length > 0 ? { kpis: extractView(kpis) } : {}),
    counts: {
      sections: result.sections.length,
      tasks: result.tasks.length,
      repairs: result.repairs.length,
      warnings: result.warnings.length + match.clashes.length,
    },
  };
}

/** Sheet columns (0-based) whose cells people type: the template's input columns and any column it does not know. */
function typedColumns(block: TableBlock): number[] {
  const cols = new Set<number>();
  for (const c of block.template.columns) {
    const at = block.match.index[c.key];
    if (c.input && at !== undefined) cols.add(at);
  }
  for (const e of block.match.extra) cols.add(e.column);
  return [...cols].sort((a, b) => a - b);
}

/** Rewrites the same plan's table in place: plan columns from the text, typed columns kept by code. */
function updateInPlace(
  tx: Transaction,
  block: TableBlock,
  template: Template,
  result: ImportResult,
) {
  const { sheet, match, width } = block;
  const codeCol = match.index.code;
  if (codeCol === undefined) {
    throw new UserError({
      vi: `Trang "${sheet.getName()}" không có cột Mã; không cập nhật được theo mã nhiệm vụ.`,
      en: `Sheet "${sheet.getName()}" has no code column.`,
    });
  }
  const fresh = importRows(template, result).map((row) => {
    const out = new Array<unknown>(width).fill('');
    template.columns.forEach((c, i) => {
      const at = match.index[c.key];
      if (at !== undefined && !c.formula) out[at] = row[i] ?? '';
    });
    return out;
  });
  const notesCol = match.index.notes;
  const merged = reimportRows(fresh, block.rows, {
    codeCol,
    inputCols: typedColumns(block),
    ...(notesCol !== undefined ? { notesCol } : {}),
  });
  const total = Math.max(merged.rows.length, block.rows.length);
  const rows = Array.from({ length: total }, (_, i) =>
    Array.from({ length: width }, (_, c) => merged.rows[i]?.[c] ?? ''),
  );
  const maxRows = sheet.getMaxRows();
  const missing = block.firstDataRow + total - 1 - maxRows;
  if (missing > 0) {
    sheet.insertRowsBefore(maxRows, missing);
    tx.onUndo(() => sheet.deleteRows(maxRows, missing));
  }
  writeRowsAround(
    sheet,
    block.firstDataRow,
    rows,
    formulaColumns(template, match.index),
    width,
    tx,
  );
  return merged;
}

/**
 * Imports pasted text: a new table of the detected layout (title rows from the plan, then one
 * setValues of section and task rows), or, for a plan already in the workbook and mode "update",
 * that table rewritten in place with its typed columns kept. KPI tables in the text go to the
 * "Chỉ tiêu" table. Everything is computed and checked before the first write.
 */
export function importPlanText(payload: ImportRequest): ImportResponse {
  return serve('importPlanText', () => {
    const request = parseImportRequest(payload);
    // Asked before the action: after it, only the cursor may fail (focusOn ignores that).
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const response = asCoordinator(
      { vi: 'nhập kế hoạch', en: 'import the plan' },
      (_caller, tx, access) => importOf(tx, access, request),
    );
    focusOn(ss, response.sheetName, response.firstRow, 1);
    return response;
  });
}

function importOf(tx: Transaction, access: Access, request: ImportRequest): ImportResponse {
  const ss = tx.ss;
  const result = runImport(ss, request);
  const kpis = readKpis(ss, request.text, undefined, { tablesOnly: true });
  const hasKpis = kpis.extraction.rows.length > 0;
  if (result.tasks.length === 0 && !hasKpis) {
    const why = result.warnings[0]?.message ?? '';
    throw new UserError({
      vi: `Không tìm thấy nhiệm vụ nào trong văn bản đã dán. ${why}`.trim(),
      en: 'No task found in the pasted text.',
    });
  }
  if (hasKpis) {
    refuseUnaccepted(kpis.problems, request.accept === true);
    assertKpiTarget(kpis);
  }
  const template = templateById(result.layout);
  const match =
    result.tasks.length > 0 ? matchWorkbook(ss, result, result.layout) : { clashes: [] };
  const same: WorkbookMatch['same'] = 'same' in match ? match.same : undefined;
  if (same && request.mode === undefined) {
    const o = same.overlap;
    throw new UserError({
      vi: `Kế hoạch này đã có ở trang "${same.block.sheet.getName()}" (${o.sameContent}/${o.tasks} nhiệm vụ cùng mã, cùng nội dung). Chọn "Cập nhật bảng đó" để ghi lại phần kế hoạch và giữ các cột theo dõi đã nhập, hoặc "Tạo bảng mới" (dòng lệnh: --mode update hoặc --mode new).`,
      en: `This plan is already in sheet "${same.block.sheet.getName()}"; choose update or new.`,
    });
  }
  if (request.mode === 'update' && !same && result.tasks.length > 0) {
    throw new UserError({
      vi: 'Không tìm thấy bảng nào của kế hoạch này trong bảng tính để cập nhật; hãy chọn "Tạo bảng mới".',
      en: 'No table of this plan in the workbook to update.',
    });
  }
  const notices = (list: ImportResult['repairs'] | ImportResult['warnings']) =>
    list.map((n) => ({ ...n }));
  const first = TABLE_LAYOUT.firstDataRow;
  let sheetName = '';
  let firstRow: number = first;
  let updated: ImportResponse['updated'];
  let warnings: ImportNoticeView[] = notices(result.warnings);
  if (result.tasks.length > 0 && same && request.mode === 'update') {
    const merged = updateInPlace(tx, same.block, template, result);
    sheetName = same.block.sheet.getName();
    firstRow = same.block.firstDataRow;
    updated = {
      carried: merged.carried,
      added: merged.added,
      kept: merged.kept,
      dropped: merged.dropped,
    };
    warnings = [...warnings, ...clashWarnings(match.clashes)];
  } else if (result.tasks.length > 0) {
    const rows = importRows(template, result);
    const plan = planLine(result.plan);
    const { sheet, view, maxRows } = scaffold(tx, access, template, {
      ...(request.sheetName !== undefined ? { sheetName: request.sheetName } : {}),
      ...(plan !== undefined ? { planName: plan } : {}),
      ...(result.plan?.commune !== undefined ? { commune: result.plan.commune } : {}),
    });
    const last = first + rows.length - 1;
    // A plan longer than the sheet: rows inserted inside the table (before its last row), so its
    // array formulas, formats, validation, conditional formats and named range grow with it,
    // with room left for tasks added later.
    if (last > maxRows) sheet.insertRowsBefore(maxRows, last + SPARE_ROWS - maxRows);
    const positions = Object.fromEntries(template.columns.map((c, i) => [c.key, i]));
    writeRowsAround(sheet, first, rows, formulaColumns(template, positions));
    sheetName = view.sheetName;
    // A copy of the same plan, or another plan that reuses its codes.
    const clashes = same ? [...match.clashes, ...sameAsClashes(same.block, result)] : match.clashes;
    warnings = [...warnings, ...clashWarnings(clashes)];
  }
  const kpiWrite = hasKpis ? writeKpis(tx, access, kpis, undefined) : undefined;
  return {
    sheetName,
    layout: result.layout,
    mode: updated ? 'update' : 'new',
    sections: result.sections.length,
    tasks: result.tasks.length,
    firstRow,
    repairs: notices(result.repairs),
    warnings,
    ...(updated ? { updated } : {}),
    ...(kpiWrite
      ? {
          kpis: {
            sheetName: kpiWrite.sheetName,
            written: kpis.extraction.rows.length,
            firstRow: kpiWrite.firstRow,
            accepted: kpis.problems.length,
          },
        }
      : {}),
  };
}

/** The same plan imported as a new table anyway: each shared code is a clash with its row. */
function sameAsClashes(block: TableBlock, result: ImportResult): WorkbookMatch['clashes'] {
  const wanted = new Set(result.tasks.map((t) => codeKey(t.code)));
  return tableCodePlaces(block).filter((p) => !isGroupCode(p.code) && wanted.has(codeKey(p.code)));
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
