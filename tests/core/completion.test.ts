import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalStatus,
  completionReport,
  kpiAchievement,
  rateOf,
  taskCompletion,
  type DeadlineInput,
  type TaskProgressInput,
} from '../../src/core/report/completion.ts';
import { makePeriod } from '../../src/core/report/period.ts';

interface FixtureTask {
  code: string;
  section: string;
  leadUnit: string;
  deadlineText: string;
  deadline: DeadlineInput;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/merge/seed001-tasks.json', import.meta.url), 'utf8'),
) as { tasks: FixtureTask[] };

const VHXH = 'Phòng Văn hóa - Xã hội';
const TTVH = 'Trung tâm Văn hóa - Thể thao và Truyền thông';
const VP = 'Văn phòng HĐND - UBND';
const KT = 'Phòng Kinh tế';
const CA = 'Công an xã';
const GENERIC = 'Các phòng, ban, ngành, đơn vị có liên quan';

const Q3 = makePeriod('quarter', 2025, 3); // 2025-07-01 … 2025-09-30

type Report = { status?: string; progress?: number; result?: boolean };
/** What each lead unit reported for Q3/2025 (Công an xã sent nothing). */
const reports: Record<string, Report> = {
  // Phòng Văn hóa - Xã hội
  'I.1': { status: 'Đang thực hiện', result: true }, // continuous, reported → done
  'I.3': { status: 'Hoàn thành', result: true }, // due 31/08 → done
  'I.4': { status: 'Đang thực hiện', progress: 50 }, // yearly, reported → done
  'I.5': { status: 'Chưa thực hiện' }, // yearly, reported nothing done → not done
  'I.7': { status: 'Đang thực hiện' }, // continuous → done
  'III.2': { status: 'Hoàn thành' },
  'III.7': { status: 'Đang thực hiện', progress: 80 }, // due 31/07, not done → overdue
  'III.8': { status: 'Đang thực hiện' }, // co-led with Phòng Kinh tế → done for both
  'III.9': { status: 'Đang thực hiện' },
  'III.10': { status: 'Đang thực hiện' }, // conditional, reported → due, not done
  'III.11': { status: 'Hoàn thành' },
  'III.14': { status: 'Đang thực hiện' },
  'III.15': { status: 'Chưa thực hiện' },
  'III.18': { status: 'Đang thực hiện', progress: 30 }, // due 31/12/2026 → not due yet
  // Trung tâm VH-TT&TT
  'I.2': { status: 'Đang thực hiện' },
  // Văn phòng HĐND - UBND
  'III.3': { status: 'Hoàn thành', result: true },
  'III.4': { status: 'Hoàn thành' }, // due 31/07/2025
  'III.5': { status: 'Hoàn thành' }, // due 31/12/2025, done early → due and done
  'III.6': { status: 'Đang thực hiện', progress: 60 }, // due 31/12/2025 → not due yet
  'III.13': { status: 'Chưa thực hiện' },
  // Phòng Kinh tế
  'III.1': { status: 'Đang thực hiện' },
  'III.20': { status: 'Chưa thực hiện' }, // blank deadline → due, never overdue
  'VI.3': { status: 'Hoàn thành' }, // due 2026, done early
};

function inputs(): TaskProgressInput[] {
  return fixture.tasks.map((t) => {
    const r = reports[t.code];
    return {
      code: t.code,
      section: t.section,
      leadUnits: t.leadUnit.split('; '),
      deadline: t.deadline,
      status: r?.status ?? '',
      progress: r?.progress ?? null,
      reported: r !== undefined,
      hasResult: r?.result ?? false,
    };
  });
}

describe('seed 001 fixture', () => {
  it('holds the 34 tasks of Phụ lục I with their deadlines', () => {
    expect(fixture.tasks).toHaveLength(34);
    const kinds = fixture.tasks.map((t) => t.deadline.kind);
    expect(kinds.filter((k) => k === 'continuous')).toHaveLength(8);
    expect(kinds.filter((k) => k === 'recurring')).toHaveLength(14);
    expect(kinds.filter((k) => k === 'date')).toHaveLength(9);
    expect(kinds.filter((k) => k === 'conditional')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'invalid')).toHaveLength(1);
  });
});

