// KPI tables pasted from plans, read row by row: seed 003's "Mục tiêu cụ thể" table (Word tabs)
// and the KPI tables of two other plans (tests/fixtures/plans), one of them PDF text.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../helpers/fixtures.ts';
import { extractKpis } from '../../src/core/kpi/kpiExtract.ts';
import { kpiSheetRows } from '../../src/core/kpi/kpiRows.ts';
import { isKpiHeader, kpiColumnRoles } from '../../src/core/kpi/kpiTable.ts';
import { normalizeTarget } from '../../src/core/kpi/targetWrite.ts';
import { resolveUnits } from '../../src/core/unit/unit.ts';
import { defaultUnitDirectory } from '../../src/core/unit/unitDirectory.ts';

const SEED_003 = fixtureText('kpi/seed003-chi-tieu.tsv');

/** Seed 003's table as written: [section, STT, indicator, unit of measure, target, unit in charge]. */
function seedRows(): string[][] {
  const out: string[][] = [];
  let section = '';
  for (const line of SEED_003.split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const [stt = '', indicator = '', measure = '', target = '', lead = ''] = line.split('\t');
    if (/^[IVX]+$/.test(stt)) {
      section = stt;
      // Section IV carries a target of its own ("≥ 10"): it is one of the table's rows too.
      if (target.trim() === '') continue;
    }
    out.push([section, stt, indicator, measure, target, lead]);
  }
  return out;
}

