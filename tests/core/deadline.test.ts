import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateToIso, isIsoDate, isoToDate } from '../../src/core/text/calendar.ts';
import {
  deadlineStatus,
  dueDate,
  parseDeadline,
  periodDue,
  type Deadline,
} from '../../src/core/deadline/deadline.ts';

interface Case {
  raw: string;
  issued: string;
  kind: string;
  due: string;
  every: string;
  day: string;
}

function seedDeadlines(): Case[] {
  const url = new URL('../fixtures/appendix/deadlines.tsv', import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [raw = '', issued = '', kind = '', due = '', every = '', day = ''] = l.split('\t');
      return { raw, issued, kind, due, every, day };
    });
}

describe('parseDeadline: every deadline written in the seeds', () => {
  it.each(seedDeadlines())('$raw (issued $issued) → $kind $due $every', (c) => {
    const d = parseDeadline(c.raw, c.issued !== '' ? { issued: c.issued } : {});
    expect(d.kind).toBe(c.kind);
    expect(d.raw).toBe(c.raw.trim());
    if (c.due !== '') expect(d).toMatchObject({ due: c.due });
    else expect(d).not.toHaveProperty('due');
    if (c.every !== '') expect(d).toMatchObject({ every: c.every });
    else expect(d).not.toHaveProperty('every');
    if (c.day !== '') expect(d).toMatchObject({ day: Number(c.day) });
    else expect(d).not.toHaveProperty('day');
  });
});

describe('parseDeadline: rules', () => {
  it('a blank cell has no deadline', () => {
    expect(parseDeadline('   ')).toEqual({ kind: 'invalid', message: 'Chưa có thời hạn', raw: '' });
  });

  it('period ends: month, quarter, half, year', () => {
    expect(parseDeadline('Tháng 2/2028')).toMatchObject({ due: '2028-02-29' });
    expect(parseDeadline('Quý IV/2026')).toMatchObject({ due: '2026-12-31' });
    expect(parseDeadline('quý 3 năm 2026')).toMatchObject({ due: '2026-09-30' });
    expect(parseDeadline('6 tháng đầu năm 2026')).toMatchObject({ due: '2026-06-30' });
    expect(parseDeadline('nửa cuối năm 2026')).toMatchObject({ due: '2026-12-31' });
    expect(parseDeadline('Cuối năm 2026')).toMatchObject({ due: '2026-12-31' });
  });

  it('takes the latest of several dates', () => {
    expect(parseDeadline('Dự thảo 15/3/2026; ban hành trước 30/6/2026')).toMatchObject({
      kind: 'date',
      due: '2026-06-30',
    });
  });

  it('a year-less date needs the issue date (or a year), and says so', () => {
    const d = parseDeadline('6 tháng đầu năm');
    expect(d.kind).toBe('invalid');
    expect(d).toMatchObject({ message: expect.stringContaining('ngày ban hành') });
    expect(parseDeadline('6 tháng đầu năm', { year: 2026 })).toMatchObject({ due: '2026-06-30' });
    expect(parseDeadline('ngày 15 tháng 12', { issued: '2026-03-01' })).toMatchObject({
      due: '2026-12-15',
    });
  });

  it('counts from the issue date', () => {
    const issued = '2025-07-07';
    expect(parseDeadline('trong vòng 15 ngày kể từ ngày ban hành', { issued })).toMatchObject({
      due: '2025-07-22',
    });
    expect(parseDeadline('2 tháng kể từ ngày ký', { issued: '2026-01-31' })).toMatchObject({
      due: '2026-03-31',
    });
    // 07/7/2025 is a Monday: 5 working days later is Monday 14/7.
    expect(parseDeadline('05 ngày làm việc kể từ ngày ban hành', { issued })).toMatchObject({
      due: '2025-07-14',
    });
    const missing = parseDeadline('trong vòng 15 ngày kể từ ngày ban hành');
    expect(missing).toMatchObject({ kind: 'invalid' });
    expect(missing.kind === 'invalid' && missing.message).toContain('ngày ban hành kế hoạch');
  });

  it('rejects impossible days with a Vietnamese message', () => {
    expect(parseDeadline('31/2/2026')).toEqual({
      kind: 'invalid',
      message: 'Ngày tháng không hợp lệ: «31/2/2026»: tháng 2/2026 chỉ có 28 ngày',
      raw: '31/2/2026',
    });
    expect(parseDeadline('Tháng 13/2026').kind).toBe('invalid');
  });

  it('continuous, conditional and unreadable', () => {
    expect(parseDeadline('Thường xuyên, liên tục').kind).toBe('continuous');
    expect(parseDeadline('Hằng tuần').kind).toBe('continuous');
    expect(parseDeadline('Theo chỉ đạo của cấp trên').kind).toBe('conditional');
    expect(parseDeadline('Sớm')).toEqual({
      kind: 'invalid',
      message: 'Không hiểu thời hạn «Sớm»',
      raw: 'Sớm',
    });
  });

  it('a recurring deadline tied to a year starts that year', () => {
    expect(parseDeadline('Hằng quý năm 2026')).toEqual({
      kind: 'recurring',
      every: 'quarter',
      from: '2026-01-01',
      raw: 'Hằng quý năm 2026',
    });
  });

  it('a day and month recurring every year need no year', () => {
    // "before 15 December every year": the yearly report, due on 15/12 of each year.
    expect(parseDeadline('trước ngày 15/12 hằng năm')).toEqual({
      kind: 'recurring',
      every: 'year',
      month: 12,
      day: 15,
      raw: 'trước ngày 15/12 hằng năm',
    });
    // The issue date does not turn it into a single day.
    expect(parseDeadline('ngày 10/01 hằng năm', { issued: '2026-03-01' })).toEqual({
      kind: 'recurring',
      every: 'year',
      month: 1,
      day: 10,
      raw: 'ngày 10/01 hằng năm',
    });
    expect(parseDeadline('Tháng 12 hằng năm')).toMatchObject({ every: 'year', month: 12 });
    expect(parseDeadline('ngày 30/02 hằng năm')).toEqual({
      kind: 'invalid',
      message: 'Ngày tháng không hợp lệ: «ngày 30/02 hằng năm»: tháng 2 chỉ có 29 ngày',
      raw: 'ngày 30/02 hằng năm',
    });
  });

  it('an impossible quarter is invalid, with the reason', () => {
    for (const text of ['Quý V/2026', 'Quý 5/2026', 'quý 0 năm 2026'])
      expect(parseDeadline(text)).toEqual({
        kind: 'invalid',
        message: `Quý không hợp lệ trong «${text}»: một năm chỉ có 4 quý (Quý I đến Quý IV)`,
        raw: text,
      });
    // "quỹ" (a fund) folds to the same letters and is not a quarter.
    expect(parseDeadline('Quỹ vì người nghèo, năm 2026')).toMatchObject({ due: '2026-12-31' });
  });

  it('a quarter named with "cuối" is a date, not a recurrence', () => {
    expect(parseDeadline('Cuối quý II/2026')).toEqual({
      kind: 'date',
      due: '2026-06-30',
      raw: 'Cuối quý II/2026',
    });
  });
});

