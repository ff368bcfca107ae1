// What a unit typed, checked when it presses "Nộp báo cáo" and again at the merge: each problem
// at its row and column, with the Vietnamese message the officer reads.
import { describe, expect, it } from 'vitest';
import {
  completionDay,
  rowStatus,
  validateSubmission,
  type SubmittedKpi,
} from '../../src/core/report/submission.ts';
import { submittedTask as task } from '../helpers/reportCore.ts';

const kpi = (row: number, actual: unknown, fields: Partial<SubmittedKpi> = {}): SubmittedKpi => ({
  row,
  code: `CT${row}`,
  actual,
  ...fields,
});

const FORMULA_MESSAGE = (shown: string) =>
  `Ô hiện lỗi công thức (${shown}). Nếu muốn ghi chữ bắt đầu bằng dấu "=", hãy gõ thêm dấu nháy ' ở đầu (ví dụ '=…), hoặc bỏ dấu "=".`;

describe('a status outside the list', () => {
  it('is refused with the list the unit may pick from', () => {
    expect(validateSubmission({ tasks: [task(5, { status: ' Xong ' })] })).toEqual([
      {
        row: 5,
        column: 'Trạng thái',
        value: ' Xong ',
        code: 'I.5',
        severity: 'error',
        message:
          'Trạng thái "Xong" không có trong danh sách: Chưa thực hiện, Đang thực hiện, Hoàn thành.',
      },
    ]);
  });

  it('"Quá hạn", however spelled, is told it is worked out by the add-on', () => {
    const message =
      '"Quá hạn" do hệ thống tự tính theo thời hạn; hãy chọn một trong: Chưa thực hiện, Đang thực hiện, Hoàn thành.';
    expect(
      validateSubmission({
        tasks: [task(5, { status: 'Quá hạn' }), task(6, { status: 'QUA HAN' })],
      }).map((p) => [p.row, p.severity, p.message]),
    ).toEqual([
      [5, 'error', message],
      [6, 'error', message],
    ]);
  });

  it('a plan’s own list is the one offered and accepted', () => {
    const statuses = ['Chưa làm', 'Đang làm', 'Xong'];
    expect(validateSubmission({ tasks: [task(5, { status: 'Xong' })] }, { statuses })).toEqual([]);
    expect(
      validateSubmission({ tasks: [task(5, { status: 'Hoàn thành' })] }, { statuses }).map(
        (p) => p.message,
      ),
    ).toEqual(['Trạng thái "Hoàn thành" không có trong danh sách: Chưa làm, Đang làm, Xong.']);
  });

  it('rowStatus gives the canonical status, or blank', () => {
    expect(rowStatus(' hoàn thành ')).toBe('Hoàn thành');
    expect(rowStatus('dang thuc hien')).toBe('Đang thực hiện');
    expect(rowStatus('')).toBe('');
    expect(rowStatus('Xong')).toBe('');
    expect(rowStatus('xong', ['Đang làm', 'Xong'])).toBe('Xong');
  });
});

describe('progress', () => {
  it('a number outside 0–100, or text that is no number, is refused with its reason', () => {
    expect(
      validateSubmission({
        tasks: [task(5, { progress: -5 }), task(6, { progress: 'nhiều' })],
      }),
    ).toEqual([
      {
        row: 5,
        column: 'Tiến độ (%)',
        value: -5,
        code: 'I.5',
        severity: 'error',
        message: 'Tiến độ phải là số từ 0 đến 100 (%).',
      },
      {
        row: 6,
        column: 'Tiến độ (%)',
        value: 'nhiều',
        code: 'I.6',
        severity: 'error',
        message: 'Tiến độ "nhiều" không phải là số.',
      },
    ]);
  });

  it('"Hoàn thành" with a progress under 100% is a warning that names the progress', () => {
    expect(
      validateSubmission({
        tasks: [
          task(5, { status: 'Hoàn thành', progress: 99.5, actual: 'x' }),
          task(6, { status: 'Hoàn thành', progress: 100, actual: 'x' }),
          task(7, { status: 'Hoàn thành', actual: 'x' }),
          task(8, { status: 'Đang thực hiện', progress: 40 }),
        ],
      }),
    ).toEqual([
      {
        row: 5,
        column: 'Tiến độ (%)',
        value: 99.5,
        code: 'I.5',
        severity: 'warning',
        message: 'Trạng thái "Hoàn thành" nhưng tiến độ là 99.5%.',
      },
    ]);
  });

  it('"Chưa thực hiện" with a progress above 0% is a warning; 0% is not', () => {
    expect(
      validateSubmission({
        tasks: [
          task(5, { status: 'Chưa thực hiện', progress: '30%' }),
          task(6, { status: 'Chưa thực hiện', progress: 0 }),
          task(7, { status: 'Chưa thực hiện' }),
        ],
      }),
    ).toEqual([
      {
        row: 5,
        column: 'Tiến độ (%)',
        value: '30%',
        code: 'I.5',
        severity: 'warning',
        message: 'Trạng thái "Chưa thực hiện" nhưng tiến độ là 30%.',
      },
    ]);
  });
});

