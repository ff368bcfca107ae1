// Tables copied from a PDF, their columns aligned with spaces: each read back into the rows the
// plan was typed with (the tab sources in tests/fixtures/plans), and every line dropped on the way
// (page numbers, form feeds, repeated headers) listed at its line.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../helpers/fixtures.ts';
import { splitSourceLines } from '../../src/core/appendix/appendixLines.ts';
import { headerLayout } from '../../src/core/appendix/appendixTable.ts';
import { tabifySpacedTables } from '../../src/core/appendix/spacedTable.ts';
import { isKpiHeader } from '../../src/core/kpi/kpiTable.ts';

/** The test importAppendix uses: a task-table or a KPI-table header. */
const isHeader = (cells: readonly string[]) =>
  headerLayout(cells) !== undefined || isKpiHeader(cells);

const tabify = (text: string) => tabifySpacedTables(splitSourceLines(text), isHeader);

/** The rows made (tab-separated), with the blank line left before a row a page break cut. */
const tabRows = (text: string) =>
  tabify(text)
    .lines.filter((l) => l.text.includes('\t') || l.text === '')
    .map((l) => [l.line, l.text]);

/** Cells laid out at the given columns, as pdftotext prints them. */
function spaced(starts: readonly number[], ...cells: string[]): string {
  let line = '';
  cells.forEach((c, k) => {
    if (c === '') return;
    const at = starts[k] ?? 0;
    line = line.length < at ? line.padEnd(at) : line === '' ? '' : `${line}  `;
    line += c;
  });
  return line;
}

