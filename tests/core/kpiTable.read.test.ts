// A KPI table read row by row (readKpiTable), on small pastes shaped like seed 003's
// "Mục tiêu cụ thể" table; every expected row, section and repair is read off the text by hand.
import { describe, expect, it } from 'vitest';
import { splitSourceLines } from '../../src/core/appendix/appendixLines.ts';
import { isKpiHeader, kpiColumnRoles, readKpiTable } from '../../src/core/kpi/kpiTable.ts';

const HEADER = 'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu\tĐơn vị chủ trì\tGhi chú\t';
const TASK_HEADER = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';

const read = (rows: string[], otherHeader = (cells: readonly string[]) => cells[0] === 'TT') =>
  readKpiTable(splitSourceLines([HEADER, ...rows].join('\n')), 0, otherHeader);

/** [line, section, STT, indicator, target] of each row. */
const brief = (rows: string[]) =>
  read(rows).rows.map((r) => [r.line, r.section, r.ordinal, r.indicator, r.target]);

describe('a KPI table pasted from Word', () => {
  it('reads sections, rows, their cells, notes and the lines broken out of a cell', () => {
    const t = read([
      '(1)\t(2)\t(3)\t(4)\t(5)\t(6)',
      'I\tVề hạ tầng\t\t\t\t',
      '1\tTỷ lệ hộ có cáp\t%\t≥ 80%\tPhòng Kinh tế\tnăm 2027\t',
      '\tquang',
      '2\tSố thôn có wifi\tthôn\t15\t\t\tvùng cao',
      HEADER,
      'II\tVề nguồn lực\t\t≥ 10\tUBND xã\t',
      '\tcủa xã\t\t\t\t',
      '3\tCán bộ có kỹ năng số\t%\t≥ 50%\t\t',
      'được đào tạo',
      '4\tNgười dân có tài khoản\t%\t≥ 70%\t\t',
      '',
      'Đoạn văn sau bảng.',
    ]);
    expect(t.headerLine).toBe(1);
    expect(t.roles).toEqual([
      'ordinal',
      'indicator',
      'measureUnit',
      'target',
      'lead',
      'extra',
      'extra',
    ]);
    expect(t.sections).toEqual([
      { code: 'I', title: 'Về hạ tầng', line: 3 },
      { code: 'II', title: 'Về nguồn lực của xã', line: 8 },
    ]);
    expect(t.rows).toEqual([
      {
        section: 'I',
        ordinal: '1',
        indicator: 'Tỷ lệ hộ có cáp quang',
        measureUnit: '%',
        target: '≥ 80%',
        lead: 'Phòng Kinh tế',
        notes: ['Ghi chú: năm 2027'],
        sectionRow: false,
        line: 4,
      },
      {
        section: 'I',
        ordinal: '2',
        indicator: 'Số thôn có wifi',
        measureUnit: 'thôn',
        target: '15',
        lead: '',
        notes: ['Cột 7: vùng cao'],
        sectionRow: false,
        line: 6,
      },
      {
        section: 'II',
        ordinal: 'II',
        indicator: 'Về nguồn lực của xã',
        measureUnit: '',
        target: '≥ 10',
        lead: 'UBND xã',
        notes: [],
        sectionRow: true,
        line: 8,
      },
      {
        section: 'II',
        ordinal: '3',
        indicator: 'Cán bộ có kỹ năng số được đào tạo',
        measureUnit: '%',
        target: '≥ 50%',
        lead: '',
        notes: [],
        sectionRow: false,
        line: 10,
      },
      {
        section: 'II',
        ordinal: '4',
        indicator: 'Người dân có tài khoản',
        measureUnit: '%',
        target: '≥ 70%',
        lead: '',
        notes: [],
        sectionRow: false,
        line: 12,
      },
    ]);
    expect(t.repairs).toEqual([
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 2)', line: 2 },
      {
        kind: 'joinedRow',
        message: 'Nối dòng bị ngắt trang vào chỉ tiêu ở dòng 4 (dòng 5)',
        line: 5,
      },
      { kind: 'repeatedHeader', message: 'Bỏ tiêu đề bảng lặp lại (dòng 7)', line: 7 },
      { kind: 'joinedRow', message: 'Nối dòng bị ngắt trang vào tên mục II (dòng 9)', line: 9 },
      {
        kind: 'joinedRow',
        message: 'Nối dòng bị ngắt vào chỉ tiêu ở dòng 10 (dòng 11)',
        line: 11,
      },
    ]);
    expect([t.from, t.to, t.end]).toEqual([1, 12, 13]);
  });

  it('reads "I." as section I; a lower-case "i" or a row of numbers out of order is a row', () => {
    expect(
      brief(['I.\tVề hạ tầng\t\t\t\t', 'i\tMột chỉ tiêu\t%\t≥ 60%\t\t', '1\t3\t2\t\t\t']),
    ).toEqual([
      [3, 'I', 'i', 'Một chỉ tiêu', '≥ 60%'],
      [4, 'I', '1', '3', ''],
    ]);
    expect(read(['1\t2\t3\t\t\t', '1\tHộ có cáp quang\t%\t≥ 80%\t\t']).repairs).toEqual([
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 2)', line: 2 },
    ]);
  });

  it('skips rows of empty cells; a line before any row continues nothing', () => {
    const t = read(['\t\t\t', 'Lời dẫn của bảng', '1\tHộ có cáp quang\t%\t≥ 80%\t\t', '\t \t\t']);
    expect(t.rows.map((r) => [r.line, r.indicator])).toEqual([[4, 'Hộ có cáp quang']]);
    expect(t.repairs).toEqual([]);
    expect([t.to, t.end]).toEqual([4, 5]);
  });

  it('a row whose only cell is a quoted line break is skipped, not joined', () => {
    const t = read([
      '1\tHộ có cáp quang\t%\t≥ 80%\t\t',
      '"',
      '"\t\t\t',
      '2\tThôn có wifi\tthôn\t15\t\t',
    ]);
    expect(t.rows.map((r) => [r.line, r.indicator])).toEqual([
      [2, 'Hộ có cáp quang'],
      [5, 'Thôn có wifi'],
    ]);
    expect(t.repairs).toEqual([]);
  });

  it('a line without tabs after a section title is not added to it', () => {
    const t = read(['I\tVề hạ tầng\t\t\t\t', 'số', '1\tHộ có cáp quang\t%\t≥ 80%\t\t']);
    expect(t.sections).toEqual([{ code: 'I', title: 'Về hạ tầng', line: 2 }]);
    expect(t.repairs).toEqual([]);
  });
});

