// A KPI table pasted from a plan ("STT | Nội dung chỉ tiêu | Đơn vị tính | Chỉ tiêu | Đơn vị chủ
// trì"), read row by row: Roman section rows, numbered rows, rows with an empty STT, columns found
// by what their headings say, headers repeated at page breaks dropped. Rules: docs/KPI.md.
import { joinText } from '../appendix/appendixDraft.ts';
import { isColumnNumberRow, splitCells, type SourceLine } from '../appendix/appendixLines.ts';
import type { Repair } from '../appendix/appendixTable.ts';
import { cleanTarget } from '../text/inline.ts';
import { wordKey } from '../text/text.ts';

export type KpiRole = 'ordinal' | 'indicator' | 'measureUnit' | 'target' | 'lead' | 'extra';

const ORDINAL = /^(?:s?tt|so tt|so thu tu)$/;
const MEASURE_UNIT = /\bdon vi tinh\b|\bdvt\b|\bdon vi do\b/;
const INDICATOR = /\bnoi dung\b|\bten chi tieu\b|\bdanh muc\b/;
const LEAD = /\bchu tri\b|\btheo doi\b|\bphu trach\b|\bdon vi\b|\bco quan\b|\btrach nhiem\b/;
const TARGET =
  /\bchi tieu\b|\bket qua\b|\bmuc tieu\b|\bke hoach\b|\bgia tri\b|\bphan dau\b|\bnam \d{4}\b/;
/** "Thực hiện năm 2025", "Ước thực hiện": the starting point, not the target. */
const BASELINE = /\bthuc hien\b|\buoc\b|\bhien trang\b|\bnam truoc\b/;
/** A deadline column makes it a task table, whatever else it has. */
const DEADLINE = /\bthoi gian\b|\bthoi han\b|\btien do\b/;

/** What each heading of a KPI table holds; undefined when the row is not a KPI table header. */
export function kpiColumnRoles(headers: readonly string[]): KpiRole[] | undefined {
  const keys = headers.map(wordKey);
  if (keys.some((k) => DEADLINE.test(k))) return undefined;
  const roles: KpiRole[] = keys.map(() => 'extra');
  const take = (role: KpiRole, test: (key: string) => boolean): number => {
    const i = keys.findIndex((k, n) => roles[n] === 'extra' && k !== '' && test(k));
    if (i >= 0) roles[i] = role;
    return i;
  };
  take('ordinal', (k) => ORDINAL.test(k));
  take('measureUnit', (k) => MEASURE_UNIT.test(k));
  let indicator = take('indicator', (k) => INDICATOR.test(k));
  if (indicator < 0) {
    // "Chỉ tiêu | ĐVT | Năm 2026": the first "chỉ tiêu" heading names the indicator when another
    // heading holds the figure.
    const first = keys.findIndex((k, n) => roles[n] === 'extra' && /\bchi tieu\b/.test(k));
    const other = keys.some(
      (k, n) => n !== first && roles[n] === 'extra' && TARGET.test(k) && !BASELINE.test(k),
    );
    if (first >= 0 && other) {
      roles[first] = 'indicator';
      indicator = first;
    }
  }
  take('lead', (k) => LEAD.test(k) && !TARGET.test(k));
  const target = take('target', (k) => TARGET.test(k) && !BASELINE.test(k));
  const measure = roles.includes('measureUnit');
  if (indicator < 0 || (target < 0 && !measure)) return undefined;
  // A table of tasks or of anything else has neither a unit of measure nor "chỉ tiêu" headings.
  if (!measure && !keys.some((k) => /\bchi tieu\b/.test(k))) return undefined;
  if (!measure && !roles.includes('ordinal') && !roles.includes('lead')) return undefined;
  return roles;
}

export function isKpiHeader(cells: readonly string[]): boolean {
  return cells.filter((c) => c.trim() !== '').length >= 3 && kpiColumnRoles(cells) !== undefined;
}

/** One row of the table that carries a target (or an indicator waiting for one). */
export interface KpiTableRow {
  /** Roman section code ('' before the first section). */
  section: string;
  /** STT as written ('' when empty). */
  ordinal: string;
  indicator: string;
  measureUnit: string;
  target: string;
  lead: string;
  /** Cells of other columns, "Heading: text". */
  notes: string[];
  /** A section row that itself carries a target ("IV | Về hệ sinh thái … | | ≥ 10 | …"). */
  sectionRow: boolean;
  line: number;
}

export interface KpiTableSection {
  code: string;
  title: string;
  line: number;
}

export interface KpiTable {
  headerLine: number;
  headers: string[];
  roles: KpiRole[];
  sections: KpiTableSection[];
  rows: KpiTableRow[];
  repairs: Repair[];
  /** Source line numbers the table covers, header to last row. */
  from: number;
  to: number;
}

function romanOf(text: string): string | undefined {
  return /^([IVXLC]{1,6})\.?$/.exec(text.trim())?.[1];
}

/** Whether one of the next few non-blank lines is a row of this table (a tab, not a header). */
function tableContinues(
  lines: readonly SourceLine[],
  from: number,
  header: (cells: readonly string[]) => boolean,
): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 3; i++) {
    const line = lines[i]?.text ?? '';
    if (line.trim() === '') continue;
    if (line.includes('\t')) return !header(splitCells(line));
    seen++;
  }
  return false;
}

/**
 * Reads the KPI table whose header is lines[start]. Stops at a line without tabs that no row
 * follows, a "Phụ lục" title, or another table's header; a copy of its own header (a page
 * break) is dropped. `otherHeader` tells a header of some other table.
 */
