import { describe, expect, it } from 'vitest';
import { mapCells } from '../../src/core/sheet/cellArgs.ts';

describe('mapCells', () => {
  it('catches errors per row', () => {
    const out = mapCells([[['a'], ['b']]], ([v]) => {
      if (v === 'b') throw new Error('boom');
      return String(v);
    });
    expect(out).toEqual([['a'], ['Lỗi: không xử lý được ô này']]);
  });
});

describe('mapCells over a column that repeats its values', () => {
  const dayOf = (v: unknown) =>
    v instanceof Date ? `${v.getUTCDate()}/${v.getUTCMonth() + 1}` : String(v ?? '');

  it('each row gets the answer for its own values: two Dates, blanks, a number', () => {
    const out = mapCells(
      [[[new Date('2026-03-15T00:00:00Z')], [''], [new Date('2026-03-16T00:00:00Z')], [null], [0]]],
      ([v]) => `«${dayOf(v)}»`,
    );
    expect(out).toEqual([['«15/3»'], ['«»'], ['«16/3»'], ['«»'], ['«0»']]);
  });

  it('a distinct row of values is worked out once (Sheets gives a custom function 30 seconds)', () => {
    const calls: string[] = [];
    const out = mapCells(
      [
        [
          [new Date('2026-03-15T00:00:00Z')],
          [new Date('2026-03-15T00:00:00Z')],
          [null],
          [''],
          [undefined],
          ['Quý I/2026'],
        ],
        [['A'], ['A'], ['A'], ['A'], ['A'], ['B']],
      ],
      ([v, s]) => {
        const text = `${dayOf(v)} ${String(s)}`;
        calls.push(text);
        return text;
      },
    );
    expect(out).toEqual([['15/3 A'], ['15/3 A'], [' A'], [' A'], [' A'], ['Quý I/2026 B']]);
    expect(calls).toEqual(['15/3 A', ' A', 'Quý I/2026 B']);
  });
});
