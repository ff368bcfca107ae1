/** xlsx (ExcelJS) → Workbook. */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { parseA1 } from '../a1.ts';
import type { CellMeta } from '../cellStyle.ts';
import type { RawContent } from '../formulaEngine.ts';
import { containsCell, type Box } from '../geometry.ts';
import { ProtectionModel, type ProtectionKind } from '../protectionModel.ts';
import type { SheetModel } from '../sheetModel.ts';
import { Workbook } from '../workbook.ts';
import { cfRuleFromXlsx } from './cfMap.ts';
import type { TriggerRecord } from '../services/clockTriggers.ts';
import type { SentMail } from '../services/mail.ts';
import { chartFromJson } from './chartPicture.ts';
import {
  applyMetadataRecord,
  fromRows,
  LEGACY_SIDECAR_SHEETS,
  SIDECAR_SHEET,
  type SidecarRecord,
} from './sidecar.ts';
import { styleToMeta } from './styleMap.ts';
import { validationFromJson, validationFromXlsx } from './validationMap.ts';

const PX_PER_WIDTH_UNIT = 7;
const PT_PER_PX = 0.75;
const EPOCH_SERIAL = 25_569;
const BIG = { rows: 10_000_000, cols: 18_278 };

function a1Box(a1: string): Box | null {
  return parseA1(a1, BIG.rows, BIG.cols)?.box ?? null;
}

/** ExcelJS dates carry the wall clock in their UTC fields. */
function excelDateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + EPOCH_SERIAL;
}

function plainText(v: unknown): string {
  if (typeof v === 'object' && v !== null) {
    if ('richText' in v)
      return (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text: string }> }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

interface SheetData {
  ws: ExcelJS.Worksheet;
  sheet: SheetModel;
}

function readContents({ ws, sheet }: SheetData): void {
  const cells: Array<[number, number, RawContent]> = [];
  const arrays: Box[] = [];
  let maxRow = 0;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const meta: CellMeta = {};
      styleToMeta(
        {
          numFmt: cell.numFmt,
          font: cell.font,
          fill: cell.fill,
          alignment: cell.alignment,
          border: cell.border,
        },
        meta,
      );
      const note = noteText(cell.note);
      if (note) meta.note = note;
      if (Object.keys(meta).length)
        sheet.updateMeta({ row: r, col: c, numRows: 1, numCols: 1 }, (m) => Object.assign(m, meta));
      const v = cell.value as unknown;
      let content: RawContent = null;
      if (v === null || v === undefined) content = null;
      else if (typeof v === 'number' || typeof v === 'boolean') content = v;
      else if (typeof v === 'string') content = v === '' ? null : `'${v}`;
      else if (v instanceof Date) content = excelDateToSerial(v);
      else if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
        const f = cell.formula;
        if (f) content = `=${f.replace(/_xlfn\./g, '')}`;
        const o = v as { shareType?: string; ref?: string };
        if (o.shareType === 'array' && o.ref) {
          const box = a1Box(o.ref);
          if (box) arrays.push(box);
        }
      } else if (typeof v === 'object' && 'error' in v)
        content = `'${String((v as { error: unknown }).error)}`;
      else content = `'${plainText(v)}`;
      if (content !== null) {
        cells.push([r, c, content]);
        maxRow = Math.max(maxRow, r);
        maxCol = Math.max(maxCol, c);
      }
    });
  });
  if (!cells.length) return;
  sheet.maxRows = Math.max(sheet.maxRows, maxRow);
  sheet.maxCols = Math.max(sheet.maxCols, maxCol);
  const grid: RawContent[][] = Array.from({ length: maxRow }, () =>
    Array<RawContent>(maxCol).fill(null),
  );
  for (const [r, c, v] of cells) {
    // Cached values of array results are recomputed, not stored (they would block the spill).
    const inArray = arrays.some((b) => containsCell(b, r, c) && !(b.row === r && b.col === c));
    const row = grid[r - 1];
    if (row && !inArray) row[c - 1] = v;
  }
  sheet.workbook.engine.setContents(sheet.hfId, 0, 0, grid);
}

