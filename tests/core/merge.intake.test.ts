// Taking in the units' reports: who submitted, who is late, who is missing, which rows are used,
// and how codes and unit names are compared. Each test imports a fresh mergeIntake module:
// codeKey remembers the codes it has seen, and one test must not lean on what another left.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Submission, SubmittedTask } from '../../src/core/report/submission.ts';

type Intake = typeof import('../../src/core/report/merge/mergeIntake.ts');
let intake: Intake;

beforeEach(async () => {
  vi.resetModules();
  intake = await import('../../src/core/report/merge/mergeIntake.ts');
});

const KT = 'Phòng Kinh tế';
const CA = 'Công an xã';
const VP = 'Văn phòng HĐND và UBND';

function task(r: number, code: unknown, fields: Partial<SubmittedTask> = {}): SubmittedTask {
  return {
    row: r,
    code,
    status: '',
    progress: '',
    actual: '',
    evidence: '',
    role: 'lead',
    ...fields,
  };
}

function report(
  unit: string,
  submittedAt: string | null | undefined,
  tasks: SubmittedTask[] = [],
  sheet = `BC - ${unit}`,
): Submission {
  return { unit, sheet, ...(submittedAt !== undefined ? { submittedAt } : {}), tasks, kpis: [] };
}

describe('codeKey: task and KPI codes compared loosely', () => {
  it('case, spaces and trailing dots do not make two codes different', () => {
    const { codeKey } = intake;
    expect(['iii.4 ', 'III.4.', 'III. 4', ' III.4..', 'III .4'].map(codeKey)).toEqual([
      'III.4',
      'III.4',
      'III.4',
      'III.4',
      'III.4',
    ]);
  });

  it('a code read back from a summary is the code it shows; a number is its digits', () => {
    const { codeKey } = intake;
    expect(codeKey("'-1")).toBe('-1');
    expect(codeKey(3)).toBe('3');
    expect(codeKey(3.5)).toBe('3.5');
    expect(codeKey(null)).toBe('');
    expect(codeKey('  ')).toBe('');
    expect(codeKey('ct 1.')).toBe('CT1');
  });
});

describe('splitUnits and unitKey: who a lead cell names', () => {
  it('units separated by ";" or by lines, blanks dropped', () => {
    expect(intake.splitUnits(`${KT}; ${CA}\n ${VP} ;;`)).toEqual([KT, CA, VP]);
    expect(intake.splitUnits('  ')).toEqual([]);
  });

  it('a unit spelled in another case or with other dashes is the same unit', () => {
    const { unitKey } = intake;
    expect(unitKey('phòng văn hóa-xã hội')).toBe(unitKey('Phòng Văn hóa - Xã hội'));
    expect(unitKey('PHÒNG KINH TẾ')).toBe(unitKey(KT));
    expect(unitKey(CA) === unitKey(KT)).toBe(false);
  });
});

