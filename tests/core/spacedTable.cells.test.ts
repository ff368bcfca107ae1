// Space-aligned tables from PDF text: which column each piece of a line goes to (cells glued by
// one space, a dash opening a cell, narrow columns), where the table stops (a paragraph, another
// table) and how its pages are read. Every table is typed here as pdftotext -layout prints it;
// the expected cells are what a commune officer reads on the printed page.
import { describe, expect, it } from 'vitest';
import { splitSourceLines } from '../../src/core/appendix/appendixLines.ts';
import { headerLayout } from '../../src/core/appendix/appendixTable.ts';
import { tabifySpacedTables } from '../../src/core/appendix/spacedTable.ts';
import { extractKpis } from '../../src/core/kpi/kpiExtract.ts';
import { isKpiHeader } from '../../src/core/kpi/kpiTable.ts';

/** The test importAppendix uses: a task-table or a KPI-table header. */
const isHeader = (cells: readonly string[]) =>
  headerLayout(cells) !== undefined || isKpiHeader(cells);

const tabify = (lines: readonly string[]) =>
  tabifySpacedTables(splitSourceLines(lines.join('\n')), isHeader);

const rows = (lines: readonly string[]) => tabify(lines).lines.map((l) => [l.line, l.text]);

const HEADER = 'TT    Nội dung                Cơ quan chủ trì     Cơ quan phối hợp    Thời gian';
const HEADER_CELLS = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian';
const ROW_A = '1     Việc A                  Công an xã                              Năm 2026';

