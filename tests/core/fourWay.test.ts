import { describe, expect, it } from 'vitest';
import { taskCompletion, type TaskProgressInput } from '../../src/core/report/completion.ts';
import {
  countFourWay,
  dueDateIn,
  fourWayFromLabel,
  fourWayOf,
  tallyFourWay,
} from '../../src/core/report/fourWay.ts';
import { makePeriod } from '../../src/core/report/period.ts';

const Q3 = makePeriod('quarter', 2025, 3); // 2025-07-01 … 2025-09-30

const base: TaskProgressInput = {
  code: 'X',
  leadUnits: ['A'],
  deadline: { kind: 'date', due: '2025-08-31' },
  status: '',
  progress: null,
  reported: false,
};

function four(t: Partial<TaskProgressInput>, completedOn: string | null, asOf = '2025-09-25') {
  const input = { ...base, ...t };
  return fourWayOf(
    { deadline: input.deadline, completedOn },
    taskCompletion(input, Q3, asOf),
    Q3,
    '2025-09-20',
  );
}

describe('four-way status', () => {
  it('a task completed after its deadline is done late; on or before it, on time', () => {
    const done = { status: 'Hoàn thành', reported: true };
    expect(four(done, '2025-09-18')).toMatchObject({
      status: 'doneLate',
      label: 'Đã hoàn thành quá hạn',
      dueDate: '2025-08-31',
      completedOn: '2025-09-18',
    });
    expect(four(done, '2025-08-31').status).toBe('doneOnTime');
    expect(four(done, '2025-08-25').label).toBe('Đã hoàn thành đúng hạn');
  });

  it('an open task is overdue only once completion.ts says so', () => {
    expect(four({ status: 'Đang thực hiện', reported: true }, null).label).toBe(
      'Chưa hoàn thành, quá hạn',
    );
    const later = { deadline: { kind: 'date', due: '2026-12-31' } };
    expect(four(later, null).label).toBe('Chưa hoàn thành, trong hạn');
  });

  it('periodic tasks are due by the period end, or by the report deadline when it is later', () => {
    const yearly = { kind: 'recurring', every: 'year' };
    expect(dueDateIn(yearly, Q3, '2025-09-20')).toBe('2025-09-30');
    expect(dueDateIn(yearly, Q3, '2025-10-10')).toBe('2025-10-10');
    const reported = { deadline: yearly, status: 'Đang thực hiện', reported: true };
    expect(four(reported, '2025-09-18').status).toBe('doneOnTime');
    expect(four(reported, '2025-10-02').status).toBe('doneLate');
    // Nothing reported: open, and overdue once the period has ended.
    expect(four({ deadline: yearly }, null).status).toBe('openOnTime');
    expect(four({ deadline: yearly }, null, '2025-10-01').status).toBe('openOverdue');
  });

  it('conditional tasks and tasks without a deadline have no due date and are never late', () => {
    const cond = { deadline: { kind: 'conditional' }, status: 'Hoàn thành', reported: true };
    expect(four(cond, '2030-01-01')).toMatchObject({ status: 'doneOnTime', dueDate: null });
    expect(four({ deadline: null }, null, '2030-01-01').status).toBe('openOnTime');
  });

  it('tallies per lead unit (co-leads each), per section, and once for the commune', () => {
    const t = tallyFourWay(
      [
        { status: 'doneOnTime', leadUnits: ['A', 'B'], section: 'I' },
        { status: 'doneLate', leadUnits: ['A'], section: 'I' },
        { status: 'openOverdue', leadUnits: ['B'], section: 'II' },
      ],
      ['C', 'A'],
    );
    expect(t.commune).toEqual({ doneOnTime: 1, doneLate: 1, openOnTime: 0, openOverdue: 1 });
    expect(t.byUnit.map((u) => u.unit)).toEqual(['C', 'A', 'B']);
    expect(t.byUnit[1]).toEqual({
      unit: 'A',
      doneOnTime: 1,
      doneLate: 1,
      openOnTime: 0,
      openOverdue: 0,
    });
    expect(t.bySection.map((s) => s.section)).toEqual(['I', 'II']);
    expect(countFourWay(['openOnTime', 'openOnTime']).openOnTime).toBe(2);
    expect(fourWayFromLabel('Chưa hoàn thành, trong hạn')).toBe('openOnTime');
    expect(fourWayFromLabel('Hoàn thành')).toBeNull();
  });
});
