// Finding the appendix table in pasted text: its header row, what each column holds, and the rows
// below it without repeated headers, column-number rows and blank page-break lines.
import { isColumnNumberRow, splitCells, type SourceLine } from './appendixLines.ts';
import { collapseSpaces, wordKey } from '../text/text.ts';

export type Layout = 'phu-luc' | 'sau-ro';

export type ColumnRole =
  'ordinal' | 'parent' | 'content' | 'output' | 'kpi' | 'lead' | 'partners' | 'deadline' | 'extra';

export interface Repair {
  kind: string;
  message: string;
  line?: number;
}

export interface ImportWarning {
  message: string;
  line?: number;
  code?: string;
}

export interface TableRow {
  /** 1-based line number in the pasted text. */
  line: number;
  cells: string[];
  /** A blank line or a repeated header came before this row: a page break. */
  afterBreak: boolean;
}

export interface LocatedTable {
  layout: Layout;
  /** The layout came from a header row (not guessed). */
  fromHeader: boolean;
  /** 1-based line of the header, when found. */
  headerLine?: number;
  headers: string[];
  roles: ColumnRole[];
  rows: TableRow[];
  repairs: Repair[];
  warnings: ImportWarning[];
}

const DEFAULT_ROLES: Record<Layout, ColumnRole[]> = {
  'phu-luc': ['ordinal', 'content', 'lead', 'partners', 'deadline'],
  'sau-ro': ['parent', 'content', 'output', 'kpi', 'lead', 'partners', 'deadline'],
};

export const LAYOUT_NAMES: Record<Layout, string> = {
  'phu-luc': 'Phụ lục I (TT, Nội dung, Cơ quan chủ trì…)',
  'sau-ro': '6 rõ (Nhiệm vụ tổng quát, Tiểu nhiệm vụ…)',
};

function isOrdinalHeading(key: string): boolean {
  return key === 'tt' || key === 'stt' || key === 'so tt';
}

/** "Thời gian", "Thời hạn", "Tiến độ (thực hiện)", "Mốc hoàn thành": when a task is due. */
const DEADLINE_HEADING = /thoi gian|thoi han|tien do|moc hoan thanh/;

/** The layout a header row announces, if it is one. */
export function headerLayout(cells: readonly string[]): Layout | undefined {
  const keys = cells.map(wordKey);
  const has = (re: RegExp): boolean => keys.some((k) => re.test(k));
  if (has(/^ma nhiem vu tong quat|tieu nhiem vu/) && has(/chu tri|ro nguoi/)) return 'sau-ro';
  // TT is usual but not needed: "Nhiệm vụ | Sản phẩm | Chủ trì | Phối hợp | Thời hạn" is one too.
  if (has(/noi dung|nhiem vu|cong viec/) && has(/chu tri/) && has(DEADLINE_HEADING))
    return 'phu-luc';
  return undefined;
}

/** A header of some other table (e.g. the KPI table "STT | Nội dung chỉ tiêu | …"). */
function looksLikeOtherHeader(cells: readonly string[]): boolean {
  const keys = cells.map(wordKey).filter((k) => k !== '');
  return keys.length >= 3 && isOrdinalHeading(keys[0] ?? '') && /noi dung/.test(keys[1] ?? '');
}

// By what the heading says, wherever the column is: the output may come before or after the
// deadline, under "Sản phẩm", "Kết quả", "Kết quả/sản phẩm" or "Sản phẩm dự kiến".
const ROLE_TESTS: Array<[Exclude<ColumnRole, 'extra'>, RegExp]> = [
  ['ordinal', /^(?:s?tt|so tt)$/],
  ['parent', /nhiem vu tong quat/],
  ['lead', /chu tri|ro nguoi/],
  ['partners', /phoi hop/],
  ['deadline', DEADLINE_HEADING],
  ['kpi', /\bkpi\b|chi tieu|do luong/],
  ['output', /san pham|ket qua(?! thuc hien| dat duoc)/],
  ['content', /noi dung|nhiem vu|ro viec|cong viec/],
];

/** What each header cell holds; a role is given to its first column only. */
function columnRoles(headers: readonly string[]): ColumnRole[] {
  const taken = new Set<ColumnRole>();
  return headers.map((h) => {
    const key = wordKey(h);
    const hit = ROLE_TESTS.find(([role, re]) => !taken.has(role) && re.test(key));
    if (!hit) return 'extra';
    taken.add(hit[0]);
    return hit[0];
  });
}

