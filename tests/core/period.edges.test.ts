// Periods as coordinators type them, and report deadlines as plans word them: the spellings that
// are read, the ones refused (with the exact Vietnamese message), and the days that follow.
import { describe, expect, it } from 'vitest';
import {
  formatPeriod,
  isLate,
  nextPeriod,
  parsePeriod,
  parseSubmissionRule,
  periodContaining,
  periodLabel,
  previousPeriod,
  quarterNumber,
  submissionDeadline,
} from '../../src/core/report/period.ts';
import { period, rule } from '../helpers/reportCore.ts';

function code(text: string): string {
  return formatPeriod(period(text));
}

function refusal(text: string): string {
  const r = parsePeriod(text);
  return r.ok ? `read as ${formatPeriod(r.value)}` : r.error;
}

describe('parsePeriod: spellings people type', () => {
  it('reads months, quarters and halves with spaces, dashes and digits', () => {
    expect(code('Tháng 5 / 2026')).toBe('2026-05');
    expect(code('tháng 5-2026')).toBe('2026-05');
    expect(code('Tháng 12 năm 2026')).toBe('2026-12');
    expect(code('Tháng 1/2026')).toBe('2026-01');
    expect(code('2026-5')).toBe('2026-05');
    expect(code('Quý 2/2026')).toBe('2026-Q2');
    expect(code('Quý III - 2026')).toBe('2026-Q3');
    expect(code('quý ii năm 2026')).toBe('2026-Q2');
    expect(code('Quý IV/2026')).toBe('2026-Q4');
    expect(code('6 tháng cuối năm 2026')).toBe('2026-H2');
    expect(code('năm 2026')).toBe('2026');
    expect(code('  2026-Q3  ')).toBe('2026-Q3');
  });

  it('gives the first and last day of a half, a quarter and a month', () => {
    expect(period('6 tháng cuối năm 2025')).toEqual({
      rhythm: 'half',
      year: 2025,
      index: 2,
      start: '2025-07-01',
      end: '2025-12-31',
    });
    expect(period('Quý III/2025')).toEqual({
      rhythm: 'quarter',
      year: 2025,
      index: 3,
      start: '2025-07-01',
      end: '2025-09-30',
    });
    expect(period('Tháng 2/2026')).toEqual({
      rhythm: 'month',
      year: 2026,
      index: 2,
      start: '2026-02-01',
      end: '2026-02-28',
    });
  });

  it('reads years from 1900 to 9999 only', () => {
    expect(code('1900')).toBe('1900');
    expect(code('9999-Q4')).toBe('9999-Q4');
    expect(refusal('1899')).toBe(
      'Kỳ báo cáo "1899" không hợp lệ. Viết theo mẫu 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).',
    );
    expect(refusal('1899-05')).toBe(
      'Kỳ báo cáo "1899-05" không hợp lệ. Viết theo mẫu 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).',
    );
    expect(refusal('Năm 1899')).toBe(
      'Kỳ báo cáo "Năm 1899" không hợp lệ. Viết theo mẫu 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).',
    );
  });

  it('refuses month 0 and 13, quoting the text without its outer spaces', () => {
    expect(refusal('  2026-00 ')).toBe(
      'Kỳ báo cáo "2026-00" không hợp lệ. Viết theo mẫu 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).',
    );
    expect(refusal('Tháng 0/2026')).toBe(
      'Kỳ báo cáo "Tháng 0/2026" không hợp lệ. Viết theo mẫu 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).',
    );
    expect(refusal('Tháng 13 năm 2026')).toBe(
      'Kỳ báo cáo "Tháng 13 năm 2026" không hợp lệ. Viết theo mẫu 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).',
    );
  });

  it('refuses a day, two periods, or a period inside a sentence', () => {
    const message = (t: string) =>
      `Kỳ báo cáo "${t}" không hợp lệ. Viết theo mẫu 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).`;
    for (const t of [
      '2026-05-14',
      '12026-05',
      '2026-Q12',
      '02026-Q1',
      '2026-H12',
      '02026-H1',
      'Năm 2026 và 2027',
      'Tháng 5/20266',
      'Từ tháng 5/2026',
      'Tháng 5 năm 2026 và tháng 6 năm 2026',
      'Cả tháng 5 năm 2026',
      'Quý II/2026 đến Quý III/2026',
      'Từ Quý II/2026',
      'Quý 5/2026',
      '6 tháng đầu năm 2026 và 2027',
      'Trong 6 tháng đầu năm 2026',
    ])
      expect(refusal(t)).toBe(message(t));
  });

  it('reads a quarter number written in Roman numerals or digits', () => {
    expect(quarterNumber('I')).toBe(1);
    expect(quarterNumber('ii')).toBe(2);
    expect(quarterNumber('III')).toBe(3);
    expect(quarterNumber('iv')).toBe(4);
    expect(quarterNumber('3')).toBe(3);
  });
});

