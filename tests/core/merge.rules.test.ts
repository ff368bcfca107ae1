// Merge rules an officer relies on, one small plan each: a plan code written twice, KPI actuals
// checked against their targets, evidence alone as a result, who leads, and the stats.
import { describe, expect, it } from 'vitest';
import {
  mergeStatsJson,
  mergeSubmissions,
  type MasterTask,
  type MergeInput,
} from '../../src/core/report/merge/merge.ts';
import { makePeriod } from '../../src/core/report/period.ts';
import type { Submission, SubmittedTask } from '../../src/core/report/submission.ts';

const KT = 'Phòng Kinh tế';
const CA = 'Công an xã';
const VP = 'Văn phòng HĐND và UBND';

function task(code: string, leadUnit: string, deadline: MasterTask['deadline']): MasterTask {
  return { code, section: 'I', content: `Nhiệm vụ ${code}`, leadUnit, partnerUnits: [], deadline };
}
const YEARLY: MasterTask['deadline'] = { kind: 'recurring', every: 'year', raw: 'Hằng năm' };

function row(r: number, code: string, fields: Partial<SubmittedTask> = {}): SubmittedTask {
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

function sheet(unit: string, tasks: SubmittedTask[], kpis: Submission['kpis'] = []): Submission {
  return { unit, sheet: `BC - ${unit}`, submittedAt: '2026-06-18T09:00', tasks, kpis };
}

/** A plan of one or two tasks, merged for Q2/2026 on 25/06 (before the quarter ends). */
function merge(over: Partial<MergeInput>): ReturnType<typeof mergeSubmissions> {
  return mergeSubmissions({
    tasks: [task('I.1', KT, YEARLY)],
    period: makePeriod('quarter', 2026, 2),
    asOf: '2026-06-25',
    submissionDeadline: '2026-06-19',
    expectedUnits: [KT],
    submissions: [],
    previous: [],
    evaluateKpi: () => 'Chưa có số liệu',
    ...over,
  });
}

describe('a plan code written twice', () => {
  it('is flagged once per repeat, and both rows get the same report', () => {
    const out = merge({
      tasks: [task('I.1', KT, YEARLY), task('I.1', KT, YEARLY), task('I.2', KT, YEARLY)],
      submissions: [sheet(KT, [row(5, 'I.1', { status: 'Đang thực hiện', actual: 'Đã làm' })])],
    });
    expect(out.problems).toEqual([
      {
        kind: 'duplicateCode',
        code: 'I.1',
        message:
          'Mã nhiệm vụ "I.1" lặp lại trong danh mục của Kế hoạch; mọi dòng mang mã này nhận cùng số liệu.',
      },
    ]);
    expect(out.rows.map((r) => [r.code, r.status, r.actual, r.done])).toEqual([
      ['I.1', 'Đang thực hiện', 'Đã làm', 1],
      ['I.1', 'Đang thực hiện', 'Đã làm', 1],
      ['I.2', 'Chưa thực hiện', '', 0],
    ]);
  });

  it('codes that differ only in case or spaces are the same code', () => {
    const out = merge({ tasks: [task('I.1', KT, YEARLY), task(' i.1 ', KT, YEARLY)] });
    expect(out.problems.filter((p) => p.kind === 'duplicateCode').map((p) => p.code)).toEqual([
      ' i.1 ',
    ]);
  });
});

describe('KPI actuals are checked against their targets during the merge', () => {
  const kpis: MergeInput['kpis'] = [
    { code: 'CT1', content: 'Có ứng dụng', target: 'Có', measureUnit: '', leadUnit: KT },
    { code: 'CT2', content: 'Tỷ lệ', target: '≥ 80%', measureUnit: '%', leadUnit: KT },
  ];

  it('a number for a Có/Không target and Có for a numeric one are each flagged at their row', () => {
    const out = merge({
      kpis,
      submissions: [
        sheet(
          KT,
          [],
          [
            { row: 20, code: 'CT1', actual: 75, notes: '' },
            { row: 21, code: 'ct2', actual: 'Có', notes: '' },
          ],
        ),
      ],
    });
    expect(out.problems.filter((p) => p.kind === 'invalid')).toEqual([
      {
        kind: 'invalid',
        unit: KT,
        sheet: `BC - ${KT}`,
        row: 20,
        code: 'CT1',
        column: 'Kết quả thực hiện',
        message: 'Chỉ tiêu "Có" cần ghi Có hoặc Không.',
      },
      {
        kind: 'invalid',
        unit: KT,
        sheet: `BC - ${KT}`,
        row: 21,
        code: 'ct2',
        column: 'Kết quả thực hiện',
        message: 'Chỉ tiêu "≥ 80%" cần ghi số liệu, không phải Có/Không.',
      },
    ]);
  });

  it('an actual of the right kind raises nothing', () => {
    const out = merge({
      kpis,
      submissions: [
        sheet(
          KT,
          [],
          [
            { row: 20, code: 'CT1', actual: 'Có', notes: '' },
            { row: 21, code: 'CT2', actual: '85%', notes: '' },
          ],
        ),
      ],
    });
    expect(out.problems.filter((p) => p.kind === 'invalid')).toEqual([]);
  });

  it('a KPI the plan does not list is not checked against any target', () => {
    const out = merge({
      kpis,
      submissions: [sheet(KT, [], [{ row: 22, code: 'CT9', actual: 'Có', notes: '' }])],
    });
    expect(out.problems.filter((p) => p.kind === 'invalid')).toEqual([]);
  });
});

describe('what the lead unit wrote', () => {
  it('evidence alone is a result: the recurring task is reported and done', () => {
    const out = merge({
      submissions: [sheet(KT, [row(5, 'I.1', { evidence: 'https://xa.gov.vn/bien-ban' })])],
    });
    expect(out.rows[0]).toMatchObject({
      reported: true,
      evidence: 'https://xa.gov.vn/bien-ban',
      due: 1,
      done: 1,
    });
    expect(out.stats).toMatchObject({ tasks: 1, done: 1, completion: 100 });
  });

  it('a progress alone is reported; a row with only notes is not', () => {
    const progress = merge({ submissions: [sheet(KT, [row(5, 'I.1', { progress: 40 })])] });
    expect(progress.rows[0]).toMatchObject({ reported: true, progress: 40, done: 1 });
    const notes = merge({ submissions: [sheet(KT, [row(5, 'I.1', { notes: 'sẽ làm' })])] });
    expect(notes.rows[0]).toMatchObject({ reported: false, progress: null, done: 0 });
  });

  it('a progress that is not a percentage is no progress', () => {
    const out = merge({ submissions: [sheet(KT, [row(5, 'I.1', { progress: 'nhiều' })])] });
    expect(out.rows[0]).toMatchObject({ progress: null, reported: false, done: 0 });
  });

  it('a status typed loosely is read in its canonical spelling', () => {
    const out = merge({ submissions: [sheet(KT, [row(5, 'I.1', { status: 'HOAN THANH' })])] });
    expect(out.rows[0]).toMatchObject({ status: 'Hoàn thành', done: 1 });
  });
});

describe('who leads a task', () => {
  it('the first lead in the plan’s order sets the state, whoever submitted first', () => {
    const out = merge({
      tasks: [task('I.1', `${KT}; ${CA}`, YEARLY)],
      expectedUnits: [KT, CA],
      submissions: [
        sheet(CA, [row(5, 'I.1', { status: 'Hoàn thành', actual: 'CA xong' })]),
        sheet(KT, [row(5, 'I.1', { status: 'Đang thực hiện', actual: 'KT đang làm' })]),
      ],
    });
    expect(out.rows[0]).toMatchObject({
      status: 'Đang thực hiện',
      actual: `KT đang làm\n[${CA}] CA xong`,
    });
    expect(out.problems).toEqual([]);
  });

  it('one unit claiming a lead the plan gave another is told its words count as a partner’s', () => {
    const out = merge({
      expectedUnits: [KT, VP],
      submissions: [sheet(VP, [row(7, 'I.1', { status: 'Hoàn thành', actual: 'VP làm' })])],
    });
    expect(out.problems.filter((p) => p.kind === 'notLead')).toEqual([
      {
        kind: 'notLead',
        unit: VP,
        sheet: `BC - ${VP}`,
        row: 7,
        code: 'I.1',
        message: `${VP} báo cáo là đơn vị chủ trì nhiệm vụ I.1, nhưng Kế hoạch giao ${KT} chủ trì; số liệu được ghi như đơn vị phối hợp.`,
      },
    ]);
    expect(out.rows[0]).toMatchObject({ status: 'Chưa thực hiện', actual: `[${VP}] VP làm` });
  });

  it('two units both claiming the lead, one of them wrongly: each sheet is told at its row', () => {
    const out = merge({
      expectedUnits: [KT, VP],
      submissions: [
        sheet(KT, [row(5, 'I.1', { status: 'Đang thực hiện' })]),
        sheet(VP, [row(7, 'I.1', { status: 'Hoàn thành' })]),
      ],
    });
    const message = `Nhiệm vụ I.1: ${KT} và ${VP} đều báo cáo là đơn vị chủ trì; Kế hoạch giao ${KT} chủ trì.`;
    expect(out.problems.filter((p) => p.kind === 'twoLeads')).toEqual([
      { kind: 'twoLeads', unit: KT, sheet: `BC - ${KT}`, row: 5, code: 'I.1', message },
      { kind: 'twoLeads', unit: VP, sheet: `BC - ${VP}`, row: 7, code: 'I.1', message },
    ]);
  });

  it('names every lead the plan gave when a third unit claims a co-led task', () => {
    const out = merge({
      tasks: [task('I.1', `${KT}; ${CA}`, YEARLY)],
      expectedUnits: [KT, CA, VP],
      submissions: [sheet(VP, [row(7, 'I.1', { status: 'Hoàn thành' })])],
    });
    expect(out.problems.find((p) => p.kind === 'notLead')?.message).toBe(
      `${VP} báo cáo là đơn vị chủ trì nhiệm vụ I.1, nhưng Kế hoạch giao ${KT}, ${CA} chủ trì; số liệu được ghi như đơn vị phối hợp.`,
    );
  });

  it('a task with no lead in the plan says so when someone claims it', () => {
    const out = merge({
      tasks: [task('I.1', '', YEARLY)],
      submissions: [sheet(KT, [row(5, 'I.1', { status: 'Hoàn thành' })])],
    });
    expect(out.problems.find((p) => p.kind === 'notLead')?.message).toBe(
      `${KT} báo cáo là đơn vị chủ trì nhiệm vụ I.1, nhưng Kế hoạch giao (chưa giao) chủ trì; số liệu được ghi như đơn vị phối hợp.`,
    );
  });
});

describe('the summary rows and stats', () => {
  it('a section row stays a section with nothing but its code and title; tasks keep plan order', () => {
    const out = merge({
      tasks: [
        { ...task('I', KT, YEARLY), kind: 'section', content: 'Nâng cao nhận thức' },
        { ...task('I.1', KT, YEARLY), partnerUnits: [CA, VP] },
      ],
      submissions: [sheet(KT, [row(5, 'I', { status: 'Hoàn thành', notes: 'nhầm dòng' })])],
    });
    expect(out.rows[0]).toEqual({
      kind: 'section',
      code: 'I',
      section: 'I',
      content: 'Nâng cao nhận thức',
      leadUnit: '',
      partnerUnits: '',
      deadline: '',
      status: '',
      progress: null,
      actual: '',
      evidence: '',
      issuesRaised: '',
      notes: '',
      reported: false,
      due: 0,
      done: 0,
      overdue: 0,
      dueDate: '',
      completedOn: '',
      fourWay: '',
      coordinator: {},
    });
    expect(out.rows[1]).toMatchObject({
      kind: 'task',
      code: 'I.1',
      leadUnit: KT,
      partnerUnits: `${CA}; ${VP}`,
      deadline: 'Hằng năm',
    });
  });

  it('a general task ("Mã nhiệm vụ tổng quát") is a heading above its sub-tasks, never counted', () => {
    const out = merge({
      tasks: [
        { ...task('I.1', '', YEARLY), kind: 'group', content: 'Triển khai Đề án Chuyển đổi số' },
        { ...task('I.1.a', KT, YEARLY), content: 'Xây dựng các dự án thành phần' },
      ],
      submissions: [
        sheet(KT, [row(5, 'I.1.a', { status: 'Hoàn thành', actual: 'Đã phê duyệt 2 dự án' })]),
      ],
    });
    expect(out.rows.map((r) => [r.kind, r.code, r.content, r.status])).toEqual([
      ['section', 'I.1', 'Triển khai Đề án Chuyển đổi số', ''],
      ['task', 'I.1.a', 'Xây dựng các dự án thành phần', 'Hoàn thành'],
    ]);
    // One task due this year and done: the heading adds neither a task nor an open one.
    expect([out.stats.tasks, out.stats.done]).toEqual([1, 1]);
    expect(out.problems).toEqual([]);
  });

  it('an old summary row whose code left the plan is kept at the end, blank, and flagged', () => {
    const out = merge({ previous: [{ code: 'IX.1', coordinator: { 'Nhận xét': 'cũ' } }] });
    expect(out.rows.at(-1)).toMatchObject({
      kind: 'orphan',
      code: 'IX.1',
      content: '',
      status: '',
      reported: false,
      coordinator: { 'Nhận xét': 'cũ' },
    });
    expect(out.problems.find((p) => p.kind === 'orphanNote')).toEqual({
      kind: 'orphanNote',
      code: 'IX.1',
      message:
        'Mã nhiệm vụ "IX.1" không còn trong Kế hoạch; nhận xét cũ được giữ ở cuối bảng tổng hợp, xoá dòng đó nếu không cần.',
    });
  });

  it('a row with data but no code is flagged at its row; an empty row without a code is not', () => {
    const out = merge({
      submissions: [
        sheet(KT, [row(9, '', { actual: 'Đã làm' }), row(10, ''), row(11, 'IX.9', { notes: 'x' })]),
      ],
    });
    expect(out.problems.map((p) => p.message)).toEqual([
      'Dòng 9 có số liệu nhưng không có mã nhiệm vụ.',
      'Mã nhiệm vụ "IX.9" (dòng 11) không có trong Kế hoạch.',
    ]);
  });

  it('counts expected units once each, however they are spelled', () => {
    const out = merge({ expectedUnits: [KT, 'phòng kinh tế', CA] });
    expect(out.stats.units).toBe(2);
  });

  it('the JSON export gives the stats then every problem', () => {
    const out = merge({ tasks: [task('I.1', KT, YEARLY), task('I.1', KT, YEARLY)] });
    expect(mergeStatsJson(out)).toEqual({ ...out.stats, problems: out.problems });
    expect(Object.keys(mergeStatsJson(out)).at(-1)).toBe('problems');
  });
});
