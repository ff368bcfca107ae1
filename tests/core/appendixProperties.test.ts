// Properties of the import: it never throws, and no word of the table is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';

const PHU_LUC_HEADER = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';
const SAU_RO_HEADER =
  'Mã Nhiệm vụ Tổng quát\tTiểu Nhiệm vụ (Con) (Rõ Việc)\tSản phẩm Đầu ra Bắt buộc (Rõ Kết quả)\tKPI Đo lường Hiệu quả (Định lượng)\tĐơn vị Chủ trì (Rõ người)\tĐơn vị phối hợp\tThời hạn hoàn thành (Rõ Thời gian)';

const VOCAB = [
  'Triển',
  'khai',
  'chuyển',
  'đổi',
  'số.',
  'Phòng',
  'VH-XH',
  'Văn',
  'hoá',
  '–',
  'Xã',
  'hội',
  'xã;',
  'Công',
  'an',
  'Quý',
  'II/2026',
  'Hằng',
  'năm',
  'các',
  'thôn,',
  'và',
  'liên',
  'quan',
  'HĐND&UBND',
  '100%',
  '(IoT)',
  '“học',
  'tập',
  'số”',
  'khoa',
  'học',
  'AI',
];

/** A word: from the plans' vocabulary, or any non-blank text starting with a letter. */
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VOCAB) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'Đ', 'ư', 'K', 'n'), fc.string({ maxLength: 5 }))
      .map(([a, b]) => `${a}${b.replace(/\s/g, '')}`),
  },
);
const cellText = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));

const phuLucRow = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 40 }), cellText, cellText, cellText, cellText)
    .map(([n, ...cells]) => [String(n), ...cells]),
  fc
    .tuple(fc.constantFrom('I', 'II', 'III', 'IV', 'VI.'), cellText)
    .map(([r, title]) => [r, title, '', '', '']),
  fc.tuple(cellText, cellText, cellText, cellText).map((cells) => ['', ...cells]),
);

const sauRoRow = fc.oneof(
  fc.array(cellText, { minLength: 7, maxLength: 7 }),
  fc.array(cellText, { minLength: 6, maxLength: 6 }).map((cells) => ['', ...cells]),
  fc.tuple(cellText, cellText).map(([a, b]) => [a, b, '', '', '', '', '']),
  fc
    .tuple(fc.constantFrom('I.', 'II.', 'III.', 'V.'), cellText)
    .map(([r, t]) => [`${r} ${t}`, '', '', '', '', '', '']),
);

/** Rows, each optionally preceded by a page break (blank line, or blank line and the header). */
function table(header: string, row: fc.Arbitrary<string[]>) {
  return fc
    .array(fc.tuple(row, fc.constantFrom('', '', '', '\n', `\n${header}`)), { maxLength: 25 })
    .map((rows) => {
      const lines = [header];
      for (const [cells, brk] of rows) {
        if (brk !== '') lines.push(...brk.split('\n'));
        lines.push(cells.join('\t'));
      }
      return { text: lines.join('\n'), rows: rows.map(([cells]) => cells) };
    });
}

/** Everything the import produced, as one text. */
function everything(r: ImportResult): string {
  const parts: string[] = [];
  for (const s of r.sections) parts.push(s.code, s.title);
  for (const t of r.tasks)
    parts.push(
      t.code,
      t.ordinal ?? '',
      t.content,
      t.rawLead,
      t.rawPartners,
      t.deadline.raw,
      t.output ?? '',
      t.kpi ?? '',
      t.notes ?? '',
    );
  return parts.join('\n');
}

function expectEveryWordKept(rows: string[][], r: ImportResult): void {
  const out = everything(r).normalize('NFC');
  for (const cells of rows)
    for (const cell of cells)
      for (const token of cell.normalize('NFC').split(/\s+/).filter(Boolean)) {
        // A section number's dot ("VI.") is punctuation, not a word.
        const wanted = /^[IVXLC]+\.$/.test(token) ? token.slice(0, -1) : token;
        expect(out, `word «${token}»`).toContain(wanted);
      }
}

describe('importAppendix properties', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(
              fc.oneof(
                fc.string(),
                fc.constantFrom('\t', '\n', '"', '""', PHU_LUC_HEADER, SAU_RO_HEADER),
              ),
            )
            .map((a) => a.join('')),
        ),
        fc.constantFrom(undefined, 'phu-luc' as const, 'sau-ro' as const),
        (text, template) => {
          const r = importAppendix(text, template ? { template } : {});
          expect(new Set(r.tasks.map((t) => t.code)).size).toBe(r.tasks.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every word of a Phụ lục I table, with unique codes', () => {
    fc.assert(
      fc.property(table(PHU_LUC_HEADER, phuLucRow), ({ text, rows }) => {
        const r = importAppendix(text);
        expect(r.layout).toBe('phu-luc');
        expect(new Set(r.tasks.map((t) => t.code)).size).toBe(r.tasks.length);
        expectEveryWordKept(rows, r);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every word of a "6 rõ" table, and every sub-task has a general task', () => {
    fc.assert(
      fc.property(table(SAU_RO_HEADER, sauRoRow), ({ text, rows }) => {
        const r = importAppendix(text);
        expect(r.layout).toBe('sau-ro');
        const codes = new Set(r.tasks.map((t) => t.code));
        expect(codes.size).toBe(r.tasks.length);
        for (const t of r.tasks)
          if (t.level === 'subtask') expect(codes.has(t.parent ?? '')).toBe(true);
        expectEveryWordKept(rows, r);
      }),
      { numRuns: 300 },
    );
  });
});
