// The rows a paste writes into the "Chỉ tiêu" sheet: a section row before each section's targets,
// and a code for each row. The extractions are written by hand (what extractKpis gives for a
// plan's prose or table), so each expected code is counted here, not computed.
import { describe, expect, it } from 'vitest';
import type { KpiExtraction, KpiRow } from '../../src/core/kpi/kpiExtract.ts';
import { kpiSheetRows } from '../../src/core/kpi/kpiRows.ts';

function row(line: number, indicator: string, extra: Partial<KpiRow> = {}): KpiRow {
  return {
    indicator,
    target: '≥ 80%',
    measureUnit: '%',
    parsed: { kind: 'compare', op: '>=', value: 80, unit: '%' },
    group: '',
    source: { line },
    ...extra,
  };
}

function extraction(rows: KpiRow[], sections: KpiExtraction['sections'] = []): KpiExtraction {
  return { rows, skipped: [], sections, problems: [], repairs: [], tables: 0 };
}

/** [kind, code, ordinal, content, line] of each row. */
const brief = (ex: KpiExtraction, taken: string[] = []) =>
  kpiSheetRows(ex, taken).rows.map((r) => [r.kind, r.code, r.ordinal, r.content, r.line]);

describe('prose targets', () => {
  it('each group of headings is a section I, II… in the order met; rows 1, 2… under it', () => {
    const hạTầng = '2. Mục tiêu cụ thể › Về hạ tầng số';
    const nguồnLực = '2. Mục tiêu cụ thể › Về nguồn lực';
    const ex = extraction([
      row(4, 'Tỷ lệ hộ gia đình có cáp quang', { group: hạTầng }),
      row(5, 'Tỷ lệ thôn có sóng 4G', { group: hạTầng }),
      row(8, 'Tỷ lệ cán bộ có kỹ năng số', { group: nguồnLực }),
    ]);
    expect(brief(ex)).toEqual([
      ['section', 'CT-I', 'I', hạTầng, 4],
      ['kpi', 'CT-I.1', '1', 'Tỷ lệ hộ gia đình có cáp quang', 4],
      ['kpi', 'CT-I.2', '2', 'Tỷ lệ thôn có sóng 4G', 5],
      ['section', 'CT-II', 'II', nguồnLực, 8],
      ['kpi', 'CT-II.1', '1', 'Tỷ lệ cán bộ có kỹ năng số', 8],
    ]);
  });

  it('targets under no heading are numbered alone, without a section', () => {
    const ex = extraction([
      row(1, 'Tăng trưởng kinh tế'),
      row(2, 'Tỷ lệ hộ nghèo'),
      row(6, 'Tỷ lệ thôn có wifi', { group: 'Về hạ tầng số' }),
    ]);
    expect(brief(ex)).toEqual([
      ['kpi', 'CT-1', '1', 'Tăng trưởng kinh tế', 1],
      ['kpi', 'CT-2', '2', 'Tỷ lệ hộ nghèo', 2],
      ['section', 'CT-I', 'I', 'Về hạ tầng số', 6],
      ['kpi', 'CT-I.1', '1', 'Tỷ lệ thôn có wifi', 6],
    ]);
  });

  it('a heading met again after another one opens a new section', () => {
    const ex = extraction([
      row(1, 'A', { group: 'Về hạ tầng số' }),
      row(2, 'B', { group: 'Về nguồn lực' }),
      row(3, 'C', { group: 'Về hạ tầng số' }),
    ]);
    expect(brief(ex).map((r) => r[1])).toEqual([
      'CT-I',
      'CT-I.1',
      'CT-II',
      'CT-II.1',
      'CT-III',
      'CT-III.1',
    ]);
  });
});