describe('Phú Lộc, plan 112/KH-UBND copied from PDF', () => {
  it('finds its two tables, lines 15–62 and 69–118, and lists each dropped line', () => {
    const r = tabify(fixtureText('plans/phu-loc-ke-hoach.pdf.txt'));
    expect(r.tables).toBe(2);
    expect(r.ranges).toEqual([
      { from: 15, to: 62 },
      { from: 69, to: 118 },
    ]);
    expect(r.repairs).toEqual([
      {
        kind: 'spacedTable',
        message: 'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 3 trang (dòng 15)',
        line: 15,
      },
      { kind: 'pageNumber', message: 'Bỏ số trang «1» (dòng 32)', line: 32 },
      { kind: 'formFeed', message: 'Bỏ dấu sang trang (dòng 33)', line: 33 },
      { kind: 'repeatedHeader', message: 'Bỏ tiêu đề bảng lặp lại (dòng 33)', line: 33 },
      { kind: 'pageNumber', message: 'Bỏ số trang «2» (dòng 52)', line: 52 },
      { kind: 'formFeed', message: 'Bỏ dấu sang trang (dòng 53)', line: 53 },
      { kind: 'repeatedHeader', message: 'Bỏ tiêu đề bảng lặp lại (dòng 53)', line: 53 },
      { kind: 'pageNumber', message: 'Bỏ số trang «3» (dòng 62)', line: 62 },
      {
        kind: 'spacedTable',
        message: 'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 6 cột, 2 trang (dòng 69)',
        line: 69,
      },
      { kind: 'pageNumber', message: 'Bỏ số trang «1» (dòng 91)', line: 91 },
      { kind: 'formFeed', message: 'Bỏ dấu sang trang (dòng 92)', line: 92 },
      { kind: 'repeatedHeader', message: 'Bỏ tiêu đề bảng lặp lại (dòng 92)', line: 92 },
      { kind: 'pageNumber', message: 'Bỏ số trang «2» (dòng 117)', line: 117 },
      { kind: 'formFeed', message: 'Bỏ dấu sang trang (dòng 118)', line: 118 },
    ]);
  });

  it('gives back the KPI table as typed (phu-loc-chi-tieu.source.tsv), cell for cell', () => {
    const rows = tabRows(fixtureText('plans/phu-loc-ke-hoach.pdf.txt')).filter(
      ([line]) => Number(line) < 69,
    );
    expect(rows).toEqual([
      [3, ''],
      [5, ''],
      [9, ''],
      [12, ''],
      [14, ''],
      [15, 'STT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2026\tĐơn vị thực hiện'],
      [18, 'I\tChính quyền số\t\t\t'],
      [
        19,
        '1\tTỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình\t%\t100%\tTrung tâm Phục vụ hành chính công',
      ],
      [
        22,
        '2\tTỷ lệ hồ sơ được số hóa kết quả giải quyết\t%\ttối thiểu 90%\tTrung tâm Phục vụ hành chính công',
      ],
      [
        25,
        '3\tSố ngày xử lý hồ sơ đăng ký kinh doanh hộ cá thể\tngày\tkhông quá 3 ngày làm việc\tPhòng Kinh tế',
      ],
      [
        27,
        '4\tTỷ lệ tin nhắn, phản ánh của người dân trên ứng dụng được xử lý đúng hạn\t%\t≥ 90%\tVăn phòng HĐND và UBND',
      ],
      // Page 2 starts: a blank line marks the break, numbered as the row above.
      [27, ''],
      [36, 'II\tKinh tế số\t\t\t'],
      [
        37,
        '1\tTỷ trọng kinh tế số trong tổng giá trị sản xuất của xã\t%\tkhoảng 8%\tPhòng Kinh tế',
      ],
      [
        39,
        '2\tTỷ lệ giao dịch tại chợ trung tâm xã thanh toán không dùng tiền mặt\t%\ttrên 50%\tPhòng Kinh tế',
      ],
      [
        41,
        '3\tTỷ lệ hộ nghèo theo chuẩn đa chiều\t%\tgiảm 1,5% so với cuối năm 2025\tPhòng Văn hóa - Xã hội',
      ],
      [44, 'III\tXã hội số\t\t\t'],
      [
        45,
        '1\tSố người dân được hướng dẫn kỹ năng số cơ bản\tngười\tít nhất 1.200 người\tTổ công nghệ số cộng đồng',
      ],
      [
        47,
        '2\tSố thôn có Tổ công nghệ số cộng đồng hoạt động hiệu quả\tthôn\t8/8 thôn\tỦy ban Mặt trận Tổ quốc Việt Nam xã',
      ],
      [47, ''],
      [56, '3\tSố vụ lừa đảo trực tuyến gây thiệt hại cho người dân\tvụ\t0 vụ\tCông an xã'],
      [66, ''],
      [68, ''],
    ]);
  });

  it('gives back the task table as typed (phu-loc-phu-luc.source.tsv), cell for cell', () => {
    const rows = tabRows(fixtureText('plans/phu-loc-ke-hoach.pdf.txt')).filter(
      ([line]) => Number(line) >= 69,
    );
    expect(rows).toEqual([
      [
        69,
        'TT\tNội dung nhiệm vụ\tSản phẩm dự kiến\tĐơn vị chủ trì\tĐơn vị phối hợp\tTiến độ thực hiện',
      ],
      [72, 'I\tChuyển đổi số trong cơ quan nhà nước\t\t\t\t'],
      [
        74,
        '1\tTriển khai hệ thống quản lý văn bản và điều hành liên thông ba cấp, ký số trên thiết bị di động cho lãnh đạo\tHệ thống vận hành; 100% lãnh đạo có chữ ký số\tVăn phòng HĐND và UBND\tViễn thông tỉnh\tQuý II/2026',
      ],
      [
        78,
        '2\tXây dựng kho dữ liệu dùng chung của xã, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh\tKho dữ liệu được kết nối\tPhòng Văn hóa - Xã hội\tSở Khoa học và Công nghệ\tTháng 11/2026',
      ],
      [
        82,
        '3\tRà soát, cập nhật danh mục thủ tục hành chính thực hiện toàn trình trên Cổng Dịch vụ công quốc gia\tDanh mục được công bố\tTrung tâm Phục vụ hành chính công\tCác phòng, ban, ngành, đơn vị thuộc xã\ttrước ngày 31/3 hằng năm',
      ],
      [86, 'II\tKinh tế số, xã hội số\t\t\t\t'],
      [86, ''],
      [
        95,
        '1\tHỗ trợ hợp tác xã nông nghiệp ứng dụng nhật ký điện tử, truy xuất nguồn gốc sản phẩm chủ lực\t02 hợp tác xã áp dụng\tPhòng Kinh tế\tHội Nông dân xã; Hợp tác xã\tNăm 2026',
      ],
      [
        99,
        '2\tPhổ cập kỹ năng số cho người dân theo phong trào "Bình dân học vụ số"\tCác lớp học được tổ chức tại 8/8 thôn\tPhòng Văn hóa - Xã hội\tTổ công nghệ số cộng đồng; Đoàn Thanh niên Cộng sản Hồ Chí Minh xã\tHằng quý',
      ],
      [
        105,
        '3\tTuyên truyền phòng, chống lừa đảo trên không gian mạng tại các buổi sinh hoạt thôn\tTài liệu tuyên truyền; biên bản sinh hoạt\tCông an xã\tỦy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội\tThường xuyên',
      ],
      [
        111,
        '4\tTổng kết, đánh giá kết quả thực hiện Kế hoạch, đề xuất nhiệm vụ năm 2027\tBáo cáo tổng kết\tPhòng Văn hóa - Xã hội\tCác phòng, ban, ngành, đơn vị thuộc xã\ttrước ngày 15/12/2026',
      ],
    ]);
  });
});

