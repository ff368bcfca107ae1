// The seed-001 workbook for the report tests: Phụ lục I with its 34 tasks (from
// tests/fixtures/merge/seed001-tasks.json), three KPIs, editor emails, and a clock the tests move.
// Cells are looked at and typed into through a tiny second bundle, as a given user.
import { readFileSync } from 'node:fs';
import { createRuntime, createWorkbook, type Runtime, type Workbook } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';

export const VHXH = 'Phòng Văn hóa - Xã hội';
export const TTVH = 'Trung tâm Văn hóa - Thể thao và Truyền thông';
export const VP = 'Văn phòng HĐND và UBND';
export const KT = 'Phòng Kinh tế';
export const CA = 'Công an xã';
export const COORDINATOR = 'coordinator@example.com';

interface FixtureTask {
  code: string;
  section: string;
  leadUnitAsWritten: string;
  partnerUnitsAsWritten: string;
  deadlineText: string;
  content: string;
}
interface Fixture {
  sections: Array<{ code: string; content: string }>;
  tasks: FixtureTask[];
}

export function seedFixture(): Fixture {
  return JSON.parse(
    readFileSync(new URL('../fixtures/merge/seed001-tasks.json', import.meta.url), 'utf8'),
  ) as Fixture;
}

const LOOK = `
function ss_() { return SpreadsheetApp.getActiveSpreadsheet(); }
function sheet_(name) {
  var s = ss_().getSheetByName(name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
}
function sheetNames() { return ss_().getSheets().map(function (s) { return s.getName(); }); }
function data(name) { return sheet_(name).getDataRange().getValues(); }
function formulas(name) { return sheet_(name).getDataRange().getFormulas(); }
function backgrounds(name) { return sheet_(name).getDataRange().getBackgrounds(); }
function values(name, a1) { return sheet_(name).getRange(a1).getValues(); }
function setValues(name, a1, rows) { sheet_(name).getRange(a1).setValues(rows); }
function setRow(name, row, col, cells) { sheet_(name).getRange(row, col, 1, cells.length).setValues([cells]); }
function addSheet(name, rows) {
  var s = ss_().insertSheet(name, ss_().getNumSheets());
  if (rows.length > s.getMaxRows()) s.insertRowsAfter(s.getMaxRows(), rows.length - s.getMaxRows());
  var width = rows.reduce(function (w, r) { return Math.max(w, r.length); }, 0);
  if (width > s.getMaxColumns()) s.insertColumnsAfter(s.getMaxColumns(), width - s.getMaxColumns());
  var grid = rows.map(function (r) { var out = r.slice(); while (out.length < width) out.push(''); return out; });
  s.getRange(1, 1, grid.length, width).setNumberFormat('@').setValues(grid);
}
function deleteSheet(name) { ss_().deleteSheet(sheet_(name)); }
function activate(name) { sheet_(name).activate(); }
function protections(name) {
  var s = sheet_(name);
  var all = s.getProtections(SpreadsheetApp.ProtectionType.SHEET).concat(s.getProtections(SpreadsheetApp.ProtectionType.RANGE));
  return all.map(function (p) {
    return { description: p.getDescription(), range: p.getRange().getA1Notation(), warningOnly: p.isWarningOnly(),
      editors: p.getEditors().map(function (u) { return u.getEmail(); }),
      unprotected: p.getUnprotectedRanges().map(function (r) { return r.getA1Notation(); }) };
  });
}
function addProtectionEditor(name, description, email) {
  var s = sheet_(name);
  var all = s.getProtections(SpreadsheetApp.ProtectionType.SHEET).concat(s.getProtections(SpreadsheetApp.ProtectionType.RANGE));
  all.filter(function (p) { return p.getDescription() === description; })[0].addEditor(email);
}
function ensureRows(name, n) { var s = sheet_(name); if (n > s.getMaxRows()) s.insertRowsAfter(s.getMaxRows(), n - s.getMaxRows()); }
`;

