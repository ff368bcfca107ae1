// Tables whose columns are aligned with spaces, as PDF viewers and `pdftotext -layout` give them,
// turned into the tab-separated rows a Word paste gives. Column boundaries come from the header
// line(s) and from the gaps that run down the page; wrapped cells are joined into their row;
// page numbers, form feeds and repeated headers are dropped, and each drop is listed.
import type { SourceLine } from './appendixLines.ts';
import type { Repair } from './appendixTable.ts';
import { wordKey } from '../text/text.ts';

/** Whether the texts of a header row's cells announce a table the caller reads. */
export type HeaderTest = (cells: readonly string[]) => boolean;

export interface SpacedTables {
  /** The lines, each space-aligned table replaced by tab-separated rows. */
  lines: SourceLine[];
  repairs: Repair[];
  /** How many space-aligned tables were found. */
  tables: number;
  /** The source lines each table took, header to last line (1-based, inclusive). */
  ranges: Array<{ from: number; to: number }>;
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

interface Label {
  start: number;
  end: number;
  texts: string[];
}

const MAX_HEADER_LINES = 4;
/** Two or more spaces separate cells on a line; one space separates words. */
const CELL_GAP = /\S+(?: \S+)*/g;

/** A line as pdftotext gives it: form feed first on a page's first line, NBSPs, NFD letters. */
function plainLine(text: string): { text: string; formFeed: boolean } {
  const formFeed = text.includes('\f');
  return {
    text: text
      .replace(/\f/g, '')
      .replace(/[\u00a0\t]/g, ' ')
      .normalize('NFC')
      .replace(/\s+$/, ''),
    formFeed,
  };
}

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const m of text.matchAll(CELL_GAP))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Header labels from up to four header lines: segments stacked over one another are one label. */
function clusterLabels(lines: readonly string[]): Label[] {
  const labels: Label[] = [];
  for (const line of lines)
    for (const seg of segments(line)) {
      let best: Label | undefined;
      let bestOverlap = -3;
      for (const l of labels) {
        const o = overlap(l, seg);
        if (o > bestOverlap) {
          best = l;
          bestOverlap = o;
        }
      }
      if (best && bestOverlap > -3) {
        best.start = Math.min(best.start, seg.start);
        best.end = Math.max(best.end, seg.end);
        best.texts.push(seg.text);
      } else labels.push({ start: seg.start, end: seg.end, texts: [seg.text] });
    }
  labels.sort((a, b) => a.start - b.start);
  // Labels that now overlap (a wide second line under two short ones) are one column.
  const merged: Label[] = [];
  for (const l of labels) {
    const last = merged[merged.length - 1];
    if (last && overlap(last, l) > 0) {
      last.end = Math.max(last.end, l.end);
      last.texts.push(...l.texts);
    } else merged.push({ ...l, texts: [...l.texts] });
  }
  return merged;
}

const labelText = (l: Label): string => l.texts.join(' ');

interface Header {
  /** Index (into the lines) of the first and one past the last header line. */
  from: number;
  to: number;
  labels: Label[];
  /** Word keys of the header lines, to spot the header repeated on later pages. */
  keys: string[];
}

/** A header that starts at line i: the fewest lines whose labels pass the test, then its tail. */
function headerAt(plain: readonly string[], i: number, isHeader: HeaderTest): Header | undefined {
  if (segments(plain[i] ?? '').length < 2) return undefined;
  for (let h = 1; h <= MAX_HEADER_LINES && i + h <= plain.length; h++) {
    const block = plain.slice(i, i + h);
    if (block.some((l) => l.trim() === '')) return undefined;
    const labels = clusterLabels(block);
    if (labels.length < 3 || !isHeader(labels.map(labelText))) continue;
    // Later lines made only of short pieces under the labels, none in the first column
    // ("hoàn thành" under "Thời gian"), finish the header.
    let to = i + h;
    const second = labels[1]?.start ?? 0;
    while (to < i + MAX_HEADER_LINES && to < plain.length) {
      const segs = segments(plain[to] ?? '');
      const tail =
        segs.length > 0 &&
        (segs[0]?.start ?? 0) >= second &&
        segs.every((s) => s.text.split(' ').length <= 3 && labels.some((l) => overlap(l, s) > 0));
      if (!tail) break;
      to++;
    }
    const lines = plain.slice(i, to);
    return { from: i, to, labels: clusterLabels(lines), keys: lines.map(wordKey) };
  }
  return undefined;
}

