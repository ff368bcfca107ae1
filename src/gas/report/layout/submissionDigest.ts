// What a submission's digest covers, as one canonical text: the unit and period cells, and every
// block's header and rows with their number formats (a % cell reads 0.7 as 70). The rows above the
// blocks (state, send-backs, the "Nộp báo cáo" box and its result) are not covered: the add-on
// writes them itself. Trailing blank cells do not count, so typing far to the right of a block
// does not change it. No services.
import type { ParsedBlock, ParsedRow, ParsedSheet } from './submissionRead.ts';

function cell(v: unknown): unknown {
  if (v instanceof Date) return { d: v.getTime() };
  if (v === null || v === undefined) return '';
  return v;
}

function trimmed(cells: readonly unknown[], formats: readonly string[]): [unknown[], string[]] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] === '' || cells[end - 1] === null)) end--;
  const values = cells.slice(0, end).map(cell);
  return [values, values.map((v, i) => (v === '' ? '' : (formats[i] ?? '')))];
}

function rowText(r: ParsedRow): unknown[] {
  const [values, formats] = trimmed(r.cells, r.formats);
  return [r.row, values, formats];
}

function blockText(b: ParsedBlock): unknown[] {
  return [b.role, b.titleRow, b.headerRow, trimmed(b.header, [])[0], b.rows.map(rowText)];
}

export function canonicalSubmission(parsed: ParsedSheet): string {
  return JSON.stringify([parsed.unitText, parsed.periodText, parsed.blocks.map(blockText)]);
}

/** One entry's row, by its input cells (for send-backs: was the entry changed?). */
export function canonicalRow(r: ParsedRow): string {
  const [values, formats] = trimmed(r.cells, r.formats);
  return JSON.stringify([values, formats]);
}

/**
 * A short fingerprint of one entry's row (FNV-1a, two 32-bit halves): enough to tell whether a
 * unit changed an entry that was sent back. Not a security digest; the submission's is SHA-256.
 */
export function rowFingerprint(r: ParsedRow): string {
  const text = canonicalRow(r);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
