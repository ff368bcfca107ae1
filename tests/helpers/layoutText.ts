// A table laid out as `pdftotext -layout` gives it, for property tests: each column at a fixed
// position, cells wrapped onto several lines, the header repeated after each page break, page
// numbers, form feeds. Real PDF text comes from scripts/pdf-text-fixture.ts; this one is made in
// memory, so that thousands of random tables can be tried.

export interface LayoutOptions {
  /** Width of each column in characters. */
  widths: readonly number[];
  /** Spaces between two columns (pdftotext leaves at least one). */
  gap?: number;
  /** Lines of table per page, header included. */
  pageLines?: number;
}

/** Greedy word wrap; a word longer than the width stands alone on its line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function place(cells: readonly string[], widths: readonly number[], gap: number): string {
  let out = '';
  let x = 0;
  cells.forEach((c, k) => {
    if (c !== '') out = out.padEnd(x, ' ') + c;
    x += (widths[k] ?? 0) + gap;
  });
  return out.replace(/\s+$/, '');
}

/** Lines of one row: every cell wrapped to its column, top-aligned. */
function rowLines(cells: readonly string[], widths: readonly number[], gap: number): string[] {
  const wrapped = widths.map((w, k) => wrap(cells[k] ?? '', w));
  const height = Math.max(1, ...wrapped.map((w) => w.length));
  return Array.from({ length: height }, (_, i) =>
    place(
      wrapped.map((w) => w[i] ?? ''),
      widths,
      gap,
    ),
  );
}

/** The table as space-aligned text, rows broken across pages wherever the page ends. */
export function layoutTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  opts: LayoutOptions,
): string {
  const gap = opts.gap ?? 3;
  const pageLines = opts.pageLines ?? 30;
  const head = rowLines(header, opts.widths, gap);
  const body = rows.flatMap((r) => rowLines(r, opts.widths, gap));
  const out: string[] = [];
  let page = 1;
  let used = pageLines;
  for (const line of body) {
    if (used >= pageLines) {
      if (page > 1 || out.length > 0) {
        out.push('', '', `${' '.repeat(30)}${page - 1}`);
        out.push(`\f${head[0] ?? ''}`, ...head.slice(1));
      } else out.push(...head);
      used = head.length;
      page++;
    }
    out.push(line);
    used++;
  }
  return out.join('\n');
}
