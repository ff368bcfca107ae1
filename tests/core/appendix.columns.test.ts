// Which table is the task table and what each of its columns holds, read from the headings the
// plans use; where the table starts and stops when it is pasted with the text around it.
import { describe, expect, it } from 'vitest';
import { importAppendix } from '../../src/core/appendix/appendix.ts';

const HEADER = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';
const ROW = '1\tViệc A\tCông an xã\t\tNăm 2026';

describe('the columns a heading names', () => {
  it('"Số TT", "Công việc", "Chỉ tiêu", "Kết quả", "Mốc hoàn thành"; a second heading of a kind is a note', () => {
    const r = importAppendix(
      [
        'Số TT\tCông việc\tChỉ tiêu\tKết quả thực hiện\tKết quả\tĐơn vị chủ trì\tĐơn vị phối hợp\tMốc hoàn thành\tThời gian',
        '1\tViệc A\t90%\tđã xong\tBáo cáo\tCông an xã\tPhòng Kinh tế\tQuý II/2026\tNăm 2026',
      ].join('\n'),
    );
    expect(r.layout).toBe('phu-luc');
    expect(r.tasks).toEqual([
      {
        code: '1',
        section: '',
        ordinal: '1',
        content: 'Việc A',
        lead: ['Công an xã'],
        partners: ['Phòng Kinh tế'],
        deadline: { raw: 'Quý II/2026', kind: 'date', due: '2026-06-30' },
        output: 'Báo cáo',
        kpi: '90%',
        level: 'task',
        rawLead: 'Công an xã',
        rawPartners: 'Phòng Kinh tế',
        notes: 'Kết quả thực hiện: đã xong; Thời gian: Năm 2026',
        line: 2,
      },
    ]);
  });

  it('"6 rõ" headings: "Rõ người" is the lead, "Rõ việc" the task, "Đo lường" the KPI', () => {
    const r = importAppendix(
      [
        'Nhiệm vụ tổng quát\tTiểu nhiệm vụ (Rõ việc)\tKết quả đạt được\tĐo lường\tRõ người\tPhối hợp\tTiến độ',
        'Số hóa hồ sơ\tQuét hồ sơ\tđủ 100%\t1.000 hồ sơ\tCông an xã\tPhòng Kinh tế\tNăm 2026',
      ].join('\n'),
    );
    expect(r.layout).toBe('sau-ro');
    expect(
      r.tasks.map((t) => [
        t.code,
        t.content,
        t.output,
        t.kpi,
        t.rawLead,
        t.rawPartners,
        t.deadline.raw,
        t.notes,
      ]),
    ).toEqual([
      ['1', 'Số hóa hồ sơ', '', '', '', '', '', undefined],
      // "Kết quả đạt được" is what was achieved, not the output: kept as a note.
      [
        '1.a',
        'Quét hồ sơ',
        '',
        '1.000 hồ sơ',
        'Công an xã',
        'Phòng Kinh tế',
        'Năm 2026',
        'Kết quả đạt được: đủ 100%',
      ],
    ]);
  });

  it('"Mã nhiệm vụ tổng quát" announces a "6 rõ" table even without "Tiểu nhiệm vụ"', () => {
    const sauRo = importAppendix(
      [
        'Mã nhiệm vụ tổng quát\tNội dung\tSản phẩm\tKPI\tĐơn vị chủ trì\tPhối hợp\tThời hạn',
        'Số hóa hồ sơ\tQuét hồ sơ\tKho dữ liệu\t100%\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(sauRo.layout).toBe('sau-ro');
    expect(sauRo.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Số hóa hồ sơ'],
      ['1.a', 'Quét hồ sơ'],
    ]);
  });

  it('a heading row without a deadline column is not the task table', () => {
    const r = importAppendix(
      ['TT\tNội dung\tCơ quan chủ trì\tGhi chú', '1\tViệc A\tCông an xã\tNăm 2026'].join('\n'),
    );
    expect(r.warnings[0]).toEqual({
      message:
        'Không tìm thấy dòng tiêu đề của bảng phụ lục; đọc bảng theo mẫu Phụ lục I (TT, Nội dung, Cơ quan chủ trì…).',
      line: 1,
    });
  });
});

describe('where the table starts and ends', () => {
  it('a table pasted without its header, below the plan’s letterhead: the warning names its first row', () => {
    const r = importAppendix(['Số: 05/KH-UBND', '', ROW].join('\n'));
    expect(r.warnings).toEqual([
      {
        message:
          'Không tìm thấy dòng tiêu đề của bảng phụ lục; đọc bảng theo mẫu Phụ lục I (TT, Nội dung, Cơ quan chủ trì…).',
        line: 3,
      },
    ]);
    expect(r.tasks.map((t) => t.code)).toEqual(['1']);
  });

  it('without a header, rows of six cells or more make a "6 rõ" table only when they are most rows', () => {
    const half = importAppendix(
      [
        'Việc chung\tViệc con\tSản phẩm\tKPI\tCông an xã\tNăm 2026',
        '2\tViệc B\tCông an xã\t\t\tNăm 2026',
      ].join('\n'),
    );
    expect(half.layout).toBe('phu-luc');
    const most = importAppendix(
      [
        'Số: 05/KH-UBND',
        'Việc chung\tViệc con\tSản phẩm\tKPI\tCông an xã\tNăm 2026',
        '\tViệc con 2\tSản phẩm 2\tKPI 2\tCông an xã\tPhòng Kinh tế\tNăm 2026',
        '3\tViệc C\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(most.layout).toBe('sau-ro');
  });

  it('a column-number row is dropped under each copy of the header, and read as a row elsewhere', () => {
    const r = importAppendix(
      [
        HEADER,
        '1\t2\t3\t4\t5',
        ROW,
        HEADER,
        '(1)\t(2)\t(3)\t(4)\t(5)\t',
        '2\tViệc B\tCông an xã\t\tNăm 2026',
        '1\t2\t3\t4\t5',
      ].join('\n'),
    );
    expect(r.repairs).toEqual([
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 2)', line: 2 },
      { kind: 'repeatedHeader', message: 'Bỏ tiêu đề bảng lặp lại (dòng 4)', line: 4 },
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 5)', line: 5 },
    ]);
    expect(r.tasks.map((t) => [t.code, t.content, t.rawLead])).toEqual([
      ['1', 'Việc A', 'Công an xã'],
      ['2', 'Việc B', 'Công an xã'],
      ['1-2', '2', '3'],
    ]);
  });

  it('column numbers of a three-column table and of a ten-column table are dropped', () => {
    const three = importAppendix(
      ['Nội dung\tChủ trì\tThời hạn', '(1)\t(2)\t(3)', 'Việc A\tCông an xã\tNăm 2026'].join('\n'),
    );
    expect(three.repairs.map((x) => x.message)).toEqual(['Bỏ dòng đánh số cột (dòng 2)']);
    expect(three.tasks.map((t) => t.content)).toEqual(['Việc A']);
    const ten = importAppendix(
      [
        'TT\tNội dung\tChỉ tiêu\tSản phẩm\tKinh phí\tNguồn vốn\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\tGhi chú',
        '1\t2\t3\t4\t5\t6\t7\t8\t9\t10',
        '1\tViệc A\t\t\t\t\tCông an xã\t\tNăm 2026\t',
      ].join('\n'),
    );
    expect(ten.repairs.map((x) => x.message)).toEqual(['Bỏ dòng đánh số cột (dòng 2)']);
    expect(ten.tasks.map((t) => [t.code, t.content])).toEqual([['1', 'Việc A']]);
  });

  it('two numbers, or numbers out of order, under the header are a row', () => {
    const two = importAppendix([HEADER, '1\t2'].join('\n'));
    expect([two.repairs, two.tasks.map((t) => [t.code, t.content])]).toEqual([[], [['1', '2']]]);
    const shuffled = importAppendix([HEADER, '1\t3\t2\t4\t5'].join('\n'));
    expect([shuffled.repairs, shuffled.tasks.map((t) => [t.code, t.content])]).toEqual([
      [],
      [['1', '3']],
    ]);
  });

  it('a row of empty cells is a page break: the next row continues the task above', () => {
    const noTt = 'Nội dung công việc\tChủ trì\tPhối hợp\tThời hạn';
    const cut = importAppendix(
      [noTt, 'Việc A\tCông an xã\t\tNăm 2026', '\t\t\t', 'Tiếp theo\t\t\t'].join('\n'),
    );
    expect(cut.tasks.map((t) => [t.code, t.content])).toEqual([['1', 'Việc A Tiếp theo']]);
    const whole = importAppendix(
      [noTt, 'Việc A\tCông an xã\t\tNăm 2026', 'Tiếp theo\t\t\t'].join('\n'),
    );
    expect(whole.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Việc A'],
      ['2', 'Tiếp theo'],
    ]);
  });

  it('a header of the other layout below the table ends it', () => {
    const r = importAppendix(
      [
        HEADER,
        ROW,
        'Nhiệm vụ tổng quát\tTiểu nhiệm vụ\tSản phẩm\tKPI\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn',
        'Việc chung\tViệc con\tSản phẩm\tKPI\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => t.code)).toEqual(['1']);
    expect(r.repairs).toEqual([]);
  });

  it.each([
    ['TT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu'],
    ['Số TT\tNội dung\tĐơn vị tính\tKế hoạch năm 2026'],
    ['\tSTT\tNội dung chỉ tiêu\tĐơn vị tính'],
  ])('the KPI table’s header «%s» below the task table ends it', (kpiHeader) => {
    const r = importAppendix(
      [HEADER, ROW, kpiHeader, '1\tTỷ lệ hồ sơ trực tuyến\t%\t90'].join('\n'),
    );
    expect(r.tasks.map((t) => [t.code, t.content])).toEqual([['1', 'Việc A']]);
  });

  it('"STT | Nội dung" or "TT | Nội dung" alone, two cells, is a row of the table', () => {
    for (const [cells, code] of [
      ['STT\tNội dung', 'STT'],
      ['TT\tNội dung', 'TT'],
    ] as const) {
      const r = importAppendix([HEADER, ROW, cells].join('\n'));
      expect(r.tasks.map((t) => [t.code, t.content])).toEqual([
        ['1', 'Việc A'],
        [code, 'Nội dung'],
      ]);
      expect(r.repairs).toEqual([]);
    }
  });

  it('a repeated header worded differently is still dropped', () => {
    const r = importAppendix(
      [
        HEADER,
        ROW,
        'STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn',
        '2\tViệc B\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => t.code)).toEqual(['1', '2']);
    expect(r.repairs.map((x) => x.message)).toEqual(['Bỏ tiêu đề bảng lặp lại (dòng 3)']);
  });

  it('lines without tabs are rows while a tabbed row comes within three lines', () => {
    const three = importAppendix(
      [
        HEADER,
        ROW,
        'II. Hạ tầng số',
        '2. Phủ sóng 4G toàn xã',
        'đến từng thôn',
        '3\tViệc C\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(three.sections).toEqual([{ code: 'II', title: 'Hạ tầng số' }]);
    expect(three.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Việc A'],
      ['II.2', 'Phủ sóng 4G toàn xã đến từng thôn'],
      ['II.3', 'Việc C'],
    ]);
    const four = importAppendix(
      [
        HEADER,
        ROW,
        'II. Hạ tầng số',
        '2. Phủ sóng 4G toàn xã',
        'đến từng thôn',
        'và từng hộ',
        '3\tViệc C\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(four.sections).toEqual([]);
    expect(four.tasks.map((t) => [t.code, t.content])).toEqual([['1', 'Việc A']]);
  });

  it('a line without tabs in a "6 rõ" table is its first cell', () => {
    const r = importAppendix(
      [
        'Nhiệm vụ tổng quát\tTiểu nhiệm vụ\tSản phẩm\tKPI\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn',
        'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
        'II. Hạ tầng số',
        'Phủ sóng 4G\tLắp trạm\tTrạm BTS\t\tPhòng Kinh tế\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.sections).toEqual([{ code: 'II', title: 'Hạ tầng số' }]);
    expect(r.tasks.map((t) => t.code)).toEqual(['1', '1.a', 'II.1', 'II.1.a']);
  });

  it('"**Phụ lục II**" written in bold ends the table', () => {
    const r = importAppendix(
      [HEADER, ROW, '**Phụ lục II**', '2\tViệc B\tCông an xã\t\tNăm 2026'].join('\n'),
    );
    expect(r.tasks.map((t) => t.code)).toEqual(['1']);
  });

  it('a blank line holding only spaces is a page break, not a row', () => {
    const r = importAppendix(
      [
        'Nội dung công việc\tChủ trì\tPhối hợp\tThời hạn',
        'Việc A\tCông an xã\t\tNăm 2026',
        '   ',
        'Tiếp theo\t\t\t',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.code, t.content])).toEqual([['1', 'Việc A Tiếp theo']]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 4)',
    ]);
  });

  it('blank lines between lines without tabs do not count towards the three', () => {
    const r = importAppendix(
      [
        HEADER,
        ROW,
        'II Hạ tầng số',
        '',
        '12 Phủ sóng 4G',
        '  ',
        'theo Đề án 06 Chính phủ',
        '13\tViệc C\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.sections).toEqual([{ code: 'II', title: 'Hạ tầng số' }]);
    expect(r.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Việc A'],
      ['II.12', 'Phủ sóng 4G theo Đề án 06 Chính phủ'],
      ['II.13', 'Việc C'],
    ]);
  });

  it('a wrapped line opening "(phụ lục …" is still the task’s text', () => {
    const r = importAppendix(
      [
        HEADER,
        '1\tViệc A, chi tiết tại\tCông an xã\t\tNăm 2026',
        '(phụ lục 2 kèm theo)',
        '2\tViệc B\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Việc A, chi tiết tại (phụ lục 2 kèm theo)'],
      ['2', 'Việc B'],
    ]);
  });

  it('a wrapped line with "Quý I" in it is no section', () => {
    const r = importAppendix(
      [HEADER, '1\tViệc A hoàn thành\tCông an xã\t\tNăm 2026', 'trong Quý I năm 2026', ROW].join(
        '\n',
      ),
    );
    expect(r.sections).toEqual([]);
    expect(r.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Việc A hoàn thành trong Quý I năm 2026'],
      ['1-2', 'Việc A'],
    ]);
  });

  it('"phụ lục" inside a wrapped line does not end the table', () => {
    const r = importAppendix(
      [
        HEADER,
        '1\tViệc A, chi tiết\tCông an xã\t\tNăm 2026',
        'tại phụ lục kèm theo',
        '2\tViệc B\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Việc A, chi tiết tại phụ lục kèm theo'],
      ['2', 'Việc B'],
    ]);
  });

  it('the rows under a "6 rõ" header repeated at a page break continue the task cut there', () => {
    const header =
      'Nhiệm vụ tổng quát\tTiểu nhiệm vụ\tSản phẩm\tKPI\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn';
    const r = importAppendix(
      [
        header,
        'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
        header,
        'Và đổi mới sáng tạo\tcủa xã\t\t\t\t\t',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Xây dựng chính quyền số Và đổi mới sáng tạo'],
      ['1.a', 'Số hóa hồ sơ của xã'],
    ]);
  });

  it('a row after a line without tabs is no page break', () => {
    const r = importAppendix(
      [
        'Nhiệm vụ tổng quát\tTiểu nhiệm vụ\tSản phẩm\tKPI\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn',
        'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
        'giai đoạn 2026-2030',
        'Ứng dụng AI\tTập huấn\t\t\t\tĐoàn Thanh niên\t',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.code, t.content, t.rawPartners])).toEqual([
      ['1', 'Xây dựng chính quyền số giai đoạn 2026-2030', ''],
      ['1.a', 'Số hóa hồ sơ', ''],
      ['2', 'Ứng dụng AI', ''],
      ['2.a', 'Tập huấn', 'Đoàn Thanh niên'],
    ]);
  });
});

describe('a table pasted without its header', () => {
  it('Phụ lục I columns in their usual order: TT, content, lead, partners, deadline', () => {
    const r = importAppendix('1\tViệc A\tCông an xã\tPhòng Kinh tế\tNăm 2026');
    expect(
      r.tasks.map((t) => [t.code, t.content, t.rawLead, t.rawPartners, t.deadline.raw]),
    ).toEqual([['1', 'Việc A', 'Công an xã', 'Phòng Kinh tế', 'Năm 2026']]);
  });

  it('"6 rõ" columns in their usual order: general task, sub-task, output, KPI, lead, partners, deadline', () => {
    const r = importAppendix(
      'Việc chung\tViệc con\tSản phẩm\tKPI\tCông an xã\tPhòng Kinh tế\tNăm 2026',
    );
    expect(
      r.tasks.map((t) => [
        t.code,
        t.content,
        t.output,
        t.kpi,
        t.rawLead,
        t.rawPartners,
        t.deadline.raw,
      ]),
    ).toEqual([
      ['1', 'Việc chung', '', '', '', '', ''],
      ['1.a', 'Việc con', 'Sản phẩm', 'KPI', 'Công an xã', 'Phòng Kinh tế', 'Năm 2026'],
    ]);
  });

  it('without a header, the place and date written below the rows are read too', () => {
    const r = importAppendix(
      [
        'Số: 05/KH-UBND',
        ROW,
        '2\tViệc B\tCông an xã\t\tNăm 2026',
        'Cỏ Lễ, ngày 02 tháng 3 năm 2026',
      ].join('\n'),
    );
    expect(r.plan).toEqual({ number: '05/KH-UBND', date: '2026-03-02', commune: 'Cỏ Lễ' });
  });

  it('the plan’s particulars come from every line above the rows', () => {
    const r = importAppendix(['Số: 05/KH-UBND', 'Cỏ Lễ, ngày 02 tháng 3 năm 2026', ROW].join('\n'));
    expect(r.plan).toEqual({ number: '05/KH-UBND', date: '2026-03-02', commune: 'Cỏ Lễ' });
  });
});