/** "12", "- 12 -", "Trang 12", "12/30": a page number line. */
function isPageNumber(text: string): boolean {
  return /^(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–])?$/iu.test(text.trim());
}

/** Lines that close the table: the plan's signature block, another appendix, the closing words. */
function endsTable(text: string): boolean {
  return /^\s*(?:phụ lục|nơi nhận|tm\.|kt\.|trên đây|\(kèm theo)/iu.test(text);
}

/** "(1) (2) (3)…" or "1 2 3 4 5" under a header. */
function isColumnNumbers(text: string): boolean {
  const parts = text.trim().split(/\s+/);
  return (
    parts.length >= 3 &&
    parts.every((p, k) => {
      const m = /^\(?(\d{1,2})\)?$/.exec(p);
      return m !== null && Number(m[1]) === k + 1;
    })
  );
}

/**
 * Where each column starts: between two labels, the run of character positions no data line
 * writes in (or the fewest do), widest first, then rightmost; the next column starts after it.
 */
function boundaries(labels: readonly Label[], data: readonly string[]): number[] {
  const width = Math.max(0, ...data.map((l) => l.length), ...labels.map((l) => l.end));
  const occ = new Array<number>(width + 1).fill(0);
  for (const line of data)
    for (let x = 0; x < line.length; x++) if (line[x] !== ' ') occ[x] = (occ[x] ?? 0) + 1;
  const cuts: number[] = [0];
  for (let k = 1; k < labels.length; k++) {
    const a = labels[k - 1];
    const b = labels[k];
    if (!a || !b) continue;
    const lo = Math.max(a.end, (cuts[cuts.length - 1] ?? 0) + 1);
    const hi = Math.max(lo, b.start);
    let min = Infinity;
    for (let x = lo; x <= hi; x++) min = Math.min(min, occ[x] ?? 0);
    let best = { from: hi, to: hi };
    for (let x = lo; x <= hi; x++) {
      if ((occ[x] ?? 0) !== min) continue;
      let y = x;
      while (y + 1 <= hi && (occ[y + 1] ?? 0) === min) y++;
      if (y - x >= best.to - best.from) best = { from: x, to: y };
      x = y;
    }
    cuts.push(Math.min(best.to + 1, hi));
  }
  return cuts;
}

/** A cut that falls inside a word moves to the nearest space (at most three positions away). */
function cutAt(line: string, x: number): number {
  const inWord = (p: number): boolean =>
    p > 0 && line[p - 1] !== ' ' && line[p] !== ' ' && p < line.length;
  if (!inWord(x)) return x;
  for (let d = 1; d <= 3; d++) {
    if (line[x - d] === ' ') return x - d + 1;
    if (line[x + d] === ' ') return x + d + 1;
  }
  return x;
}

function cellsOf(line: string, cuts: readonly number[]): string[] {
  const at = cuts.map((c, k) => (k === 0 ? 0 : cutAt(line, c)));
  return at.map((c, k) =>
    line
      .slice(c, at[k + 1] ?? line.length)
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** A piece of text a row's first column opens with: a number, a Roman numeral, a letter item. */
function opensRow(cell: string): boolean {
  return /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.?|[a-zđ][.)])$/u.test(cell);
}

/** Joins a wrapped line onto the cell above: one space, or none after a word cut at a hyphen. */
function joinCell(before: string, after: string): string {
  if (after === '') return before;
  if (before === '') return after;
  return /\p{L}-$/u.test(before) ? `${before}${after}` : `${before} ${after}`;
}

/** Does a line cross two column boundaries in one run of text (prose below the table)? */
function isProse(line: string, cuts: readonly number[]): boolean {
  return segments(line).some((s) => cuts.filter((c) => c > s.start && c < s.end).length >= 2);
}

interface Row {
  line: number;
  cells: string[];
}

/** The lines of one table: from below its header to the first line that is not the table's. */
function tableEnd(
  lines: readonly SourceLine[],
  texts: readonly string[],
  header: Header,
  isHeader: HeaderTest,
): number {
  let end = header.to;
  for (; end < lines.length; end++) {
    const text = texts[end] ?? '';
    if (lines[end]?.text.includes('\t') || endsTable(text)) break;
    if (text.trim() === '' || isPageNumber(text) || wordKey(text) === header.keys[0]) continue;
    const other = headerAt(texts, end, isHeader);
    if (other && other.keys[0] !== header.keys[0]) break;
  }
  return end;
}

/**
 * Finds the space-aligned tables in the lines (only lines without tabs are looked at) and
 * returns the lines with each table as a tab-separated header and rows. A table whose first
 * column is TT/STT gets one row per number, its wrapped lines joined cell by cell; a row cut by
 * a page break is left in two, after a blank line, so the reader joins it and lists the repair.
 * Never throws.
 */
export function tabifySpacedTables(
  lines: readonly SourceLine[],
  isHeader: HeaderTest,
): SpacedTables {
  const plain = lines.map((l) =>
    l.text.includes('\t') ? { text: '', formFeed: false } : plainLine(l.text),
  );
  const texts = plain.map((p) => p.text);
  const out: SourceLine[] = [];
  const repairs: Repair[] = [];
  let tables = 0;
  const ranges: SpacedTables['ranges'] = [];
  let i = 0;
  const lineNo = (k: number): number => lines[k]?.line ?? k + 1;
  const repair = (kind: string, message: string, k: number): void => {
    repairs.push({ kind, message: `${message} (dòng ${lineNo(k)})`, line: lineNo(k) });
  };
  while (i < lines.length) {
    const header = lines[i]?.text.includes('\t') ? undefined : headerAt(texts, i, isHeader);
    if (!header) {
      const l = lines[i];
      if (l) out.push(l);
      i++;
      continue;
    }
    tables++;
    const headerCells = header.labels.map(labelText);
    const hasOrdinal = /^(?:s?tt|so tt)$/.test(wordKey(headerCells[0] ?? ''));
    const end = tableEnd(lines, texts, header, isHeader);
    const dataLine = (k: number): boolean => {
      const t = texts[k] ?? '';
      return t.trim() !== '' && !isPageNumber(t) && !header.keys.includes(wordKey(t));
    };
    const body: number[] = [];
    for (let k = header.to; k < end; k++) if (dataLine(k)) body.push(k);
    // Prose right after the table (one run of words across columns) ends it.
    const first = boundaries(
      header.labels,
      body.map((k) => texts[k] ?? ''),
    );
    const prose = body.find((k) => isProse(texts[k] ?? '', first));
    const stop = prose ?? end;
    const cuts = boundaries(
      header.labels,
      body.filter((k) => k < stop).map((k) => texts[k] ?? ''),
    );
    repair(
      'spacedTable',
      `Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): ${cuts.length} cột`,
      header.from,
    );
    out.push({ text: headerCells.join('\t'), line: lineNo(header.from) });

    const rows: Array<Row | 'break'> = [];
    let current: Row | undefined;
    let broken = false;
    for (let k = header.to; k < stop; k++) {
      const text = texts[k] ?? '';
      if (plain[k]?.formFeed) {
        repair('formFeed', 'Bỏ dấu sang trang', k);
        broken = true;
      }
      if (text.trim() === '') continue;
      if (isPageNumber(text)) {
        repair('pageNumber', `Bỏ số trang «${text.trim()}»`, k);
        broken = true;
        continue;
      }
      if (wordKey(text) === header.keys[0]) {
        // The header again at the top of a page: all its lines go.
        let n = 1;
        while (n < header.keys.length && wordKey(texts[k + n] ?? '') === header.keys[n]) n++;
        repair('repeatedHeader', 'Bỏ tiêu đề bảng lặp lại', k);
        k += n - 1;
        broken = true;
        continue;
      }
      if (isColumnNumbers(text)) {
        repair('columnNumbers', 'Bỏ dòng đánh số cột', k);
        continue;
      }
      const cells = cellsOf(text, cuts);
      const opens = hasOrdinal ? opensRow(cells[0] ?? '') : true;
      if (current && !opens && !broken) {
        current.cells = current.cells.map((c, n) => joinCell(c, cells[n] ?? ''));
        continue;
      }
      if (current) rows.push(current);
      if (broken && current) rows.push('break');
      current = { line: lineNo(k), cells };
      broken = false;
    }
    if (current) rows.push(current);
    for (const r of rows)
      out.push(
        r === 'break'
          ? { text: '', line: out[out.length - 1]?.line ?? 0 }
          : { text: r.cells.join('\t'), line: r.line },
      );
    ranges.push({ from: lineNo(header.from), to: lineNo(Math.max(header.from, stop - 1)) });
    i = stop;
  }
  return { lines: out, repairs, tables, ranges };
}