describe('table targets', () => {
  const sections = [
    { code: 'I', title: 'Về phát triển hạ tầng', line: 3 },
    { code: 'II', title: 'Về phát triển nguồn lực', line: 6 },
    { code: 'III', title: 'Về khoa học, công nghệ', line: 11 },
  ];
  const table = (line: number, section: string, ordinal: string, indicator: string) =>
    row(line, indicator, { section, ordinal });

  it('keeps the STT as written, gives a number to rows without one or with one used', () => {
    const ex = extraction(
      [
        table(2, '', '5', 'Chỉ tiêu trước mục I'),
        table(4, 'I', '1.', 'Hộ có cáp quang'),
        table(5, 'I', '1', 'Thôn có 4G'),
        table(7, 'II', '', 'Cán bộ có kỹ năng số'),
        table(8, 'II', '3)', 'Người dân có tài khoản'),
        table(9, 'II', '', 'Doanh nghiệp số'),
      ],
      sections,
    );
    expect(brief(ex)).toEqual([
      ['kpi', 'CT-5', '5', 'Chỉ tiêu trước mục I', 2],
      ['section', 'CT-I', 'I', 'Về phát triển hạ tầng', 3],
      ['kpi', 'CT-I.1', '1.', 'Hộ có cáp quang', 4],
      ['kpi', 'CT-I.2', '1', 'Thôn có 4G', 5],
      ['section', 'CT-II', 'II', 'Về phát triển nguồn lực', 6],
      ['kpi', 'CT-II.1', '', 'Cán bộ có kỹ năng số', 7],
      ['kpi', 'CT-II.3', '3)', 'Người dân có tài khoản', 8],
      ['kpi', 'CT-II.4', '', 'Doanh nghiệp số', 9],
      // Section III names no target: it keeps its place.
      ['section', 'CT-III', 'III', 'Về khoa học, công nghệ', 11],
    ]);
  });

  it('a section row that carries a target is one row, coded by its section', () => {
    const ex = extraction(
      [
        { ...table(3, 'I', 'I', 'Về phát triển hạ tầng'), sectionRow: true, target: '≥ 10' },
        table(4, 'I', '', 'Hộ có cáp quang'),
      ],
      sections.slice(0, 1),
    );
    expect(kpiSheetRows(ex, []).rows).toEqual([
      {
        kind: 'kpi',
        code: 'CT-I',
        ordinal: 'I',
        content: 'Về phát triển hạ tầng',
        measureUnit: '%',
        target: '≥ 10',
        lead: '',
        notes: '',
        line: 3,
      },
      {
        kind: 'kpi',
        code: 'CT-I.1',
        ordinal: '',
        content: 'Hộ có cáp quang',
        measureUnit: '%',
        target: '≥ 80%',
        lead: '',
        notes: '',
        line: 4,
      },
    ]);
  });

  it('two tables with the same sections: each row under its own table’s section', () => {
    const ex = extraction(
      [
        table(2, 'I', '1', 'Bảng 1, mục I'),
        table(3, 'I', '2', 'Bảng 1, mục I, thứ hai'),
        table(11, 'I', '1', 'Bảng 2, mục I'),
      ],
      [
        { code: 'I', title: 'Chính quyền số', line: 1 },
        { code: 'I', title: 'Kinh tế số', line: 10 },
      ],
    );
    expect(brief(ex)).toEqual([
      ['section', 'CT-I', 'I', 'Chính quyền số', 1],
      ['kpi', 'CT-I.1', '1', 'Bảng 1, mục I', 2],
      ['kpi', 'CT-I.2', '2', 'Bảng 1, mục I, thứ hai', 3],
      ['section', 'CT-I-2', 'I', 'Kinh tế số', 10],
      ['kpi', 'CT-I.1-2', '1', 'Bảng 2, mục I', 11],
    ]);
  });

  it('writes the units in charge as the directory names them, else as written, and the notes', () => {
    const ex = extraction([table(1, '', '1', 'A'), table(2, '', '2', 'B'), table(3, '', '3', 'C')]);
    ex.rows[0] = {
      ...ex.rows[0]!,
      lead: 'Phòng KT, Công an',
      leads: ['Phòng Kinh tế', 'Công an xã'],
      notes: 'Ghi chú: năm 2027',
    };
    ex.rows[1] = { ...ex.rows[1]!, lead: 'Ban chỉ đạo', leads: [] };
    const rows = kpiSheetRows(ex, []).rows;
    expect(rows.map((r) => [r.lead, r.notes])).toEqual([
      ['Phòng Kinh tế; Công an xã', 'Ghi chú: năm 2027'],
      ['Ban chỉ đạo', ''],
      ['', ''],
    ]);
  });
});

describe('codes already in the workbook', () => {
  const ex = () =>
    extraction([row(1, 'A', { group: 'Về hạ tầng số' }), row(2, 'B', { group: 'Về hạ tầng số' })]);

  it('keeps "CT-" and says nothing when no code is taken', () => {
    const plan = kpiSheetRows(ex(), ['CT-II', 'CT2-I', '  ', 'KH-01']);
    expect(plan.prefix).toBe('CT-');
    expect(plan.notice).toBeUndefined();
    expect(plan.rows.map((r) => r.code)).toEqual(['CT-I', 'CT-I.1', 'CT-I.2']);
  });

  it('moves the whole paste to the first free prefix, whatever the case and spaces', () => {
    const plan = kpiSheetRows(ex(), [' ct-i.2 ', 'CT2-I']);
    expect(plan.prefix).toBe('CT3-');
    expect(plan.notice).toBe(
      'Bảng tính đã có mã CT-I.2; các chỉ tiêu mới dùng mã bắt đầu bằng CT3- để không trùng.',
    );
    expect(plan.rows.map((r) => r.code)).toEqual(['CT3-I', 'CT3-I.1', 'CT3-I.2']);
  });

  it('names the first code of the paste that is taken', () => {
    const plan = kpiSheetRows(ex(), ['CT-I.2', 'CT-I.1']);
    expect(plan.prefix).toBe('CT2-');
    expect(plan.notice).toBe(
      'Bảng tính đã có mã CT-I.1; các chỉ tiêu mới dùng mã bắt đầu bằng CT2- để không trùng.',
    );
  });
});

