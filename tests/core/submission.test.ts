import { describe, expect, it } from 'vitest';
import {
  rowStatus,
  validateSubmission,
  type SubmittedKpi,
} from '../../src/core/report/submission.ts';
import { submittedTask as task } from '../helpers/reportCore.ts';
import { TASK_STATUSES } from '../../src/core/sheet/vocabulary.ts';

describe('validateSubmission: tasks', () => {
  it('accepts a clean sheet', () => {
    const tasks = [
      task(5, { status: 'Hoàn thành', progress: 100, actual: 'Đã ban hành KH số 12' }),
      task(6, { status: 'Đang thực hiện', progress: '70%' }),
      task(7, { status: 'Chưa thực hiện' }),
      task(8, {}),
    ];
    expect(validateSubmission({ tasks }, { statuses: TASK_STATUSES })).toEqual([]);
  });

  it('understands loose status spellings and reports the canonical one', () => {
    const problems = validateSubmission({ tasks: [task(5, { status: 'dang thuc hien' })] });
    expect(problems).toEqual([
      {
        row: 5,
        column: 'Trạng thái',
        value: 'dang thuc hien',
        code: 'I.5',
        severity: 'warning',
        fix: 'Đang thực hiện',
        message: 'Trạng thái "dang thuc hien" được hiểu là "Đang thực hiện".',
      },
    ]);
    expect(rowStatus('HOÀN THÀNH')).toBe('Hoàn thành');
    expect(rowStatus('Xong')).toBe('');
  });

  it('rejects statuses outside the list, and "Quá hạn" which is derived', () => {
    const problems = validateSubmission({
      tasks: [task(5, { status: 'Xong' }), task(6, { status: 'quá hạn' })],
    });
    expect(problems.map((p) => [p.row, p.severity, p.column])).toEqual([
      [5, 'error', 'Trạng thái'],
      [6, 'error', 'Trạng thái'],
    ]);
    expect(problems[0]?.message).toMatch(/không có trong danh sách: Chưa thực hiện/);
    expect(problems[1]?.message).toMatch(/tự tính/);
  });

  it('checks progress is 0–100', () => {
    const problems = validateSubmission({
      tasks: [
        task(5, { progress: 120 }),
        task(6, { progress: 'nhiều' }),
        task(7, { progress: '70,5' }),
      ],
    });
    expect(problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [5, 'Tiến độ (%)', 'error'],
      [6, 'Tiến độ (%)', 'error'],
    ]);
  });

  it('needs a result or evidence for a completed task', () => {
    const problems = validateSubmission({
      tasks: [
        task(5, { status: 'Hoàn thành' }),
        task(6, { progress: 1, progressFormat: '0%' }),
        task(7, { status: 'Hoàn thành', evidence: 'https://example.vn/kh12' }),
      ],
    });
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [5, 'Kết quả thực hiện'],
      [6, 'Kết quả thực hiện'],
    ]);
    expect(problems[0]?.message).toBe(
      'Nhiệm vụ đã hoàn thành cần ghi Kết quả thực hiện hoặc Minh chứng.',
    );
  });

  it('refuses text cells showing a failed formula (text typed with a leading "=")', () => {
    const problems = validateSubmission({
      tasks: [
        task(5, { status: 'Hoàn thành', progress: 100, actual: '#ERROR!' }),
        task(6, { status: 'Đang thực hiện', actual: 'Đã họp', notes: '#NAME?' }),
        task(7, { actual: '#ERROR! là mã lỗi' }),
      ],
      kpis: [{ row: 20, code: 'CT-1', actual: 5, evidence: '#REF!' }],
    });
    expect(problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [5, 'Kết quả thực hiện', 'error'],
      [6, 'Ghi chú', 'error'],
      [20, 'Minh chứng', 'error'],
    ]);
    expect(problems[0]?.message).toContain("dấu nháy ' ở đầu");
  });

  it('warns when status and progress disagree', () => {
    const problems = validateSubmission({
      tasks: [
        task(5, { status: 'Hoàn thành', progress: 60, actual: 'x' }),
        task(6, { status: 'Chưa thực hiện', progress: 20 }),
      ],
    });
    expect(problems.map((p) => [p.row, p.severity])).toEqual([
      [5, 'warning'],
      [6, 'warning'],
    ]);
  });
});

describe('validateSubmission: KPIs', () => {
  const kpi = (row: number, actual: unknown, code = `K${row}`): SubmittedKpi => ({
    row,
    code,
    actual,
  });

  it('reads numbers, %, Vietnamese separators and Có/Không', () => {
    const kpis = [
      kpi(1, 95),
      kpi(2, '95%'),
      kpi(3, '1.234,5'),
      kpi(4, 'Có'),
      kpi(5, ''),
      kpi(6, '12 mô hình'),
    ];
    expect(validateSubmission({ kpis })).toEqual([]);
  });

  it('rejects unreadable actuals', () => {
    const problems = validateSubmission({ kpis: [kpi(3, 'đang cập nhật')] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, column: 'Kết quả thực hiện', severity: 'error' });
    expect(problems[0]?.message).toMatch(/Có\/Không/);
  });

  it('matches the kind of actual to the target when the target is known', () => {
    const kpiTargets = { K1: 'Có', K2: '≥ 95%', K3: '100%' };
    const problems = validateSubmission(
      { kpis: [kpi(1, 80), kpi(2, 'Có'), kpi(3, '98%')] },
      { kpiTargets },
    );
    expect(problems.map((p) => p.row)).toEqual([1, 2]);
  });

  it('reads the completion day, refusing an unreadable one or one after the submission', () => {
    const done = { status: 'Hoàn thành', actual: 'Xong' };
    const problems = validateSubmission(
      {
        tasks: [
          task(1, { ...done, completedOn: '25/08/2025' }),
          task(2, { ...done, completedOn: 'cuối tháng' }),
          task(3, { ...done, completedOn: new Date('2025-09-30T00:00:00+07:00') }),
          task(4, { ...done, completedOn: '' }),
        ],
      },
      { submittedOn: '2025-09-18' },
    );
    expect(problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, 'Ngày hoàn thành', 'error'],
      [3, 'Ngày hoàn thành', 'error'],
    ]);
    expect(problems[1]?.message).toBe(
      'Ngày hoàn thành 30/09/2025 ở sau ngày nộp báo cáo (18/09/2025).',
    );
  });
});
