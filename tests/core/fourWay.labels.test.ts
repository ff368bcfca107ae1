// The four-way status as the report sheets show and read it back, and the counts of the dashboard.
import { describe, expect, it } from 'vitest';
import {
  countFourWay,
  dueDateIn,
  fourWayFromLabel,
  tallyFourWay,
} from '../../src/core/report/fourWay.ts';
import { makePeriod } from '../../src/core/report/period.ts';

describe('fourWayFromLabel', () => {
  it('reads each of the four labels a report sheet shows', () => {
    expect(fourWayFromLabel('Đã hoàn thành đúng hạn')).toBe('doneOnTime');
    expect(fourWayFromLabel('Đã hoàn thành quá hạn')).toBe('doneLate');
    expect(fourWayFromLabel('Chưa hoàn thành, trong hạn')).toBe('openOnTime');
    expect(fourWayFromLabel('Chưa hoàn thành, quá hạn')).toBe('openOverdue');
  });

  it('reads a label with spaces around it; a number or an empty cell is no label', () => {
    expect(fourWayFromLabel('  Đã hoàn thành quá hạn ')).toBe('doneLate');
    expect(fourWayFromLabel(5)).toBeNull();
    expect(fourWayFromLabel(null)).toBeNull();
    expect(fourWayFromLabel('')).toBeNull();
  });
});

describe('dueDateIn', () => {
  it('a continuous task is due by the period end; an unreadable deadline has no due day', () => {
    const q3 = makePeriod('quarter', 2025, 3);
    expect(dueDateIn({ kind: 'continuous' }, q3)).toBe('2025-09-30');
    expect(dueDateIn({ kind: 'continuous' }, q3, '2025-09-20')).toBe('2025-09-30');
    expect(dueDateIn({ kind: 'invalid' }, q3, '2025-10-10')).toBeNull();
    expect(dueDateIn(undefined, q3)).toBeNull();
  });
});

describe('countFourWay / tallyFourWay', () => {
  it('counts each status, zero for the others', () => {
    expect(countFourWay(['doneLate', 'openOverdue', 'doneLate'])).toEqual({
      doneOnTime: 0,
      doneLate: 2,
      openOnTime: 0,
      openOverdue: 1,
    });
    expect(countFourWay([])).toEqual({ doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0 });
  });

  it('without a unit list, lists only the units that lead a task; a task without section is under ""', () => {
    const t = tallyFourWay([
      { status: 'openOnTime', leadUnits: ['Công an xã', 'Công an xã'] },
      { status: 'doneOnTime', leadUnits: ['Văn phòng HĐND và UBND'], section: 'II' },
    ]);
    expect(t.byUnit).toEqual([
      { unit: 'Công an xã', doneOnTime: 0, doneLate: 0, openOnTime: 1, openOverdue: 0 },
      { unit: 'Văn phòng HĐND và UBND', doneOnTime: 1, doneLate: 0, openOnTime: 0, openOverdue: 0 },
    ]);
    expect(t.bySection).toEqual([
      { section: '', doneOnTime: 0, doneLate: 0, openOnTime: 1, openOverdue: 0 },
      { section: 'II', doneOnTime: 1, doneLate: 0, openOnTime: 0, openOverdue: 0 },
    ]);
    expect(t.commune).toEqual({ doneOnTime: 1, doneLate: 0, openOnTime: 1, openOverdue: 0 });
  });

  it('a listed unit with no task shows zeros', () => {
    const t = tallyFourWay([{ status: 'doneLate', leadUnits: ['A'], section: 'I' }], ['B', 'A']);
    expect(t.byUnit).toEqual([
      { unit: 'B', doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0 },
      { unit: 'A', doneOnTime: 0, doneLate: 1, openOnTime: 0, openOverdue: 0 },
    ]);
  });
});
