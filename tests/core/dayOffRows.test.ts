// The "Ngày nghỉ" sheet as an office fills it in (Ngày | Đến ngày | Loại | Ghi chú), read into
// days off and make-up working days. Every day below is counted by hand on the 2026 calendar.
import { describe, expect, it } from 'vitest';
import { readDayOffRows } from '../../src/core/deadline/dayOffRows.ts';

const HEADING = ['Ngày', 'Đến ngày', 'Loại', 'Ghi chú'];

describe('a row of the Ngày nghỉ sheet', () => {
  it('one day off with its note, the heading skipped', () => {
    expect(readDayOffRows([HEADING, ['02/09/2026', '', 'Nghỉ', 'Quốc khánh']])).toStrictEqual({
      overrides: [{ day: '2026-09-02', kind: 'off', note: 'Quốc khánh' }],
      problems: [],
    });
  });

  it('a span "29/04/2026 – 01/05/2026" is three days off, noted "Ngày nghỉ" when the note is blank', () => {
    expect(readDayOffRows([['29/04/2026', '01/05/2026', 'Nghỉ']]).overrides).toStrictEqual([
      { day: '2026-04-29', kind: 'off', note: 'Ngày nghỉ' },
      { day: '2026-04-30', kind: 'off', note: 'Ngày nghỉ' },
      { day: '2026-05-01', kind: 'off', note: 'Ngày nghỉ' },
    ]);
  });

  it('a date cell (local midnight in Việt Nam) and a day written 2026-09-03', () => {
    const cell = new Date('2026-09-01T17:00:00Z');
    expect(readDayOffRows([[cell, '2026-09-03']]).overrides).toStrictEqual([
      { day: '2026-09-02', kind: 'off', note: 'Ngày nghỉ' },
      { day: '2026-09-03', kind: 'off', note: 'Ngày nghỉ' },
    ]);
  });

  it.each(['Làm việc', 'làm bù', 'Đi làm', 'LAM VIEC'])(
    '"%s" makes a Saturday a working day, noted "Làm bù"',
    (kind) => {
      expect(readDayOffRows([['25/04/2026', '', kind]]).overrides).toStrictEqual([
        { day: '2026-04-25', kind: 'work', note: 'Làm bù' },
      ]);
    },
  );

  it('the kind may stand in the second column when there is no end day', () => {
    expect(
      readDayOffRows([['25/04/2026', 'Làm việc', '', 'Bù ngày 30/4']]).overrides,
    ).toStrictEqual([{ day: '2026-04-25', kind: 'work', note: 'Bù ngày 30/4' }]);
  });

  it('a single column of days lists days off', () => {
    expect(readDayOffRows([['01/01/2026'], ['2026-01-02']]).overrides).toStrictEqual([
      { day: '2026-01-01', kind: 'off', note: 'Ngày nghỉ' },
      { day: '2026-01-02', kind: 'off', note: 'Ngày nghỉ' },
    ]);
  });

  it.each([
    'Không làm việc',
    'không đi làm',
    'KHÔNG LÀM BÙ',
    'Chưa làm việc',
    'ko làm việc',
    'k làm việc',
    // Typed in a hurry: spaces missing or doubled.
    'khônglàm việc',
    'không  làm việc',
    'k  làm việc',
    'không đilàm',
  ])('"%s" is a day off, though it holds the words of a working day', (kind) => {
    expect(readDayOffRows([['25/04/2026', '', kind]]).overrides).toStrictEqual([
      { day: '2026-04-25', kind: 'off', note: 'Ngày nghỉ' },
    ]);
  });

  it('a kind that names the day it makes up for ("Làm bù cho 30/4") is still work', () => {
    expect(readDayOffRows([['25/04/2026', '', 'Làm bù cho 30/4']]).overrides).toStrictEqual([
      { day: '2026-04-25', kind: 'work', note: 'Làm bù' },
    ]);
  });

  it('"Nghỉ bù" is a day off; "làmviệc" typed without its space is still work', () => {
    expect(readDayOffRows([['04/05/2026', '', 'Nghỉ bù']]).overrides).toStrictEqual([
      { day: '2026-05-04', kind: 'off', note: 'Ngày nghỉ' },
    ]);
    expect(readDayOffRows([['09/05/2026', '', 'làmviệc']]).overrides).toStrictEqual([
      { day: '2026-05-09', kind: 'work', note: 'Làm bù' },
    ]);
  });
});

describe('rows that cannot be read', () => {
  it('a blank row and a heading are skipped silently', () => {
    expect(readDayOffRows([['', '02/09/2026'], ['Ghi chú: nghỉ lễ'], HEADING])).toStrictEqual({
      overrides: [],
      problems: [],
    });
  });

  it('a day that is not real is named with its row', () => {
    expect(readDayOffRows([HEADING, ['31/02/2026', '', 'Nghỉ']])).toStrictEqual({
      overrides: [],
      problems: [{ row: 2, message: '"31/02/2026" không phải là ngày' }],
    });
  });

  it('a span of 32 days is the longest one row may cover', () => {
    const ok = readDayOffRows([['01/01/2026', '01/02/2026']]);
    expect(ok.problems).toStrictEqual([]);
    expect(ok.overrides).toHaveLength(32);
    expect(ok.overrides[31]).toStrictEqual({ day: '2026-02-01', kind: 'off', note: 'Ngày nghỉ' });
    expect(readDayOffRows([['01/01/2026', '02/02/2026']])).toStrictEqual({
      overrides: [],
      problems: [
        {
          row: 1,
          message: 'Khoảng ngày 01/01/2026 – 02/02/2026 không hợp lệ (tối đa 32 ngày)',
        },
      ],
    });
  });

  it('an end day before the first day is refused', () => {
    expect(readDayOffRows([['05/05/2026', '04/05/2026']])).toStrictEqual({
      overrides: [],
      problems: [
        {
          row: 1,
          message: 'Khoảng ngày 05/05/2026 – 04/05/2026 không hợp lệ (tối đa 32 ngày)',
        },
      ],
    });
  });

  it('a span of one day (the end day is the first day) is one day off', () => {
    expect(readDayOffRows([['05/05/2026', '05/05/2026']]).overrides).toStrictEqual([
      { day: '2026-05-05', kind: 'off', note: 'Ngày nghỉ' },
    ]);
  });
});
