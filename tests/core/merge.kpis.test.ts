// The KPI summary (biểu chỉ tiêu): one row per KPI of the plan, with its lead unit's actual judged
// against the target, the other units' figures appended labelled, and old notes kept.
import { describe, expect, it } from 'vitest';
import {
  mergeSubmissions,
  type MasterKpi,
  type MergeInput,
} from '../../src/core/report/merge/merge.ts';
import { makePeriod } from '../../src/core/report/period.ts';
import type { Submission, SubmittedKpi } from '../../src/core/report/submission.ts';

const KT = 'Phòng Kinh tế';
const CA = 'Công an xã';
const VH = 'Phòng Văn hóa - Xã hội';

function kpi(code: string, target: string, leadUnit: string, measureUnit = '%'): MasterKpi {
  return { code, content: `Chỉ tiêu ${code}`, target, measureUnit, leadUnit };
}

function sheet(unit: string, kpis: SubmittedKpi[]): Submission {
  return { unit, sheet: `BC - ${unit}`, submittedAt: '2026-06-18T09:00', tasks: [], kpis };
}

/** Records what the merge asks to judge, so a test sees the target and the actual passed on. */
function judged(target: string, actual: unknown): string {
  return `${target} | ${typeof actual}:${String(actual)}`;
}

/** KPIs only, merged for Q2/2026 on 25/06. */
function merge(over: Partial<MergeInput>): ReturnType<typeof mergeSubmissions> {
  return mergeSubmissions({
    tasks: [],
    kpis: [kpi('CT1', '≥ 80%', KT)],
    period: makePeriod('quarter', 2026, 2),
    asOf: '2026-06-25',
    submissionDeadline: '2026-06-19',
    expectedUnits: [KT],
    submissions: [],
    evaluateKpi: judged,
    ...over,
  });
}

describe('the lead unit’s actual', () => {
  it('a fraction in a % cell is passed on as the percentage people see', () => {
    const out = merge({
      submissions: [sheet(KT, [{ row: 20, code: 'CT1', actual: 0.95, actualFormat: '0%' }])],
    });
    expect(out.kpiRows.map((k) => [k.actual, k.kpiStatus, k.reported])).toEqual([
      ['95%', '≥ 80% | string:95%', true],
    ]);
  });

  it('a number in a plain cell stays a number; text typed with % stays as typed', () => {
    const out = merge({
      kpis: [kpi('CT1', '≥ 5', KT, 'mô hình'), kpi('CT2', '≥ 80%', KT)],
      submissions: [
        sheet(KT, [
          { row: 20, code: 'CT1', actual: 6, actualFormat: '0' },
          { row: 21, code: 'CT2', actual: '85%', actualFormat: '0%' },
        ]),
      ],
    });
    expect(out.kpiRows.map((k) => [k.code, k.actual, k.kpiStatus])).toEqual([
      ['CT1', 6, '≥ 5 | number:6'],
      ['CT2', '85%', '≥ 80% | string:85%'],
    ]);
  });

  it('no report from the lead: the actual is blank, judged blank, and not reported', () => {
    const out = merge({});
    expect(out.kpiRows).toEqual([
      {
        kind: 'kpi',
        code: 'CT1',
        content: 'Chỉ tiêu CT1',
        target: '≥ 80%',
        measureUnit: '%',
        leadUnit: KT,
        actual: '',
        kpiStatus: '≥ 80% | string:',
        evidence: '',
        notes: '',
        reported: false,
        coordinator: {},
      },
    ]);
  });

  it('the lead is found however the plan spells the unit, and any co-lead may report', () => {
    const out = merge({
      kpis: [kpi('CT1', '≥ 80%', 'phòng  kinh tế'), kpi('CT2', '≥ 3', `${CA}; ${KT}`, 'lớp')],
      submissions: [
        sheet(KT, [
          { row: 20, code: 'CT1', actual: '82%' },
          { row: 21, code: 'CT2', actual: 4 },
        ]),
      ],
    });
    expect(out.kpiRows.map((k) => [k.code, k.actual, k.reported, k.notes])).toEqual([
      ['CT1', '82%', true, ''],
      ['CT2', 4, true, ''],
    ]);
  });

  it('evidence alone is a report; notes alone are not', () => {
    const out = merge({
      kpis: [kpi('CT1', '≥ 80%', KT), kpi('CT2', '≥ 80%', KT)],
      submissions: [
        sheet(KT, [
          { row: 20, code: 'CT1', actual: '', evidence: 'Báo cáo số 5/BC-KT' },
          { row: 21, code: 'CT2', actual: '', notes: 'đang tổng hợp' },
        ]),
      ],
    });
    expect(out.kpiRows.map((k) => [k.code, k.reported, k.evidence, k.notes])).toEqual([
      ['CT1', true, 'Báo cáo số 5/BC-KT', ''],
      ['CT2', false, '', 'đang tổng hợp'],
    ]);
  });
});

