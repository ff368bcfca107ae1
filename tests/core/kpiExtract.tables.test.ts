// A KPI table inside plan prose, with a task table after it: what is read from each part, and
// what the officer is asked to look at. Expected rows and messages are read off the text by hand.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../helpers/fixtures.ts';
import { extractKpis } from '../../src/core/kpi/kpiExtract.ts';

const PASTE = [
  'Mục tiêu:',
  '- Tăng trưởng kinh tế số đạt 10%',
  'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu\tĐơn vị chủ trì\tGhi chú',
  'I\tVề hạ tầng\t\t≥ 10\tPhòng Kinh tế\t',
  '1\tTỷ lệ hộ có cáp quang\t%\t≥ 80%\t\tthôn vùng cao năm 2027',
  '2\t\tthôn\t15\tCông an xã\t',
  '3\tSố điểm wifi\tđiểm\t\tBan Quản lý chợ\t',
  '4\tTỷ lệ hồ sơ\t%\tabc%\tPhòng Văn hóa - Xã hội\t',
  'II\tVề dữ liệu\t\t≥ 5\t\t',
  '',
  '- 90% hộ dùng ví điện tử.',
  'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
  '1\tTriển khai 100% thôn có loa\tPhòng Kinh tế\t\tQuý II/2026',
  '',
  '- 70% hộ có 4G.',
].join('\n');