export interface Look {
  rt: Runtime;
  sheetNames(): string[];
  data(sheet: string): unknown[][];
  formulas(sheet: string): string[][];
  backgrounds(sheet: string): string[][];
  values(sheet: string, a1: string): unknown[][];
  setValues(sheet: string, a1: string, rows: unknown[][]): void;
  setRow(sheet: string, row: number, col: number, cells: unknown[]): void;
  addSheet(sheet: string, rows: unknown[][]): void;
  deleteSheet(sheet: string): void;
  activate(sheet: string): void;
  ensureRows(sheet: string, n: number): void;
  protections(sheet: string): Array<{
    description: string;
    range: string;
    warningOnly: boolean;
    editors: string[];
    unprotected: string[];
  }>;
}

/** Looks at (and types into) a workbook as `user`, through the same Apps Script API. */
export function look(workbook: Workbook, user = COORDINATOR): Look {
  const rt = createRuntime({ workbook, bundleCode: LOOK, user, budget: false });
  // A harness, not a page: cell values (Dates too) cross as they are.
  const call = <T>(fn: string, ...args: unknown[]) => rt.runFunction<T>(fn, ...args);
  return {
    rt,
    sheetNames: () => call('sheetNames'),
    data: (s) => call('data', s),
    formulas: (s) => call('formulas', s),
    backgrounds: (s) => call('backgrounds', s),
    values: (s, a1) => call('values', s, a1),
    setValues: (s, a1, rows) => call('setValues', s, a1, rows),
    setRow: (s, row, col, cells) => call('setRow', s, row, col, cells),
    addSheet: (s, rows) => call('addSheet', s, rows),
    deleteSheet: (s) => call('deleteSheet', s),
    activate: (s) => call('activate', s),
    ensureRows: (s, n) => call('ensureRows', s, n),
    protections: (s) => call('protections', s),
  };
}

/** A clock the tests move: 'YYYY-MM-DDTHH:mm' in Vietnam time. */
export class Clock {
  private t: Date;
  constructor(at: string) {
    this.t = Clock.vn(at);
  }
  static vn(at: string): Date {
    return new Date(`${at}:00+07:00`);
  }
  set(at: string): void {
    this.t = Clock.vn(at);
  }
  readonly now = (): Date => this.t;
}

export interface World {
  wb: Workbook;
  clock: Clock;
  /** The add-on, run by `user`. */
  as(user: string): Runtime;
  coordinator: Runtime;
  look: Look;
}

/** `timeZone`: the spreadsheet's own zone (the clock stays in Vietnam time). */
export function world(at: string, options: { timeZone?: string } = {}): World {
  const wb = createWorkbook('Xã Cẩm Giàng', options);
  const clock = new Clock(at);
  const runtimes = new Map<string, Runtime>();
  const as = (user: string): Runtime => {
    let rt = runtimes.get(user);
    if (!rt) {
      rt = addonRuntime({ workbook: wb, user, now: clock.now });
      runtimes.set(user, rt);
    }
    return rt;
  };
  const coordinator = as(COORDINATOR);
  return { wb, clock, as, coordinator, look: look(wb) };
}

/** Phụ lục I rows: section rows (code I, II…) and task rows, as the appendix writes them. */
export function planRows(fixture = seedFixture()): string[][] {
  const rows: string[][] = [];
  for (const s of fixture.sections) {
    rows.push([s.code, s.code, s.content, '', '', '']);
    for (const t of fixture.tasks.filter((x) => x.section === s.code)) {
      const ordinal = t.code.split('.').slice(1).join('.');
      rows.push([
        t.code,
        ordinal,
        t.content,
        t.leadUnitAsWritten,
        t.partnerUnitsAsWritten,
        t.deadlineText,
      ]);
    }
  }
  return rows;
}

export const KPI_ROWS = [
  [
    'CT-1',
    '1',
    'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến',
    '%',
    '≥ 80%',
    'Văn phòng HĐND-UBND xã',
  ],
  ['CT-2', '2', 'Mô hình chuyển đổi số cộng đồng', 'mô hình', '≥ 2', 'Phòng Kinh tế xã'],
  ['CT-3', '3', 'Tỷ lệ camera an ninh kết nối trung tâm', '%', '≥ 90%', 'Công an xã'],
];