describe('seed 001: Phụ lục I as PDF text', () => {
  it.each([
    // Counted in the files: the page numbers, each with a form feed on the next line.
    {
      file: 'seed-001-phu-luc-i.pdf.txt',
      header: 3,
      pageNumbers: [30, 61, 92, 122, 152, 182, 213, 244, 275, 305, 326],
    },
    {
      file: 'seed-001-phu-luc-i.pdf-short-pages.txt',
      header: 1,
      pageNumbers: [24, 49, 73, 97, 121, 145, 169, 193, 217, 241, 265, 288, 312, 336, 360, 374],
    },
  ])('$file: drops each page number, form feed and repeated header, at its line', (c) => {
    const r = tabify(fixtureText(`appendix/${c.file}`));
    const pages = c.pageNumbers.length;
    const last = c.pageNumbers[pages - 1] ?? 0;
    expect([r.tables, r.ranges]).toEqual([1, [{ from: c.header, to: last + 1 }]]);
    const expected = [
      {
        kind: 'spacedTable',
        message: `Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, ${pages} trang (dòng ${c.header})`,
        line: c.header,
      },
    ];
    c.pageNumbers.forEach((n, k) => {
      expected.push({ kind: 'pageNumber', message: `Bỏ số trang «${k + 1}» (dòng ${n})`, line: n });
      expected.push({
        kind: 'formFeed',
        message: `Bỏ dấu sang trang (dòng ${n + 1})`,
        line: n + 1,
      });
      if (k < pages - 1)
        expected.push({
          kind: 'repeatedHeader',
          message: `Bỏ tiêu đề bảng lặp lại (dòng ${n + 1})`,
          line: n + 1,
        });
    });
    expect(r.repairs).toEqual(expected);
  });

  it('leaves each row a page break cut in two, after a blank line, for the reader to join', () => {
    const rows = tabRows(fixtureText('appendix/seed-001-phu-luc-i.pdf.txt'));
    // The header (line 3), 34 tasks, 4 section rows, and the 6 rows continued on a new page (of the
    // 10 pages after the first, 6 open with a line that has no TT: lines 36, 67, 98, 158, 219, 311).
    expect(rows.filter(([, t]) => t !== '')).toHaveLength(1 + 34 + 4 + 6);
    expect(rows[0]).toEqual([2, '']);
    expect(rows[1]).toEqual([
      3,
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
    ]);
    const continued = rows.filter(([, t]) => String(t).startsWith('\t'));
    expect(continued).toEqual([
      [
        36,
        '\tcủa toàn xã hội về vai trò, vị trí của khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số đáp ứng yêu cầu phát triển – kinh tế xã hội của xã trong tình hình mới. Xây dựng và đổi chương trình tuyên truyền, giáo dục hiệu quả để nângcao nhận thức quyết tâm phát triển khoa học, công nghệ, đổi mới sáng tạo, thực hiện chuyển đổi số trong cả hệ thống chính trị, người dân và doanh nghiệp.\tvà Truyền thông xã\tchính trị - xã hội xã\t',
      ],
      [
        67,
        '\tdưỡng cho cán bộ. công chức, viên chức kiến thức về khoa học, công nghệ, đổi mới sáng tạo, kỹ năng số, công nghệ số.\t\ttổ chức chính trị - xã hội xã\t',
      ],
      [
        98,
        '\thọc, công nghệ, đổi mới sáng tạo, sử dụng các dịch vụ công trực tuyến và các dịch vụ số khác theo nhu cầu.\t\t\t',
      ],
      [
        158,
        '\tvệ tinh, mạng cáp quang băng thông rộng tốc độ cao, mạng thông tin di động 5G, 6G và các thế hệ tiếp theo phủ sóng toàn xã.\t\tđơn vị có liên quan\t',
      ],
      [
        219,
        '\tphụ trách, chỉ đạo; xây dựng bộ đánh giá; định kỳ đo lường, công bố công khai kết quả; đánh giá mức độ hoàn thành nhiệm vụ dựa trên kết quả phát triển Chính quyền số.\t\t\t',
      ],
      [
        311,
        '\tbàn xã được bán trên sàn thương mại điện tử, và sử dụng mã Qrcode truy xuất nguồn gốc qua hệ thống truy xuất nguồn gốc;\t\tđơn vị có liên quan\t2026',
      ],
    ]);
  });
});