export function readKpiTable(
  lines: readonly SourceLine[],
  start: number,
  otherHeader: (cells: readonly string[]) => boolean,
): KpiTable & { end: number } {
  const headers = splitCells(lines[start]?.text ?? '');
  const roles = kpiColumnRoles(headers) ?? [];
  const headerKey = headers.map(wordKey).join('|');
  const col = (role: KpiRole): number => roles.indexOf(role);
  const cell = (cells: readonly string[], role: KpiRole): string => {
    const i = col(role);
    return i < 0 ? '' : (cells[i] ?? '').trim();
  };
  const headerLine = lines[start]?.line ?? start + 1;
  const table: KpiTable = {
    headerLine,
    headers,
    roles,
    sections: [],
    rows: [],
    repairs: [],
    from: headerLine,
    to: headerLine,
  };
  let section = '';
  /**
   * What a continuation row adds to: the last row, or the section title just opened (and the
   * section's own row when it carries a target).
   */
  let last:
    { row: KpiTableRow } | { section: KpiTableSection; sectionRow?: KpiTableRow } | undefined;
  let end = start + 1;
  for (; end < lines.length; end++) {
    const source = lines[end];
    if (!source) break;
    const text = source.text;
    if (text.trim() === '') continue;
    if (!text.includes('\t')) {
      const another = (cells: readonly string[]): boolean =>
        otherHeader(cells) || isKpiHeader(cells);
      if (/^[\s*#]*phụ lục\b/iu.test(text) || !tableContinues(lines, end + 1, another)) break;
      // A line the copy broke out of its cell: it continues the indicator above.
      if (last && 'row' in last) {
        last.row.indicator = joinText(last.row.indicator, text.trim());
        table.repairs.push({
          kind: 'joinedRow',
          message: `Nối dòng bị ngắt vào chỉ tiêu ở dòng ${last.row.line} (dòng ${source.line})`,
          line: source.line,
        });
      }
      table.to = source.line;
      continue;
    }
    const cells = splitCells(text);
    if (cells.map(wordKey).join('|') === headerKey) {
      table.repairs.push({
        kind: 'repeatedHeader',
        message: `Bỏ tiêu đề bảng lặp lại (dòng ${source.line})`,
        line: source.line,
      });
      continue;
    }
    if (isColumnNumberRow(cells)) {
      table.repairs.push({
        kind: 'columnNumbers',
        message: `Bỏ dòng đánh số cột (dòng ${source.line})`,
        line: source.line,
      });
      continue;
    }
    if (otherHeader(cells) || isKpiHeader(cells)) break;
    if (cells.every((c) => c.trim() === '')) continue;
    table.to = source.line;

    const ordinal = cell(cells, 'ordinal');
    const indicator = cell(cells, 'indicator');
    const measureUnit = cell(cells, 'measureUnit');
    const written = cell(cells, 'target');
    // "$\geq 10\%$", as converters leave it: the sheet shows "≥ 10%", what the plan printed.
    const target = /[$\\]/.test(written) ? cleanTarget(written) : written;
    if (target !== written)
      table.repairs.push({
        kind: 'latex',
        message: `Bỏ ký hiệu LaTeX ở chỉ tiêu «${written}» → «${target}» (dòng ${source.line})`,
        line: source.line,
      });
    const lead = cell(cells, 'lead');
    const notes = cells.flatMap((c, i) =>
      c.trim() === '' || (roles[i] ?? 'extra') !== 'extra'
        ? []
        : [
            `${headers[i] !== undefined && headers[i] !== '' ? headers[i] : `Cột ${i + 1}`}: ${c.trim()}`,
          ],
    );
    const roman = romanOf(ordinal);
    if (roman !== undefined) {
      section = roman;
      const title = indicator;
      const s = { code: roman, title, line: source.line };
      table.sections.push(s);
      last = { section: s };
      if (target !== '' || measureUnit !== '' || lead !== '') {
        const row: KpiTableRow = {
          section,
          ordinal: roman,
          indicator: title,
          measureUnit,
          target,
          lead,
          notes,
          sectionRow: true,
          line: source.line,
        };
        table.rows.push(row);
        last = { section: s, sectionRow: row };
      }
      continue;
    }
    const data = measureUnit !== '' || target !== '' || lead !== '';
    if (ordinal === '' && !data && last) {
      // Only indicator text: the rest of the cell above, cut by a page break.
      const words = [indicator, ...notes].filter((t) => t !== '').join(' ');
      if ('row' in last) {
        last.row.indicator = joinText(last.row.indicator, words);
        table.repairs.push({
          kind: 'joinedRow',
          message: `Nối dòng bị ngắt trang vào chỉ tiêu ở dòng ${last.row.line} (dòng ${source.line})`,
          line: source.line,
        });
      } else {
        last.section.title = joinText(last.section.title, words);
        if (last.sectionRow) last.sectionRow.indicator = last.section.title;
        table.repairs.push({
          kind: 'joinedRow',
          message: `Nối dòng bị ngắt trang vào tên mục ${last.section.code} (dòng ${source.line})`,
          line: source.line,
        });
      }
      continue;
    }
    const row: KpiTableRow = {
      section,
      ordinal,
      indicator,
      measureUnit,
      target,
      lead,
      notes,
      sectionRow: false,
      line: source.line,
    };
    table.rows.push(row);
    last = { row };
  }
  return { ...table, end };
}