describe('seed 003: the KPI table pasted from Word', () => {
  const read = () => extractKpis(SEED_003);
  const expected = seedRows();

  it('gives exactly its 39 rows: 38 numbered or unnumbered targets and section IV’s own', () => {
    const ex = read();
    expect(expected).toHaveLength(39);
    expect(ex.tables).toBe(1);
    // Eight targets of the Word copy are LaTeX ("$\\geq 10\\%$"): the sheet gets them as printed.
    const printed = (target = '') => target.replace(/^\$\\geq (\d+)\\%\$$/, '≥ $1%');
    expect(ex.rows.map((r) => [r.section, r.ordinal, r.indicator, r.target])).toEqual(
      expected.map(([section, stt, indicator, , target]) => [
        section,
        stt,
        indicator,
        printed(target),
      ]),
    );
    expect(ex.skipped).toEqual([]);
  });

  it('leaves a target without LaTeX as written, stray full stop included, and lists no repair', () => {
    const ex = extractKpis(
      [
        'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu\tĐơn vị chủ trì',
        '1\tTỷ lệ hộ có cáp quang\t%\t95% .\tPhòng Kinh tế',
        '2\tTỷ lệ hộ dùng ví điện tử\t%\t$\\ge 60\\%$\tPhòng Kinh tế',
      ].join('\n'),
    );
    expect(ex.rows.map((r) => r.target)).toEqual(['95% .', '≥ 60%']);
    expect(ex.repairs.map((r) => r.message)).toEqual([
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\ge 60\\%$» → «≥ 60%» (dòng 3)',
    ]);
  });

  it('drops column numbers under the header however they are written, and lists each', () => {
    const header = 'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu\tĐơn vị chủ trì';
    const row = '1\tTỷ lệ hộ có cáp quang\t%\t≥ 80%\tPhòng Kinh tế';
    for (const numbers of [
      '1\t2\t3\t4\t5',
      '(1)\t(2)\t(3)\t(4)\t(5)',
      '1.\t2.\t3.\t4.\t5.',
      'Cột 1\tCột 2\tCột 3\tCột 4\tCột 5',
    ]) {
      const ex = extractKpis([header, numbers, row].join('\n'));
      expect(ex.rows.map((r) => [r.ordinal, r.indicator, r.target])).toEqual([
        ['1', 'Tỷ lệ hộ có cáp quang', '≥ 80%'],
      ]);
      expect(ex.repairs.map((r) => r.message)).toEqual(['Bỏ dòng đánh số cột (dòng 2)']);
    }
  });

  it('writes a LaTeX target as printed and lists each such repair with its line', () => {
    const ex = read();
    expect(ex.rows.filter((r) => r.ordinal === '1' && r.section === 'IV')[0]?.target).toBe('≥ 10%');
    expect(ex.repairs.filter((r) => r.kind === 'latex').map((r) => r.message)).toEqual([
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\geq 10\\%$» → «≥ 10%» (dòng 17)',
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\geq 80\\%$» → «≥ 80%» (dòng 30)',
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\geq 70\\%$» → «≥ 70%» (dòng 34)',
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\geq 60\\%$» → «≥ 60%» (dòng 35)',
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\geq 85\\%$» → «≥ 85%» (dòng 36)',
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\geq 50\\%$» → «≥ 50%» (dòng 37)',
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\geq 80\\%$» → «≥ 80%» (dòng 38)',
      'Bỏ ký hiệu LaTeX ở chỉ tiêu «$\\geq 20\\%$» → «≥ 20%» (dòng 39)',
    ]);
  });

  it('keeps each row’s unit of measure and unit in charge, read against the directory', () => {
    const ex = read();
    const dir = defaultUnitDirectory();
    expect(ex.rows.map((r) => r.measureUnit)).toEqual(expected.map((r) => r[3]));
    expect(ex.rows.map((r) => r.lead)).toEqual(expected.map((r) => r[5]));
    expect(ex.rows.map((r) => r.leads)).toEqual(
      expected.map((r) => resolveUnits(r[5] ?? '', dir).map((u) => u.name)),
    );
    // Section III's three rows have no STT; they are targets, not text of the row above.
    expect(ex.rows.filter((r) => r.section === 'III').map((r) => r.ordinal)).toEqual(['', '', '']);
  });

  it('reads the five sections with their titles', () => {
    const ex = read();
    expect(ex.sections.map((s) => [s.code, s.title])).toEqual([
      ['I', 'Về phát triển hạ tầng'],
      ['II', 'Về phát triển nguồn lực'],
      ['III', 'Về phát triển khoa học, công nghệ'],
      ['IV', 'Về phát triển hệ sinh thái đổi mới sáng tạo'],
      ['V', 'Về phát triển chuyển đổi số'],
    ]);
  });

  it('asks the officer to look at section IV’s target and row V.15 without a unit in charge', () => {
    const ex = read();
    expect(ex.problems.map((p) => [p.kind, p.line])).toEqual([
      ['sectionTarget', 16],
      ['noLead', 34],
    ]);
  });

  it('codes every row once: CT-I.1 …, and CT2-… when the workbook has them already', () => {
    const ex = read();
    const plan = kpiSheetRows(ex, []);
    const codes = plan.rows.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.slice(0, 4)).toEqual(['CT-I', 'CT-I.1', 'CT-I.2', 'CT-II']);
    expect(codes.filter((c) => c.startsWith('CT-III'))).toEqual([
      'CT-III',
      'CT-III.1',
      'CT-III.2',
      'CT-III.3',
    ]);
    // Section IV is one row: its title and its target.
    expect(plan.rows.filter((r) => r.code === 'CT-IV')).toMatchObject([
      { kind: 'kpi', content: 'Về phát triển hệ sinh thái đổi mới sáng tạo', target: '≥ 10' },
    ]);
    expect(plan.rows.filter((r) => r.kind === 'kpi')).toHaveLength(39);
    expect(plan.rows.filter((r) => r.kind === 'section')).toHaveLength(4);
    const again = kpiSheetRows(ex, codes);
    expect(again.prefix).toBe('CT2-');
    expect(again.notice).toContain('CT-I');
    expect(again.rows.map((r) => r.code).filter((c) => codes.includes(c))).toEqual([]);
  });

  it('reads the same table inside the whole plan, leaving the task appendix alone', () => {
    const ex = read();
    const whole = extractKpis(fixtureText('appendix/seed-003-plan.txt'), { tablesOnly: true });
    expect(whole.rows.map((r) => [r.section, r.ordinal, r.indicator, r.target])).toEqual(
      ex.rows.map((r) => [r.section, r.ordinal, r.indicator, r.target]),
    );
  });
});

