// Pieces of an import a coordinator sees in the result: the plan's number, date and commune read
// from its letterhead or from the appendix's "(Kèm theo …)" line, the codes of many sub-tasks,
// and cells pasted from Excel or Sheets with line breaks inside.
import { describe, expect, it } from 'vitest';
import { letterCode } from '../../src/core/appendix/appendixDraft.ts';
import { splitCells, splitSourceLines } from '../../src/core/appendix/appendixLines.ts';
import { readPlanInfo } from '../../src/core/appendix/appendixPlan.ts';

describe('the plan’s particulars', () => {
  it('from the letterhead, number and place-and-date on two lines', () => {
    expect(readPlanInfo(['Số: 03 /KH-UBND', 'Cẩm Giàng, ngày 07 tháng 7 năm 2025'])).toEqual({
      number: '03/KH-UBND',
      date: '2025-07-07',
      commune: 'Cẩm Giàng',
      year: 2025,
    });
  });

  it('from a letterhead copied from PDF or Word, side by side on one line', () => {
    const expected = {
      number: '12/KH-UBND',
      date: '2026-01-12',
      commune: 'Tân Hòa',
      year: 2026,
    };
    expect(readPlanInfo(['Số: 12/KH-UBND        Tân Hòa, ngày 12 tháng 01 năm 2026'])).toEqual(
      expected,
    );
    expect(readPlanInfo(['Số: 12/KH-UBND\tTân Hòa, ngày 12 tháng 01 năm 2026'])).toEqual(expected);
  });

  it('from the appendix’s "(Kèm theo Kế hoạch số …)" line', () => {
    expect(
      readPlanInfo(['(Kèm theo Kế hoạch số 112/KH-UBND ngày 20/01/2026 của UBND xã Phú Lộc)']),
    ).toEqual({ number: '112/KH-UBND', date: '2026-01-20', commune: 'Phú Lộc', year: 2026 });
    expect(
      readPlanInfo([
        '(Kèm theo Kế hoạch số    /KH-UBND ngày    tháng    năm 2026 của Ủy ban nhân dân xã Đa Kia)',
      ]),
    ).toEqual({ commune: 'Đa Kia', year: 2026 });
  });

  it('a plan not yet numbered or dated keeps only its year; a day that does not exist gives no date', () => {
    expect(readPlanInfo(['Số:    /KH-UBND', 'Đa Kia, ngày    tháng    năm 2026'])).toEqual({
      commune: 'Đa Kia',
      year: 2026,
    });
    expect(readPlanInfo(['**Số: 05/KH-UBND**', '*Cỏ Lễ, ngày 31 tháng 2 năm 2026*'])).toEqual({
      number: '05/KH-UBND',
      commune: 'Cỏ Lễ',
      year: 2026,
    });
  });

  it('the first number and the first place-and-date win', () => {
    expect(
      readPlanInfo([
        'Tân Hòa, ngày 12 tháng 01 năm 2026',
        'Cẩm Giàng, ngày 07 tháng 7 năm 2025',
        'Số: 1/QĐ-UBND',
        'Số: 2/KH-UBND',
      ]),
    ).toEqual({ number: '1/QĐ-UBND', date: '2026-01-12', commune: 'Tân Hòa', year: 2026 });
  });
});

describe('codes of sub-tasks', () => {
  it('a to z, then aa, ab… as in a spreadsheet’s columns', () => {
    expect([1, 26, 27, 28, 52, 53, 702, 703].map(letterCode)).toEqual([
      'a',
      'z',
      'aa',
      'ab',
      'az',
      'ba',
      'zz',
      'aaa',
    ]);
  });
});

describe('cells pasted from Excel or Sheets', () => {
  it('a quoted cell with a line break stays on its row; the next row keeps its own line number', () => {
    expect(splitSourceLines('1\t"Số hóa\nhồ sơ"\tCông an xã\n2\tx')).toEqual([
      { text: '1\t"Số hóa\nhồ sơ"\tCông an xã', line: 1 },
      { text: '2\tx', line: 3 },
    ]);
  });

  it('a quote never closed is text: the lines stay apart', () => {
    expect(splitSourceLines('1\t"mở mà không đóng\n2\tx\n3\ty')).toEqual([
      { text: '1\t"mở mà không đóng', line: 1 },
      { text: '2\tx', line: 2 },
      { text: '3\ty', line: 3 },
    ]);
  });

  it('unquotes a cell quoted for its line break or doubled quotes; other quotes are text', () => {
    expect(splitCells('1\t"Số hóa\nhồ sơ ""A"""\tCông an xã')).toEqual([
      '1',
      'Số hóa hồ sơ "A"',
      'Công an xã',
    ]);
    expect(splitCells('1\t"Trích dẫn" thường\tA')).toEqual(['1', '"Trích dẫn" thường', 'A']);
  });

  it('a quoted cell may span 30 line breaks; a quote closed later is text, so no rows are swallowed', () => {
    const cell = (breaks: number) =>
      [
        '1\t"đầu',
        ...Array.from({ length: breaks - 1 }, (_, k) => `dòng ${k + 2}`),
        'cuối"\tCông an xã',
        '2\tx',
      ].join('\n');
    expect(splitSourceLines(cell(30)).map((l) => l.line)).toEqual([1, 32]);
    expect(splitSourceLines(cell(31))).toHaveLength(33);
  });

  it('a quoted cell that ends the row, and tabs or doubled quotes inside a cell', () => {
    const last = '1\tViệc\t"Công an xã\nPhòng Kinh tế"';
    expect(splitSourceLines(last)).toEqual([{ text: last, line: 1 }]);
    expect(splitCells(last)).toEqual(['1', 'Việc', 'Công an xã Phòng Kinh tế']);
    expect(splitCells('"a\tb"\t"c""d"""')).toEqual(['a b', 'c"d"']);
    expect(splitCells('"x"y\tz')).toEqual(['"x"y', 'z']);
  });

  it('quotes that do not open a quoted cell are text, and never swallow the next row', () => {
    expect(splitCells('"Chưa đóng\tCông an xã')).toEqual(['"Chưa đóng', 'Công an xã']);
    expect(splitCells('"Bình dân học vụ số"\tCông an xã')).toEqual([
      '"Bình dân học vụ số"',
      'Công an xã',
    ]);
    expect(splitSourceLines('1\tViệc "A\tx\n2\ty"')).toEqual([
      { text: '1\tViệc "A\tx', line: 1 },
      { text: '2\ty"', line: 2 },
    ]);
  });

  it('a sub-task row (empty first cell) with a quoted cell over two lines stays one row', () => {
    expect(splitSourceLines('\t"Việc\ncon"\tCông an xã\n\tViệc khác\tCông an xã')).toEqual([
      { text: '\t"Việc\ncon"\tCông an xã', line: 1 },
      { text: '\tViệc khác\tCông an xã', line: 3 },
    ]);
  });

  it('a quoted cell far down a long table is joined like the first', () => {
    const rows = Array.from({ length: 35 }, (_, k) => `${k + 1}\tViệc ${k + 1}\tCông an xã`);
    const lines = splitSourceLines(
      [...rows, '36\t"Việc\nhai dòng"\tCông an xã', '37\tViệc 37\tCông an xã'].join('\n'),
    );
    expect(lines.slice(35)).toEqual([
      { text: '36\t"Việc\nhai dòng"\tCông an xã', line: 36 },
      { text: '37\tViệc 37\tCông an xã', line: 38 },
    ]);
  });
});