describe('rows with few cells filled', () => {
  it('a section row with a unit in charge or a unit of measure is a row; one with neither is not', () => {
    const t = read([
      'I\tVề hạ tầng\t\t\tCông an xã',
      'II\tVề dữ liệu\tthôn\t\t',
      'III\tVề số\t\t\t',
      '\tThôn có wifi\t\t\tCông an xã',
      '\tHộ có 4G\t%\t\t',
      '\tHộ có ví\t\t≥ 50%\t',
      '\tcòn lại\t\t\t',
    ]);
    expect(
      t.rows.map((r) => [
        r.line,
        r.section,
        r.ordinal,
        r.indicator,
        r.measureUnit,
        r.target,
        r.lead,
        r.sectionRow,
      ]),
    ).toEqual([
      [2, 'I', 'I', 'Về hạ tầng', '', '', 'Công an xã', true],
      [3, 'II', 'II', 'Về dữ liệu', 'thôn', '', '', true],
      [5, 'III', '', 'Thôn có wifi', '', '', 'Công an xã', false],
      [6, 'III', '', 'Hộ có 4G', '%', '', '', false],
      [7, 'III', '', 'Hộ có ví còn lại', '', '≥ 50%', '', false],
    ]);
    expect(t.sections.map((s) => s.code)).toEqual(['I', 'II', 'III']);
  });

  it('an indicator alone before any row is a row of its own', () => {
    expect(brief(['\tLời dẫn\t\t\t', '1\tHộ có cáp quang\t%\t≥ 80%\t\t'])).toEqual([
      [2, '', '', 'Lời dẫn', ''],
      [3, '', '1', 'Hộ có cáp quang', '≥ 80%'],
    ]);
  });

  it('a cell past the last heading is kept as a note of its column', () => {
    const t = readKpiTable(
      splitSourceLines(
        'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu\tĐơn vị chủ trì\tGhi chú\n1\tHộ có cáp quang\t%\t≥ 80%\tPhòng Kinh tế\tghi\tthêm',
      ),
      0,
      () => false,
    );
    expect(t.rows.map((r) => r.notes)).toEqual([['Ghi chú: ghi', 'Cột 7: thêm']]);
  });
});