describe('cells glued to the cell before by one space', () => {
  it('a dash one place right of where the next column starts opens that cell', () => {
    expect(
      rows([
        HEADER,
        '1     Phổ biến pháp luật ở bản – Văn hóa xã       Ủy ban MTTQ         Quý I/2026',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tPhổ biến pháp luật ở bản\t– Văn hóa xã\tỦy ban MTTQ\tQuý I/2026'],
    ]);
  });

  it('a dash before a long capitalised word goes with that word to the next cell', () => {
    expect(
      rows([
        HEADER,
        ROW_A,
        '2     Phổ biến pháp luật – Phòng Văn hóa          Ủy ban MTTQ         Quý I/2026',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [3, '2\tPhổ biến pháp luật\t– Phòng Văn hóa\tỦy ban MTTQ\tQuý I/2026'],
    ]);
  });

  it('a cell whose capitalised last word ends right where the next column starts stays whole', () => {
    expect(
      rows([
        HEADER,
        '1     Báo cáo kết quả cho UBND  Công an xã                              Năm 2026',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tBáo cáo kết quả cho UBND\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a number ending the task, glued to the lead cell, stays with the task', () => {
    expect(
      rows([
        HEADER,
        '1     Lắp camera tại thôn số 2 Công an xã                             Năm 2026',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tLắp camera tại thôn số 2\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('on a wrapped line, the lead cell glued to the task starts under where it started above', () => {
    expect(
      rows([
        HEADER,
        '1     Tuyên truyền văn bản  Sở Nội vụ,                                Năm 2026',
        '      pháp luật cho cán bộ, Sở Tư pháp',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tTuyên truyền văn bản pháp luật cho cán bộ,\tSở Nội vụ, Sở Tư pháp\t\tNăm 2026'],
    ]);
  });

  it('of the places the lead cell started on the lines above, the one nearest the column counts', () => {
    expect(
      rows([
        HEADER,
        '1     Tuyên truyền văn bản  Sở Nội vụ,                                Năm 2026',
        '      pháp luật mới             UBND xã,',
        '      cho cán bộ, công chức Sở Tư pháp',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [
        2,
        '1\tTuyên truyền văn bản pháp luật mới cho cán bộ, công chức\tSở Nội vụ, UBND xã, Sở Tư pháp\t\tNăm 2026',
      ],
    ]);
  });

  it('a task running on under the lead heading, with no lead on its line, stays whole', () => {
    expect(
      rows([
        HEADER,
        '1     Báo cáo UBND huyện kết quả thực hiện',
        '2     Việc B                  Công an xã                              Năm 2026',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tBáo cáo UBND huyện kết quả thực hiện\t\t\t'],
      [3, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a wrapped word of the task under where the lead started, ending before the column, stays in the task', () => {
    expect(
      rows([
        HEADER,
        '1     Tuyên truyền văn bản  Sở Nội vụ,                                Năm 2026',
        '      pháp luật cho cán bộ xã',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tTuyên truyền văn bản pháp luật cho cán bộ xã\tSở Nội vụ,\t\tNăm 2026'],
    ]);
  });

  it('a code wrapped onto the next line stays in its narrow column', () => {
    expect(
      rows([
        'TT   Mã     Nội dung                    Chủ trì         Thời hạn',
        '1    CĐS-   Việc A                      Công an xã      Năm 2026',
        '     01',
        '2    CĐS-02 Việc B                      Công an xã      Năm 2026',
      ]),
    ).toEqual([
      [1, 'TT\tMã\tNội dung\tChủ trì\tThời hạn'],
      [2, '1\tCĐS-01\tViệc A\tCông an xã\tNăm 2026'],
      [4, '2\tCĐS-02\tViệc B\tCông an xã\tNăm 2026'],
    ]);
  });

  it('"1.10" in the TT column opens a row of its own, after "1.9"', () => {
    expect(
      rows([
        HEADER,
        '1.9   Việc A                  Công an xã                              Năm 2026',
        '1.10  Việc B                  Công an xã                              Năm 2026',
      ]),
    ).toEqual([
      [1, HEADER_CELLS],
      [2, '1.9\tViệc A\tCông an xã\t\tNăm 2026'],
      [3, '1.10\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });
});

describe('where the table stops', () => {
  it('a paragraph with two spaces after a full stop, after a blank line, ends the table', () => {
    const prose =
      '    Các cơ quan, đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể.  Báo cáo kết quả về UBND xã.';
    const r = tabify([HEADER, ROW_A, '', prose]);
    expect(r.ranges).toEqual([{ from: 1, to: 3 }]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [4, prose],
    ]);
  });

  it('after a blank line, a short wrapped line in the last column is still the row above', () => {
    const r = tabify([
      HEADER,
      ROW_A,
      '',
      '                                                                      và thường xuyên',
    ]);
    expect(r.ranges).toEqual([{ from: 1, to: 4 }]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026 và thường xuyên'],
    ]);
  });

  it('the KPI table after a blank line below the task table is a second table', () => {
    const r = tabify([
      HEADER,
      ROW_A,
      '',
      'STT   Chỉ tiêu                          ĐVT         Năm 2026      Đơn vị thực hiện',
      '1     Tỷ lệ hồ sơ trực tuyến            %           80            Văn phòng',
    ]);
    expect([r.tables, r.ranges]).toEqual([
      2,
      [
        { from: 1, to: 3 },
        { from: 4, to: 5 },
      ],
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [4, 'STT\tChỉ tiêu\tĐVT\tNăm 2026\tĐơn vị thực hiện'],
      [5, '1\tTỷ lệ hồ sơ trực tuyến\t%\t80\tVăn phòng'],
    ]);
  });
});

describe('pages of a table', () => {
  it('rows starting on the page after the header are not set apart from it', () => {
    const r = tabify([
      HEADER,
      '',
      '                                   1',
      '\f' + ROW_A,
      '2     Việc B                  Công an xã                              Năm 2026',
    ]);
    expect(r.repairs).toEqual([
      {
        kind: 'spacedTable',
        message: 'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 1)',
        line: 1,
      },
      { kind: 'pageNumber', message: 'Bỏ số trang «1» (dòng 3)', line: 3 },
      { kind: 'formFeed', message: 'Bỏ dấu sang trang (dòng 4)', line: 4 },
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [4, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [5, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a repeated header printed with "TT" one space from "Nội dung" still gives five columns', () => {
    const r = tabify([
      HEADER,
      ROW_A,
      '',
      '                                   1',
      '\fTT Nội dung                  Cơ quan chủ trì     Cơ quan phối hợp    Thời gian',
      '2     Việc B                  Công an xã          UBND xã             Năm 2026',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [2, ''],
      [6, '2\tViệc B\tCông an xã\tUBND xã\tNăm 2026'],
    ]);
  });

  it('a page repeating only the first line of a two-line header drops that line alone', () => {
    const r = tabify([
      'TT    Nội dung                Cơ quan             Cơ quan             Thời gian',
      '                              chủ trì             phối hợp',
      ROW_A,
      '',
      '                                   1',
      '\fTT    Nội dung                Cơ quan             Cơ quan             Thời gian',
      '2     Việc B                  Công an xã          UBND xã             Năm 2026',
    ]);
    expect(r.repairs.map((x) => [x.kind, x.line])).toEqual([
      ['spacedTable', 1],
      ['pageNumber', 5],
      ['formFeed', 6],
      ['repeatedHeader', 6],
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [3, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [3, ''],
      [7, '2\tViệc B\tCông an xã\tUBND xã\tNăm 2026'],
    ]);
  });

  it('pages without page numbers: the rows above each repeated header stay rows', () => {
    const r = tabify([
      HEADER,
      ROW_A,
      '2     Việc B                  Công an xã                              Năm 2026',
      '\f' + HEADER,
      '3     Việc C                  Công an xã                              Năm 2026',
    ]);
    expect([r.tables, r.ranges]).toEqual([1, [{ from: 1, to: 5 }]]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 2 trang (dòng 1)',
      'Bỏ dấu sang trang (dòng 4)',
      'Bỏ tiêu đề bảng lặp lại (dòng 4)',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [3, '2\tViệc B\tCông an xã\t\tNăm 2026'],
      [3, ''],
      [5, '3\tViệc C\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('pages of one row each, without page numbers: every repeated header is dropped', () => {
    const r = tabify([
      HEADER,
      ROW_A,
      '\f' + HEADER,
      '2     Việc B                  Công an xã                              Năm 2026',
      '\f' + HEADER,
      '3     Việc C                  Công an xã                              Năm 2026',
    ]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 3 trang (dòng 1)',
      'Bỏ dấu sang trang (dòng 3)',
      'Bỏ tiêu đề bảng lặp lại (dòng 3)',
      'Bỏ dấu sang trang (dòng 5)',
      'Bỏ tiêu đề bảng lặp lại (dòng 5)',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [2, ''],
      [4, '2\tViệc B\tCông an xã\t\tNăm 2026'],
      [4, ''],
      [6, '3\tViệc C\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a column-number row is listed as such, at its line', () => {
    const r = tabify([
      HEADER,
      '(1)   (2)                     (3)                 (4)                 (5)',
      ROW_A,
    ]);
    expect(r.repairs).toEqual([
      {
        kind: 'spacedTable',
        message: 'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 1)',
        line: 1,
      },
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 2)', line: 2 },
    ]);
  });

  it('after a quotation over two lines above the table, each dropped line is named by its line in the text', () => {
    const r = tabify([
      '"Chuyển đổi số toàn diện,',
      'vì người dân" là khẩu hiệu năm 2026.',
      '',
      HEADER,
      '(1)   (2)                     (3)                 (4)                 (5)',
      ROW_A,
      '',
      '                                   1',
    ]);
    expect(r.ranges).toEqual([{ from: 4, to: 8 }]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 4)',
      'Bỏ dòng đánh số cột (dòng 5)',
      'Bỏ số trang «1» (dòng 8)',
    ]);
    expect(r.lines.slice(2).map((l) => [l.line, l.text])).toEqual([
      [4, HEADER_CELLS],
      [6, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a page number printed between two columns does not move where the next column starts', () => {
    const r = tabify([
      HEADER,
      '1     Việc A                  Công an   xã        Các phòng           Năm 2026',
      '',
      '                                               12',
      '\f2     Việc B                  Công an xã                              Năm 2026',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, HEADER_CELLS],
      [2, '1\tViệc A\tCông an xã\tCác phòng\tNăm 2026'],
      [2, ''],
      [5, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });
});

describe('KPI tables', () => {
  const KPI = 'STT   Chỉ tiêu                          ĐVT         Năm 2026      Đơn vị thực hiện';

  it('a first row without STT, its figure printed between two labels, is a row, not more header', () => {
    expect(
      rows([
        KPI,
        '      Số hồ sơ                          hồ sơ               1200  Văn phòng',
        '1     Tỷ lệ hồ sơ trực tuyến            %           80            Văn phòng',
      ]),
    ).toEqual([
      [1, 'STT\tChỉ tiêu\tĐVT\tNăm 2026\tĐơn vị thực hiện'],
      [2, '\tSố hồ sơ\thồ sơ\t1200\tVăn phòng'],
      [3, '1\tTỷ lệ hồ sơ trực tuyến\t%\t80\tVăn phòng'],
    ]);
  });

  it('the column numbers (1) to (10) of a ten-column table are dropped', () => {
    const r = tabify([
      'STT  Chỉ tiêu            ĐVT    Năm 2025  Quý I  Quý II  Quý III  Quý IV  Năm 2026  Ghi chú',
      '(1)  (2)                 (3)    (4)       (5)    (6)     (7)      (8)     (9)       (10)',
      '1    Hồ sơ trực tuyến    hồ sơ  100       20     25      25       30      120',
    ]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 10 cột, 1 trang (dòng 1)',
      'Bỏ dòng đánh số cột (dòng 2)',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'STT\tChỉ tiêu\tĐVT\tNăm 2025\tQuý I\tQuý II\tQuý III\tQuý IV\tNăm 2026\tGhi chú'],
      [3, '1\tHồ sơ trực tuyến\thồ sơ\t100\t20\t25\t25\t30\t120\t'],
    ]);
  });

  it('column numbers written "1.  2.  3.  4.  5." are dropped, and give no indicator "2."', () => {
    const lines = [
      KPI,
      '1.    2.                                3.          4.            5.',
      '1     Tỷ lệ hồ sơ trực tuyến            %           80            Văn phòng',
    ];
    const r = tabify(lines);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Đọc bảng căn cột bằng dấu cách (văn bản chép từ PDF): 5 cột, 1 trang (dòng 1)',
      'Bỏ dòng đánh số cột (dòng 2)',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'STT\tChỉ tiêu\tĐVT\tNăm 2026\tĐơn vị thực hiện'],
      [3, '1\tTỷ lệ hồ sơ trực tuyến\t%\t80\tVăn phòng'],
    ]);
    const kpis = extractKpis(lines.join('\n'));
    expect(
      kpis.rows.map((k) => [k.source.line, k.ordinal, k.indicator, k.measureUnit, k.target]),
    ).toEqual([[3, '1', 'Tỷ lệ hồ sơ trực tuyến', '%', '80']]);
  });
});