describe('completionReport on seed 001, Q3/2025', () => {
  it('as of 25/09/2025 (after the 20/09 reports, before the quarter ends)', () => {
    const r = completionReport(inputs(), Q3, '2025-09-25', [VHXH, TTVH, VP, KT, CA, GENERIC]);
    const unit = (u: string) => r.byUnit.find((x) => x.unit === u);

    // VHXH leads 17 tasks; III.18 (due 2026, not done) is not due → 16 due.
    // Done: I.1, I.3, I.4, I.7, III.2, III.8, III.9, III.11, III.14 = 9.
    // 9 / 16 = 56.25 % → 56.3. Overdue: III.7 (due 31/07, 80 %) = 1.
    expect(unit(VHXH)).toEqual({ unit: VHXH, due: 16, done: 9, rate: 56.3, overdue: 1 });
    // TTVH: I.2 reported (done), III.17 not reported → 1 / 2 = 50 %.
    expect(unit(TTVH)).toEqual({ unit: TTVH, due: 2, done: 1, rate: 50, overdue: 0 });
    // VP: II.1 conditional, unreported → not due; III.6 due 31/12 not done → not due.
    // Due III.3, III.4, III.5 (done early), III.13 = 4; done 3 → 75 %.
    expect(unit(VP)).toEqual({ unit: VP, due: 4, done: 3, rate: 75, overdue: 0 });
    // KT: III.1, III.8 (co-lead), III.20 (blank deadline), VI.3 (done early) = 4 due;
    // VI.1 (2026, not done) not due. Done III.1, III.8, VI.3 = 3 → 75 %.
    expect(unit(KT)).toEqual({ unit: KT, due: 4, done: 3, rate: 75, overdue: 0 });
    // Công an xã sent nothing: 4 continuous tasks due, none done; the quarter has not ended.
    expect(unit(CA)).toEqual({ unit: CA, due: 4, done: 0, rate: 0, overdue: 0 });
    // VI.2 (due 2026) is not due: nothing to rate.
    expect(unit(GENERIC)).toEqual({ unit: GENERIC, due: 0, done: 0, rate: null, overdue: 0 });

    // Commune, each task once (III.8 counted in both VHXH and KT above):
    // due 16 + 2 + 4 + 4 + 4 − 1 = 29; done 9 + 1 + 3 + 3 + 0 − 1 = 15;
    // 15 / 29 = 51.72 % → 51.7.
    expect(r.commune).toEqual({ due: 29, done: 15, rate: 51.7, overdue: 1 });

    // Sections: I: 7 due, done I.1, I.2, I.3, I.4, I.7 = 5 → 71.4 (5/7 = 71.43 %).
    // II: II.2 due, not done; II.1 not due → 0 / 1. III: 20 due, 9 done → 45 %. VI: VI.3 → 1 / 1.
    expect(r.bySection).toEqual([
      { section: 'I', due: 7, done: 5, rate: 71.4, overdue: 0 },
      { section: 'II', due: 1, done: 0, rate: 0, overdue: 0 },
      { section: 'III', due: 20, done: 9, rate: 45, overdue: 1 },
      { section: 'VI', due: 1, done: 1, rate: 100, overdue: 0 },
    ]);
  });

  it('as of 05/10/2025 (the quarter has ended): unfinished periodic tasks are overdue', () => {
    const r = completionReport(inputs(), Q3, '2025-10-05');
    // Overdue: III.7, plus periodic tasks not done: VHXH I.5, I.6, II.2, III.12, III.15 (5),
    // TTVH III.17 (1), VP III.13 (1), Công an xã 4 → 1 + 5 + 1 + 1 + 4 = 12.
    // III.10 (conditional) and III.20 (no deadline) are never overdue.
    expect(r.commune).toEqual({ due: 29, done: 15, rate: 51.7, overdue: 12 });
    expect(r.byUnit.find((x) => x.unit === VHXH)).toMatchObject({ overdue: 6 });
  });

  it('labels each task', () => {
    const r = completionReport(inputs(), Q3, '2025-09-25');
    const label = (code: string) => r.tasks.find((t) => t.code === code)?.label;
    expect(label('III.7')).toBe('Quá hạn');
    expect(label('I.3')).toBe('Hoàn thành');
    expect(label('I.1')).toBe('Đang thực hiện');
    expect(label('III.17')).toBe('Chưa thực hiện');
    expect(r.tasks.find((t) => t.code === 'III.18')).toMatchObject({ due: 0, rate: null });
  });
});