describe('dueDate', () => {
  it('gives the written day', () => {
    expect(dueDate(parseDeadline('Quý II/2026'), '2026-01-01')).toBe('2026-06-30');
  });

  it('gives the current period of a recurring deadline', () => {
    const quarterly = parseDeadline('trước ngày 20 của tháng cuối quý');
    expect(dueDate(quarterly, '2026-05-03')).toBe('2026-06-20');
    expect(dueDate(quarterly, '2026-12-31')).toBe('2026-12-20');
    expect(dueDate(quarterly)).toBeNull();
    const monthly = parseDeadline('trước ngày 31 hằng tháng');
    expect(dueDate(monthly, '2026-02-10')).toBe('2026-02-28');
    expect(dueDate(parseDeadline('Hằng năm'), '2026-03-01')).toBe('2026-12-31');
    expect(dueDate(parseDeadline('Hằng quý năm 2026'))).toBe('2026-03-31');
    expect(dueDate(parseDeadline('Hằng quý năm 2026'), '2025-11-01')).toBe('2026-03-31');
  });

  it('a dated task that then recurs moves to the current period once its first day passed', () => {
    const d = parseDeadline('Tháng 7/2025, duy trì hàng năm');
    expect(dueDate(d, '2025-07-10')).toBe('2025-07-31');
    expect(dueDate(d, '2026-02-01')).toBe('2026-12-31');
  });

  it('a yearly day falls in the year of the report day', () => {
    const d = parseDeadline('ngày 10/01 hằng năm');
    expect(dueDate(d, '2026-03-01')).toBe('2026-01-10');
    expect(dueDate(d, '2027-01-05')).toBe('2027-01-10');
    expect(dueDate(d)).toBeNull();
  });

  it('has none for continuous, conditional and invalid', () => {
    for (const text of ['Thường xuyên', 'Khi có văn bản của cấp trên', ''])
      expect(dueDate(parseDeadline(text), '2026-01-01')).toBeNull();
  });

  it('periodDue clamps the day to the month', () => {
    expect(periodDue('half', '2026-02-01')).toBe('2026-06-30');
    expect(periodDue('quarter', '2026-11-30', 31)).toBe('2026-12-31');
    expect(periodDue('month', '2026-04-30', 31)).toBe('2026-04-30');
  });
});