function readLayout({ ws, sheet }: SheetData): void {
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenCols = view.xSplit ?? 0;
  }
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.width) sheet.colWidths.set(i + 1, Math.round(col.width * PX_PER_WIDTH_UNIT));
  });
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) sheet.rowHeights.set(r, Math.round(row.height / PT_PER_PX));
  });
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  sheet.merges = merges.map(a1Box).filter((b): b is Box => b !== null);
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const tab = (ws.properties as { tabColor?: { argb?: string } }).tabColor?.argb;
  if (tab) sheet.tabColor = `#${tab.slice(-6).toLowerCase()}`;
}

function readRules({ ws, sheet }: SheetData, wb: Workbook): void {
  const dvs = (
    ws as unknown as {
      dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
    }
  ).dataValidations.model;
  // ExcelJS expands each sqref to its cells with one shared object: keep one model per rule.
  const models = new Map<ExcelJS.DataValidation, ReturnType<typeof validationFromXlsx>>();
  for (const [address, dv] of Object.entries(dvs)) {
    if (!dv) continue;
    if (!models.has(dv)) models.set(dv, validationFromXlsx(dv, wb));
    const model = models.get(dv);
    const box = a1Box(address);
    if (model && box) sheet.updateMeta(box, (m) => (m.validation = model));
  }
  const cfs =
    (
      ws as unknown as {
        conditionalFormattings?: Array<{ ref: string; rules: ExcelJS.ConditionalFormattingRule[] }>;
      }
    ).conditionalFormattings ?? [];
  const ordered = cfs.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
  ordered.sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
  for (const { ref, rule } of ordered) {
    const ranges = ref
      .split(/\s+/)
      .map(a1Box)
      .filter((b): b is Box => b !== null)
      .map((box) => ({ sheet, box }));
    const r = cfRuleFromXlsx(rule);
    if (r && ranges.length) sheet.cfRules.push({ ...r, ranges });
  }
}

function applySidecar(
  records: SidecarRecord[],
  wb: Workbook,
  sheetsWithSidecarProtections: Set<string>,
): void {
  for (const rec of records) {
    const sheet = wb.sheetByName(rec.key);
    switch (rec.kind) {
      case 'workbook':
        if (rec.key === 'name' && rec.value) wb.name = rec.value;
        if (rec.key === 'timeZone' && rec.value) wb.timeZone = rec.value;
        if (rec.key === 'locale' && (rec.value === 'en_GB' || rec.value === 'vi_VN'))
          wb.locale = rec.value;
        if (rec.key === 'domain') wb.domain = rec.value || null;
        if (rec.key === 'hiddenEmails')
          for (const e of JSON.parse(rec.value || '[]') as string[]) wb.hiddenEmails.add(e);
        if (rec.key === 'owner') wb.owner = rec.value || null;
        if (rec.key === 'editors') wb.editors = JSON.parse(rec.value || '[]') as string[];
        if (rec.key === 'activeSheet') wb.activeSheet = wb.sheetByName(rec.value) ?? wb.activeSheet;
        break;
      case 'property':
        wb.documentProperties.set(rec.key, rec.value);
        break;
      case 'trigger':
        wb.triggers.push(JSON.parse(rec.value) as TriggerRecord);
        break;
      case 'mail':
        wb.outbox.push(JSON.parse(rec.value) as SentMail);
        break;
      case 'metadata':
        applyMetadataRecord(rec, wb);
        break;
      case 'sheet': {
        if (!sheet) break;
        const o = JSON.parse(rec.value) as { maxRows?: number; maxCols?: number };
        sheet.maxRows = Math.max(sheet.maxRows, o.maxRows ?? 0);
        sheet.maxCols = Math.max(sheet.maxCols, o.maxCols ?? 0);
        break;
      }
      case 'protection': {
        if (!sheet) break;
        sheetsWithSidecarProtections.add(sheet.name);
        const o = JSON.parse(rec.value) as {
          kind: ProtectionKind;
          range: string | null;
          description?: string;
          warningOnly?: boolean;
          domainEdit?: boolean;
          editors?: string[];
          unprotected?: string[];
          rangeName?: string | null;
        };
        const p = new ProtectionModel(o.kind, sheet, o.range ? a1Box(o.range) : null);
        p.description = o.description ?? '';
        p.warningOnly = !!o.warningOnly;
        p.domainEdit = !!o.domainEdit;
        p.editors = o.editors ?? [];
        p.rangeName = o.rangeName ?? null;
        p.unprotected = (o.unprotected ?? [])
          .map(a1Box)
          .filter((b): b is Box => b !== null)
          .map((box) => ({ sheet, box }));
        sheet.protections.push(p);
        break;
      }
      case 'chart': {
        if (!sheet) break;
        const chart = chartFromJson(rec.value, wb);
        if (chart) sheet.charts.push(chart);
        break;
      }
      case 'validation': {
        if (!sheet) break;
        const o = JSON.parse(rec.value) as { a1: string; rule: unknown };
        const box = a1Box(o.a1);
        const model = validationFromJson(o.rule, wb);
        if (box && model) sheet.updateMeta(box, (m) => (m.validation = model));
        break;
      }
      default:
        break;
    }
  }
}