describe('STT written in other ways', () => {
  const section = [{ code: 'I', title: 'Về phát triển hạ tầng', line: 1 }];
  const table = (line: number, ordinal: string) =>
    row(line, `Chỉ tiêu ${line}`, { section: 'I', ordinal });

  it('sub-numbers 1.1, 1.2 keep theirs; a row without STT after them is number 1', () => {
    const ex = extraction([table(2, '1.1'), table(3, '1.2'), table(4, '')], section);
    expect(brief(ex).map((r) => r[1])).toEqual(['CT-I', 'CT-I.1.1', 'CT-I.1.2', 'CT-I.1']);
  });

  it('letters a, b are codes too, and a workbook code in any case is taken', () => {
    const ex = extraction([table(2, 'a'), table(3, 'b')], section);
    expect(brief(ex).map((r) => r[1])).toEqual(['CT-I', 'CT-I.a', 'CT-I.b']);
    const plan = kpiSheetRows(ex, ['CT-I.A']);
    expect(plan.prefix).toBe('CT2-');
    expect(plan.rows.map((r) => r.code)).toEqual(['CT2-I', 'CT2-I.a', 'CT2-I.b']);
  });

  it('a code met three times gets -2 and -3', () => {
    const ex = extraction(
      [table(2, '1'), table(5, '1'), table(8, '1')],
      [
        { code: 'I', title: 'A', line: 1 },
        { code: 'I', title: 'B', line: 4 },
        { code: 'I', title: 'C', line: 7 },
      ],
    );
    expect(brief(ex).map((r) => r[1])).toEqual([
      'CT-I',
      'CT-I.1',
      'CT-I-2',
      'CT-I.1-2',
      'CT-I-3',
      'CT-I.1-3',
    ]);
  });
});

describe('section rows and the order of rows', () => {
  it('a section row has only its code, number and title', () => {
    const ex = extraction([row(4, 'Hộ có cáp quang', { group: 'Về hạ tầng số' })]);
    expect(kpiSheetRows(ex, []).rows[0]).toEqual({
      kind: 'section',
      code: 'CT-I',
      ordinal: 'I',
      content: 'Về hạ tầng số',
      measureUnit: '',
      target: '',
      lead: '',
      notes: '',
      line: 4,
    });
  });

  it('a section without targets between two others keeps its place', () => {
    const ex = extraction(
      [row(2, 'A', { section: 'I', ordinal: '1' }), row(6, 'C', { section: 'III', ordinal: '1' })],
      [
        { code: 'I', title: 'Một', line: 1 },
        { code: 'II', title: 'Hai', line: 3 },
        { code: 'III', title: 'Ba', line: 5 },
      ],
    );
    expect(brief(ex).map((r) => r[1])).toEqual(['CT-I', 'CT-I.1', 'CT-II', 'CT-III', 'CT-III.1']);
  });

  it('numbers after a two-digit STT go on from it; after letters they start at 1', () => {
    const s = [{ code: 'I', title: 'Một', line: 1 }];
    const t = (line: number, ordinal: string) => row(line, 'X', { section: 'I', ordinal });
    expect(brief(extraction([t(2, '12'), t(3, '')], s)).map((r) => r[1])).toEqual([
      'CT-I',
      'CT-I.12',
      'CT-I.13',
    ]);
    expect(brief(extraction([t(2, 'a'), t(3, 'b'), t(4, '')], s)).map((r) => r[1])).toEqual([
      'CT-I',
      'CT-I.a',
      'CT-I.b',
      'CT-I.1',
    ]);
  });

  it('a second table without sections numbers its rows afresh', () => {
    const ex = extraction(
      [
        row(2, 'A', { section: 'I', ordinal: '1' }),
        row(3, 'B', { section: 'I', ordinal: '2' }),
        row(6, 'C', { section: '', ordinal: '1' }),
      ],
      [{ code: 'I', title: 'Một', line: 1 }],
    );
    expect(brief(ex).map((r) => r[1])).toEqual(['CT-I', 'CT-I.1', 'CT-I.2', 'CT-1']);
  });
});
