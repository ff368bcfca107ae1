// Pasted text as table lines and cells. Word gives one line per row with tab-separated cells;
// Excel and Sheets also quote a cell that holds line breaks, tabs or quotes ("…\n…", "" for ").
import { collapseSpaces } from '../text/text.ts';

export interface SourceLine {
  text: string;
  /** 1-based number of the line's first physical line in the pasted text. */
  line: number;
}

const MAX_QUOTED_LINES = 30;

/**
 * Index of the quote closing a quoted cell opened before `from`, when it ends the cell (a tab or
 * the end follows); -1 when the text ends first; -2 when a stray quote shows it was not quoted.
 */
function closingQuote(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    if (s[k] !== '"') continue;
    if (s[k + 1] === '"') {
      k++;
      continue;
    }
    return k + 1 === s.length || s[k + 1] === '\t' ? k : -2;
  }
  return -1;
}

/** True when the line ends inside a quoted cell (its closing quote is on a later line). */
function endsInsideQuote(line: string): boolean {
  let k = 0;
  while (k < line.length) {
    if (line[k] === '"') {
      const close = closingQuote(line, k + 1);
      if (close === -1) return true;
      if (close >= 0) {
        k = close + 2;
        continue;
      }
    }
    const tab = line.indexOf('\t', k);
    if (tab < 0) return false;
    k = tab + 1;
  }
  return false;
}

/** Lines of the pasted text, a quoted multi-line cell kept on the line of its row. */
export function splitSourceLines(text: string): SourceLine[] {
  const physical = text.split(/\r\n|\r|\n/);
  const out: SourceLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    let current = physical[i] ?? '';
    const line = i + 1;
    if (current.includes('"') && endsInsideQuote(current)) {
      let joined = current;
      let j = i + 1;
      for (; j < physical.length && j - i <= MAX_QUOTED_LINES; j++) {
        joined += `\n${physical[j] ?? ''}`;
        if (!endsInsideQuote(joined)) break;
      }
      if (j < physical.length && !endsInsideQuote(joined)) {
        current = joined;
        i = j;
      }
    }
    out.push({ text: current, line });
  }
  return out;
}

/**
 * Cells of a line: tab-separated, NFC, single spaces. A cell quoted because it holds a line break,
 * a tab or a doubled quote is unquoted; other quotes are text.
 */
export function splitCells(line: string): string[] {
  const cells: string[] = [];
  let k = 0;
  for (;;) {
    if (line[k] === '"') {
      const close = closingQuote(line, k + 1);
      const inner = close >= 0 ? line.slice(k + 1, close) : '';
      if (close >= 0 && /[\n\t]|""/.test(inner)) {
        cells.push(inner.replace(/""/g, '"'));
        if (close + 1 >= line.length) break;
        k = close + 2;
        continue;
      }
    }
    const tab = line.indexOf('\t', k);
    if (tab < 0) {
      cells.push(line.slice(k));
      break;
    }
    cells.push(line.slice(k, tab));
    k = tab + 1;
  }
  return cells.map((c) => collapseSpaces(c.normalize('NFC')));
}

/**
 * "1 | 2 | 3 | 4 | 5", "(1) | (2) | …", "1. | 2. | …" or "Cột 1 | Cột 2 | …": the column numbers
 * some tables print under the header (cells of a pasted row, or the words of a PDF line).
 */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return (
    filled.length >= 3 &&
    filled.every((c, i) => {
      const m = /^(?:Cột )?\(?(\d{1,2})\)?\.?$/u.exec(c);
      return m !== null && Number(m[1]) === i + 1;
    })
  );
}
