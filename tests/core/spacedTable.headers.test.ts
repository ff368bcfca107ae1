// Space-aligned tables from PDF text: how their header lines are found and read (labels stacked
// over several lines, labels close together, the six-line limit) and which lines end a table or
// are dropped. Every table is typed here as pdftotext -layout prints it; the expected cells are
// what a commune officer reads on the printed page.
import { describe, expect, it } from 'vitest';
import { splitSourceLines } from '../../src/core/appendix/appendixLines.ts';
import { headerLayout } from '../../src/core/appendix/appendixTable.ts';
import { tabifySpacedTables } from '../../src/core/appendix/spacedTable.ts';
import { isKpiHeader } from '../../src/core/kpi/kpiTable.ts';

/** The test importAppendix uses: a task-table or a KPI-table header. */
const isHeader = (cells: readonly string[]) =>
  headerLayout(cells) !== undefined || isKpiHeader(cells);

const tabify = (lines: readonly string[]) =>
  tabifySpacedTables(splitSourceLines(lines.join('\n')), isHeader);

const rows = (lines: readonly string[]) => tabify(lines).lines.map((l) => [l.line, l.text]);

describe('header lines of a space-aligned table', () => {
  it('labels only two spaces apart are five columns, not one', () => {
    const r = tabify([
      'TT  Nội dung        Chủ trì     Phối hợp    Thời hạn',
      '1   Việc A          Công an xã  UBND xã     Năm 2026',
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tChủ trì\tPhối hợp\tThời hạn'],
      [2, '1\tViệc A\tCông an xã\tUBND xã\tNăm 2026'],
    ]);
  });

  it('a word of a label printed two places right of the end of the word above is the same label', () => {
    expect(
      rows([
        'TT    Nội dung                Cơ quan             Cơ quan             Thời',
        '                              chủ trì             phối hợp                  gian',
        '1     Việc A                  Công an xã                              Năm 2026',
      ]),
    ).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [3, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('"Bắt đầu" and "Hoàn thành" printed under "Thời gian thực hiện" make one column with it', () => {
    expect(
      rows([
        'TT    Nội dung                Thời gian thực hiện      Cơ quan chủ trì',
        '                           Bắt đầu     Hoàn thành',
        '1     Việc A                  01/2026   12/2026        Công an xã',
      ]),
    ).toEqual([
      [1, 'TT\tNội dung\tThời gian thực hiện Bắt đầu Hoàn thành\tCơ quan chủ trì'],
      [3, '1\tViệc A\t01/2026 12/2026\tCông an xã'],
    ]);
  });

  it('a header of six lines is read whole ("chủ trì" on the sixth)', () => {
    expect(
      rows([
        'TT    Nội dung                Cơ quan             Cơ quan             Thời',
        '      công việc               đơn vị              đơn vị              gian',
        '      cụ thể                  được giao           phối hợp            hoàn',
        '      được giao               thực hiện           thực hiện           thành',
        '      trong năm               nhiệm vụ            nhiệm vụ',
        '                              chủ trì',
        '1     Việc A                  Công an xã                              Năm 2026',
      ]),
    ).toEqual([
      [
        1,
        'TT\tNội dung công việc cụ thể được giao trong năm\tCơ quan đơn vị được giao thực hiện nhiệm vụ chủ trì\tCơ quan đơn vị phối hợp thực hiện nhiệm vụ\tThời gian hoàn thành',
      ],
      [7, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a header is six lines at most: a seventh line above it stays text', () => {
    expect(
      rows([
        '      Nội dung',
        'TT    công việc               Cơ quan             Cơ quan             Thời',
        '      cụ thể                  đơn vị              đơn vị              gian',
        '      được giao               được giao           phối hợp            hoàn',
        '      thực hiện               thực hiện           thực hiện           thành',
        '      trong năm               nhiệm vụ            nhiệm vụ',
        '                              chủ trì',
        '1     Việc A                  Công an xã                              Năm 2026',
      ]),
    ).toEqual([
      [1, '      Nội dung'],
      [
        2,
        'TT\tcông việc cụ thể được giao thực hiện trong năm\tCơ quan đơn vị được giao thực hiện nhiệm vụ chủ trì\tCơ quan đơn vị phối hợp thực hiện nhiệm vụ\tThời gian hoàn thành',
      ],
      [8, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('short lines under the labels finish the header up to its sixth line; the seventh is a row', () => {
    expect(
      rows([
        'TT    Nội dung                Cơ quan             Cơ quan             Thời',
        '      nhiệm vụ                chủ trì             phối hợp            gian',
        '      được giao               thực hiện           thực hiện           hoàn',
        '      trong năm               nhiệm vụ            nhiệm vụ            thành',
        '      của xã                  được giao           được giao           theo',
        '      và thôn                 trong năm           trong năm           quý',
        '      theo quý                                                        trong năm',
        '1     Việc A                  Công an xã                              Năm 2026',
      ]),
    ).toEqual([
      [
        1,
        'TT\tNội dung nhiệm vụ được giao trong năm của xã và thôn\tCơ quan chủ trì thực hiện nhiệm vụ được giao trong năm\tCơ quan phối hợp thực hiện nhiệm vụ được giao trong năm\tThời gian hoàn thành theo quý',
      ],
      [7, '\ttheo quý\t\t\ttrong năm'],
      [8, '1\tViệc A\tCông an xã\t\tNăm 2026'],
    ]);
  });

  it('a header alone at the end of the text (no row copied yet) is still read as the header', () => {
    const r = tabify([
      'TT    Nội dung                Cơ quan             Cơ quan             Thời',
      '                              chủ trì             phối hợp            gian',
    ]);
    expect([r.tables, r.ranges]).toEqual([1, [{ from: 1, to: 2 }]]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
    ]);
  });

  it('a sentence in two runs that names a task, its lead and its deadline is not a header', () => {
    const line = '- Nhiệm vụ: giao Công an xã chủ trì               Thời hạn: tháng 6/2026';
    const r = tabify([line, '- Kinh phí: ngân sách xã']);
    expect(r.tables).toBe(0);
    expect(r.lines.map((l) => l.text)).toEqual([line, '- Kinh phí: ngân sách xã']);
  });
});

describe('lines that end a table or are dropped from it', () => {
  const HEADER = 'TT    Nội dung                Cơ quan chủ trì     Cơ quan phối hợp    Thời gian';

  it('the signature block printed at the right of the page ends the table', () => {
    expect(
      rows([
        HEADER,
        '1     Việc A                  Công an xã                              Năm 2026',
        '                                                  TM. ỦY BAN NHÂN DÂN',
        '                                                  CHỦ TỊCH',
      ]),
    ).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tViệc A\tCông an xã\t\tNăm 2026'],
      [3, '                                                  TM. ỦY BAN NHÂN DÂN'],
      [4, '                                                  CHỦ TỊCH'],
    ]);
  });

  it('a wrapped line holding only "1" is text of the cell, not a column-number row', () => {
    const r = tabify([
      HEADER,
      '1     Lắp camera tại thôn số  Công an xã                              Năm 2026',
      '      1',
      '2     Việc B                  Công an xã                              Năm 2026',
    ]);
    expect(r.repairs.map((x) => x.kind)).toEqual(['spacedTable']);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian'],
      [2, '1\tLắp camera tại thôn số 1\tCông an xã\t\tNăm 2026'],
      [4, '2\tViệc B\tCông an xã\t\tNăm 2026'],
    ]);
  });
});