describe('column headings of KPI tables', () => {
  it('matches columns by what they say, not where they are', () => {
    expect(
      kpiColumnRoles([
        'STT',
        'Tên chỉ tiêu',
        'ĐVT',
        'Kế hoạch năm 2026',
        'Cơ quan chủ trì theo dõi',
        'Ghi chú',
      ]),
    ).toEqual(['ordinal', 'indicator', 'measureUnit', 'target', 'lead', 'extra']);
    expect(
      kpiColumnRoles(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị thực hiện']),
    ).toEqual(['ordinal', 'indicator', 'measureUnit', 'target', 'lead']);
    expect(
      kpiColumnRoles(['TT', 'Đơn vị chủ trì', 'Chỉ tiêu', 'Nội dung chỉ tiêu', 'Đơn vị tính']),
    ).toEqual(['ordinal', 'lead', 'target', 'indicator', 'measureUnit']);
    // "Thực hiện năm 2025" is the starting point, not the target.
    expect(
      kpiColumnRoles(['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2025', 'Kế hoạch năm 2026']),
    ).toEqual(['ordinal', 'indicator', 'measureUnit', 'extra', 'target']);
  });

  it('is not a task table', () => {
    expect(
      isKpiHeader([
        'TT',
        'Nội dung',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời gian hoàn thành',
      ]),
    ).toBe(false);
    expect(
      isKpiHeader(['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Đơn vị chủ trì']),
    ).toBe(true);
  });
});

describe('Tân Hòa: a KPI table pasted from Word, with prose around it', () => {
  const read = () => extractKpis(fixtureText('plans/tan-hoa-chi-tieu.word.txt'));
  const row = (indicator: string) => {
    const r = read().rows.find((x) => x.indicator.startsWith(indicator));
    if (!r) throw new Error(`no row ${indicator}`);
    return r;
  };

  it('reads 14 table rows and the growth target of the prose, nothing twice', () => {
    const ex = read();
    expect(ex.rows.filter((r) => r.section !== undefined)).toHaveLength(14);
    expect(ex.rows.filter((r) => r.section === undefined).map((r) => r.target)).toEqual([
      'khoảng 6,5%/năm',
    ]);
    expect(ex.repairs.map((r) => r.kind)).toEqual(['repeatedHeader', 'joinedRow']);
    expect(row('Tỷ lệ cán bộ, công chức sử dụng thành thạo').indicator).toBe(
      'Tỷ lệ cán bộ, công chức sử dụng thành thạo nền tảng điều hành tác nghiệp của tỉnh',
    );
  });

  it('reads each target with the meaning a reader gives it', () => {
    const canonical = (i: string) => normalizeTarget(row(i).parsed);
    expect(canonical('Số thôn được phủ sóng')).toBe('≥ 12/15 thôn');
    expect(canonical('Trường học có kết nối')).toBe('≥ 9/9 trường học');
    expect(canonical('Thời gian giải quyết')).toBe('Giảm 5%');
    expect(canonical('Số văn bản giấy')).toBe('Giảm 30% (so với năm 2025)');
    expect(canonical('Tỷ lệ người từ 15 tuổi')).toBe('60–70%');
    expect(canonical('Số lớp bồi dưỡng')).toBe('≥ 4 lớp/năm');
  });

  it('reads units in charge: two bodies, a known office with commas, titles', () => {
    const ex = read();
    expect(row('Tỷ lệ hộ gia đình').leads).toEqual(['Phòng Văn hóa - Xã hội', 'Công an xã']);
    expect(row('Thời gian giải quyết').leads).toEqual([
      'Phòng Kinh tế',
      'Trung tâm Phục vụ hành chính công',
    ]);
    expect(row('Tỷ lệ cán bộ, công chức sử dụng').leads).toEqual([
      'Phòng Văn hóa, Khoa học và Thông tin',
    ]);
    expect(row('Mô hình').leads).toEqual(['Chủ tịch UBND xã']);
    expect(row('Tỷ lệ thành viên').leads).toEqual(['Bí thư Đảng ủy xã']);
    expect(ex.problems).toEqual([]);
    // Ghi chú is kept with its heading.
    expect(row('Số thôn được phủ sóng').notes).toBe('Ghi chú: 3 thôn vùng cao phấn đấu năm 2027');
  });
});

describe('Phú Lộc: the KPI table of a plan copied from PDF', () => {
  const read = () =>
    extractKpis(fixtureText('plans/phu-loc-ke-hoach.pdf.txt'), { tablesOnly: true });
  const source = fixtureText('plans/phu-loc-chi-tieu.source.tsv')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));

  it('gives the table’s 10 targets with units of measure and units in charge, as printed', () => {
    const ex = read();
    const targets = source.filter((r) => !/^[IVX]+$/.test(r[0] ?? ''));
    expect(ex.rows.map((r) => [r.ordinal, r.indicator, r.measureUnit, r.target, r.lead])).toEqual(
      targets.map((r) => [r[0], r[1], r[2], r[3], r[4]]),
    );
    expect(ex.sections.map((s) => s.title)).toEqual(['Chính quyền số', 'Kinh tế số', 'Xã hội số']);
    expect(ex.problems).toEqual([]);
  });

  it('lists what it dropped inside the table: page numbers, form feeds, repeated headers', () => {
    const ex = read();
    expect(ex.repairs.map((r) => r.kind)).toEqual([
      'spacedTable',
      'pageNumber',
      'formFeed',
      'repeatedHeader',
      'pageNumber',
      'formFeed',
      'repeatedHeader',
    ]);
  });
});