describe('labels, containing periods and neighbours', () => {
  it('names every rhythm the Vietnamese way and writes the code', () => {
    expect(periodLabel(period('2026-H1'))).toBe('6 tháng đầu năm 2026');
    expect(periodLabel(period('2026'))).toBe('Năm 2026');
    expect(periodLabel(period('2026-12'))).toBe('Tháng 12/2026');
    expect(periodLabel(period('2026-Q4'))).toBe('Quý IV/2026');
    expect(formatPeriod(period('Tháng 11/2026'))).toBe('2026-11');
    expect(formatPeriod(period('6 tháng cuối năm 2026'))).toBe('2026-H2');
  });

  it('finds the month and the year of a day', () => {
    expect(formatPeriod(periodContaining('2026-12-31', 'month'))).toBe('2026-12');
    expect(formatPeriod(periodContaining('2026-06-30', 'half'))).toBe('2026-H1');
    expect(formatPeriod(periodContaining('2026-09-30', 'quarter'))).toBe('2026-Q3');
    expect(formatPeriod(periodContaining('2026-10-01', 'quarter'))).toBe('2026-Q4');
    expect(formatPeriod(periodContaining('2026-07-15', 'year'))).toBe('2026');
  });

  it('steps forward across years, and back within one', () => {
    expect(formatPeriod(nextPeriod(period('2026-12')))).toBe('2027-01');
    expect(formatPeriod(nextPeriod(period('2026-Q4')))).toBe('2027-Q1');
    expect(formatPeriod(nextPeriod(period('2026-H1')))).toBe('2026-H2');
    expect(formatPeriod(nextPeriod(period('2026-H2')))).toBe('2027-H1');
    expect(formatPeriod(nextPeriod(period('2026')))).toBe('2027');
    expect(formatPeriod(nextPeriod(period('2026-Q3')))).toBe('2026-Q4');
    expect(formatPeriod(previousPeriod(period('2026-Q2')))).toBe('2026-Q1');
    expect(formatPeriod(previousPeriod(period('2026-H1')))).toBe('2025-H2');
    expect(formatPeriod(previousPeriod(period('2026-02')))).toBe('2026-01');
  });
});

