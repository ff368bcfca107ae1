// Every target wording of the five seed plans, read by parseTarget.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMeasureUnit } from '../../src/core/kpi/targetWrite.ts';
import { parseTarget } from '../../src/core/kpi/target.ts';
import type { Target } from '../../src/core/kpi/targetTypes.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/kpi/${name}`, import.meta.url), 'utf8');

type Expect =
  | readonly ['compare', string, number, string]
  | readonly ['compare', string, number, string, string]
  | readonly ['yesno']
  | readonly ['qualitative'];

/**
 * Seed 003, "2. Mục tiêu cụ thể": [section.stt, kind, op, value, unit after the unit column, note].
 * A qualitative target keeps its cell as its text.
 */
const SEED_003_TABLE: ReadonlyArray<readonly [string, Expect]> = [
  ['I.1', ['compare', '>=', 60, '%']],
  ['I.2', ['compare', '>=', 70, '%']],
  ['II.1', ['compare', '>=', 2, '%', 'GRDP']],
  ['II.2', ['compare', '>=', 100, '%']],
  ['II.3', ['compare', '>=', 100, '%']],
  ['II.4', ['compare', '>=', 100, '%']],
  ['II.5', ['compare', '>=', 70, '%']],
  ['III.', ['compare', '>=', 1, 'Cán bộ']],
  ['III.', ['compare', '>=', 1, 'Nhiệm vụ']],
  ['III.', ['yesno']],
  ['IV', ['compare', '>=', 10, '']],
  ['IV.1', ['compare', '>=', 10, '%']],
  ['V.1', ['qualitative']],
  ['V.2', ['compare', '>=', 95, '%']],
  ['V.3', ['compare', '>=', 95, '%']],
  ['V.4', ['compare', '>=', 95, '%']],
  ['V.5', ['compare', '>=', 100, '%']],
  ['V.6', ['compare', '>=', 100, '%']],
  ['V.7', ['compare', '>=', 100, '%']],
  ['V.8', ['compare', '>=', 100, '%']],
  ['V.9', ['compare', '>=', 95, '%']],
  ['V.10', ['compare', '>=', 100, '%']],
  ['V.11', ['compare', '>=', 80, '%']],
  ['V.12', ['compare', '>=', 100, '%']],
  ['V.13', ['compare', '>=', 100, '%']],
  ['V.14', ['compare', '>=', 100, '%']],
  ['V.15', ['compare', '>=', 70, '%']],
  ['V.16', ['compare', '>=', 60, '%']],
  ['V.17', ['compare', '>=', 85, '%']],
  ['V.18', ['compare', '>=', 50, '%']],
  ['V.19', ['compare', '>=', 80, '%']],
  ['V.20', ['compare', '>=', 20, '%']],
  ['V.21', ['compare', '>=', 100, '%']],
  ['V.22', ['compare', '>=', 100, '%']],
  ['V.23', ['compare', '>=', 80, '%']],
  ['V.24', ['compare', '>=', 30, '%']],
  ['V.25', ['compare', '>=', 70, '%']],
  ['V.26', ['compare', '>=', 100, '%']],
  ['V.27', ['compare', '>=', 100, '%']],
];

interface TableTarget {
  key: string;
  indicator: string;
  measureUnit: string;
  target: string;
}

/** Rows of the KPI table that carry a target (column "Kết quả"), keyed by section and STT. */
function tableTargets(tsv: string): TableTarget[] {
  const out: TableTarget[] = [];
  let section = '';
  for (const line of tsv.split('\n')) {
    const [stt = '', indicator = '', measureUnit = '', target = ''] = line.split('\t');
    if (/^[IVX]+$/.test(stt)) section = stt;
    if (target.trim() === '' || stt === 'STT') continue;
    const key = /^[IVX]+$/.test(stt) ? stt : `${section}.${stt}`;
    out.push({ key, indicator, measureUnit, target });
  }
  return out;
}

function check(t: Target, e: Expect, cell: string): void {
  if (e[0] === 'compare') {
    const [kind, op, value, unit, note] = e;
    expect(t).toStrictEqual({ kind, op, value, unit, ...(note !== undefined ? { note } : {}) });
  } else if (e[0] === 'yesno') {
    expect(t).toStrictEqual({ kind: 'yesno' });
  } else {
    expect(t).toStrictEqual({ kind: 'qualitative', text: cell });
  }
}

describe('seed 003: the KPI table, row by row', () => {
  const rows = tableTargets(fixture('seed003-chi-tieu.tsv'));

  it('holds 39 targets', () => {
    expect(rows.map((r) => r.key)).toStrictEqual(SEED_003_TABLE.map(([key]) => key));
  });

  it.each(rows.map((r, i) => [`${r.key} ${r.target}`, r, SEED_003_TABLE[i]?.[1]] as const))(
    '%s',
    (_name, row, expected) => {
      if (!expected) throw new Error('missing expectation');
      check(applyMeasureUnit(parseTarget(row.target), row.measureUnit), expected, row.target);
    },
  );

  it('keeps "GRDP" as a note and reads the LaTeX cells', () => {
    const byTarget = new Map(rows.map((r) => [r.target, parseTarget(r.target)]));
    expect(byTarget.get('≥ 2% GRDP')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 2,
      unit: '%',
      note: 'GRDP',
    });
    expect(byTarget.get('$\\geq 80\\%$')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 80,
      unit: '%',
    });
    expect(byTarget.get('Phần đầu thuộc nhóm trung bình cao')).toStrictEqual({
      kind: 'qualitative',
      text: 'Phần đầu thuộc nhóm trung bình cao',
    });
  });
});

