// Properties of reading PDF text (columns aligned with spaces): whatever the column widths, the
// gaps and where the pages break, no word of a task is lost, and a tab paste of the same table
// reads the same. Tables are laid out by tests/helpers/layoutText.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';
import { layoutTable } from '../helpers/layoutText.ts';

const HEADER = ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];

/** Words of the plans: capitals, codes, dashes, quotes; none ends in a hyphen (a wrap would glue it). */
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
  '2026',
  'Nghị',
  'quyết',
  '57-NQ/TW',
  'Thường',
  'xuyên',
  'Trung',
  'tâm',
];

const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...VOCAB), { minLength: min, maxLength: max }).map((w) => w.join(' '));

const row = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 40 }), words(1, 30), words(0, 5), words(0, 7), words(0, 3))
      .map(([n, ...cells]) => [String(n), ...cells]),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('I', 'II', 'III', 'IV', 'VI'), words(1, 12))
      .map(([r, t]) => [r, t, '', '', '']),
  },
);

const layout = (minGap: number) =>
  fc.record({
    rows: fc.array(row, { minLength: 1, maxLength: 12 }),
    widths: fc.tuple(
      fc.constant(4),
      fc.integer({ min: 28, max: 48 }),
      fc.integer({ min: 14, max: 22 }),
      fc.integer({ min: 14, max: 22 }),
      fc.integer({ min: 11, max: 14 }),
    ),
    gap: fc.integer({ min: minGap, max: 4 }),
    pageLines: fc.integer({ min: 10, max: 40 }),
  });

function count(texts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts)
    for (const w of t.normalize('NFC').split(/\s+/).filter(Boolean)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Every word of the source rows, as many times as written, is somewhere in what was read. */
function expectNoWordLost(rows: ReadonlyArray<readonly string[]>, r: ImportResult): void {
  const read = count([
    // A section written twice is coded "III-2": its number is still "III".
    ...r.sections.flatMap((s) => [s.code.replace(/-\d+$/, ''), s.title]),
    ...r.tasks.flatMap((t) => [
      t.ordinal ?? '',
      t.content,
      t.rawLead,
      t.rawPartners,
      t.deadline.raw,
      t.output ?? '',
      t.notes ?? '',
    ]),
  ]);
  for (const [word, n] of count(rows.flat()))
    expect(read.get(word) ?? 0, `«${word}»`).toBeGreaterThanOrEqual(n);
}

describe('PDF text (space-aligned columns)', () => {
  it(
    'loses no word of a task, whatever the widths, gaps and page breaks',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(layout(1), ({ rows, widths, gap, pageLines }) => {
          const text = layoutTable(HEADER, rows, { widths, gap, pageLines });
          const r = importAppendix(text);
          expect(r.layout).toBe('phu-luc');
          expectNoWordLost(rows, r);
        }),
        { numRuns: 200 },
      );
    },
  );

  it(
    'with clear gaps, reads the same tasks as the tab paste of the table',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(layout(2), ({ rows, widths, gap, pageLines }) => {
          const pdf = importAppendix(layoutTable(HEADER, rows, { widths, gap, pageLines }));
          const tabs = importAppendix([HEADER, ...rows].map((r) => r.join('\t')).join('\n'));
          const view = (r: ImportResult) =>
            r.tasks.map((t) => [t.code, t.content, t.rawLead, t.rawPartners, t.deadline.raw]);
          expect(view(pdf)).toEqual(view(tabs));
          expect(pdf.sections).toEqual(tabs.sections);
        }),
        { numRuns: 200 },
      );
    },
  );
});
