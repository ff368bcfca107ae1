// The boundaries of time and of reporting that a coordinating office relies on when it reads a
// completion rate: the period's last day, the due day itself, progress typed alone, a report
// with nothing in it. Each case is a single task counted by hand.
import { describe, expect, it } from 'vitest';
import {
  completionReport,
  taskCompletion,
  type TaskProgressInput,
} from '../../src/core/report/completion.ts';
import { makePeriod } from '../../src/core/report/period.ts';

const MAY = makePeriod('month', 2026, 5); // 2026-05-01 … 2026-05-31
const Q2 = makePeriod('quarter', 2026, 2); // 2026-04-01 … 2026-06-30

function task(over: Partial<TaskProgressInput> = {}): TaskProgressInput {
  return {
    code: 'I.1',
    section: 'I',
    leadUnits: ['Phòng Kinh tế'],
    deadline: { kind: 'recurring', every: 'month' },
    status: '',
    progress: null,
    reported: false,
    ...over,
  };
}

describe('a recurring task on the last day of its period', () => {
  it('is not yet overdue on 31/05 when nothing was reported', () => {
    expect(taskCompletion(task(), MAY, '2026-05-31')).toEqual({
      code: 'I.1',
      state: 'notStarted',
      label: 'Chưa thực hiện',
      due: 1,
      done: 0,
      rate: 0,
      overdue: 0,
    });
  });

  it('is overdue on 01/06, the day after the period', () => {
    expect(taskCompletion(task(), MAY, '2026-06-01')).toMatchObject({
      state: 'overdue',
      label: 'Quá hạn',
      overdue: 1,
    });
  });

  it('a continuous task follows the same rule', () => {
    const cont = task({ deadline: { kind: 'continuous' } });
    expect(taskCompletion(cont, Q2, '2026-06-30').overdue).toBe(0);
    expect(taskCompletion(cont, Q2, '2026-07-01').overdue).toBe(1);
  });
});

describe('a dated task around its due day', () => {
  const dated = (due: string) => task({ deadline: { kind: 'date', due } });

  it('falls due in the period that holds its day, the period end included', () => {
    expect(taskCompletion(dated('2026-05-31'), MAY, '2026-05-10').due).toBe(1);
    expect(taskCompletion(dated('2026-06-01'), MAY, '2026-05-10').due).toBe(0);
  });

  it('is overdue the day after its due day, not on it', () => {
    expect(taskCompletion(dated('2026-05-15'), MAY, '2026-05-15')).toMatchObject({
      state: 'notStarted',
      overdue: 0,
    });
    expect(taskCompletion(dated('2026-05-15'), MAY, '2026-05-16')).toMatchObject({
      state: 'overdue',
      overdue: 1,
    });
  });

  it('a dated task not yet due and not done counts nowhere', () => {
    expect(taskCompletion(dated('2026-12-31'), MAY, '2027-01-05')).toEqual({
      code: 'I.1',
      state: 'notStarted',
      label: 'Chưa thực hiện',
      due: 0,
      done: 0,
      rate: null,
      overdue: 0,
    });
  });

  it('a "date" deadline with no day is judged like a missing one: due, never overdue', () => {
    for (const deadline of [{ kind: 'date' }, { kind: 'date', due: '' }]) {
      expect(taskCompletion(task({ deadline }), MAY, '2030-01-01')).toMatchObject({
        due: 1,
        done: 0,
        overdue: 0,
      });
    }
  });
});

describe('what counts as work on a recurring task', () => {
  const on = (over: Partial<TaskProgressInput>) =>
    taskCompletion(task({ reported: true, ...over }), MAY, '2026-05-20');

  it('a progress typed alone, above 0 %, counts as work done in the period', () => {
    expect(on({ progress: 20 })).toMatchObject({ done: 1, state: 'inProgress' });
  });

  it('a reported 0 % is not work', () => {
    expect(on({ progress: 0 })).toMatchObject({ done: 0, state: 'notStarted' });
  });

  it('a row with no status, progress or result is not work', () => {
    expect(on({})).toMatchObject({ done: 0, state: 'notStarted' });
  });

  it('evidence or a result alone counts', () => {
    expect(on({ hasResult: true })).toMatchObject({ done: 1 });
  });

  it('"Đang thực hiện" counts, "Chưa thực hiện" does not', () => {
    expect(on({ status: 'Đang thực hiện' })).toMatchObject({ done: 1, state: 'inProgress' });
    expect(on({ status: 'Chưa thực hiện' })).toMatchObject({ done: 0, state: 'notStarted' });
  });

  it('work typed on a unit that sent no report for the period does not count', () => {
    expect(taskCompletion(task({ progress: 50 }), MAY, '2026-05-20').done).toBe(0);
  });

  it('a dated task with progress below 100 is in progress, not done', () => {
    const t = task({ deadline: { kind: 'date', due: '2026-05-31' }, progress: 99 });
    expect(taskCompletion(t, MAY, '2026-05-20')).toMatchObject({ done: 0, state: 'inProgress' });
  });
});

describe('completionReport tallies', () => {
  it('lists only the units that lead a task when no expected units are given', () => {
    const r = completionReport(
      [task({ leadUnits: ['Phòng Kinh tế', 'Công an xã'] }), task({ code: 'I.2' })],
      MAY,
      '2026-05-20',
    );
    expect(r.byUnit).toEqual([
      { unit: 'Phòng Kinh tế', due: 2, done: 0, rate: 0, overdue: 0 },
      { unit: 'Công an xã', due: 1, done: 0, rate: 0, overdue: 0 },
    ]);
  });

  it('a task without a section is tallied under a blank section', () => {
    const r = completionReport([task({ section: undefined })], MAY, '2026-05-20');
    expect(r.bySection).toEqual([{ section: '', due: 1, done: 0, rate: 0, overdue: 0 }]);
  });

  it('a unit listed twice as lead on one task counts it once', () => {
    const r = completionReport(
      [task({ leadUnits: ['Công an xã', 'Công an xã'] })],
      MAY,
      '2026-05-20',
    );
    expect(r.byUnit).toEqual([{ unit: 'Công an xã', due: 1, done: 0, rate: 0, overdue: 0 }]);
  });

  it('with no task at all, the commune has nothing to rate', () => {
    expect(completionReport([], MAY, '2026-05-20', ['Công an xã'])).toEqual({
      tasks: [],
      byUnit: [{ unit: 'Công an xã', due: 0, done: 0, rate: null, overdue: 0 }],
      bySection: [],
      commune: { due: 0, done: 0, rate: null, overdue: 0 },
    });
  });
});
