// Tables whose columns are aligned with spaces, as PDF viewers and `pdftotext -layout` give them,
// turned into the tab-separated rows a Word paste gives. Column boundaries come from the header
// line(s) and from the gaps that run down the page; wrapped cells are joined into their row;
// page numbers, form feeds and repeated headers are dropped, and each drop is listed.
import { isColumnNumberRow, type SourceLine } from './appendixLines.ts';
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

const MAX_HEADER_LINES = 6;
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
  const labels: Array<Label & { rows: Set<number> }> = [];
  lines.forEach((line, row) => {
    for (const seg of segments(line)) {
      // Stacked pieces (a label over several lines, a little off) are one label; two pieces of
      // the same line never are.
      let best: (typeof labels)[number] | undefined;
      let bestOverlap = -3;
      for (const l of labels) {
        const o = overlap(l, seg);
        if (!l.rows.has(row) && o > bestOverlap) {
          best = l;
          bestOverlap = o;
        }
      }
      if (best) {
        best.start = Math.min(best.start, seg.start);
        best.end = Math.max(best.end, seg.end);
        best.texts.push(seg.text);
        best.rows.add(row);
      } else
        labels.push({ start: seg.start, end: seg.end, texts: [seg.text], rows: new Set([row]) });
    }
  });
  labels.sort((a, b) => a.start - b.start);
  // Labels that now overlap (a wide second line under two short ones) are one column.
  const merged: Label[] = [];
  for (const l of labels) {
    const last = merged[merged.length - 1];
    if (last && overlap(last, l) > 0) {
      last.end = Math.max(last.end, l.end);
      last.texts.push(...l.texts);
    } else merged.push({ start: l.start, end: l.end, texts: [...l.texts] });
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
  // A header's first line may hold one word only ("Thời" of a label centred over five lines).
  if (segments(plain[i] ?? '').length === 0) return undefined;
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

/** "12", "- 12 -", "Trang 12", "12/30": the text of a page number line. */
function pageNumberText(text: string): boolean {
  return /^(?:[-–]\s*\d{1,3}\s*[-–]|(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?)$/iu.test(text.trim());
}

/**
 * A page number: its text, set apart by a blank line above, or with the next page (a form feed)
 * or the end right after it. A wrapped cell line holding just "12" is neither.
 */
function pageNumberAt(
  plain: ReadonlyArray<{ text: string; formFeed: boolean }>,
  k: number,
): boolean {
  if (!pageNumberText(plain[k]?.text ?? '')) return false;
  if ((plain[k - 1]?.text ?? '').trim() === '') return true;
  for (let j = k + 1; j < plain.length; j++) {
    if (plain[j]?.formFeed) return true;
    if ((plain[j]?.text ?? '').trim() !== '') return false;
  }
  return true;
}

/** Lines that close the table: the plan's signature block, another appendix, the closing words. */
function endsTable(text: string): boolean {
  return /^\s*(?:phụ lục|nơi nhận|tm\.|kt\.|trên đây|\(kèm theo)/iu.test(text);
}

/**
 * Where each column starts: between two labels (the end of one, the start of the next), the
 * widest run of positions no data line of the page writes in (or the fewest do); the next column
 * starts after it. Each line is then fitted to these (see cellsOf).
 */
function labelCuts(labels: readonly Label[], occ: readonly number[]): number[] {
  const cuts: number[] = [0];
  for (let k = 1; k < labels.length; k++) {
    const a = labels[k - 1];
    const b = labels[k];
    if (!a || !b) continue;
    // Labels come sorted and apart (clusterLabels merged those that overlap), and each cut is at
    // most its label's start: the run searched is the gap between the two labels.
    const lo = a.end;
    const hi = b.start;
    let min = Infinity;
    for (let x = lo; x <= hi; x++) min = Math.min(min, occ[x] ?? 0);
    // The first run two or more wide (further right, a column of short texts such as "Thường
    // xuyên" leaves empty positions inside itself); else the widest.
    let best: { from: number; to: number } | undefined;
    let widest = { from: hi, to: hi };
    for (let x = lo; x <= hi; x++) {
      if ((occ[x] ?? 0) !== min) continue;
      let y = x;
      while (y + 1 <= hi && (occ[y + 1] ?? 0) === min) y++;
      if (!best && y > x) best = { from: x, to: y };
      if (y - x >= widest.to - widest.from) widest = { from: x, to: y };
      x = y;
    }
    cuts.push(Math.min((best ?? widest).to + 1, hi));
  }
  return cuts;
}

function boundaries(labels: readonly Label[], data: readonly string[]): number[] {
  const width = Math.max(0, ...data.map((l) => l.length), ...labels.map((l) => l.end)) + 1;
  const occ = new Array<number>(width).fill(0);
  for (const line of data)
    for (let x = 0; x < line.length; x++) if (line[x] !== ' ') occ[x] = (occ[x] ?? 0) + 1;
  return labelCuts(labels, occ);
}

/** How far left of its column a cell's text may start (pdftotext's rounding). */
const SLACK = 3;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

function isDash(ch: string | undefined): boolean {
  return ch !== undefined && /[-–—]/u.test(ch);
}

/**
 * Where, inside a run of words that reaches past boundary c, the next cell visibly starts: the
 * nearest word to c that opens with a capital ("… công nghệ Văn phòng"), or a lone dash before one
 * ("… hiệu quả – Xã hội"). -1 when nothing shows a new cell: the run stays whole.
 */
function cellStart(
  line: string,
  c: number,
  from: number,
  end: number,
  above: readonly number[],
): number {
  const glued = end > c;
  // Aim where this cell started on the lines above, if it did; else at the page's boundary.
  const aim = above.reduce((a, x) => (Math.abs(x - c) < Math.abs(a - c) ? x : a), above[0] ?? c);
  let best = -1;
  for (let p = Math.max(from + 1, c - 5); p <= Math.min(end - 1, c + 2); p++) {
    if (line[p - 1] !== ' ' || line[p] === ' ') continue;
    const wordEnd = p + (/^\S+/.exec(line.slice(p))?.[0].length ?? 0);
    const opens =
      (glued && isUpper(line[p])) ||
      (glued && isDash(line[p]) && line[p + 1] === ' ' && isUpper(line[p + 2])) ||
      // Under where the same cell started on the row's lines above ("Hàng" / "năm"), and
      // reaching the boundary: the last word of the cell above is not that far right.
      (wordEnd >= c - 1 &&
        /[\p{L}\p{N}]/u.test(line[p] ?? '') &&
        above.some((x) => Math.abs(p - x) <= 2));
    if (opens && (best < 0 || Math.abs(p - aim) < Math.abs(best - aim))) best = p;
  }
  if (best > from + 2 && isDash(line[best - 2]) && line[best - 1] === ' ' && line[best - 3] === ' ')
    best -= 2;
  return best;
}

/**
 * The cells of one line. Each run of words (runs are two or more spaces apart) goes to the column
 * it starts in; a run that reaches past the next boundary is split there only where a new cell
 * visibly starts, since pdftotext may leave a single space between two cells.
 */
function cellsOf(line: string, cuts: readonly number[], starts: number[][] = []): string[] {
  const cells = cuts.map(() => '');
  const colOf = (x: number): number => {
    let k = 0;
    for (let j = 1; j < cuts.length; j++) if ((cuts[j] ?? 0) - SLACK <= x) k = j;
    return k;
  };
  const put = (col: number, from: number, text: string): void => {
    const t = text.trim();
    if (t === '') return;
    cells[col] = cells[col] === '' ? t : `${cells[col] ?? ''} ${t}`;
    (starts[col] ??= []).push(from);
  };
  let lastCol = -1;
  let lastEnd = -1;
  for (const seg of segments(line)) {
    let from = seg.start;
    let col = colOf(seg.start);
    // A run set apart (three spaces or more) from one already in this column, close before the
    // next column: it is that column's text, printed a little left ("Các phòng,      Thường").
    const next = cuts[col + 1];
    if (col === lastCol && seg.start - lastEnd >= 3 && next !== undefined && next - seg.start <= 8)
      col++;
    for (let j = col + 1; j < cuts.length; j++) {
      const c = cuts[j] ?? 0;
      if (seg.end <= c - 1) break;
      const at = cellStart(line, c, from, seg.end, starts[j] ?? []);
      if (at < 0) continue;
      put(col, from, line.slice(from, at));
      from = at;
      col = j;
    }
    put(col, from, line.slice(from, seg.end));
    lastCol = col;
    lastEnd = seg.end;
  }
  return cells.map((c) => c.replace(/\s+/g, ' '));
}

/** A piece of text a row's first column opens with: a number, a Roman numeral, a letter item. */
function opensRow(cell: string): boolean {
  return /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.?|[a-zđ][.)])$/u.test(cell);
}

/** Joins a wrapped line onto the cell above: one space, or none after a word cut at a hyphen. */
function joinCell(before: string, after: string): string {
  if (after === '') return before;
  if (before === '') return after;
  return /[\p{L}\p{N}]-$/u.test(before) ? `${before}${after}` : `${before} ${after}`;
}

/** Does a line cross three column boundaries in one run of text (prose below the table)? */
function isProse(line: string, cuts: readonly number[]): boolean {
  return segments(line).some((s) => cuts.filter((c) => c > s.start && c < s.end).length >= 3);
}

/** The lines of one table: from below its header to the first line that is not the table's. */
function tableEnd(
  lines: readonly SourceLine[],
  plain: ReadonlyArray<{ text: string; formFeed: boolean }>,
  header: Header,
  isHeader: HeaderTest,
): number {
  const texts = plain.map((p) => p.text);
  // Once the header has been repeated at the top of a page, a new page without it starts
  // something else ("III. NHIỆM VỤ, GIẢI PHÁP" after the KPI table).
  let repeated = false;
  let pageBreak = -1;
  let end = header.to;
  for (; end < lines.length; end++) {
    const text = texts[end] ?? '';
    if (lines[end]?.text.includes('\t') || endsTable(text)) break;
    if (plain[end]?.formFeed) pageBreak = end;
    if (text.trim() === '') continue;
    if (pageNumberAt(plain, end)) {
      pageBreak = end;
      continue;
    }
    if (wordKey(text) === header.keys[0]) {
      repeated = true;
      pageBreak = -1;
      continue;
    }
    // Another table's header ends this one; but the last rows of a page with this header repeated
    // right under them (no page number between) read as a header too: the table goes on.
    const other = headerAt(texts, end, isHeader);
    if (other && !other.keys.includes(header.keys[0] ?? '')) break;
    if (pageBreak >= 0 && repeated && header.keys.indexOf(wordKey(text)) < 0) return pageBreak;
    pageBreak = -1;
  }
  return end;
}

/**
 * Finds the space-aligned tables in the lines (only lines without tabs are looked at) and
 * returns the lines with each table as a tab-separated header and rows. Each page (each copy of
 * the header) gets its own column boundaries, since a PDF's pages need not line up. A table whose
 * first column is TT/STT gets one row per number, its wrapped lines joined cell by cell; a row cut
 * by a page break is left in two, after a blank line, so the reader joins it and lists the repair.
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
  const isData = (k: number): boolean => {
    const t = texts[k] ?? '';
    return t.trim() !== '' && !pageNumberAt(plain, k);
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
    const end = tableEnd(lines, plain, header, isHeader);
    // Pages: the header, then each copy of it.
    // A copy is the header's lines again, word for word (however spaced): no more lines, so
    // a short first line of data under it is never taken for the end of the header.
    const copies: Header[] = [header];
    for (let k = header.to; k < end; k++) {
      if (wordKey(texts[k] ?? '') !== header.keys[0]) continue;
      let n = 1;
      while (n < header.keys.length && wordKey(texts[k + n] ?? '') === header.keys[n]) n++;
      const labels = clusterLabels(texts.slice(k, k + n));
      copies.push({ from: k, to: k + n, labels, keys: header.keys.slice(0, n) });
      k += n - 1;
    }
    const pageCuts = (j: number, stop: number): number[] => {
      const h = copies[j] ?? header;
      const labels = h.labels.length === header.labels.length ? h.labels : header.labels;
      const data: string[] = [];
      for (let k = h.to; k < Math.min(copies[j + 1]?.from ?? stop, stop); k++)
        if (isData(k)) data.push(texts[k] ?? '');
      return boundaries(labels, data);
    };
    // Prose right after the table (one run of words across columns) ends it.
    const last = copies.length - 1;
    const lastCuts = pageCuts(last, end);
    // Prose: after a blank line, not opening a row, one run of words across three boundaries.
    let stop = end;
    for (let k = (copies[last]?.to ?? end) + 1; k < end; k++) {
      const text = texts[k] ?? '';
      if (!isData(k) || (texts[k - 1] ?? '').trim() !== '') continue;
      if (!opensRow(cellsOf(text, lastCuts)[0] ?? '') && isProse(text, lastCuts)) {
        stop = k;
        break;
      }
    }
    const cuts = copies.map((_, j) => pageCuts(j, stop));
    repair(
      'spacedTable',
      `Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): ${headerCells.length} cột, ${copies.length} trang`,
      header.from,
    );
    out.push({ text: headerCells.join('\t'), line: lineNo(header.from) });

    // Lines grouped into rows: a row opens with a number in the TT column (or on every line when
    // the table has none); a page break always starts a new piece.
    const groups: Array<{ page: number; lines: number[]; afterBreak: boolean }> = [];
    let broken = false;
    let page = 0;
    for (let k = header.to; k < stop; k++) {
      const text = texts[k] ?? '';
      if (plain[k]?.formFeed) {
        repair('formFeed', 'Bỏ dấu sang trang', k);
        broken = true;
      }
      const copy = copies[page + 1];
      if (copy && k === copy.from) {
        // The header again at the top of a page: all its lines go.
        page++;
        repair('repeatedHeader', 'Bỏ tiêu đề bảng lặp lại', k);
        k = copy.to - 1;
        broken = true;
        continue;
      }
      if (text.trim() === '') continue;
      if (pageNumberAt(plain, k)) {
        repair('pageNumber', `Bỏ số trang «${text.trim()}»`, k);
        broken = true;
        continue;
      }
      if (isColumnNumberRow(text.trim().split(/\s+/))) {
        repair('columnNumbers', 'Bỏ dòng đánh số cột', k);
        continue;
      }
      const first = cellsOf(text, cuts[page] ?? [0])[0] ?? '';
      const opens = hasOrdinal ? opensRow(first) : true;
      const open = groups[groups.length - 1];
      if (open && !opens && !broken) open.lines.push(k);
      else groups.push({ page, lines: [k], afterBreak: broken && open !== undefined });
      broken = false;
    }
    for (const g of groups) {
      // Where each cell of the row started, so a later line can tell its cells apart.
      const starts: number[][] = [];
      const cells = g.lines
        .map((k) => cellsOf(texts[k] ?? '', cuts[g.page] ?? [0], starts))
        .reduce((a, b) => a.map((c, n) => joinCell(c, b[n] ?? '')));
      if (g.afterBreak) out.push({ text: '', line: out[out.length - 1]?.line ?? 0 });
      out.push({ text: cells.join('\t'), line: lineNo(g.lines[0] ?? header.to) });
    }
    ranges.push({ from: lineNo(header.from), to: lineNo(Math.max(header.from, stop - 1)) });
    i = stop;
  }
  return { lines: out, repairs, tables, ranges };
}