describe('taskCompletion rules', () => {
  const base: TaskProgressInput = {
    code: 'X',
    leadUnits: ['A'],
    deadline: { kind: 'date', due: '2026-05-20' },
    status: '',
    progress: null,
    reported: false,
  };
  const May = makePeriod('month', 2026, 5);

  it('progress 100 counts as done', () => {
    expect(taskCompletion({ ...base, progress: 100 }, May, '2026-05-25')).toMatchObject({
      done: 1,
      state: 'done',
    });
  });

  it('a dated task is overdue only after its day', () => {
    expect(taskCompletion(base, May, '2026-05-20').overdue).toBe(0);
    expect(taskCompletion(base, May, '2026-05-21').overdue).toBe(1);
  });

  it('a missing deadline is due and never overdue', () => {
    const t = taskCompletion({ ...base, deadline: null }, May, '2030-01-01');
    expect(t).toMatchObject({ due: 1, done: 0, overdue: 0 });
  });

  it('a conditional task counts only once reported', () => {
    const cond = { ...base, deadline: { kind: 'conditional' } };
    expect(taskCompletion(cond, May, '2026-05-25').due).toBe(0);
    expect(
      taskCompletion({ ...cond, reported: true, status: 'Hoàn thành' }, May, '2026-05-25'),
    ).toMatchObject({ due: 1, done: 1 });
  });

  it('a continuous task needs work reported, not just "Chưa thực hiện"', () => {
    const cont = { ...base, deadline: { kind: 'continuous' }, reported: true };
    expect(taskCompletion({ ...cont, status: 'Chưa thực hiện' }, May, '2026-05-25').done).toBe(0);
    expect(taskCompletion({ ...cont, hasResult: true }, May, '2026-05-25').done).toBe(1);
  });
});

describe('helpers', () => {
  it('rateOf rounds to one decimal, half up', () => {
    expect(rateOf(9, 16)).toBe(56.3);
    expect(rateOf(2, 3)).toBe(66.7);
    expect(rateOf(1, 8)).toBe(12.5);
    expect(rateOf(0, 0)).toBeNull();
  });

  it('canonicalStatus accepts case and diacritics variants', () => {
    expect(canonicalStatus('Hoàn thành')).toEqual({ status: 'Hoàn thành', exact: true });
    expect(canonicalStatus('hoan thanh')).toEqual({ status: 'Hoàn thành', exact: false });
    expect(canonicalStatus(' ĐANG THỰC HIỆN ')).toEqual({ status: 'Đang thực hiện', exact: false });
    expect(canonicalStatus('Xong')).toBeNull();
    expect(canonicalStatus('')).toBeNull();
  });

  it('kpiAchievement counts only judged KPIs', () => {
    // Judged: Đạt, Vượt, Chưa đạt, đạt = 4; achieved: Đạt, Vượt, đạt = 3 → 75 %.
    expect(
      kpiAchievement([
        'Đạt',
        'Vượt',
        'Chưa đạt',
        'đạt',
        'Chưa có số liệu',
        'Cần đánh giá',
        'Không hợp lệ',
        '',
      ]),
    ).toEqual({ judged: 4, achieved: 3, rate: 75 });
  });
});
