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
