// Property: a target never flips its direction. A decrease ("giảm 5%", "-5%") or a ceiling
// ("không quá 5%") never reads, nor is written back, as "at least"; an increase or a floor never
// reads as a decrease.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';
import type { Target } from '../../src/core/kpi/targetTypes.ts';
import { normalizeTarget } from '../../src/core/kpi/targetWrite.ts';

type Direction = 'up' | 'down';

/** Words before the figure, with the direction a Vietnamese reader gives them. */
const MARKERS: ReadonlyArray<readonly [string, Direction]> = [
  ['', 'up'],
  ['đạt', 'up'],
  ['tối thiểu', 'up'],
  ['ít nhất', 'up'],
  ['không dưới', 'up'],
  ['trên', 'up'],
  ['≥', 'up'],
  ['>', 'up'],
  ['tăng', 'up'],
  ['tăng ít nhất', 'up'],
  ['phấn đấu đạt', 'up'],
  ['giảm', 'down'],
  ['cắt giảm', 'down'],
  ['giảm ít nhất', 'down'],
  ['-', 'down'],
  ['≥ -', 'down'],
  ['giảm xuống', 'down'],
  ['giảm xuống còn', 'down'],
  ['giảm còn', 'down'],
  ['còn', 'down'],
  ['không quá', 'down'],
  ['không vượt quá', 'down'],
  ['tối đa', 'down'],
  ['dưới', 'down'],
  ['≤', 'down'],
  ['<', 'down'],
];

const INDICATORS = [
  '',
  'Tỷ lệ hộ nghèo',
  'Số vụ tai nạn giao thông',
  'Thời gian giải quyết hồ sơ',
  'Tỷ lệ hồ sơ trễ hạn',
  'Tốc độ tăng trưởng bình quân giai đoạn',
  'so với cùng kỳ',
];
const UNITS = ['%', ' %', '%/năm', ' ngày', ' vụ', ' hồ sơ', ' thôn', ''];
const figure = fc.oneof(
  fc.integer({ min: 1, max: 500 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 }))
    .map(([a, b]) => `${a},${b}`),
);

const wording = fc
  .tuple(
    fc.constantFrom(...INDICATORS),
    fc.constantFrom(...MARKERS),
    figure,
    fc.constantFrom(...UNITS),
    fc.constantFrom('', ' so với năm 2025', ' mỗi năm', ' (tạm tính)'),
  )
  .map(([indicator, [marker, direction], n, unit, tail]) => {
    const glue = marker.endsWith('-') ? '' : ' ';
    const text = `${indicator} ${marker}${glue}${n}${unit}${tail}`.replace(/\s+/g, ' ').trim();
    return { text, direction };
  });

function directionOf(t: Target): Direction | 'none' {
  if (t.kind !== 'compare' && t.kind !== 'range') return 'none';
  if (/^giảm(?: |$)/u.test(t.note ?? '')) return 'down';
  if (t.kind === 'compare' && (t.op === '<=' || t.op === '<')) return 'down';
  return 'up';
}

describe('targets keep their direction', () => {
  it('as read, and as written back', () => {
    fc.assert(
      fc.property(wording, ({ text, direction }) => {
        const t = parseTarget(text);
        expect(directionOf(t), text).toBe(direction);
        const written = normalizeTarget(t);
        if (direction === 'down') expect(written, text).not.toMatch(/^[≥>]/u);
        expect(directionOf(parseTarget(written)), written).toBe(direction);
      }),
      { numRuns: 3000 },
    );
  });

  it('read back from its canonical text, it is the same target (fractions and rates too)', () => {
    const fraction = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 }))
      .filter(([a, b]) => a <= b)
      .map(([a, b]) => `đạt ${a}/${b} thôn`);
    fc.assert(
      fc.property(
        fc.oneof(
          wording.map((w) => w.text),
          fraction,
        ),
        (text) => {
          const t = parseTarget(text);
          expect(parseTarget(normalizeTarget(t)), text).toStrictEqual(t);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the examples of the issue', () => {
    expect(normalizeTarget(parseTarget('-5%'))).toBe('Giảm 5%');
    expect(normalizeTarget(parseTarget('giảm 5%'))).toBe('Giảm 5%');
    expect(normalizeTarget(parseTarget('≥ -5%'))).toBe('≤ 5% (giảm)');
    expect(normalizeTarget(parseTarget('Giảm 20-25%'))).toBe('Giảm 20–25%');
  });
});
