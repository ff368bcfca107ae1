// Makes a "PDF text" fixture the way an officer gets one: a table printed to PDF by Chromium
// (header row repeated on every page, cells wrapped, rows allowed to break across pages), then
// `pdftotext -layout`. Needs /usr/bin/chromium and pdftotext (Debian: poppler-utils).
//
//   npx tsx scripts/pdf-text-fixture.ts <paste.txt> <out.txt> [--start "TT"] [--title "…"]
//        [--widths 6,52,18,18,12] [--font 10.5] [--page-height 150]
//
// paste.txt: a Word paste (tab-separated cells). The table starts at the first line beginning with
// --start (default: the first line with a tab); a row with an empty first cell is the rest of the
// row above (a page break of the original document) and is joined back onto it, cell by cell.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: pdf-text-fixture.ts <rows.tsv> <out.txt>');
  const start = flag('start', '');
  const all = readFileSync(input, 'utf8').split('\n');
  const from = all.findIndex((l) => l.includes('\t') && l.startsWith(start));
  const [header = [], ...pieces] = all
    .slice(Math.max(0, from))
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t').map((c) => c.trim()));
  const rows: string[][] = [];
  for (const p of pieces) {
    const last = rows[rows.length - 1];
    if (p[0] === '' && last)
      header.forEach((_, i) => {
        const add = p[i] ?? '';
        if (add !== '') last[i] = last[i] ? `${last[i]} ${add}` : add;
      });
    else rows.push(p);
  }
  const widths = flag('widths', '6,52,18,18,12').split(',').map(Number);
  const font = Number(flag('font', '10.5'));
  const pageHeight = Number(flag('page-height', '150'));
  const title = flag('title', '');
  const cells = (r: string[], tag: string): string =>
    header
      .map((_, i) => `<${tag} style="width:${widths[i] ?? 10}%">${escape(r[i] ?? '')}</${tag}>`)
      .join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: 210mm ${pageHeight}mm; margin: 12mm 10mm 16mm 10mm; }
    body { font-family: 'DejaVu Serif', serif; font-size: ${font}pt; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; }
    th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
    th { text-align: center; vertical-align: middle; font-weight: bold; }
    tr { break-inside: auto; }
    h1 { font-size: ${font + 1}pt; text-align: center; }
  </style></head><body>
  ${title ? `<h1>${escape(title)}</h1>` : ''}
  <table><thead><tr>${cells(header, 'th')}</tr></thead>
  <tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n')}</tbody></table>
  </body></html>`;
  const dir = mkdtempSync(join(tmpdir(), 'pdf-fixture-'));
  const pdf = join(dir, 'table.pdf');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({
      path: pdf,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:9pt"><span class="pageNumber"></span></div>',
    });
  } finally {
    await browser.close();
  }
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
  });
  writeFileSync(output, text);
  process.stdout.write(`${output}: ${text.split('\f').length - 1} pages\n`);
}

void main();