describe('takeAttendance: who reported for the period', () => {
  it('a sheet counts only once its box is ticked (stamped); a draft names its sheet', () => {
    const a = intake.takeAttendance(
      [
        report(KT, '2026-06-18T09:00'),
        report(CA, null, [], 'BC Q2 - Công an'),
        report(CA, '  ', [], 'BC Q2 - Công an (2)'),
        report(VP, undefined),
      ],
      [KT, CA, VP],
      '2026-06-19',
    );
    expect(a.stamped.map((s) => s.unit)).toEqual([KT]);
    expect([a.submitted, a.late, a.missing]).toEqual([1, 0, [CA, VP]]);
    expect(a.problems).toEqual([
      {
        kind: 'missing',
        unit: CA,
        sheet: 'BC Q2 - Công an',
        message: `${CA} chưa nộp báo cáo (trang "BC Q2 - Công an" chưa tích ô "Nộp báo cáo").`,
      },
      {
        kind: 'missing',
        unit: VP,
        sheet: `BC - ${VP}`,
        message: `${VP} chưa nộp báo cáo (trang "BC - ${VP}" chưa tích ô "Nộp báo cáo").`,
      },
    ]);
  });

  it('a unit with no sheet at all is missing without a sheet', () => {
    const a = intake.takeAttendance([], [KT], '2026-06-19');
    expect(a).toEqual({
      stamped: [],
      submitted: 0,
      late: 0,
      missing: [KT],
      problems: [{ kind: 'missing', unit: KT, message: `${KT} chưa nộp báo cáo.` }],
    });
  });

  it('a report stamped on the deadline day is on time; the next day it is late', () => {
    const a = intake.takeAttendance(
      [report(KT, '2026-06-19T23:59'), report(CA, '2026-06-20T00:01')],
      [KT, CA],
      '2026-06-19',
    );
    expect([a.submitted, a.late, a.missing]).toEqual([2, 1, []]);
    expect(a.problems).toEqual([
      {
        kind: 'late',
        unit: CA,
        sheet: `BC - ${CA}`,
        message: `${CA} nộp lúc 20/06/2026 00:01, sau hạn 19/06/2026.`,
      },
    ]);
  });

  it('a unit counts as late only when all its stamped sheets are late; each late sheet is told', () => {
    const a = intake.takeAttendance(
      [
        report(KT, '2026-06-18T08:00', [], 'BC - KT (nhiệm vụ)'),
        report(KT, '2026-06-22T08:00', [], 'BC - KT (chỉ tiêu)'),
        report(CA, '2026-06-21T10:15', [], 'BC - CA 1'),
        report(CA, '2026-06-23T10:15', [], 'BC - CA 2'),
      ],
      [KT, CA],
      '2026-06-19',
    );
    expect([a.submitted, a.late]).toEqual([2, 1]);
    expect(a.problems.map((p) => [p.kind, p.sheet, p.message])).toEqual([
      ['late', 'BC - KT (chỉ tiêu)', `${KT} nộp lúc 22/06/2026 08:00, sau hạn 19/06/2026.`],
      ['late', 'BC - CA 1', `${CA} nộp lúc 21/06/2026 10:15, sau hạn 19/06/2026.`],
      ['late', 'BC - CA 2', `${CA} nộp lúc 23/06/2026 10:15, sau hạn 19/06/2026.`],
    ]);
  });

  it('with no deadline in the plan nobody is late', () => {
    const a = intake.takeAttendance([report(KT, '2026-12-31T23:00')], [KT], null);
    expect([a.submitted, a.late, a.problems]).toEqual([1, 0, []]);
  });

  it('a draft beside a stamped sheet of the same unit does not make it missing', () => {
    const a = intake.takeAttendance(
      [report(KT, null, [], 'BC - KT nháp'), report(KT, '2026-06-18T09:00')],
      [KT],
      '2026-06-19',
    );
    expect([a.submitted, a.missing, a.problems]).toEqual([1, [], []]);
    expect(a.stamped.map((s) => s.sheet)).toEqual([`BC - ${KT}`]);
  });

  it('units are matched however they are spelled, and an expected unit counts once', () => {
    const a = intake.takeAttendance(
      [report('PHÒNG KINH TẾ', '2026-06-18T09:00')],
      [KT, 'phòng kinh tế', CA],
      '2026-06-19',
    );
    expect([a.submitted, a.missing]).toEqual([1, [CA]]);
  });

  it('a late report from a unit nobody expected is still told it is late', () => {
    const a = intake.takeAttendance([report(VP, '2026-06-25T14:00')], [], '2026-06-19');
    expect([a.submitted, a.late]).toEqual([0, 0]);
    expect(a.problems.map((p) => p.message)).toEqual([
      `${VP} nộp lúc 25/06/2026 14:00, sau hạn 19/06/2026.`,
    ]);
  });
});

describe('collectRows: the rows of each stamped report that the summary uses', () => {
  const hasData = (t: SubmittedTask) => intake.anyFilled(t.status, t.actual, t.evidence);

  it('each unit’s first row of a plan code, grouped by code with where it came from', () => {
    const { byCode, problems } = intake.collectRows(
      [
        report(KT, '2026-06-18T09:00', [task(5, 'I.1', { actual: 'KT' })], 'KT 1'),
        report('phòng kinh tế', '2026-06-19T09:00', [task(6, 'i.1', { actual: 'KT lại' })], 'KT 2'),
        report(CA, '2026-06-17T07:30', [task(5, 'I.1 ', { actual: 'CA' }), task(6, 'I.2')]),
      ],
      (s) => s.tasks,
      new Set(['I.1', 'I.2']),
      'nhiệm vụ',
      hasData,
    );
    expect(
      [...byCode.entries()].map(([k, es]) => [
        k,
        es.map((e) => [e.unit, e.sheet, e.submittedAt, e.row.row]),
      ]),
    ).toEqual([
      [
        'I.1',
        [
          [KT, 'KT 1', '2026-06-18T09:00', 5],
          [CA, `BC - ${CA}`, '2026-06-17T07:30', 5],
        ],
      ],
      ['I.2', [[CA, `BC - ${CA}`, '2026-06-17T07:30', 6]]],
    ]);
    expect(problems).toEqual([
      {
        kind: 'duplicateCode',
        unit: 'phòng kinh tế',
        sheet: 'KT 2',
        row: 6,
        code: 'i.1',
        message: 'Mã nhiệm vụ "i.1" lặp lại ở dòng 6; chỉ dòng đầu tiên được tổng hợp.',
      },
    ]);
  });

  it('rows with data but no code, and codes the plan lacks, are flagged; empty rows are not', () => {
    const { byCode, problems } = intake.collectRows(
      [
        report(KT, '2026-06-18T09:00', [
          task(7, '', { evidence: 'Biên bản' }),
          task(8, null),
          task(9, ' IX.9 ', { status: 'Hoàn thành' }),
          task(10, 'IX.9'),
        ]),
      ],
      (s) => s.tasks,
      new Set(['I.1']),
      'nhiệm vụ',
      hasData,
    );
    expect([...byCode.keys()]).toEqual([]);
    expect(problems).toEqual([
      {
        kind: 'unknownCode',
        unit: KT,
        sheet: `BC - ${KT}`,
        row: 7,
        message: 'Dòng 7 có số liệu nhưng không có mã nhiệm vụ.',
      },
      {
        kind: 'unknownCode',
        unit: KT,
        sheet: `BC - ${KT}`,
        row: 9,
        code: 'IX.9',
        message: 'Mã nhiệm vụ "IX.9" (dòng 9) không có trong Kế hoạch.',
      },
      {
        kind: 'unknownCode',
        unit: KT,
        sheet: `BC - ${KT}`,
        row: 10,
        code: 'IX.9',
        message: 'Mã nhiệm vụ "IX.9" (dòng 10) không có trong Kế hoạch.',
      },
    ]);
  });
});

