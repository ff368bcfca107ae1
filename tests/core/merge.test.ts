import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/kpi/kpiEvaluate.ts';
import {
  mergeStatsJson,
  mergeSubmissions,
  type MasterKpi,
  type MasterTask,
  type MergeInput,
} from '../../src/core/report/merge/merge.ts';
import { previousFromValues } from '../../src/core/report/merge/mergeCarry.ts';
import { makePeriod } from '../../src/core/report/period.ts';
import type { Submission, SubmittedTask } from '../../src/core/report/submission.ts';
import { parseTarget } from '../../src/core/kpi/target.ts';

const VHXH = 'Phòng Văn hóa - Xã hội';
const CA = 'Công an xã';
const KT = 'Phòng Kinh tế';
const VP = 'Văn phòng HĐND - UBND';
const MTTQ = 'Ủy ban MTTQ xã';

function master(
  code: string,
  leadUnit: string,
  deadline: MasterTask['deadline'],
  partnerUnits: string[] = [],
): MasterTask {
  return {
    code,
    section: code.split('.')[0] ?? '',
    content: `Nhiệm vụ ${code}`,
    leadUnit,
    partnerUnits,
    deadline,
  };
}

const tasks: MasterTask[] = [
  {
    ...master('I', '', { kind: 'invalid', raw: '' }),
    content: 'Nâng cao nhận thức',
    kind: 'section',
  },
  master('I.1', VHXH, { kind: 'continuous', raw: 'Thường xuyên' }, [CA]),
  master('I.2', CA, { kind: 'date', due: '2026-05-31', raw: 'Tháng 5/2026' }),
  master('I.3', KT, { kind: 'date', due: '2026-06-30', raw: 'Quý II/2026' }),
  {
    ...master('II', '', { kind: 'invalid', raw: '' }),
    content: 'Hoàn thiện thể chế',
    kind: 'section',
  },
  master('II.1', VHXH, { kind: 'recurring', every: 'year', raw: 'Hằng năm' }),
  master('II.2', VP, { kind: 'conditional', raw: 'Khi có văn bản của cấp trên' }),
];

const kpis: MasterKpi[] = [
  {
    code: 'CT1',
    content: 'Tỷ lệ hồ sơ trực tuyến',
    target: '100%',
    measureUnit: '%',
    leadUnit: CA,
  },
  { code: 'CT2', content: 'Số mô hình', target: '≥ 5', measureUnit: 'mô hình', leadUnit: VHXH },
];

/** A stand-in for kpiEvaluate.ts: compares the first numbers of target and actual. */
function evaluateKpi(target: string, actual: unknown): string {
  const num = (v: unknown) => Number(/\d+(?:[.,]\d+)?/.exec(String(v))?.[0]?.replace(',', '.'));
  if (actual === '' || actual === null || actual === undefined) return 'Chưa có số liệu';
  const a = num(actual);
  const t = num(target);
  if (Number.isNaN(a) || Number.isNaN(t)) return 'Cần đánh giá';
  return a > t ? 'Vượt' : a === t ? 'Đạt' : 'Chưa đạt';
}

function row(r: number, code: string, fields: Partial<SubmittedTask>): SubmittedTask {
  return {
    row: r,
    code,
    status: '',
    progress: '',
    actual: '',
    evidence: '',
    issuesRaised: '',
    notes: '',
    role: 'lead',
    ...fields,
  };
}

const submissions: Submission[] = [
  {
    unit: VHXH,
    sheet: 'BC - VHXH',
    submittedAt: '2026-06-18T09:00',
    submittedBy: 'vhxh@xa.gov.vn',
    tasks: [
      row(5, 'I.1', { status: 'Đang thực hiện', actual: 'Đăng 5 tin bài', notes: 'ghi chú VH' }),
      row(6, 'II.1', { status: 'hoan thanh', progress: 100, actual: '=SUM(A1)' }),
      row(7, 'IX.9', { status: 'Hoàn thành', actual: 'x' }),
      row(8, 'I.1', { status: 'Hoàn thành', actual: 'bản trùng' }),
      row(9, 'II.2', { role: 'partner', progress: 150 }),
    ],
    kpis: [
      { row: 20, code: 'CT2', actual: 6, notes: '' },
      { row: 21, code: 'CT1', actual: '99%', notes: 'số liệu của xã' },
    ],
  },
  {
    unit: CA,
    sheet: 'BC - Công an',
    submittedAt: '2026-06-21T08:30',
    tasks: [
      row(5, 'I.2', {
        status: 'Hoàn thành',
        progress: 100,
        actual: '+84 912 345 678',
        evidence: 'CV 12/CA',
      }),
      row(6, 'I.1', {
        role: 'partner',
        actual: '2 buổi',
        notes: 'Phối hợp tuyên truyền',
        issuesRaised: '- Thiếu kinh phí',
      }),
    ],
    kpis: [{ row: 20, code: 'CT1', actual: '98%', notes: '' }],
  },
  {
    unit: KT,
    sheet: 'BC - Kinh tế',
    submittedAt: null,
    tasks: [row(5, 'I.3', { status: 'Hoàn thành', actual: 'nháp' })],
    kpis: [],
  },
  {
    unit: MTTQ,
    sheet: 'BC - MTTQ',
    submittedAt: '2026-06-10T10:00',
    tasks: [row(5, 'I.2', { status: 'Đang thực hiện', actual: 'Vận động người dân' })],
    kpis: [],
  },
];