describe('seed 003: the KPI column of the "6 rõ" appendix', () => {
  const cells = fixture('seed003-phu-luc-kpi.tsv')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t')[1] ?? '');

  const share = (value: number, note: string): Target => ({
    kind: 'compare',
    op: '>=',
    value,
    unit: '%',
    note,
  });
  const person = (text: string): Target => ({ kind: 'qualitative', text });
  /** Every cell, in the order of the seed, as a person reads it. */
  const EXPECTED: ReadonlyArray<readonly [string, Target]> = [
    ...[
      'Triển khai các dự án thành phần đúng tiến độ đề ra',
      'Dự thảo được thông qua và ban hành đúng tiến độ đề ra',
    ].map((t) => [t, person(t)] as const),
    ...(
      [
        [100, 'cán bộ, công chức, viên chức được bồi dưỡng'],
        [80, 'giáo viên được bồi dưỡng'],
        [100, 'công chức chuyên trách, không chuyên trách được tập huấn'],
        [100, 'hạ tầng công nghệ thông tin, chuyển đổi số được hoàn thiện'],
        [100, 'TTHC được rà soát, đề xuất'],
      ] as const
    ).map(([value, note]) => [`${value}% ${note}`, share(value, note)] as const),
    ...[
      'Dự thảo được thông qua và ban hành đúng thời hạn',
      'Đúng tiến độ lộ trình đề ra',
      'Dự thảo thông qua và ban hành đúng tiến độ đề ra',
      'Nền tảng số dùng chung quốc gia được sử dụng',
      'Dự thảo được thông qua',
      'Đề án được ban hành',
    ].map((t) => [t, person(t)] as const),
    [
      '≥01 mô hình/sáng kiến được đề xuất, xem xét',
      {
        kind: 'compare',
        op: '>=',
        value: 1,
        unit: 'mô hình/sáng kiến',
        note: 'được đề xuất, xem xét',
      },
    ],
  ];

  it('holds 14 KPI cells', () => {
    expect(cells).toHaveLength(14);
  });

  it('reads every cell as a person would', () => {
    expect(cells.map((c) => [c, parseTarget(c)])).toStrictEqual(EXPECTED);
  });
});

describe('prose targets of seeds 000, 001, 002, 003 and 004', () => {
  it.each<[string, string, number, string]>([
    // 000 Cỏ Đô
    ['100% dịch vụ công trực tuyến toàn trình', '>=', 100, '%'],
    ['95% người dân, doanh nghiệp đánh giá hài lòng', '>=', 95, '%'],
    ['Phấn đấu 90% hồ sơ công việc được xử lý trên môi trường điện tử', '>=', 90, '%'],
    ['đạt 90%', '>=', 90, '%'],
    ['70% có ghi nhận doanh thu số', '>=', 70, '%'],
    ['đạt tối thiểu 60%', '>=', 60, '%'],
    ['đạt tối thiểu 75%', '>=', 75, '%'],
    // 001 Cẩm Giàng
    ['Triển khai cấp chứng thư số đến 100% cán bộ, công chức xã', '>=', 100, '%'],
    // 002 Phong Thổ
    ['Phủ sóng 4G cho 100% thôn, bản, tổ dân phố.', '>=', 100, '%'],
    ['Tối thiểu 95% người dân, doanh nghiệp', '>=', 95, '%'],
    ['Bảo đảm 100% nhiệm vụ của Ban Chỉ đạo', '>=', 100, '%'],
    // 003 Đa Kia
    [
      'Xác định và làm chủ tối thiểu 02 công nghệ/sản phẩm chiến lược của xã',
      '>=',
      2,
      'công nghệ/sản phẩm chiến lược',
    ],
    ['xây dựng ít nhất một mô hình ứng dụng', '>=', 1, 'mô hình ứng dụng'],
    // 004 Cỏ Lễ
    [
      'Phần đầu tỷ trọng kinh tế số trong cơ cấu kinh tế của xã năm 2026 đạt tối thiểu 15%.',
      '>=',
      15,
      '%',
    ],
    ['phấn đấu đạt tối thiểu 70% khu vực dân cư', '>=', 70, '%'],
    ['phấn đấu trên 90% văn bản, hồ sơ công việc', '>', 90, '%'],
    ['Phấn đấu tối thiểu 80% thủ tục hành chính', '>=', 80, '%'],
    ['Phấn đấu 50% cán bộ, công chức phụ trách', '>=', 50, '%'],
  ])('%s', (text, op, value, unit) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'compare', op, value, unit });
  });

  it('reads "ít nhất 01 đến 02" in 000 as a range', () => {
    expect(parseTarget('có ít nhất 01 đến 02 sáng kiến')).toStrictEqual({
      kind: 'range',
      min: 1,
      max: 2,
      unit: 'sáng kiến',
    });
  });

  it('reads a reduction in 000 as a range', () => {
    expect(parseTarget('Giảm 20-25% thời gian xử lý trung bình')).toStrictEqual({
      kind: 'range',
      min: 20,
      max: 25,
      unit: '%',
      note: 'giảm thời gian xử lý trung bình',
    });
  });

  it('leaves a target without a figure to a person (002)', () => {
    expect(parseTarget('đạt tối thiểu mục tiêu Chính phủ giao hàng năm')).toStrictEqual({
      kind: 'qualitative',
      text: 'đạt tối thiểu mục tiêu Chính phủ giao hàng năm',
    });
  });
});
