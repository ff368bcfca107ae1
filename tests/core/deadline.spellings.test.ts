// Deadlines as they arrive from copied PDFs and hurried typing: spaces around separators, words run
// together, a day without "ngày". And statuses whose first word decides, not a word inside.
import { describe, expect, it } from 'vitest';
import { deadlineStatus, parseDeadline } from '../../src/core/deadline/deadline.ts';

describe('spacing as copied from a PDF', () => {
  it.each([
    ['15 / 10 / 2026', '2026-10-15'],
    ['10 / 2026', '2026-10-31'],
    ['15 tháng 6 năm 2026', '2026-06-15'],
    ['ngày15 tháng 6 năm 2026', '2026-06-15'],
    ['Tháng7/2025', '2025-07-31'],
    ['Quý2/2026', '2026-06-30'],
    ['6tháng đầu năm 2026', '2026-06-30'],
    ['6 tháng đầu năm2026', '2026-06-30'],
    ['cuối năm2026', '2026-12-31'],
    ['trong năm2025', '2025-12-31'],
    ['năm2026', '2026-12-31'],
    ['2026-2026', '2026-12-31'],
  ])('%s → %s', (raw, due) => {
    expect(parseDeadline(raw)).toEqual({ kind: 'date', due, raw });
  });

  it.each([
    ['ngày15/12', '2026-12-15'],
    ['ngày 15 / 12', '2026-12-15'],
    ['15 / 12', '2026-12-15'],
    ['ngày15 tháng 12', '2026-12-15'],
  ])('%s in a plan of 2026 → %s', (raw, due) => {
    expect(parseDeadline(raw, { year: 2026 })).toEqual({ kind: 'date', due, raw });
  });

  it('a range of years written backwards with spaces is still refused', () => {
    expect(parseDeadline('2030 - 2026')).toEqual({
      kind: 'invalid',
      message: 'Ngày tháng không hợp lệ: «2030 - 2026»',
      raw: '2030 - 2026',
    });
  });

  it('counts from the issue date with words run together', () => {
    for (const raw of ['15ngày kể từ ngày ban hành', '15 ngày kể từngày ban hành'])
      expect(parseDeadline(raw, { issued: '2026-03-02' })).toEqual({
        kind: 'date',
        due: '2026-03-17',
        raw,
      });
  });

  it('a recurring day or year written against its word', () => {
    expect(parseDeadline('hằng quý, trước ngày20')).toMatchObject({ every: 'quarter', day: 20 });
    expect(parseDeadline('Hằng tháng năm2026')).toMatchObject({
      every: 'month',
      from: '2026-01-01',
    });
  });

  it('a cell that is not text has no deadline, and nothing throws', () => {
    expect(parseDeadline(undefined as unknown as string)).toEqual({
      kind: 'invalid',
      message: 'Chưa có thời hạn',
      raw: '',
    });
  });
});

describe('a status is read from its first words', () => {
  const q2 = () => parseDeadline('Quý II/2026');

  it.each(['Gần hoàn thành', 'Sắp xong', 'Tạm dừng (đang chờ vốn)', 'Không thực hiện'])(
    '"%s" is neither done nor in progress',
    (status) => {
      expect(deadlineStatus(q2(), { asOf: '2026-04-01', status })).toBe('Chưa thực hiện');
      expect(deadlineStatus(q2(), { asOf: '2026-07-01', status })).toBe('Quá hạn');
    },
  );

  it('"Hoàn thành (chưa nghiệm thu)" is done: the "chưa" inside does not undo it', () => {
    expect(
      deadlineStatus(q2(), { asOf: '2026-07-01', status: 'Hoàn thành (chưa nghiệm thu)' }),
    ).toBe('Hoàn thành');
  });
});