/** Scaffolds Phụ lục I and the KPI table and writes the seed-001 plan into them. */
export function seedPlan(w: World, editors: Record<string, string[]> = {}): void {
  w.coordinator.call('scaffoldTemplate', { templateId: 'phu-luc', commune: 'Cẩm Giàng' });
  const rows = planRows();
  w.look.setValues('Phụ lục I', `A5:F${4 + rows.length}`, rows);
  w.coordinator.call('scaffoldTemplate', { templateId: 'chi-tieu', commune: 'Cẩm Giàng' });
  w.look.setValues('Chỉ tiêu', `A5:F${4 + KPI_ROWS.length}`, KPI_ROWS);
  setEditors(w, editors);
}

/** Writes editor emails into the "Đơn vị" sheet's column D for the named units. */
export function setEditors(w: World, editors: Record<string, string[]>): void {
  const names = w.look.data('Đơn vị').map((r) => String(r[0]));
  for (const [unit, emails] of Object.entries(editors)) {
    const row = names.indexOf(unit);
    if (row < 0) throw new Error(`no unit ${unit} in Đơn vị`);
    w.look.setValues('Đơn vị', `D${row + 1}`, [[emails.join('; ')]]);
  }
}

/** Sheet rows (1-based) of a block's header and of each code, read from the sheet's values. */
export function blockRows(
  values: unknown[][],
  title: RegExp,
): { header: number; headers: string[]; rows: Map<string, number> } {
  const at = values.findIndex((r) => title.test(String(r[0] ?? '')));
  if (at < 0) throw new Error(`no block ${String(title)}`);
  const header = at + 1;
  const headers = (values[header] ?? []).map(String);
  const rows = new Map<string, number>();
  for (let r = header + 1; r < values.length; r++) {
    const first = String(values[r]?.[0] ?? '');
    if (first === '' || /^[A-E]\. /.test(first)) {
      if (/^[A-E]\. /.test(first)) break;
      continue;
    }
    rows.set(first, r + 1);
  }
  return { header: header + 1, headers, rows };
}

export type Entry = Record<string, unknown>;

/**
 * Types a unit's report into its sheet as `user`: for each code of the block, the values by
 * heading. One setValues per row, as a person would type.
 */
export function fill(l: Look, sheet: string, title: RegExp, entries: Record<string, Entry>): void {
  const values = l.data(sheet);
  const block = blockRows(values, title);
  for (const [code, entry] of Object.entries(entries)) {
    const row = block.rows.get(code);
    if (row === undefined) throw new Error(`no row for ${code} in ${sheet}`);
    for (const [heading, value] of Object.entries(entry)) {
      const col = block.headers.indexOf(heading);
      if (col < 0) throw new Error(`no column ${heading} in ${sheet}`);
      l.setRow(sheet, row, col + 1, [value]);
    }
  }
}

export const LEAD = /^A\. /;
export const PARTNER = /^B\. /;
export const KPIS = /^C\. /;

/**
 * Seed 001's plan (34 tasks, 9 units with a sheet) with more units in "Đơn vị" up to `sheets`
 * submission sheets, each extra one supporting task I.1. Every unit has an editor and the file is
 * shared with them all, as in a commune (units type into it): each new protection starts with
 * every one of them. Shared by tests/gas/calls.test.ts and bench/seedWorkbook.ts.
 */
export function seedWithUnits(sheets: number): World {
  const w = world('2025-09-01T08:00');
  seedPlan(w, {});
  const extra = sheets - 9;
  if (extra > 0) {
    const start = w.look.data('Đơn vị').length + 1;
    const names = Array.from({ length: extra }, (_, i) => `Tổ công nghệ số thôn ${i + 1}`);
    w.look.setValues(
      'Đơn vị',
      `A${start}:E${start + extra - 1}`,
      names.map((n) => [n, '', '', '', 'Đơn vị']),
    );
    const plan = w.look.data('Phụ lục I');
    const row = plan.findIndex((r) => r[0] === 'I.1');
    const partners = [String(plan[row]?.[4] ?? ''), ...names].filter((s) => s !== '').join('; ');
    w.look.setValues('Phụ lục I', `E${row + 1}`, [[partners]]);
  }
  const units = w.look.data('Đơn vị');
  const emails = units.slice(1).map((_, i) => `donvi${i + 1}@xa.gov.vn`);
  w.look.setValues(
    'Đơn vị',
    `D2:D${units.length}`,
    emails.map((e) => [e]),
  );
  w.wb.editors.push(...emails);
  return w;
}