describe('other units’ figures on a KPI', () => {
  it('are appended to the notes as "[Unit] actual; notes", evidence labelled too', () => {
    const out = merge({
      expectedUnits: [KT, CA, VH],
      submissions: [
        sheet(CA, [{ row: 20, code: 'CT1', actual: 0.5, actualFormat: '0.0%', notes: 'thôn 1' }]),
        sheet(KT, [{ row: 20, code: 'CT1', actual: '81%', evidence: 'BC 5', notes: 'toàn xã' }]),
        sheet(VH, [{ row: 20, code: 'CT1', actual: '', evidence: 'Ảnh', notes: 'chưa có số' }]),
      ],
    });
    expect(out.kpiRows[0]).toMatchObject({
      actual: '81%',
      evidence: `BC 5\n[${VH}] Ảnh`,
      notes: `toàn xã\n[${CA}] 50%; thôn 1\n[${VH}] chưa có số`,
      reported: true,
    });
  });

  it('a unit that wrote only a figure shows the figure; one that wrote nothing shows no line', () => {
    const out = merge({
      expectedUnits: [KT, CA, VH],
      submissions: [
        sheet(CA, [{ row: 20, code: 'CT1', actual: 12 }]),
        sheet(VH, [{ row: 20, code: 'CT1', actual: '', evidence: 'Ảnh' }]),
      ],
    });
    expect(out.kpiRows[0]).toMatchObject({
      actual: '',
      kpiStatus: '≥ 80% | string:',
      evidence: `[${VH}] Ảnh`,
      notes: `[${CA}] 12`,
      reported: false,
    });
  });
});

describe('what the KPI summary writes and flags', () => {
  it('the plan’s cells as data: trimmed, and never read as a formula', () => {
    const out = merge({
      kpis: [
        {
          code: ' CT1 ',
          content: '=Tỷ lệ hồ sơ',
          target: '+5%',
          measureUnit: ' % ',
          leadUnit: ` ${KT} `,
        },
      ],
      submissions: [sheet(KT, [{ row: 20, code: 'ct1', actual: '=1+1' }])],
    });
    expect(
      out.kpiRows.map((k) => [k.code, k.content, k.target, k.measureUnit, k.leadUnit]),
    ).toEqual([['CT1', "'=Tỷ lệ hồ sơ", "'+5%", '%', KT]]);
    expect(out.kpiRows[0]?.actual).toBe("'=1+1");
  });

  it('a plan without KPIs gives no KPI rows', () => {
    const out = merge({ kpis: undefined });
    expect(out.kpiRows).toEqual([]);
  });

  it('a KPI code the plan does not list, and a KPI row with figures but no code, are flagged', () => {
    const out = merge({
      submissions: [
        sheet(KT, [
          { row: 22, code: 'CT9', actual: 5 },
          { row: 23, code: '', actual: '', notes: 'số liệu cả năm' },
          { row: 24, code: '', actual: '', evidence: 'BC 7' },
          { row: 25, code: '', actual: '' },
          { row: 26, code: 'CT1', actual: '90%' },
          { row: 27, code: 'CT1.', actual: '70%' },
        ]),
      ],
    });
    expect(out.problems.map((p) => [p.kind, p.row, p.message])).toEqual([
      ['unknownCode', 22, 'Mã chỉ tiêu "CT9" (dòng 22) không có trong Kế hoạch.'],
      ['unknownCode', 23, 'Dòng 23 có số liệu nhưng không có mã chỉ tiêu.'],
      ['unknownCode', 24, 'Dòng 24 có số liệu nhưng không có mã chỉ tiêu.'],
      [
        'duplicateCode',
        27,
        'Mã chỉ tiêu "CT1." lặp lại ở dòng 27; chỉ dòng đầu tiên được tổng hợp.',
      ],
    ]);
    expect(out.kpiRows.map((k) => k.actual)).toEqual(['90%']);
  });

  it('old notes are carried by KPI code; a KPI that left the plan keeps its notes at the end', () => {
    const out = merge({
      expectedUnits: [],
      previousKpis: [
        { code: 'ct1', coordinator: { 'Nhận xét': 'Đạt sớm' } },
        { code: 'CT7', coordinator: { 'Nhận xét': 'chỉ tiêu cũ' } },
      ],
    });
    expect(out.kpiRows).toEqual([
      {
        kind: 'kpi',
        code: 'CT1',
        content: 'Chỉ tiêu CT1',
        target: '≥ 80%',
        measureUnit: '%',
        leadUnit: KT,
        actual: '',
        kpiStatus: '≥ 80% | string:',
        evidence: '',
        notes: '',
        reported: false,
        coordinator: { 'Nhận xét': 'Đạt sớm' },
      },
      {
        kind: 'orphan',
        code: 'CT7',
        content: '',
        target: '',
        measureUnit: '',
        leadUnit: '',
        actual: '',
        kpiStatus: '',
        evidence: '',
        notes: '',
        reported: false,
        coordinator: { 'Nhận xét': 'chỉ tiêu cũ' },
      },
    ]);
    expect(out.problems).toEqual([
      {
        kind: 'orphanNote',
        code: 'CT7',
        message:
          'Mã chỉ tiêu "CT7" không còn trong Kế hoạch; nhận xét cũ được giữ ở cuối bảng tổng hợp, xoá dòng đó nếu không cần.',
      },
    ]);
  });
});