describe('STT and cells as copied', () => {
  it('"I.1" under section I is a row, not a section', () => {
    expect(brief(['I\tVề hạ tầng\t\t\t\t', 'I.1\tHộ có cáp quang\t%\t≥ 80%\t\t'])).toEqual([
      [3, 'I', 'I.1', 'Hộ có cáp quang', '≥ 80%'],
    ]);
  });

  it('a row with only its STT, or with no figure yet, is a row of its own', () => {
    expect(brief(['1\t\t\t\t\t', '2\tThôn có wifi\t\t\t\t'])).toEqual([
      [2, '', '1', '', ''],
      [3, '', '2', 'Thôn có wifi', ''],
    ]);
  });

  it('drops a row numbering ten columns; keeps a row whose cells only start with 1, 2, 3', () => {
    const t = read(['1\t2\t3\t4\t5\t6\t7\t8\t9\t10', '1\t2 trường học có wifi\t\t3\t\t']);
    expect(t.repairs).toEqual([
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 2)', line: 2 },
    ]);
    expect(t.rows.map((r) => [r.line, r.ordinal, r.indicator, r.target])).toEqual([
      [3, '1', '2 trường học có wifi', '3'],
    ]);
  });

  it('trims every cell, and a note cell of spaces is no note', () => {
    const t = read([
      '1\t Hộ có cáp quang \t % \t ≥ 80% \t Phòng Kinh tế \t ghi ',
      '2\tThôn có wifi\tthôn\t15\t\t ',
    ]);
    expect(t.rows.map((r) => [r.indicator, r.measureUnit, r.target, r.lead, r.notes])).toEqual([
      ['Hộ có cáp quang', '%', '≥ 80%', 'Phòng Kinh tế', ['Ghi chú: ghi']],
      ['Thôn có wifi', 'thôn', '15', '', []],
    ]);
  });

  it('a section title broken by a page break is joined', () => {
    const t = read([
      'I\tVề phát triển\t\t\t\t',
      '\thạ tầng số\t\t\t\t',
      '1\tHộ có cáp quang\t%\t≥ 80%\t\t',
    ]);
    expect(t.sections).toEqual([{ code: 'I', title: 'Về phát triển hạ tầng số', line: 2 }]);
    expect(t.repairs).toEqual([
      { kind: 'joinedRow', message: 'Nối dòng bị ngắt trang vào tên mục I (dòng 3)', line: 3 },
    ]);
    expect(t.rows.map((r) => [r.section, r.indicator])).toEqual([['I', 'Hộ có cáp quang']]);
  });
});

describe('where a KPI table ends', () => {
  const row = '1\tHộ có cáp quang\t%\t≥ 80%\tPhòng Kinh tế\t';
  const next = '2\tThôn có wifi\tthôn\t15\t\t';

  it('a cell broken over three lines is joined; four lines without tabs end the table', () => {
    const three = read([row, 'gia', 'đình', 'nông thôn', next]);
    expect(three.rows.map((r) => r.indicator)).toEqual([
      'Hộ có cáp quang gia đình nông thôn',
      'Thôn có wifi',
    ]);
    expect(three.end).toBe(6);
    const four = read([row, 'Đoạn', 'văn', 'bản', 'khác', next]);
    expect(four.rows.map((r) => r.indicator)).toEqual(['Hộ có cáp quang']);
    expect([four.to, four.end]).toEqual([2, 2]);
  });

  it('blank lines do not count among the three; a line of spaces is blank', () => {
    const t = read([row, '  gia đình', '  ', '   ', 'nông thôn', next]);
    expect(t.rows.map((r) => r.indicator)).toEqual([
      'Hộ có cáp quang gia đình nông thôn',
      'Thôn có wifi',
    ]);
    expect([t.to, t.end]).toEqual([7, 7]);
  });

  it('a line of spaces between two rows joins nothing; "phụ lục" inside a line ends nothing', () => {
    const spaces = read([row, '    ', next]);
    expect(spaces.rows.map((r) => r.indicator)).toEqual(['Hộ có cáp quang', 'Thôn có wifi']);
    expect(spaces.repairs).toEqual([]);
    const mention = read([row, 'theo phụ lục đính kèm', next]);
    expect(mention.rows.map((r) => r.indicator)).toEqual([
      'Hộ có cáp quang theo phụ lục đính kèm',
      'Thôn có wifi',
    ]);
  });

  it('a broken line before a row of column numbers is the table’s last line', () => {
    const t = read([row, 'gia đình', '(1)\t(2)\t(3)\t(4)']);
    expect(t.rows.map((r) => r.indicator)).toEqual(['Hộ có cáp quang gia đình']);
    expect([t.to, t.end]).toEqual([3, 4]);
  });

  it('ends at a "Phụ lục" title, even with rows after it', () => {
    const t = read([row, '**Phụ lục 2**', next]);
    expect(t.rows.map((r) => r.line)).toEqual([2]);
    expect(t.end).toBe(2);
    expect(read([row, '  # phụ lục', next]).end).toBe(2);
  });

  it('ends at the header of a task table or of another KPI table, and at the text before one', () => {
    expect(read([row, TASK_HEADER, next]).end).toBe(2);
    const kpi = 'TT\tTên chỉ tiêu\tĐVT\tKế hoạch năm 2026';
    expect(read([row, kpi, next], () => false).end).toBe(2);
    const before = read([row, 'Bảng 2. Các chỉ tiêu khác', kpi, next], () => false);
    expect(before.end).toBe(2);
    expect(before.rows.map((r) => r.indicator)).toEqual(['Hộ có cáp quang']);
    // The same sentence followed by rows of this table is a broken cell.
    expect(read([row, 'Bảng 2. Các chỉ tiêu khác', next], () => false).end).toBe(4);
  });
});