describe('deadlineStatus', () => {
  it('done wins, whatever the date', () => {
    const q2 = parseDeadline('Quý II/2026');
    expect(deadlineStatus(q2, { asOf: '2027-01-01', status: 'Hoàn thành' })).toBe('Hoàn thành');
    expect(deadlineStatus(q2, { asOf: '2027-01-01', status: 'đã hoàn thành' })).toBe('Hoàn thành');
    expect(deadlineStatus(q2, { asOf: '2027-01-01', status: 'Chưa hoàn thành' })).toBe('Quá hạn');
  });

  it('overdue, near due, in progress, not started', () => {
    const q2 = parseDeadline('Quý II/2026');
    expect(deadlineStatus(q2, { asOf: '2026-07-01' })).toBe('Quá hạn');
    expect(deadlineStatus(q2, { asOf: '2026-06-30' })).toBe('Sắp đến hạn');
    expect(deadlineStatus(q2, { asOf: '2026-06-23' })).toBe('Sắp đến hạn');
    expect(deadlineStatus(q2, { asOf: '2026-06-22' })).toBe('Chưa thực hiện');
    expect(deadlineStatus(q2, { asOf: '2026-06-22', nearDays: 10 })).toBe('Sắp đến hạn');
    expect(deadlineStatus(q2, { asOf: '2026-04-01', status: 'Đang thực hiện' })).toBe(
      'Đang thực hiện',
    );
  });

  it('recurring deadlines are judged on the current period', () => {
    const monthly = parseDeadline('trước ngày 15 hằng tháng');
    expect(deadlineStatus(monthly, { asOf: '2026-05-10' })).toBe('Sắp đến hạn');
    expect(deadlineStatus(monthly, { asOf: '2026-05-16' })).toBe('Quá hạn');
    expect(deadlineStatus(monthly, { asOf: '2026-05-01' })).toBe('Chưa thực hiện');
  });

  it('continuous, waiting, unknown', () => {
    const asOf = '2026-05-01';
    expect(deadlineStatus(parseDeadline('Thường xuyên'), { asOf })).toBe('Thường xuyên');
    const waiting = parseDeadline('Khi có văn bản của cấp trên');
    expect(deadlineStatus(waiting, { asOf })).toBe('Chờ hướng dẫn');
    expect(deadlineStatus(waiting, { asOf, status: 'Đang thực hiện' })).toBe('Đang thực hiện');
    expect(deadlineStatus(parseDeadline(''), { asOf })).toBe('Không rõ thời hạn');
  });
});

describe('calendar days in Vietnam time', () => {
  it('reads a Date at local midnight in Asia/Ho_Chi_Minh as that day', () => {
    const midnightHanoi = new Date(Date.UTC(2026, 5, 29, 17, 0)); // 30/6/2026 00:00 UTC+7
    expect(dateToIso(midnightHanoi)).toBe('2026-06-30');
    expect(isoToDate('2026-06-30').getTime()).toBe(midnightHanoi.getTime());
    expect(dateToIso(new Date(NaN))).toBeNull();
  });
});

describe('properties', () => {
  const isValid = (d: Deadline): boolean => {
    if (d.kind === 'date') return isIsoDate(d.due);
    if (d.kind === 'recurring') return d.from === undefined || isIsoDate(d.from);
    if (d.kind === 'invalid') return d.message !== '';
    return true;
  };
  const pieces = fc.constantFrom(
    'Quý',
    'II',
    '/',
    '2026',
    'tháng',
    '7,8',
    'ngày',
    '31',
    'hằng',
    'năm',
    'trước',
    'thường xuyên',
    'cấp trên',
    '-',
    '15',
    'trong vòng',
    'kể từ ngày ban hành',
    '6 tháng đầu năm',
    ' ',
  );

  it('never throws and always gives a well-formed deadline', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 12 }).map((a) => a.join(' ')),
        ),
        fc.option(fc.constantFrom('2025-07-07', '2026-02-29', 'garbage'), { nil: undefined }),
        (text, issued) => {
          const d = parseDeadline(text, issued !== undefined ? { issued } : {});
          expect(isValid(d)).toBe(true);
          const asOf = '2026-05-01';
          const due = dueDate(d, asOf);
          expect(due === null || isIsoDate(due)).toBe(true);
          deadlineStatus(d, { asOf, status: text });
        },
      ),
      { numRuns: 500 },
    );
  });
});