/** A line without tabs that still belongs to the table: cells for it. */
function untabbedCells(line: string, layout: Layout): string[] {
  const text = collapseSpaces(line.normalize('NFC'));
  if (layout === 'sau-ro') return [text];
  const section = /^([IVXLC]+)\.?\s+(\S.*)$/u.exec(text);
  if (section) return [section[1] ?? '', section[2] ?? ''];
  const task = /^(\d{1,3})\.?\s+(\p{Lu}.*)$/u.exec(text);
  if (task) return [task[1] ?? '', task[2] ?? ''];
  return ['', text];
}

/** Whether one of the next few non-blank lines is a table row (has a tab). */
function tableContinues(lines: readonly SourceLine[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 3; i++) {
    const line = lines[i]?.text ?? '';
    if (line.trim() === '') continue;
    if (line.includes('\t')) return true;
    seen++;
  }
  return false;
}

function guessLayout(lines: readonly SourceLine[], template: Layout | undefined): Layout {
  if (template) return template;
  const widths = lines
    .filter((l) => l.text.includes('\t'))
    .map((l) => splitCells(l.text).filter((c) => c !== '').length);
  const wide = widths.filter((w) => w >= 6).length;
  return wide > widths.length / 2 ? 'sau-ro' : 'phu-luc';
}

/**
 * Locates the appendix table in the pasted text (the table alone or the whole plan). The first
 * task-table header decides the layout; without one, the layout is the template's or is guessed.
 */
export function locateTable(lines: readonly SourceLine[], template?: Layout): LocatedTable {
  const repairs: Repair[] = [];
  const warnings: ImportWarning[] = [];
  let headerIndex = -1;
  let layout: Layout | undefined;
  for (let i = 0; i < lines.length && layout === undefined; i++) {
    const line = lines[i]?.text ?? '';
    if (!line.includes('\t')) continue;
    layout = headerLayout(splitCells(line));
    if (layout) headerIndex = i;
  }
  const fromHeader = layout !== undefined;
  let headers: string[] = [];
  let start: number;
  if (layout !== undefined) {
    headers = splitCells(lines[headerIndex]?.text ?? '');
    start = headerIndex + 1;
  } else {
    layout = guessLayout(lines, template);
    start = lines.findIndex((l) => l.text.includes('\t'));
    if (start < 0) {
      warnings.push({
        message:
          'Không tìm thấy bảng phụ lục: hãy dán cả bảng, các ô cách nhau bằng dấu Tab (sao chép từ Word hoặc Excel).',
      });
      return { layout, fromHeader, headers, roles: [], rows: [], repairs, warnings };
    }
    warnings.push({
      message: `Không tìm thấy dòng tiêu đề của bảng phụ lục; đọc bảng theo mẫu ${LAYOUT_NAMES[layout]}.`,
      line: lines[start]?.line ?? start + 1,
    });
  }
  const roles = headers.length > 0 ? columnRoles(headers) : [...DEFAULT_ROLES[layout]];

  const rows: TableRow[] = [];
  let afterBreak = false;
  // Column numbers come under the header, or first when the table was pasted without it.
  let afterHeader = true;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]?.text ?? '';
    const lineNo = lines[i]?.line ?? i + 1;
    if (line.trim() === '') {
      afterBreak = true;
      continue;
    }
    if (!line.includes('\t')) {
      if (/^[\s*#]*phụ lục\b/iu.test(line) || !tableContinues(lines, i + 1)) break;
      rows.push({ line: lineNo, cells: untabbedCells(line, layout), afterBreak });
      afterBreak = false;
      afterHeader = false;
      continue;
    }
    const cells = splitCells(line);
    // A repeated header: the same heading words as the header announce the same layout, so the
    // layout test alone finds it (without a header, no line announces a layout).
    if (headerLayout(cells) === layout) {
      repairs.push({
        kind: 'repeatedHeader',
        message: `Bỏ tiêu đề bảng lặp lại (dòng ${lineNo})`,
        line: lineNo,
      });
      afterBreak = true;
      afterHeader = true;
      continue;
    }
    if (afterHeader && isColumnNumberRow(cells)) {
      repairs.push({
        kind: 'columnNumbers',
        message: `Bỏ dòng đánh số cột (dòng ${lineNo})`,
        line: lineNo,
      });
      continue;
    }
    if (headerLayout(cells) !== undefined || looksLikeOtherHeader(cells)) break;
    if (cells.every((c) => c === '')) {
      afterBreak = true;
      continue;
    }
    rows.push({ line: lineNo, cells, afterBreak });
    afterBreak = false;
    afterHeader = false;
  }
  return {
    layout,
    fromHeader,
    ...(headerIndex >= 0 ? { headerLine: lines[headerIndex]?.line ?? headerIndex + 1 } : {}),
    headers,
    roles,
    rows,
    repairs,
    warnings,
  };
}
