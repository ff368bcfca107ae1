// Deadlines as commune plans word them, family by family, and the days on which a task's status
// turns. Expected days are counted by hand on the calendar.
import { describe, expect, it } from 'vitest';
import { deadlineStatus, dueDate, parseDeadline } from '../../src/core/deadline/deadline.ts';

const NEED_YEAR = (raw: string) =>
  `Thời hạn «${raw}» không ghi năm; cần ngày ban hành kế hoạch để xác định năm`;

describe('written days, months, quarters and years', () => {
  it.each([
    ['ngày 30 tháng 6 năm 2026', '2026-06-30'],
    ['30 tháng 6 năm 2026', '2026-06-30'],
    ['15/10/2026', '2026-10-15'],
    ['31-3-2026', '2026-03-31'],
    ['31.3.2026', '2026-03-31'],
    ['08/2026', '2026-08-31'],
    ['02/2028', '2028-02-29'],
    ['tháng 7 năm 2025', '2025-07-31'],
    ['Tháng 7 và 8/2025', '2025-08-31'],
    ['Tháng 7 đến 9/2025', '2025-09-30'],
    ['Tháng 9, 7/2025', '2025-09-30'],
    ['Quý 4/2026', '2026-12-31'],
    ['quý I và II năm 2026', '2026-06-30'],
    ['Quý 1-2/2026', '2026-06-30'],
    ['nửa đầu năm 2026', '2026-06-30'],
    ['sáu tháng cuối năm 2026', '2026-12-31'],
    ['hết năm 2026', '2026-12-31'],
    ['đến năm 2030', '2030-12-31'],
    ['2026 - 2030', '2030-12-31'],
    ['Năm 2026 và 2025', '2026-12-31'],
    ['*Quý II/2026*', '2026-06-30'],
  ])('%s → %s', (raw, due) => {
    expect(parseDeadline(raw)).toEqual({ kind: 'date', due, raw });
  });

  it('several quarters fall due at the end of the last one, in whatever order they are written', () => {
    expect(parseDeadline('Quý II, III/2026')).toMatchObject({ due: '2026-09-30' });
    expect(parseDeadline('quý III, II/2026')).toMatchObject({ due: '2026-09-30' });
  });

  it('a range of years written backwards is refused', () => {
    expect(parseDeadline('2030-2026')).toEqual({
      kind: 'invalid',
      message: 'Ngày tháng không hợp lệ: «2030-2026»',
      raw: '2030-2026',
    });
  });

  it('"ngày 30 tháng 2 năm 2026" does not exist', () => {
    expect(parseDeadline('ngày 30 tháng 2 năm 2026')).toEqual({
      kind: 'invalid',
      // The reason is given (February 2026 has 28 days).
      message: 'Ngày tháng không hợp lệ: «ngày 30 tháng 2 năm 2026»: tháng 2/2026 chỉ có 28 ngày',
      raw: 'ngày 30 tháng 2 năm 2026',
    });
  });
});

describe('dates without a year take the plan’s year', () => {
  it.each([
    ['15/12', '2026-12-15'],
    ['trước ngày 15/12', '2026-12-15'],
    ['ngày 15 tháng 12', '2026-12-15'],
    ['Tháng 12', '2026-12-31'],
    ['quý IV', '2026-12-31'],
    ['6 tháng đầu năm', '2026-06-30'],
    ['nửa cuối năm', '2026-12-31'],
    ['cuối năm', '2026-12-31'],
    ['trong năm', '2026-12-31'],
  ])('%s, plan issued 01/02/2026 → %s', (raw, due) => {
    expect(parseDeadline(raw, { issued: '2026-02-01' })).toEqual({ kind: 'date', due, raw });
    expect(parseDeadline(raw, { year: 2026 })).toEqual({ kind: 'date', due, raw });
  });

  it.each(['15/12', 'ngày 15/12', 'ngày 15 tháng 12', 'Tháng 12', 'quý IV', 'cuối năm'])(
    '%s with no issue date and no year is refused, saying what is missing',
    (raw) => {
      expect(parseDeadline(raw)).toEqual({ kind: 'invalid', message: NEED_YEAR(raw), raw });
    },
  );

  it('an issue date that is not a day is ignored', () => {
    expect(parseDeadline('15/12', { issued: '2026-13-01' })).toMatchObject({ kind: 'invalid' });
    expect(parseDeadline('15/12', { issued: '2026-13-01', year: 2027 })).toMatchObject({
      due: '2027-12-15',
    });
  });

  it('"cuối năm" alongside a recurrence starts the recurrence that year', () => {
    expect(parseDeadline('Báo cáo cuối năm, hằng năm', { year: 2026 })).toEqual({
      kind: 'recurring',
      every: 'year',
      from: '2026-01-01',
      raw: 'Báo cáo cuối năm, hằng năm',
    });
  });
});