describe('a task counted as done needs a result or evidence', () => {
  it('done by status or by 100% progress, with neither result nor evidence', () => {
    expect(
      validateSubmission({
        tasks: [
          task(5, { status: 'Hoàn thành', actual: '  ' }),
          task(6, { progress: '100%' }),
          task(7, { progress: 100, actual: 'Đã ban hành' }),
          task(8, { status: 'Hoàn thành', evidence: 'CV 12' }),
          task(9, { progress: 99 }),
        ],
      }),
    ).toEqual([
      {
        row: 5,
        column: 'Kết quả thực hiện',
        value: '  ',
        code: 'I.5',
        severity: 'error',
        message: 'Nhiệm vụ đã hoàn thành cần ghi Kết quả thực hiện hoặc Minh chứng.',
      },
      {
        row: 6,
        column: 'Kết quả thực hiện',
        value: '',
        code: 'I.6',
        severity: 'error',
        message: 'Nhiệm vụ đã hoàn thành cần ghi Kết quả thực hiện hoặc Minh chứng.',
      },
    ]);
  });
});

describe('text cells showing a failed formula', () => {
  it('every error Sheets shows, in each text column of a task', () => {
    const shown = ['#ERROR!', '#NAME?', '#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NUM!', '#NULL!'];
    const problems = validateSubmission({
      tasks: shown.map((s, i) => task(10 + i, { actual: s })),
    });
    expect(problems.map((p) => [p.row, p.column, p.value, p.severity, p.message])).toEqual(
      shown.map((s, i) => [10 + i, 'Kết quả thực hiện', s, 'error', FORMULA_MESSAGE(s)]),
    );
  });

  it('the result, evidence, issues and notes columns are each checked, in that order', () => {
    expect(
      validateSubmission({
        tasks: [
          task(5, {
            actual: '#REF!',
            evidence: '#N/A',
            issuesRaised: '#NAME?',
            notes: ' #ERROR! ',
          }),
        ],
      }).map((p) => [p.column, p.value, p.code]),
    ).toEqual([
      ['Kết quả thực hiện', '#REF!', 'I.5'],
      ['Minh chứng', '#N/A', 'I.5'],
      ['Khó khăn, vướng mắc, kiến nghị', '#NAME?', 'I.5'],
      ['Ghi chú', ' #ERROR! ', 'I.5'],
    ]);
  });

  it('words around an error code, or a code Sheets does not show, are text', () => {
    expect(
      validateSubmission({
        tasks: [
          task(5, { actual: 'Lỗi #ERROR!' }),
          task(6, { actual: '#ERROR! đã sửa' }),
          task(7, { notes: '#VALUE' }),
          task(8, { notes: '#SPILL!' }),
          task(9, { evidence: '#N/A.' }),
        ],
      }),
    ).toEqual([]);
  });

  it('a KPI’s evidence and notes are checked, at the KPI’s row and code', () => {
    expect(
      validateSubmission({
        kpis: [kpi(20, 5, { evidence: '#DIV/0!', notes: '#NUM!' })],
      }),
    ).toEqual([
      {
        row: 20,
        column: 'Minh chứng',
        value: '#DIV/0!',
        code: 'CT20',
        severity: 'error',
        message: FORMULA_MESSAGE('#DIV/0!'),
      },
      {
        row: 20,
        column: 'Ghi chú',
        value: '#NUM!',
        code: 'CT20',
        severity: 'error',
        message: FORMULA_MESSAGE('#NUM!'),
      },
    ]);
  });
});