describe('small tables typed as pdftotext prints them', () => {
  const COLS = [0, 6, 30, 50, 70];
  const HEADER = spaced(COLS, 'TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian');

  it('reads a row wrapped over two lines, joining a word cut at its hyphen', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Lắp điểm phát Wi-', 'Phòng Kinh tế', 'Công an xã', 'Quý II/2026'),
        spaced(COLS, '', 'Fi công cộng', '', '', ''),
        spaced(COLS, '2', 'Số hóa hồ sơ', 'Văn phòng', 'Các phòng,', 'Năm 2026'),
        spaced(COLS, '', 'hộ tịch', 'HĐND và UBND', 'ban, ngành', ''),
      ].join('\n'),
    );
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tLắp điểm phát Wi-Fi công cộng\tPhòng Kinh tế\tCông an xã\tQuý II/2026'],
      [4, '2\tSố hóa hồ sơ hộ tịch\tVăn phòng HĐND và UBND\tCác phòng, ban, ngành\tNăm 2026'],
    ]);
    expect(r.ranges).toEqual([{ from: 1, to: 5 }]);
  });

  it('drops a column-number row and page numbers written "- 2 -", "Trang 3" or "4/5"', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '(1)', '(2)', '(3)', '(4)', '(5)'),
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        '',
        '                         - 2 -',
        '\f' + spaced(COLS, '2', 'Việc B', 'Công an xã', '', 'Năm 2026'),
        '',
        '                         Trang 3',
        '\f' + spaced(COLS, '3', 'Việc C', 'Công an xã', '', 'Năm 2026'),
        '',
        '                         4/5',
      ].join('\n'),
    );
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 1)',
      'Bỏ dòng đánh số cột (dòng 2)',
      'Bỏ số trang «- 2 -» (dòng 5)',
      'Bỏ dấu sang trang (dòng 6)',
      'Bỏ số trang «Trang 3» (dòng 8)',
      'Bỏ dấu sang trang (dòng 9)',
      'Bỏ số trang «4/5» (dòng 11)',
    ]);
    expect(
      r.lines.filter((l) => l.text.includes('\t') || l.text === '').map((l) => l.text),
    ).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      '',
      '2\tViệc B\tCông an xã\t\tNăm 2026',
      '',
      '3\tViệc C\tCông an xã\t\tNăm 2026',
    ]);
  });

  it('a page number right under the last row is dropped when the next page or the end follows', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        '                         7',
        '\f' + spaced(COLS, '2', 'Việc B', 'Công an xã', '', 'Năm 2026'),
        '                         8',
      ].join('\n'),
    );
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 1)',
      'Bỏ số trang «7» (dòng 3)',
      'Bỏ dấu sang trang (dòng 4)',
      'Bỏ số trang «8» (dòng 5)',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [2, ''],
      [4, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('page numbers written "-12-", "- 13 -", "Trang  14", "15 / 30" or "16/30" are dropped', () => {
    const row = (n: string, c: string) => spaced(COLS, n, c, 'Công an xã', '', 'Năm 2026');
    const r = tabify(
      [
        HEADER,
        row('1', 'Việc A'),
        '',
        '                         -12-',
        '\f' + row('2', 'Việc B'),
        '',
        '                         - 13 -',
        '\f' + row('3', 'Việc C'),
        '',
        '                         Trang  14',
        '\f' + row('4', 'Việc D'),
        '',
        '                         15 / 30',
        '\f' + row('5', 'Việc E'),
        '',
        '                         16/30',
      ].join('\n'),
    );
    expect(r.repairs.filter((x) => x.kind === 'pageNumber').map((x) => x.message)).toEqual([
      'Bỏ số trang «-12-» (dòng 4)',
      'Bỏ số trang «- 13 -» (dòng 7)',
      'Bỏ số trang «Trang  14» (dòng 10)',
      'Bỏ số trang «15 / 30» (dòng 13)',
      'Bỏ số trang «16/30» (dòng 16)',
    ]);
    expect(r.lines.filter((l) => l.text !== '').map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      '2\tViệc B\tCông an xã\t\tNăm 2026',
      '3\tViệc C\tCông an xã\t\tNăm 2026',
      '4\tViệc D\tCông an xã\t\tNăm 2026',
      '5\tViệc E\tCông an xã\t\tNăm 2026',
    ]);
  });

  it('after a blank line, a numbered row or a short wrapped line is still the table', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        '',
        spaced(COLS, '2', 'Việc B', 'Công an xã', '', 'Năm 2026'),
        '',
        spaced(COLS, '', 'tiếp'),
      ].join('\n'),
    );
    expect(r.ranges).toEqual([{ from: 1, to: 6 }]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [4, '2\tViệc B tiếp\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a section title running across the columns, wrapped onto a second line, stays one title', () => {
    const r = tabify(
      [
        HEADER,
        'II    Phát triển hạ tầng số, dữ liệu và các nền tảng số dùng chung của toàn xã',
        '      trên địa bàn các thôn, tổ dân phố từ nay đến hết năm 2026 và những năm tiếp theo',
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
      ].join('\n'),
    );
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [
        2,
        'II\tPhát triển hạ tầng số, dữ liệu và các nền tảng số dùng chung của toàn xã trên địa bàn các thôn, tổ dân phố từ nay đến hết năm 2026 và những năm tiếp theo\t\t\t',
      ],
      [4, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a one-line header repeated on the next page is dropped; a page without it ends the table', () => {
    const row = (n: string, c: string) => spaced(COLS, n, c, 'Công an xã', '', 'Năm 2026');
    const r = tabify(
      [
        HEADER,
        row('1', 'Việc A'),
        '',
        '                         1',
        '\f' + HEADER,
        row('2', 'Việc B'),
        '',
        '                         2',
        '\fIII. TỔ CHỨC THỰC HIỆN',
        '    Các cơ quan, đơn vị căn cứ nhiệm vụ được giao',
      ].join('\n'),
    );
    expect(r.ranges).toEqual([{ from: 1, to: 8 }]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 2 trang (dòng 1)',
      'Bỏ số trang «1» (dòng 4)',
      'Bỏ dấu sang trang (dòng 5)',
      'Bỏ tiêu đề bảng lặp lại (dòng 5)',
      'Bỏ số trang «2» (dòng 8)',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [2, ''],
      [6, '2\tViệc B\tCông an xã\t\tNăm 2026'],
      [9, '\fIII. TỔ CHỨC THỰC HIỆN'],
      [10, '    Các cơ quan, đơn vị căn cứ nhiệm vụ được giao'],
    ]);
  });

  it('"phụ lục" inside a wrapped cell does not end the table', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A, chi tiết', 'Công an xã', '', 'Năm 2026'),
        spaced(COLS, '', 'tại phụ lục kèm theo'),
        spaced(COLS, '2', 'Việc B', 'Công an xã', '', 'Năm 2026'),
      ].join('\n'),
    );
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A, chi tiết tại phụ lục kèm theo\tCông an xã\t\tNăm 2026'],
      [4, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('the column numbers of a three-column table, indented, are dropped', () => {
    const cols = [4, 30, 46];
    const r = tabify(
      [
        spaced(cols, 'Nội dung', 'Chủ trì', 'Thời hạn'),
        spaced(cols, '(1)', '(2)', '(3)'),
        spaced(cols, 'Việc A', 'Công an xã', 'Năm 2026'),
      ].join('\n'),
    );
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 3 cột, 1 trang (dòng 1)',
      'Bỏ dòng đánh số cột (dòng 2)',
    ]);
    expect(r.lines.map((l) => l.text)).toEqual([
      'Nội dung\tChủ trì\tThời hạn',
      'Việc A\tCông an xã\tNăm 2026',
    ]);
  });

  it('short pieces under the labels finish the header, from the second label on; a long one is a row', () => {
    const tail = tabify(
      [
        HEADER,
        spaced(COLS, '', 'nhiệm vụ', '', '', '(Rõ thời gian)'),
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
      ].join('\n'),
    );
    expect(tail.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian (Rõ thời gian)'],
      [3, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
    const long = tabify(
      [
        HEADER,
        spaced(COLS, '', 'của nhiệm vụ này rất dài', '', '', 'xã'),
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
      ].join('\n'),
    );
    expect(long.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '\tcủa nhiệm vụ này rất dài\t\t\txã'],
      [3, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a page number after a blank line, with the next page glued to it, or before a blank line and a form feed', () => {
    const row = (n: string, c: string) => spaced(COLS, n, c, 'Công an xã', '', 'Năm 2026');
    const glued = tabify(
      [HEADER, row('1', 'Việc A'), '', '                         7', row('2', 'Việc B')].join('\n'),
    );
    expect(glued.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 1)',
      'Bỏ số trang «7» (dòng 4)',
    ]);
    expect(glued.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [2, ''],
      [5, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
    const spacedOut = tabify(
      [
        HEADER,
        row('1', 'Việc A'),
        '                         7',
        '',
        '\f' + row('2', 'Việc B'),
      ].join('\n'),
    );
    expect(spacedOut.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 1)',
      'Bỏ số trang «7» (dòng 3)',
      'Bỏ dấu sang trang (dòng 5)',
    ]);
  });

  it('the table ends at the first line of a paragraph below it', () => {
    const prose =
      '    Các cơ quan, đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể và báo cáo kết quả về UBND xã trước ngày 15 hằng tháng.';
    const r = tabify(
      [HEADER, spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'), '', prose, prose].join(
        '\n',
      ),
    );
    expect(r.ranges).toEqual([{ from: 1, to: 3 }]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [4, prose],
      [5, prose],
    ]);
  });

  it('a section title across the columns after a blank line is a row, not a paragraph', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        '',
        'II    Phát triển hạ tầng số, dữ liệu và các nền tảng số dùng chung của toàn xã',
        spaced(COLS, '1', 'Việc B', 'Công an xã', '', 'Năm 2026'),
      ].join('\n'),
    );
    expect(r.ranges).toEqual([{ from: 1, to: 5 }]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [4, 'II\tPhát triển hạ tầng số, dữ liệu và các nền tảng số dùng chung của toàn xã\t\t\t'],
      [5, '1\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it.each([
    ['Nơi nhận:'],
    ['TM. ỦY BAN NHÂN DÂN'],
    ['KT. CHỦ TỊCH'],
    ['Trên đây là Kế hoạch triển khai của UBND xã.'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND)'],
    ['PHỤ LỤC II'],
  ])('the table ends at «%s»; the line is kept as text', (closing) => {
    const r = tabify(
      [HEADER, spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'), closing].join('\n'),
    );
    expect(r.ranges).toEqual([{ from: 1, to: 2 }]);
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      closing,
    ]);
  });

  it('a paragraph after a blank line, across the columns, ends the table', () => {
    const prose =
      '    Các cơ quan, đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể và báo cáo kết quả về UBND xã trước ngày 15 hằng tháng.';
    const r = tabify(
      [HEADER, spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'), '', prose].join('\n'),
    );
    expect(r.ranges).toEqual([{ from: 1, to: 3 }]);
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      prose,
    ]);
  });

  it('splits two cells printed one space apart where the next one opens with a capital', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        '2     Phổ biến pháp luật mới. Công an xã          Ủy ban MTTQ         Quý I/2026',
      ].join('\n'),
    );
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      '2\tPhổ biến pháp luật mới.\tCông an xã\tỦy ban MTTQ\tQuý I/2026',
    ]);
  });

  it('a header line of short words under one label ends the header ("hoàn thành" under "Thời gian")', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '', '', '', '', 'hoàn thành'),
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
      ].join('\n'),
    );
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành'],
      [3, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a wrapped line holding only "12" is text of the cell, not a page number', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Lắp đặt camera tại', 'Công an xã', '', 'Năm 2026'),
        spaced(COLS, '', '12'),
        spaced(COLS, '2', 'Việc B', 'Công an xã', '', 'Năm 2026'),
      ].join('\n'),
    );
    expect(r.repairs.map((x) => x.kind)).toEqual(['spacedTable']);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tLắp đặt camera tại 12\tCông an xã\t\tNăm 2026'],
      [4, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('"II.", "1.1", "a)" and "đ)" in the TT column each open a row', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, 'II.', 'Hạ tầng số'),
        spaced(COLS, '1.1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        spaced(COLS, 'a)', 'Việc A con', 'Công an xã', '', 'Năm 2026'),
        spaced(COLS, 'đ)', 'Việc đ', 'Công an xã'),
      ].join('\n'),
    );
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, 'II.\tHạ tầng số\t\t\t'],
      [3, '1.1\tViệc A\tCông an xã\t\tNăm 2026'],
      [4, 'a)\tViệc A con\tCông an xã\t\tNăm 2026'],
      [5, 'đ)\tViệc đ\tCông an xã\t\t'],
    ]);
  });

  it('letters in decomposed form, no-break spaces and trailing spaces read as typed', () => {
    const r = tabify(
      [
        HEADER.normalize('NFD'),
        `${spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026').normalize('NFD').replace(/ /g, '\u00a0')}   `,
      ].join('\n'),
    );
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
    ]);
  });

  it('a line already holding tabs ends the space-aligned table and is kept as it is', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        '2\tViệc B\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.ranges).toEqual([{ from: 1, to: 2 }]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [3, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('column numbers printed without parentheses are dropped too', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', '2', '3', '4', '5'),
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
      ].join('\n'),
    );
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 1)',
      'Bỏ dòng đánh số cột (dòng 2)',
    ]);
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
    ]);
  });

  it('a cell opening with a dash one space after the cell before starts at the dash', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        '2     Phổ biến pháp luật – Văn hóa xã             Ủy ban MTTQ         Quý I/2026',
      ].join('\n'),
    );
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      '2\tPhổ biến pháp luật\t– Văn hóa xã\tỦy ban MTTQ\tQuý I/2026',
    ]);
  });

  it.each([
    ['three spaces after "Các phòng,"', 'Các phòng,   Thường', 'Các phòng,', 'Thường xuyên'],
    ['eight positions before "Thời gian"', 'Các         Thường', 'Các', 'Thường xuyên'],
    [
      'only two spaces after "Các phòng,": one cell',
      'Các phòng,  Thường',
      'Các phòng, Thường',
      'xuyên',
    ],
    ['nine positions before "Thời gian": one cell', 'Các        Thường', 'Các Thường', 'xuyên'],
  ])(
    "a word set apart, printed a little left of the next column, is that column's (%s)",
    (_, pieces, coordinating, time) => {
      const r = tabify(
        [
          HEADER,
          spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
          `2     Việc B                  Công an xã          ${pieces}`,
          spaced(COLS, '', '', '', '', 'xuyên'),
        ].join('\n'),
      );
      expect(r.lines.map((l) => [l.line, l.text])).toEqual([
        [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
        [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
        [3, `2\tViệc B\tCông an xã\t${coordinating}\t${time}`],
      ]);
    },
  );

  it.each([
    [
      'two spaces after the cell before',
      '2     Việc B            Công an xã            Các phòng  Quý I',
    ],
    [
      'four spaces after the cell before',
      '2     Việc B            Công an xã            Các phòng    Quý I',
    ],
    [
      'eight spaces after the cell before',
      '2     Việc B            Công an xã            Các phòng        Quý I',
    ],
    [
      'a cell printed six places left of its label',
      '2     Việc B      Công an xã                  Các phòng           Quý I',
    ],
  ])('a cell printed left of its label stays in its column (%s)', (_, row) => {
    const cols = [0, 6, 24, 46, 66];
    const r = tabify(
      [
        spaced(cols, 'TT', 'Nội dung', 'Cơ quan chủ trì', 'Phối hợp', 'Thời gian'),
        spaced(cols, '1', 'Việc A', 'Công an xã', 'Các phòng', 'Năm 2026'),
        row,
      ].join('\n'),
    );
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tPhối hợp\tThời gian',
      '1\tViệc A\tCông an xã\tCác phòng\tNăm 2026',
      '2\tViệc B\tCông an xã\tCác phòng\tQuý I',
    ]);
  });

  it('a wrapped line ending just before a cell printed left of its label leaves that cell in its column', () => {
    const cols = [0, 6, 24, 46, 66];
    const r = tabify(
      [
        spaced(cols, 'TT', 'Nội dung', 'Cơ quan chủ trì', 'Phối hợp', 'Thời gian'),
        spaced(cols, '1', 'Việc A', 'Công an xã', 'Các phòng', 'Năm 2026'),
        '2     Việc B            Công an xã            Các phòng  Quý I',
        spaced(cols, '', '', '', 'ban ngành', ''),
      ].join('\n'),
    );
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tPhối hợp\tThời gian',
      '1\tViệc A\tCông an xã\tCác phòng\tNăm 2026',
      '2\tViệc B\tCông an xã\tCác phòng ban ngành\tQuý I',
    ]);
  });

  it('a cell printed at the right of its column, eight places before the next, stays in its column', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        '2     Việc B                  Công an xã                      UBND xã  Năm 2026',
      ].join('\n'),
    );
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      '2\tViệc B\tCông an xã\tUBND xã\tNăm 2026',
    ]);
  });

  it('of two capitalised words one space apart, the one nearest the column opens the next cell', () => {
    const r = tabify(
      [
        HEADER,
        spaced(COLS, '1', 'Việc A', 'Công an xã', '', 'Năm 2026'),
        spaced(COLS, '2', 'Lập danh sách, gửi UBND Công an xã', '', 'Các phòng', 'Năm 2026'),
      ].join('\n'),
    );
    expect(r.lines.map((l) => l.text)).toEqual([
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      '2\tLập danh sách, gửi UBND\tCông an xã\tCác phòng\tNăm 2026',
    ]);
  });

  it('a table without a TT column takes each line as a row of its own', () => {
    const cols = [0, 24, 44, 64];
    const r = tabify(
      [
        spaced(cols, 'Nhiệm vụ', 'Cơ quan chủ trì', 'Phối hợp', 'Thời hạn'),
        spaced(cols, 'Việc A', 'Công an xã', '', 'Năm 2026'),
        spaced(cols, 'việc A tiếp', '', '', ''),
      ].join('\n'),
    );
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'Nhiệm vụ\tCơ quan chủ trì\tPhối hợp\tThời hạn'],
      [2, 'Việc A\tCông an xã\t\tNăm 2026'],
      [3, 'việc A tiếp\t\t\t'],
    ]);
  });

  it('lines already holding tabs, and text with no table, are left as they are', () => {
    const lines = [
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      'Cẩm Giàng, ngày 07 tháng 7 năm 2025',
    ];
    const r = tabify(lines.join('\n'));
    expect(r).toEqual({
      lines: lines.map((text, k) => ({ text, line: k + 1 })),
      repairs: [],
      tables: 0,
      ranges: [],
    });
  });
});