describe('parseSubmissionRule: wordings of the report deadline', () => {
  it('reads a fixed day written with a slash, a dash, a dot, spaces or "tháng"', () => {
    expect(rule('trước ngày 15 / 12')).toEqual({
      day: 15,
      month: 12,
      before: true,
      rhythm: 'year',
    });
    expect(rule('ngày 15-12')).toEqual({ day: 15, month: 12, before: false, rhythm: 'year' });
    expect(rule('ngày 15.12.2026')).toEqual({ day: 15, month: 12, before: false, rhythm: 'year' });
    expect(rule('trước ngày 15 tháng 12')).toEqual({
      day: 15,
      month: 12,
      before: true,
      rhythm: 'year',
    });
    expect(rule('ngày 15/12')).toEqual({ day: 15, month: 12, before: false, rhythm: 'year' });
  });

  it('accepts the first and last days and months, and refuses day 0, 32 and month 0', () => {
    expect(rule('ngày 1/1')).toEqual({ day: 1, month: 1, before: false, rhythm: 'year' });
    expect(rule('ngày 31/12')).toEqual({ day: 31, month: 12, before: false, rhythm: 'year' });
    expect(rule('ngày 1 hằng tháng')).toEqual({
      day: 1,
      month: 'last',
      before: false,
      rhythm: 'month',
    });
    expect(rule('ngày 31 hằng tháng')).toEqual({
      day: 31,
      month: 'last',
      before: false,
      rhythm: 'month',
    });
    // A day its month never has is a typo: refused, not moved to the month's end.
    for (const bad of [
      'ngày 0/12',
      'ngày 32/12',
      'ngày 15/0',
      'ngày 0 hằng tháng',
      'trước ngày 31/2',
      'ngày 30/2',
      'ngày 31/4',
      'ngày 31 tháng 11',
    ]) {
      const r = parseSubmissionRule(bad);
      expect(r).toEqual({
        ok: false,
        error: `Không đọc được hạn nộp báo cáo "${bad}". Ví dụ: "trước ngày 15 hằng tháng", "ngày 20 tháng cuối quý", "ngày 15/12".`,
      });
    }
  });

  it('quotes the refused text without its outer spaces', () => {
    expect(parseSubmissionRule('  hằng tháng  ')).toEqual({
      ok: false,
      error:
        'Không đọc được hạn nộp báo cáo "hằng tháng". Ví dụ: "trước ngày 15 hằng tháng", "ngày 20 tháng cuối quý", "ngày 15/12".',
    });
  });

  it('reads the rhythm the text names: month, quarter, half-year, year, or none', () => {
    expect(rule('trước ngày 10 mỗi tháng').rhythm).toBe('month');
    expect(rule('báo cáo sơ kết 6 tháng trước ngày 20 tháng 6')).toEqual({
      day: 20,
      month: 6,
      before: true,
      rhythm: 'half',
    });
    expect(rule('báo cáo sáu tháng chậm nhất ngày 20 tháng cuối kỳ').rhythm).toBe('half');
    expect(rule('báo cáo nửa năm trước ngày 25')).toEqual({
      day: 25,
      month: 'last',
      before: true,
      rhythm: 'half',
    });
    expect(rule('trước ngày 20 tháng cuối năm')).toEqual({
      day: 20,
      month: 'last',
      before: true,
      rhythm: 'year',
    });
    expect(rule('ngày 10 hằng năm').rhythm).toBe('year');
    expect(rule('chậm nhất ngày 20 theo quyết định').rhythm).toBe(undefined);
    expect(rule('ngày 5 sau 16 tháng').rhythm).toBe(undefined);
  });

  it('reads "the month after the period" in its wordings', () => {
    for (const t of [
      'ngày 10 tháng sau',
      'ngày 10 của quý tiếp theo',
      'ngày 10 kỳ kế tiếp',
      'ngày 10 sau kỳ báo cáo',
      'ngày 10 sau khi kết thúc kỳ',
    ])
      expect(rule(t).month).toBe('next');
    expect(rule('trước ngày 10 tháng cuối quý').month).toBe('last');
  });

  it('ignores markdown marks around the day', () => {
    expect(rule('trước ngày _15_ hằng tháng')).toEqual({
      day: 15,
      month: 'last',
      before: true,
      rhythm: 'month',
    });
  });
});

describe('submissionDeadline and isLate', () => {
  it('puts "the month after" a month, a half and a year in the next month', () => {
    const after = rule('ngày 10 tháng sau kỳ');
    expect(submissionDeadline(period('2026-12'), after)).toBe('2027-01-10');
    expect(submissionDeadline(period('2026-H1'), after)).toBe('2026-07-10');
    expect(submissionDeadline(period('2026'), after)).toBe('2027-01-10');
    expect(submissionDeadline(period('2026-Q2'), after)).toBe('2026-07-10');
  });

  it('clamps to the end of the last month, and of a fixed month', () => {
    expect(submissionDeadline(period('2026-Q2'), rule('ngày 31 tháng cuối quý'))).toBe(
      '2026-06-30',
    );
    expect(submissionDeadline(period('2026'), rule('ngày 29/2'))).toBe('2026-02-28');
    expect(submissionDeadline(period('2028'), rule('ngày 29/2'))).toBe('2028-02-29');
  });

  it('a report on the deadline day is on time, whether stamped with a time or not', () => {
    expect(isLate('2026-06-20', '2026-06-20')).toBe(false);
    expect(isLate('2026-06-19T23:59', '2026-06-20')).toBe(false);
    expect(isLate('2026-07-01T00:00', '2026-06-30')).toBe(true);
  });
});

describe('"sáu tháng" and "sau tháng": the accent decides', () => {
  it('"trước ngày 5 sau tháng kết thúc kỳ" is the 5th of the month after the period, no rhythm', () => {
    expect(parseSubmissionRule('trước ngày 5 sau tháng kết thúc kỳ')).toStrictEqual({
      ok: true,
      value: { day: 5, month: 'next', before: true, rhythm: undefined },
    });
  });

  it.each([
    'báo cáo sáu tháng trước ngày 15',
    'Sáu tháng đầu năm: trước ngày 15',
    'bao cao sau thang truoc ngay 15',
  ])('"%s" is the half-yearly report, due before the 15th of its last month', (text) => {
    expect(parseSubmissionRule(text)).toStrictEqual({
      ok: true,
      value: { day: 15, month: 'last', before: true, rhythm: 'half' },
    });
  });
});