export async function workbookFromBuffer(buffer: Buffer, fallbackName: string): Promise<Workbook> {
  const xwb = new ExcelJS.Workbook();
  await xwb.xlsx.load(buffer as unknown as ArrayBuffer);
  const wb = new Workbook(fallbackName);
  const data: SheetData[] = [];
  let sidecar: SidecarRecord[] = [];
  xwb.eachSheet((ws) => {
    if (ws.name === SIDECAR_SHEET || LEGACY_SIDECAR_SHEETS.includes(ws.name)) {
      const rows: unknown[][] = [];
      ws.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
      sidecar = fromRows(rows);
      return;
    }
    data.push({ ws, sheet: wb.addSheet(ws.name) });
  });
  if (!data.length) wb.addSheet('Sheet1');
  // Names before contents: formulas may refer to them.
  for (const dn of xwb.definedNames.model) {
    if (dn.name.startsWith('_xlnm.')) continue;
    const ref = parseA1(String(dn.ranges[0] ?? ''), BIG.rows, BIG.cols);
    const sheet = ref?.sheetName !== undefined ? wb.sheetByName(ref.sheetName) : undefined;
    if (ref && sheet) wb.setNamedRange(dn.name, { sheet, box: ref.box });
  }
  for (const d of data) {
    readLayout(d);
    readContents(d);
    readRules(d, wb);
    d.sheet.maxRows = Math.max(d.sheet.maxRows, 1000);
    d.sheet.maxCols = Math.max(d.sheet.maxCols, 26);
  }
  const withSidecar = new Set<string>();
  applySidecar(sidecar, wb, withSidecar);
  // A foreign file's sheet protection (no sidecar): protect the sheet for the owner only.
  for (const { ws, sheet } of data) {
    if (
      withSidecar.has(sheet.name) ||
      !(ws as unknown as { sheetProtection?: unknown }).sheetProtection
    )
      continue;
    sheet.protections.push(new ProtectionModel('SHEET', sheet, null));
  }
  const activeTab = xwb.views?.[0]?.activeTab;
  if (
    !sidecar.some((r) => r.kind === 'workbook' && r.key === 'activeSheet') &&
    activeTab !== undefined
  )
    wb.activeSheet = data[activeTab]?.sheet ?? wb.activeSheet;
  return wb;
}

export async function loadXlsx(path: string): Promise<Workbook> {
  const buffer = await readFile(path);
  return workbookFromBuffer(buffer, basename(path, extname(path)));
}