describe('a paste with prose, a KPI table and a task table', () => {
  it('reads the prose around both tables and the KPI table row by row, in line order', () => {
    const ex = extractKpis(PASTE);
    expect(ex.tables).toBe(1);
    expect(
      ex.rows.map((r) => [r.source.line, r.group, r.section, r.ordinal, r.indicator, r.target]),
    ).toEqual([
      [2, 'Mục tiêu', undefined, undefined, 'Tăng trưởng kinh tế số', '10%'],
      [4, 'I. Về hạ tầng', 'I', 'I', 'Về hạ tầng', '≥ 10'],
      [5, 'I. Về hạ tầng', 'I', '1', 'Tỷ lệ hộ có cáp quang', '≥ 80%'],
      [6, 'I. Về hạ tầng', 'I', '2', '', '15'],
      [7, 'I. Về hạ tầng', 'I', '3', 'Số điểm wifi', ''],
      [8, 'I. Về hạ tầng', 'I', '4', 'Tỷ lệ hồ sơ', 'abc%'],
      [9, 'II. Về dữ liệu', 'II', 'II', 'Về dữ liệu', '≥ 5'],
      [11, 'Mục tiêu', undefined, undefined, 'Hộ dùng ví điện tử', '90%'],
      [15, 'Mục tiêu', undefined, undefined, 'Hộ có 4G', '70%'],
    ]);
    expect(ex.sections).toEqual([
      { code: 'I', title: 'Về hạ tầng', line: 4 },
      { code: 'II', title: 'Về dữ liệu', line: 9 },
    ]);
  });

  it('keeps a table row’s cells: unit of measure, units in charge, notes, section row', () => {
    const ex = extractKpis(PASTE);
    const at = (line: number) => ex.rows.find((r) => r.source.line === line);
    expect(at(4)).toEqual({
      indicator: 'Về hạ tầng',
      target: '≥ 10',
      measureUnit: '',
      parsed: { kind: 'compare', op: '>=', value: 10, unit: '' },
      group: 'I. Về hạ tầng',
      source: { line: 4 },
      section: 'I',
      ordinal: 'I',
      lead: 'Phòng Kinh tế',
      leads: ['Phòng Kinh tế'],
      sectionRow: true,
    });
    expect(at(5)).toEqual({
      indicator: 'Tỷ lệ hộ có cáp quang',
      target: '≥ 80%',
      measureUnit: '%',
      parsed: { kind: 'compare', op: '>=', value: 80, unit: '%' },
      group: 'I. Về hạ tầng',
      source: { line: 5 },
      section: 'I',
      ordinal: '1',
      lead: '',
      leads: [],
      notes: 'Ghi chú: thôn vùng cao năm 2027',
    });
    expect(at(6)?.parsed).toEqual({ kind: 'compare', op: '>=', value: 15, unit: 'thôn' });
    expect(at(7)?.measureUnit).toBe('điểm');
  });

  it('asks the officer to look at each doubtful row, in line order', () => {
    expect(extractKpis(PASTE).problems).toEqual([
      {
        kind: 'sectionTarget',
        line: 4,
        message:
          'Dòng 4: dòng mục I có ghi chỉ tiêu «≥ 10» và đơn vị «Phòng Kinh tế»; đã đọc như một chỉ tiêu, hãy xem lại.',
      },
      { kind: 'noLead', line: 5, message: 'Dòng 5: chưa có đơn vị chủ trì theo dõi.' },
      {
        kind: 'noIndicator',
        line: 6,
        message: 'Dòng 6: có chỉ tiêu nhưng không có nội dung chỉ tiêu.',
      },
      { kind: 'noTarget', line: 7, message: 'Dòng 7: chưa ghi mức chỉ tiêu cần đạt.' },
      { kind: 'unit', line: 7, message: 'Dòng 7: Không rõ đơn vị: Ban Quản lý chợ' },
      {
        kind: 'target',
        line: 8,
        message:
          'Dòng 8: chỉ tiêu «abc%» không đọc được: Chỉ tiêu “abc%” có dấu so sánh hoặc % nhưng thiếu con số.',
      },
      {
        kind: 'sectionTarget',
        line: 9,
        message: 'Dòng 9: dòng mục II có ghi chỉ tiêu «≥ 5»; đã đọc như một chỉ tiêu, hãy xem lại.',
      },
      { kind: 'noLead', line: 9, message: 'Dòng 9: chưa có đơn vị chủ trì theo dõi.' },
    ]);
  });

  it('only the tables when asked', () => {
    const ex = extractKpis(PASTE, { tablesOnly: true });
    expect(ex.rows.map((r) => r.source.line)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(ex.skipped).toEqual([]);
  });

  it('a table without a unit-in-charge column asks for none', () => {
    const ex = extractKpis(
      'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu\n1\tTỷ lệ hộ có cáp quang\t%\t≥ 80%',
    );
    expect(ex.rows.map((r) => [r.indicator, r.target, r.lead, r.leads])).toEqual([
      ['Tỷ lệ hộ có cáp quang', '≥ 80%', '', []],
    ]);
    expect(ex.problems).toEqual([]);
  });
});

describe('several tables in one paste', () => {
  it('each table’s rows are under its own sections; the prose between them is read', () => {
    const text = [
      'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu',
      'I\tChính quyền số\t\t',
      '1\tHồ sơ số hóa\t%\t≥ 80%',
      '',
      'Giữa hai bảng: 50% hộ có ví.',
      '',
      'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu',
      'I\tKinh tế số\t\t',
      '1\tDoanh nghiệp số\t%\t≥ 30%',
    ].join('\n');
    const ex = extractKpis(text);
    expect(ex.tables).toBe(2);
    expect(ex.rows.map((r) => [r.source.line, r.group, r.indicator, r.target])).toEqual([
      [3, 'I. Chính quyền số', 'Hồ sơ số hóa', '≥ 80%'],
      [5, '', 'Giữa hai bảng: hộ có ví', '50%'],
      [9, 'I. Kinh tế số', 'Doanh nghiệp số', '≥ 30%'],
    ]);
  });

  it('a cell quoted over two lines belongs to its table, not to the prose', () => {
    const text = [
      'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu',
      '1\t"Hồ sơ số hóa',
      'đạt 90% năm 2026"\t%\t≥ 80%',
      '- 70% hộ có 4G',
    ].join('\n');
    expect(extractKpis(text).rows.map((r) => [r.source.line, r.indicator, r.target])).toEqual([
      [2, 'Hồ sơ số hóa đạt 90% năm 2026', '≥ 80%'],
      [4, 'Hộ có 4G', '70%'],
    ]);
  });

  it('a task table alone gives no target, even with a % in a task', () => {
    const ex = extractKpis(
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n1\tTriển khai 100% thôn có loa\tPhòng Kinh tế\t\tQuý II/2026\n2\tSố hóa 90% hồ sơ\tPhòng Kinh tế\t\tQuý III/2026',
    );
    expect([ex.rows, ex.skipped, ex.tables]).toEqual([[], [], 0]);
  });
});

describe('Phú Lộc: the whole plan copied from PDF', () => {
  it('reads the table’s 10 rows and leaves the table’s lines, its last row’s included, out of the prose', () => {
    const ex = extractKpis(fixtureText('plans/phu-loc-ke-hoach.pdf.txt'));
    expect(ex.rows.map((r) => [r.source.line, r.section])).toEqual([
      [19, 'I'],
      [22, 'I'],
      [25, 'I'],
      [27, 'I'],
      [37, 'II'],
      [39, 'II'],
      [41, 'II'],
      [45, 'III'],
      [47, 'III'],
      [56, 'III'],
    ]);
    expect(ex.skipped.map((s) => s.line)).toEqual([1, 11, 13, 65, 67]);
    expect(ex.repairs.map((r) => [r.kind, r.line])).toEqual([
      ['spacedTable', 15],
      ['pageNumber', 32],
      ['formFeed', 33],
      ['repeatedHeader', 33],
      ['pageNumber', 52],
      ['formFeed', 53],
      ['repeatedHeader', 53],
    ]);
  });
});
