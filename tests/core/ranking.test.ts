import { describe, expect, it } from 'vitest';
import { rankUnits } from '../../src/core/report/ranking.ts';

const unit = (name: string, rate: number | null, openOverdue = 0, doneLate = 0) => ({
  unit: name,
  rate,
  doneOnTime: 0,
  doneLate,
  openOnTime: 0,
  openOverdue,
});

describe('rankUnits (README, "Xếp hạng đơn vị")', () => {
  it('ranks by rate, then fewer overdue, then fewer done late; ties share a rank; no rate last', () => {
    const ranked = rankUnits([
      unit('A', 50),
      unit('B', null),
      unit('C', 75, 1),
      unit('D', 75, 0, 2),
      unit('E', 75, 0, 0),
      unit('F', 50),
      unit('G', 10),
    ]);
    expect(ranked.map((u) => [u.unit, u.rank])).toEqual([
      ['E', 1],
      ['D', 2],
      ['C', 3],
      ['A', 4],
      ['F', 4],
      ['G', 6],
      ['B', null],
    ]);
  });
});