describe('the completion day', () => {
  it('is read from the cell, blank meaning none', () => {
    expect(completionDay('15/08/2025')).toEqual({ day: '2025-08-15' });
    expect(completionDay('2025-08-15')).toEqual({ day: '2025-08-15' });
    expect(completionDay('  ')).toEqual({ day: null });
    expect(completionDay(null)).toEqual({ day: null });
    expect(completionDay('giữa tháng 8')).toEqual({
      error: 'Ngày hoàn thành "giữa tháng 8" không đọc được; hãy ghi theo mẫu 15/08/2025.',
    });
  });

  it('an unreadable day is refused at its cell; the day of the submission itself is fine', () => {
    const done = { status: 'Hoàn thành', actual: 'Xong' };
    expect(
      validateSubmission(
        {
          tasks: [
            task(5, { ...done, completedOn: 'cuối tháng' }),
            task(6, { ...done, completedOn: '18/09/2025' }),
            task(7, { ...done, completedOn: '19/09/2025' }),
          ],
        },
        { submittedOn: '2025-09-18' },
      ),
    ).toEqual([
      {
        row: 5,
        column: 'Ngày hoàn thành',
        value: 'cuối tháng',
        code: 'I.5',
        severity: 'error',
        message: 'Ngày hoàn thành "cuối tháng" không đọc được; hãy ghi theo mẫu 15/08/2025.',
      },
      {
        row: 7,
        column: 'Ngày hoàn thành',
        value: '19/09/2025',
        code: 'I.7',
        severity: 'error',
        message: 'Ngày hoàn thành 19/09/2025 ở sau ngày nộp báo cáo (18/09/2025).',
      },
    ]);
  });

  it('without a submission day, a day in the future is not judged', () => {
    expect(
      validateSubmission({
        tasks: [task(5, { status: 'Hoàn thành', actual: 'Xong', completedOn: '31/12/2099' })],
      }),
    ).toEqual([]);
  });
});

describe('KPI actuals', () => {
  it('an unreadable actual says what it could not read and what to write', () => {
    expect(validateSubmission({ kpis: [kpi(21, 'khoảng mười')] })).toEqual([
      {
        row: 21,
        column: 'Kết quả thực hiện',
        value: 'khoảng mười',
        code: 'CT21',
        severity: 'error',
        message:
          'Kết quả chỉ tiêu: Không đọc được số từ "khoảng mười". Hãy ghi số, tỷ lệ % hoặc Có/Không.',
      },
    ]);
  });

  it('a Có/Không target needs Có or Không; a numeric one needs a number', () => {
    const kpiTargets = { CT1: 'Có', CT2: 'không', CT3: '≥ 95%', CT4: '100%', CT5: 'Có' };
    expect(
      validateSubmission(
        {
          kpis: [kpi(1, '80%'), kpi(2, 'Không'), kpi(3, 'Có'), kpi(4, true), kpi(5, 'Đạt')],
        },
        { kpiTargets },
      ),
    ).toEqual([
      {
        row: 1,
        column: 'Kết quả thực hiện',
        value: '80%',
        code: 'CT1',
        severity: 'error',
        message: 'Chỉ tiêu "Có" cần ghi Có hoặc Không.',
      },
      {
        row: 3,
        column: 'Kết quả thực hiện',
        value: 'Có',
        code: 'CT3',
        severity: 'error',
        message: 'Chỉ tiêu "≥ 95%" cần ghi số liệu, không phải Có/Không.',
      },
      {
        row: 4,
        column: 'Kết quả thực hiện',
        value: true,
        code: 'CT4',
        severity: 'error',
        message: 'Chỉ tiêu "100%" cần ghi số liệu, không phải Có/Không.',
      },
    ]);
  });

  it('a target in words (even one starting with Có or Không), a blank target and a blank actual are not judged', () => {
    const kpiTargets = {
      CT1: 'Hoàn thành chuyển đổi số',
      CT2: '  ',
      CT3: '≥ 95%',
      CT4: 'Có ứng dụng',
      CT5: 'Không để xảy ra sự cố mất an toàn thông tin',
    };
    expect(
      validateSubmission(
        { kpis: [kpi(1, 'Có'), kpi(2, 'Có'), kpi(3, ''), kpi(4, 'Có'), kpi(5, 0)] },
        { kpiTargets },
      ),
    ).toEqual([]);
  });

  it('problems come tasks first, then KPIs, each in row order', () => {
    expect(
      validateSubmission({
        kpis: [kpi(20, 'nhiều')],
        tasks: [task(5, { status: 'Xong' }), task(9, { progress: 150 })],
      }).map((p) => [p.row, p.column]),
    ).toEqual([
      [5, 'Trạng thái'],
      [9, 'Tiến độ (%)'],
      [20, 'Kết quả thực hiện'],
    ]);
  });

  it('nothing to check in an empty sheet', () => {
    expect(validateSubmission({})).toEqual([]);
  });
});
