// Which headings announce the task table and which column is the TT, as an officer pastes them:
// a heading that only mentions a general task's code or a "TT" is not that column, and a row of
// column numbers is dropped only right under a header.
import { describe, expect, it } from 'vitest';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';

const HEADER = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';

/** Code, TT (given when the table has none), content, lead as written, deadline as written, notes. */
const view = (r: ImportResult) =>
  r.tasks.map((t) => [
    t.code,
    t.ordinal ?? '',
    t.content,
    t.rawLead,
    t.deadline.raw,
    t.notes ?? '',
  ]);

describe('headings that name a column only in passing', () => {
  it('"Ghi chú mã nhiệm vụ tổng quát" does not make a Phụ lục I table a "6 rõ" one', () => {
    const r = importAppendix(
      [
        'Nội dung\tĐơn vị chủ trì\tThời hạn\tGhi chú mã nhiệm vụ tổng quát',
        'Việc A\tCông an xã\tNăm 2026\tNV01',
      ].join('\n'),
    );
    expect(r.layout).toBe('phu-luc');
    expect(r.tasks.map((t) => [t.code, t.content, t.rawLead, t.deadline.raw])).toEqual([
      ['1', 'Việc A', 'Công an xã', 'Năm 2026'],
    ]);
  });

  it('"Ghi chú TT" is a note, not the TT column', () => {
    const r = importAppendix(
      ['Nội dung\tChủ trì\tThời hạn\tGhi chú TT', 'Việc A\tCông an xã\tNăm 2026\t12'].join('\n'),
    );
    expect(view(r)).toEqual([['1', '1', 'Việc A', 'Công an xã', 'Năm 2026', 'Ghi chú TT: 12']]);
  });

  it('"TTHC liên quan" (thủ tục hành chính) is a note, not the TT column', () => {
    const r = importAppendix(
      [
        'Nội dung\tTTHC liên quan\tChủ trì\tThời hạn',
        'Việc A\tCấp bản sao trích lục hộ tịch\tCông an xã\tNăm 2026',
      ].join('\n'),
    );
    expect(view(r)).toEqual([
      [
        '1',
        '1',
        'Việc A',
        'Công an xã',
        'Năm 2026',
        'TTHC liên quan: Cấp bản sao trích lục hộ tịch',
      ],
    ]);
  });
});

describe('rows that look like column numbers', () => {
  it('numbers below a section line are a task row, not column numbers', () => {
    const r = importAppendix([HEADER, 'II. Hạ tầng số', '1\t2\t3\t4\t5'].join('\n'));
    expect(r.sections).toEqual([{ code: 'II', title: 'Hạ tầng số' }]);
    expect(view(r)).toEqual([['II.1', '1', '2', '3', '5', '']]);
    expect(r.repairs).toEqual([]);
  });
});

describe('column numbers written "1." or "Cột 1"', () => {
  it('"1. | 2. | 3. | 4. | 5." under the header is dropped, not read as task 1 "2."', () => {
    const r = importAppendix(
      [HEADER, '1.\t2.\t3.\t4.\t5.', '1\tViệc A\tCông an xã\t\tNăm 2026'].join('\n'),
    );
    expect(r.repairs).toEqual([
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 2)', line: 2 },
    ]);
    expect(view(r)).toEqual([['1', '1', 'Việc A', 'Công an xã', 'Năm 2026', '']]);
  });

  it('"Cột 1 | Cột 2 | …" under the header is dropped; "Cột 1 | Cột 3 | …" is a row', () => {
    const r = importAppendix(
      [
        HEADER,
        'Cột 1\tCột 2\tCột 3\tCột 4\tCột 5',
        '1\tViệc A\tCông an xã\t\tNăm 2026',
        HEADER,
        'Cột 1\tCột 3\tCột 2\tCột 4\tCột 5',
      ].join('\n'),
    );
    expect(r.repairs).toEqual([
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 2)', line: 2 },
      { kind: 'repeatedHeader', message: 'Bỏ tiêu đề bảng lặp lại (dòng 4)', line: 4 },
    ]);
    expect(r.tasks.map((t) => [t.code, t.ordinal, t.content, t.rawLead])).toEqual([
      ['1', '1', 'Việc A', 'Công an xã'],
      ['Cột 1', 'Cột 1', 'Cột 3', 'Cột 2'],
    ]);
  });

  it('"Cột1 | Cột2 | …" written without a space is a row', () => {
    const r = importAppendix([HEADER, 'Cột1\tCột2\tCột3\tCột4\tCột5'].join('\n'));
    expect(r.repairs).toEqual([]);
    expect(r.tasks.map((t) => [t.ordinal, t.content])).toEqual([['Cột1', 'Cột2']]);
  });

  it('cells that only start with 1, 2, 3 ("2 điểm Wi-Fi", "3 thôn") under the header are a row', () => {
    const r = importAppendix([HEADER, '1\t2 điểm Wi-Fi công cộng\t3 thôn'].join('\n'));
    expect(r.repairs).toEqual([]);
    expect(r.tasks.map((t) => [t.code, t.content, t.rawLead])).toEqual([
      ['1', '2 điểm Wi-Fi công cộng', '3 thôn'],
    ]);
  });
});

describe('a table pasted without its header', () => {
  it('its first row of column numbers is dropped, not read as task "(1)"', () => {
    const r = importAppendix(
      ['(1)\t(2)\t(3)\t(4)\t(5)', '1\tViệc A\tCông an xã\t\tNăm 2026'].join('\n'),
    );
    expect(r.repairs).toEqual([
      { kind: 'columnNumbers', message: 'Bỏ dòng đánh số cột (dòng 1)', line: 1 },
    ]);
    expect(view(r)).toEqual([['1', '1', 'Việc A', 'Công an xã', 'Năm 2026', '']]);
    expect(r.warnings).toEqual([
      {
        message:
          'Không tìm thấy dòng tiêu đề của bảng phụ lục; đọc bảng theo mẫu Phụ lục I (TT, Nội dung, Cơ quan chủ trì…).',
        line: 1,
      },
    ]);
  });

  it('column numbers after its first row are a row', () => {
    const r = importAppendix(['1\tViệc A\tCông an xã\t\tNăm 2026', '1\t2\t3\t4\t5'].join('\n'));
    expect(r.repairs).toEqual([]);
    expect(r.tasks.map((t) => [t.code, t.content, t.rawLead])).toEqual([
      ['1', 'Việc A', 'Công an xã'],
      ['1-2', '2', '3'],
    ]);
  });
});

describe('a line of invisible characters copied from Word', () => {
  it('zero-width spaces between tabs are a page break: the capitalised rest of a task joins it', () => {
    const r = importAppendix(
      [
        'Nội dung\tChủ trì\tThời hạn',
        'Việc A\tCông an xã\tNăm 2026',
        '\u200b\t\u200b\t\u200b',
        'Phần Tiếp Theo\t\t',
      ].join('\n'),
    );
    expect(view(r)).toEqual([['1', '1', 'Việc A Phần Tiếp Theo', 'Công an xã', 'Năm 2026', '']]);
  });
});