describe('deadlines counted from the issue date', () => {
  const issued = '2026-03-02'; // a Monday

  it.each([
    ['2 tuần kể từ ngày ban hành', '2026-03-16'],
    ['10 ngày sau khi Kế hoạch được phê duyệt', '2026-03-12'],
    ['1 tháng tính từ ngày ký', '2026-04-02'],
    ['trong 3 tháng sau khi ban hành', '2026-06-02'],
    ['05 ngày làm việc kể từ ngày ban hành', '2026-03-09'],
  ])('%s → %s', (raw, due) => {
    expect(parseDeadline(raw, { issued })).toEqual({ kind: 'date', due, raw });
  });

  it('a week-relative deadline without an issue date asks for it', () => {
    expect(parseDeadline('2 tuần kể từ ngày ban hành')).toEqual({
      kind: 'invalid',
      message: 'Cần ngày ban hành kế hoạch để tính thời hạn «2 tuần kể từ ngày ban hành»',
      raw: '2 tuần kể từ ngày ban hành',
    });
  });
});

describe('recurrences, family by family', () => {
  it.each([
    ['hằng tháng', 'month'],
    ['mỗi tháng', 'month'],
    ['từng tháng', 'month'],
    ['định kỳ hàng tháng', 'month'],
    ['định kỳ tháng', 'month'],
    ['hằng quý', 'quarter'],
    ['mỗi quý', 'quarter'],
    ['từng quý', 'quarter'],
    ['cuối mỗi quý', 'quarter'],
    ['cuối hằng quý', 'quarter'],
    ['cuối của quý', 'quarter'],
    ['cuối quý', 'quarter'],
    ['định kỳ quý', 'quarter'],
    ['định kỳ hằng quý', 'quarter'],
    ['6 tháng một lần', 'half'],
    ['sáu tháng một lần', 'half'],
    ['6 tháng 1 lần', 'half'],
    ['hằng 6 tháng', 'half'],
    ['mỗi 6 tháng', 'half'],
    ['Báo cáo bán niên', 'half'],
    ['hằng năm', 'year'],
    ['mỗi năm', 'year'],
    ['từng năm', 'year'],
    ['thường niên', 'year'],
    ['định kỳ năm', 'year'],
    ['định kỳ hằng năm', 'year'],
  ])('%s → every %s', (raw, every) => {
    expect(parseDeadline(raw)).toEqual({ kind: 'recurring', every, raw });
  });

  it('names the day of the period’s last month when written, within 1–31', () => {
    expect(parseDeadline('trước ngày 1 hằng tháng')).toMatchObject({ day: 1 });
    expect(parseDeadline('trước ngày 31 hằng tháng')).toMatchObject({ day: 31 });
    expect(parseDeadline('ngày 0 hằng tháng')).not.toHaveProperty('day');
    expect(parseDeadline('ngày 35 hằng tháng')).not.toHaveProperty('day');
  });

  it('starts in the earliest year written', () => {
    expect(parseDeadline('Hằng quý năm 2027, 2026')).toMatchObject({ from: '2026-01-01' });
    expect(parseDeadline('Hằng năm, từ năm 2026')).toMatchObject({ from: '2026-01-01' });
  });

  it('a half-yearly task falls due on 30/06 and 31/12', () => {
    const half = parseDeadline('6 tháng một lần');
    expect(dueDate(half, '2026-01-01')).toBe('2026-06-30');
    expect(dueDate(half, '2026-06-30')).toBe('2026-06-30');
    expect(dueDate(half, '2026-07-01')).toBe('2026-12-31');
  });

  it('a yearly task from a later year waits for that year', () => {
    const d = parseDeadline('Hằng năm, từ năm 2027');
    expect(dueDate(d, '2026-05-01')).toBe('2027-12-31');
    expect(dueDate(d, '2027-01-01')).toBe('2027-12-31');
    expect(dueDate(d, '2028-03-01')).toBe('2028-12-31');
  });
});

describe('continuous and conditional, family by family', () => {
  it.each([
    'Thường xuyên',
    'liên tục',
    'hằng ngày',
    'mỗi ngày',
    'hàng tuần',
    'mỗi tuần',
    'duy trì',
    'suốt năm',
    'suốt quá trình',
    'suốt nhiệm kỳ',
  ])('%s is continuous', (raw) => {
    expect(parseDeadline(raw)).toEqual({ kind: 'continuous', raw });
  });

  it.each([
    'Theo chỉ đạo của cấp trên',
    'khi có văn bản',
    'khi có hướng dẫn',
    'khi có yêu cầu',
    'khi có chỉ đạo',
    'khi có chủ trương',
    'theo hướng dẫn',
    'theo chỉ đạo',
    'theo yêu cầu',
    'đột xuất',
  ])('%s waits on a higher level', (raw) => {
    expect(parseDeadline(raw)).toEqual({ kind: 'conditional', raw });
  });
});

