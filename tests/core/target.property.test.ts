import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTarget } from '../../src/core/kpi/targetWrite.ts';
import { parseTarget } from '../../src/core/kpi/target.ts';
import { formatVietnameseNumber, parseVietnameseNumber } from '../../src/core/text/number.ts';

/** Pieces of real target wordings, shuffled into near-real and broken texts. */
const PIECES = [
  '≥',
  '≤',
  '>',
  '<',
  '=',
  '>=',
  '<=',
  '=>',
  '≧',
  '$\\geq',
  '\\%$',
  '\\,',
  '%',
  '% .',
  '.',
  ',',
  ';',
  '(',
  ')',
  '-',
  '–',
  ' - ',
  '~',
  '/',
  ':',
  '  ',
  ' ',
  '\u00a0',
  '0',
  '01',
  '1',
  '2,5',
  '1.000',
  '1.000,5',
  '0.7',
  '1,000',
  '60',
  '100',
  '2026',
  '20-25',
  '60 - 70',
  'một',
  'hai',
  'năm',
  'Có',
  'Không',
  'Đạt',
  'Hoàn thành',
  'có triển khai',
  'x',
  'tối thiểu',
  'ít nhất',
  'không dưới',
  'không quá',
  'tối đa',
  'dưới',
  'xuống dưới',
  'trên',
  'hơn',
  'phấn đấu',
  'Phần đầu',
  'khuyến khích',
  'đạt',
  'giảm',
  'tăng',
  'từ',
  'đến',
  'trở lên',
  'trở xuống',
  'mô hình',
  'sáng kiến',
  'ngày',
  'Mb/s',
  'Gb/s',
  'xã, phường, thị trấn',
  'người',
  'tuổi',
  'GRDP',
  'tại UBND cấp xã',
  '(trừ hồ sơ mật)',
  'được',
  'Nghị quyết',
  'năm 2026',
  'Quý II/2026',
  '4G',
  'thuộc nhóm trung bình cao',
  'Tỷ lệ hồ sơ',
  'abc',
];

const vietnameseish = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).chain((parts) =>
  fc
    .array(fc.constantFrom(' ', '', ' ', ', '), {
      minLength: parts.length,
      maxLength: parts.length,
    })
    .map((seps) => parts.map((p, i) => p + (seps[i] ?? '')).join('')),
);

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  vietnameseish,
);

describe('parseTarget properties', () => {
  it('never throws and always returns a kind', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const t = parseTarget(text);
        expect(['compare', 'range', 'yesno', 'qualitative', 'invalid']).toContain(t.kind);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every target made of a comparison, a number and a unit', () => {
    const OPS = [
      ['≥', '>='],
      ['≤', '<='],
      ['tối thiểu', '>='],
      ['ít nhất', '>='],
      ['không quá', '<='],
      ['tối đa', '<='],
      ['trên', '>'],
      ['dưới', '<'],
      ['', '>='],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...OPS),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('%', 'mô hình', 'hộ gia đình', 'lớp'),
        ([word, op], value, unit) => {
          const text = `${word} ${value}${unit === '%' ? '%' : ` ${unit}`}`.trim();
          expect(parseTarget(text)).toStrictEqual({ kind: 'compare', op, value, unit });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('normalize → parse gives back the same target', () => {
    // Counted so that a parser refusing everything cannot pass.
    let measured = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const t = parseTarget(text);
        if (t.kind === 'invalid') return;
        if (t.kind === 'compare' || t.kind === 'range') measured += 1;
        expect(parseTarget(normalizeTarget(t))).toStrictEqual(t);
      }),
      { numRuns: 5000 },
    );
    expect(measured).toBeGreaterThan(500);
  });

  it('normalized text is a fixed point', () => {
    fc.assert(
      fc.property(vietnameseish, (text) => {
        const t = parseTarget(text);
        if (t.kind === 'invalid') return;
        const once = normalizeTarget(t);
        expect(normalizeTarget(parseTarget(once))).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Vietnamese numbers', () => {
  it('every whole number up to 10^12 round-trips, none refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseVietnameseNumber(formatVietnameseNumber(n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('format → parse round-trips', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 1e12 }),
          fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        ),
        (n) => {
          const text = formatVietnameseNumber(n);
          const back = parseVietnameseNumber(text);
          // Doubles with more than 15 significant digits are refused, never misread.
          if (back !== null) expect(back).toBe(n);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