function input(overrides: Partial<MergeInput> = {}): MergeInput {
  return {
    tasks,
    kpis,
    period: makePeriod('quarter', 2026, 2),
    asOf: '2026-06-25',
    submissionDeadline: '2026-06-19',
    expectedUnits: [VHXH, CA, KT, VP],
    submissions,
    previous: [
      { code: 'I.1', coordinator: { 'Nhận xét': 'Tốt', 'Đánh giá': '=A1' } },
      { code: 'X.9', coordinator: { 'Nhận xét': 'nhiệm vụ đã bỏ' } },
    ],
    evaluateKpi,
    ...overrides,
  };
}

/** The merge of input(), and a row of it by code: each `it` merges afresh. */
function merged() {
  const out = mergeSubmissions(input());
  return { out, task: (code: string) => out.rows.find((r) => r.code === code) };
}

describe('mergeSubmissions', () => {
  it('keeps one row per master item in master order, sections included, orphans last', () => {
    const { out, task } = merged();
    expect(out.rows.map((r) => [r.kind, r.code])).toEqual([
      ['section', 'I'],
      ['task', 'I.1'],
      ['task', 'I.2'],
      ['task', 'I.3'],
      ['section', 'II'],
      ['task', 'II.1'],
      ['task', 'II.2'],
      ['orphan', 'X.9'],
    ]);
    expect(task('I')?.content).toBe('Nâng cao nhận thức');
  });

  it("lets the lead unit's report set the state and appends partners' words labelled", () => {
    const { task } = merged();
    expect(task('I.1')).toMatchObject({
      status: 'Đang thực hiện',
      actual: `Đăng 5 tin bài\n[${CA}] 2 buổi`,
      notes: `ghi chú VH\n[${CA}] Phối hợp tuyên truyền`,
      issuesRaised: `[${CA}] - Thiếu kinh phí`,
      reported: true,
      due: 1,
      done: 1,
    });
    expect(task('I.2')).toMatchObject({
      status: 'Hoàn thành',
      progress: 100,
      evidence: 'CV 12/CA',
      done: 1,
    });
    // A loose spelling of the status is understood.
    expect(task('II.1')).toMatchObject({ status: 'Hoàn thành', done: 1 });
  });

  it('neutralizes formula-looking values from units', () => {
    const { task } = merged();
    expect(task('II.1')?.actual).toBe("'=SUM(A1)");
    expect(task('I.2')?.actual).toBe(`'+84 912 345 678\n[${MTTQ}] Vận động người dân`);
  });

  it('ignores drafts: an unstamped sheet is not a report', () => {
    const { task } = merged();
    expect(task('I.3')).toMatchObject({
      status: 'Chưa thực hiện',
      actual: '',
      reported: false,
      due: 1,
      done: 0,
    });
  });

  it('does not count a conditional task nobody reported on', () => {
    const { task } = merged();
    expect(task('II.2')).toMatchObject({ due: 0, done: 0, status: 'Chưa thực hiện' });
  });

  it('carries the coordinator columns over by code, as data', () => {
    const { task } = merged();
    expect(task('I.1')?.coordinator).toEqual({ 'Nhận xét': 'Tốt', 'Đánh giá': "'=A1" });
    expect(task('I.2')?.coordinator).toEqual({});
    expect(task('X.9')?.coordinator).toEqual({ 'Nhận xét': 'nhiệm vụ đã bỏ' });
  });

  it('flags missing, late, unknown, duplicate, two leads, invalid values and orphans', () => {
    const { out } = merged();
    expect(
      out.problems.map((p) => [p.kind, p.unit ?? '', p.sheet ?? '', p.row ?? 0, p.code ?? '']),
    ).toEqual([
      ['missing', KT, 'BC - Kinh tế', 0, ''],
      ['missing', VP, '', 0, ''],
      ['late', CA, 'BC - Công an', 0, ''],
      ['invalid', VHXH, 'BC - VHXH', 9, 'II.2'],
      ['unknownCode', VHXH, 'BC - VHXH', 7, 'IX.9'],
      ['duplicateCode', VHXH, 'BC - VHXH', 8, 'I.1'],
      ['twoLeads', CA, 'BC - Công an', 5, 'I.2'],
      ['twoLeads', MTTQ, 'BC - MTTQ', 5, 'I.2'],
      ['orphanNote', '', '', 0, 'X.9'],
    ]);
    const message = (kind: string) => out.problems.find((p) => p.kind === kind)?.message;
    expect(message('late')).toBe(`${CA} nộp lúc 21/06/2026 08:30, sau hạn 19/06/2026.`);
    expect(message('missing')).toMatch(/chưa tích ô "Nộp báo cáo"/);
    expect(message('twoLeads')).toContain(MTTQ);
  });

  it('merges KPIs from their lead unit', () => {
    const { out } = merged();
    expect(out.kpiRows.map((k) => [k.code, k.actual, k.kpiStatus, k.notes])).toEqual([
      ['CT1', '98%', 'Chưa đạt', `[${VHXH}] 99%; số liệu của xã`],
      ['CT2', 6, 'Vượt', ''],
    ]);
  });

  it('gives the stats in the agreed JSON shape', () => {
    const { out } = merged();
    // Due: I.1 (continuous, reported), I.2 (31/05), I.3 (30/06), II.1 (yearly) = 4; II.2 not reported.
    // Done: I.1, I.2, II.1 = 3 → 3 / 4 = 75 %. I.3 is due 30/06, after asOf 25/06: not overdue.
    const json = mergeStatsJson(out);
    expect(Object.keys(json)).toEqual([
      'units',
      'submitted',
      'late',
      'missing',
      'tasks',
      'done',
      'overdue',
      'completion',
      'kpiJudged',
      'kpiAchieved',
      'problems',
    ]);
    expect(out.stats).toEqual({
      units: 4,
      submitted: 2,
      late: 1,
      missing: [KT, VP],
      tasks: 4,
      done: 3,
      overdue: 0,
      completion: 75,
      kpiJudged: 2,
      kpiAchieved: 1,
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('tallies by lead unit and by section', () => {
    const { out } = merged();
    expect(out.byUnit).toEqual([
      { unit: VHXH, due: 2, done: 2, rate: 100, overdue: 0 },
      { unit: CA, due: 1, done: 1, rate: 100, overdue: 0 },
      { unit: KT, due: 1, done: 0, rate: 0, overdue: 0 },
      { unit: VP, due: 0, done: 0, rate: null, overdue: 0 },
    ]);
    expect(out.bySection).toEqual([
      { section: 'I', due: 3, done: 2, rate: 66.7, overdue: 0 },
      { section: 'II', due: 1, done: 1, rate: 100, overdue: 0 },
    ]);
  });

  it('is idempotent: merging again with its own output as previous changes nothing', () => {
    const { out } = merged();
    const again = mergeSubmissions(input({ previous: out.rows, previousKpis: out.kpiRows }));
    expect(again).toEqual(out);
  });

  it('flags a unit that claims the lead alone, and uses its words as a partner', () => {
    const r = mergeSubmissions(
      input({
        submissions: [
          {
            unit: MTTQ,
            sheet: 'BC - MTTQ',
            submittedAt: '2026-06-10T10:00',
            tasks: [row(5, 'I.2', { status: 'Hoàn thành', actual: 'Đã xong' })],
            kpis: [],
          },
        ],
      }),
    );
    const p = r.problems.find((x) => x.kind === 'notLead');
    expect(p).toMatchObject({ unit: MTTQ, sheet: 'BC - MTTQ', row: 5, code: 'I.2' });
    expect(r.rows.find((x) => x.code === 'I.2')).toMatchObject({
      status: 'Quá hạn',
      actual: `[${MTTQ}] Đã xong`,
      overdue: 1,
    });
  });

  it('counts a co-led task for each co-lead and lets either report it', () => {
    const coLed = [
      master('III.8', `${VHXH}; ${KT}`, { kind: 'recurring', every: 'year', raw: 'Hàng năm' }),
    ];
    const r = mergeSubmissions(
      input({
        tasks: coLed,
        kpis: [],
        previous: [],
        submissions: [
          {
            unit: KT,
            sheet: 'KT',
            submittedAt: '2026-06-01T08:00',
            tasks: [row(5, 'III.8', { status: 'Đang thực hiện' })],
            kpis: [],
          },
          {
            unit: VHXH,
            sheet: 'VH',
            submittedAt: '2026-06-01T08:00',
            tasks: [row(5, 'III.8', { actual: 'Tập huấn' })],
            kpis: [],
          },
        ],
      }),
    );
    // VHXH is listed first, so its report sets the state; KT's row is appended, and no flag.
    expect(r.problems.filter((p) => p.kind === 'twoLeads' || p.kind === 'notLead')).toEqual([]);
    expect(r.rows[0]).toMatchObject({ actual: 'Tập huấn', done: 1 });
    expect(r.byUnit.filter((u) => u.due > 0).map((u) => u.unit)).toEqual([VHXH, KT]);
  });

  it('reports nobody late when the plan sets no deadline', () => {
    const r = mergeSubmissions(input({ submissionDeadline: null }));
    expect(r.stats.late).toBe(0);
    expect(r.problems.some((p) => p.kind === 'late')).toBe(false);
  });

  it('passes a %-formatted actual on as the text people see, which judges to the same number', () => {
    const r = mergeSubmissions(
      input({
        submissions: [
          {
            unit: CA,
            sheet: 'BC - Công an',
            submittedAt: '2026-06-18T08:30',
            tasks: [],
            kpis: [{ row: 20, code: 'CT1', actual: 0.12345, actualFormat: '0.000%' }],
          },
        ],
        evaluateKpi: (target, actual) => evaluate(parseTarget(target), actual).status,
      }),
    );
    const ct1 = r.kpiRows.find((k) => k.code === 'CT1');
    expect([ct1?.actual, ct1?.kpiStatus]).toEqual(['12,345%', 'Chưa đạt']);
  });
});

describe('previousFromValues', () => {
  it('reads the coordinator columns of a summary sheet by heading', () => {
    const values = [
      ['BIỂU TỔNG HỢP QUÝ II/2026', '', '', '', ''],
      ['Nhận xét', 'Mã', 'Nội dung', 'Trạng thái', 'Đánh giá'],
      ['Tốt', 'I.1', 'Nhiệm vụ I.1', 'Đang thực hiện', 'Đạt'],
      ['', '', '', '', ''],
      ['Cần đôn đốc', 'I.2', 'Nhiệm vụ I.2', 'Hoàn thành', ''],
    ];
    const produced = [
      { key: 'code', header: 'Mã' },
      { key: 'content', header: 'Nội dung' },
      { key: 'status', header: 'Trạng thái' },
    ];
    expect(previousFromValues(values, produced)).toEqual([
      { code: 'I.1', coordinator: { 'Nhận xét': 'Tốt', 'Đánh giá': 'Đạt' } },
      { code: 'I.2', coordinator: { 'Nhận xét': 'Cần đôn đốc', 'Đánh giá': '' } },
    ]);
    expect(previousFromValues([['x']], produced)).toEqual([]);
  });
});

describe('the due day, the completion day and the four-way status of each task', () => {
  it('as of 25/06/2026 in Quý II/2026: the stamp day counts when no day is typed', () => {
    const { out } = merged();
    expect(
      out.rows
        .filter((r) => r.kind === 'task')
        .map((r) => [r.code, r.dueDate, r.completedOn, r.fourWay]),
    ).toStrictEqual([
      // Continuous: due at the period's end; work reported in the period counts as done
      // (MERGE.md), in the report stamped 18/06.
      ['I.1', '2026-06-30', '2026-06-18', 'Đã hoàn thành đúng hạn'],
      // Due 31/05, reported done with the report stamped 21/06: done late.
      ['I.2', '2026-05-31', '2026-06-21', 'Đã hoàn thành quá hạn'],
      // Its unit never submitted; due 30/06, not yet passed.
      ['I.3', '2026-06-30', '', 'Chưa hoàn thành, trong hạn'],
      // Yearly, done in the report stamped 18/06: on time for the period.
      ['II.1', '2026-06-30', '2026-06-18', 'Đã hoàn thành đúng hạn'],
      // Waits on a higher level: no due day.
      ['II.2', '', '', 'Chưa hoàn thành, trong hạn'],
    ]);
  });

  it('a completion day typed by the unit wins over the stamp day', () => {
    const typed = submissions.map((s) =>
      s.unit === CA
        ? {
            ...s,
            tasks: s.tasks.map((t) => (t.code === 'I.2' ? { ...t, completedOn: '30/05/2026' } : t)),
          }
        : s,
    );
    const out = mergeSubmissions(input({ submissions: typed }));
    expect(
      out.rows.filter((r) => r.code === 'I.2').map((r) => [r.completedOn, r.fourWay]),
    ).toStrictEqual([['2026-05-30', 'Đã hoàn thành đúng hạn']]);
  });
});