describe('the days on which a status turns', () => {
  it('on the due day itself the task is near due, the next day overdue', () => {
    const d = parseDeadline('15/10/2026');
    expect(deadlineStatus(d, { asOf: '2026-10-15' })).toBe('Sắp đến hạn');
    expect(deadlineStatus(d, { asOf: '2026-10-16' })).toBe('Quá hạn');
  });

  it('a recurring task on its period’s last day is near due, not overdue', () => {
    const quarterly = parseDeadline('Hằng quý');
    expect(deadlineStatus(quarterly, { asOf: '2026-06-30' })).toBe('Sắp đến hạn');
    expect(deadlineStatus(quarterly, { asOf: '2026-07-01' })).toBe('Chưa thực hiện');
  });

  it('a dated task that recurs stays on its written day until that day has passed', () => {
    const d = parseDeadline('Tháng 7/2025, duy trì hàng năm');
    expect(dueDate(d, '2025-07-31')).toBe('2025-07-31');
    expect(dueDate(d, '2025-08-01')).toBe('2025-12-31');
    expect(dueDate(d)).toBe('2025-07-31');
  });

  it('before a recurring plan’s first day, the first period counts; on that day too', () => {
    const d = parseDeadline('Hằng quý năm 2026');
    expect(dueDate(d, '2025-12-31')).toBe('2026-03-31');
    expect(dueDate(d, '2026-01-01')).toBe('2026-03-31');
    expect(dueDate(d, '2026-04-01')).toBe('2026-06-30');
  });

  it('near due is within 7 days by default, or the number of days asked', () => {
    const d = parseDeadline('15/10/2026');
    expect(deadlineStatus(d, { asOf: '2026-10-08' })).toBe('Sắp đến hạn');
    expect(deadlineStatus(d, { asOf: '2026-10-07' })).toBe('Chưa thực hiện');
    expect(deadlineStatus(d, { asOf: '2026-10-14', nearDays: 0 })).toBe('Chưa thực hiện');
    expect(deadlineStatus(d, { asOf: '2026-10-15', nearDays: 0 })).toBe('Sắp đến hạn');
  });

  it('with a report day that is not a day, only what the unit typed counts', () => {
    const d = parseDeadline('15/10/2026');
    expect(deadlineStatus(d, { asOf: '' })).toBe('Chưa thực hiện');
    expect(deadlineStatus(d, { asOf: '2026-10-99', status: 'Đang thực hiện' })).toBe(
      'Đang thực hiện',
    );
  });

  it('a recurring task with neither a start nor a report day has no due day', () => {
    expect(dueDate(parseDeadline('Hằng tháng'), 'not a day')).toBeNull();
  });
});

describe('typed statuses beyond the usual three', () => {
  const q2 = () => parseDeadline('Quý II/2026');

  it.each(['Hoàn thành', 'đã hoàn thành', 'hoàn thành 100%', 'Xong', '100%', '100 %'])(
    '"%s" means done, even after the due day',
    (status) => {
      expect(deadlineStatus(q2(), { asOf: '2026-07-01', status })).toBe('Hoàn thành');
    },
  );

  it.each(['Đang thực hiện', 'đang triển khai', 'Đã triển khai', 'Đã thực hiện'])(
    '"%s" means in progress',
    (status) => {
      expect(deadlineStatus(q2(), { asOf: '2026-04-01', status })).toBe('Đang thực hiện');
    },
  );

  it.each(['Tạm dừng', 'Đã hủy', 'Chưa', 'Chưa hoàn thành', '50%', 'chưa xong'])(
    '"%s" is neither done nor in progress',
    (status) => {
      expect(deadlineStatus(q2(), { asOf: '2026-04-01', status })).toBe('Chưa thực hiện');
      expect(deadlineStatus(q2(), { asOf: '2026-07-01', status })).toBe('Quá hạn');
    },
  );

  it('a continuous task is "Thường xuyên" whatever is typed, except done', () => {
    const d = parseDeadline('Thường xuyên');
    expect(deadlineStatus(d, { asOf: '2026-04-01', status: 'Đang thực hiện' })).toBe(
      'Thường xuyên',
    );
    expect(deadlineStatus(d, { asOf: '2026-04-01', status: 'Xong' })).toBe('Hoàn thành');
  });

  it('a task waiting on a higher level stays waiting until work is typed', () => {
    const d = parseDeadline('Khi có văn bản của cấp trên');
    expect(deadlineStatus(d, { asOf: '2026-04-01', status: 'Chưa thực hiện' })).toBe(
      'Chờ hướng dẫn',
    );
    expect(deadlineStatus(d, { asOf: '2026-04-01', status: 'Đã triển khai' })).toBe(
      'Đang thực hiện',
    );
  });
});