describe('column headings', () => {
  it.each<[string[], string[] | undefined]>([
    [
      ['Số TT', 'Danh mục', 'Đơn vị đo', 'Giá trị', 'Phụ trách'],
      ['ordinal', 'indicator', 'measureUnit', 'target', 'lead'],
    ],
    [
      ['Số thứ tự', 'Nội dung', 'Đơn vị tính', 'Mục tiêu', 'Trách nhiệm'],
      ['ordinal', 'indicator', 'measureUnit', 'target', 'lead'],
    ],
    [
      ['TT', 'Nội dung chỉ tiêu', 'Phấn đấu', 'Đơn vị'],
      ['ordinal', 'indicator', 'target', 'lead'],
    ],
    [
      ['Nội dung chỉ tiêu', 'Chỉ tiêu', 'Đơn vị chủ trì'],
      ['indicator', 'target', 'lead'],
    ],
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2026'],
      ['ordinal', 'indicator', 'measureUnit', 'target'],
    ],
    [
      ['STT', 'Nội dung', 'ĐVT', 'Kết quả của đơn vị'],
      ['ordinal', 'indicator', 'measureUnit', 'target'],
    ],
    [
      ['STT', 'Nội dung', 'Đơn vị tính', 'Ghi chú'],
      ['ordinal', 'indicator', 'measureUnit', 'extra'],
    ],
    [
      ['TT', 'Chỉ tiêu', 'Hiện trạng', 'Kế hoạch'],
      ['ordinal', 'indicator', 'extra', 'target'],
    ],
    [
      ['TT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026'],
      ['ordinal', 'indicator', 'target'],
    ],
    [
      ['Đơn vị chủ trì', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch'],
      ['lead', 'indicator', 'measureUnit', 'target'],
    ],
    [
      ['STT', 'Nội dung', 'Cơ quan phối hợp', 'Kết quả', 'Chỉ tiêu'],
      ['ordinal', 'indicator', 'lead', 'target', 'extra'],
    ],
    [
      ['Nội dung', 'Chỉ tiêu', 'Kế hoạch năm 2026', 'ĐVT'],
      ['indicator', 'target', 'extra', 'measureUnit'],
    ],
    [
      ['Chỉ tiêu', 'ĐVT', 'Năm 2026'],
      ['indicator', 'measureUnit', 'target'],
    ],
    [
      ['Kế hoạch năm 2026', 'Nội dung chỉ tiêu', 'STT'],
      ['target', 'indicator', 'ordinal'],
    ],
    // Not KPI tables: no unit of measure and no "chỉ tiêu"; only the starting point ("Ước
    // thực hiện"); neither STT nor unit in charge; a deadline column (a task table).
    [['TT', 'Nội dung', 'Kết quả', 'Đơn vị theo dõi'], undefined],
    [['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2025'], undefined],
    [['STT', 'Chỉ tiêu', 'ĐVT'], undefined],
    [['TTHC', 'Nội dung chỉ tiêu', 'Chỉ tiêu', 'Ghi chú'], undefined],
    [['STT', 'Nội dung chỉ tiêu', 'Đơn vị chủ trì'], undefined],
    [['STT', 'Chỉ tiêu', 'ĐVT', 'Ước thực hiện 2025'], undefined],
    [['Nội dung chỉ tiêu', 'Chỉ tiêu', 'Ghi chú'], undefined],
    [['TT', 'Chỉ tiêu', 'Ghi chú'], undefined],
    [['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Tiến độ'], undefined],
    [['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Thời hạn'], undefined],
    [['STT', 'Đơn vị tính', 'Chỉ tiêu', 'Đơn vị chủ trì'], undefined],
  ])('%j', (headers, roles) => {
    expect(kpiColumnRoles(headers)).toEqual(roles);
  });

  it('a header has at least three headings', () => {
    expect(isKpiHeader(['Nội dung', 'ĐVT', ' '])).toBe(false);
    expect(isKpiHeader(['STT', 'Nội dung', 'ĐVT'])).toBe(true);
    expect(isKpiHeader(['TT', 'Nội dung', 'Kết quả', 'Đơn vị theo dõi'])).toBe(false);
  });
});