describe('invalidValues: what a unit typed that cannot be used', () => {
  it('errors only, at their row and column; a loosely spelled status is no problem', () => {
    const s = report(KT, '2026-06-18T09:00', [
      task(5, 'I.1', { status: 'dang thuc hien' }),
      task(6, 'I.2', { status: 'Xong' }),
      task(7, '', { progress: 120 }),
    ]);
    expect(intake.invalidValues(s, undefined, {})).toEqual([
      {
        kind: 'invalid',
        unit: KT,
        sheet: `BC - ${KT}`,
        row: 6,
        code: 'I.2',
        column: 'Trạng thái',
        message:
          'Trạng thái "Xong" không có trong danh sách: Chưa thực hiện, Đang thực hiện, Hoàn thành.',
      },
      {
        kind: 'invalid',
        unit: KT,
        sheet: `BC - ${KT}`,
        row: 7,
        column: 'Tiến độ (%)',
        message: 'Tiến độ phải là số từ 0 đến 100 (%).',
      },
    ]);
  });

  it('the statuses of the plan’s list are the ones accepted', () => {
    const s = report(KT, '2026-06-18T09:00', [task(5, 'I.1', { status: 'Tạm dừng' })]);
    expect(intake.invalidValues(s, ['Đang làm', 'Tạm dừng'], {})).toEqual([]);
    expect(intake.invalidValues(s, ['Đang làm'], {}).map((p) => p.message)).toEqual([
      'Trạng thái "Tạm dừng" không có trong danh sách: Đang làm.',
    ]);
  });

  it('a completion day after the day of the stamp is refused; a draft has no stamp day', () => {
    const done = { status: 'Hoàn thành', actual: 'Xong', completedOn: '20/06/2026' };
    const stamped = report(KT, '2026-06-18T09:00', [task(5, 'I.1', done)]);
    expect(intake.invalidValues(stamped, undefined, {}).map((p) => [p.column, p.message])).toEqual([
      ['Ngày hoàn thành', 'Ngày hoàn thành 20/06/2026 ở sau ngày nộp báo cáo (18/06/2026).'],
    ]);
    const sameDay = report(KT, '2026-06-20T17:00', [task(5, 'I.1', done)]);
    expect(intake.invalidValues(sameDay, undefined, {})).toEqual([]);
    const draft = report(KT, null, [task(5, 'I.1', done)]);
    expect(intake.invalidValues(draft, undefined, {})).toEqual([]);
  });

  it('a KPI actual is checked against the plan’s target for its code', () => {
    const s: Submission = {
      ...report(KT, '2026-06-18T09:00'),
      kpis: [{ row: 20, code: 'CT1', actual: 75 }],
    };
    expect(intake.invalidValues(s, undefined, { CT1: 'Có' }).map((p) => p.message)).toEqual([
      'Chỉ tiêu "Có" cần ghi Có hoặc Không.',
    ]);
    expect(intake.invalidValues(s, undefined, {})).toEqual([]);
  });
});

describe('anyFilled', () => {
  it('something typed in any of the cells', () => {
    const { anyFilled } = intake;
    expect(anyFilled('', null, undefined, '  ')).toBe(false);
    expect(anyFilled('', 0)).toBe(true);
    expect(anyFilled()).toBe(false);
    expect(anyFilled(' ', 'x')).toBe(true);
  });
});
