// What a working-day deadline is counted from: the plan's issue (however it is worded), a day of
// its own, or something no day can be read from, which the user is told. The issue date is Monday
// 27/04/2026; five working days skip 30/04, 01/05 and the weekend: 28, 29, 04, 05, 06/05.
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/core/deadline/deadline.ts';

const issued = '2026-04-27';

describe('counted from the issue of the plan', () => {
  it.each([
    'trong 5 ngày làm việc sau khi ban hành',
    'trong 5 ngày làm việc kể từ ngày nhận văn bản',
    'trong 5 ngày làm việc, báo cáo kết quả về UBND xã',
    'trong 05ngày làm việc kể từ ngày ký',
    'trong 5 ngày làm việc kể từ khi kế hoạch được ký',
  ])('"%s" is due on 06/05/2026', (raw) => {
    expect(parseDeadline(raw, { issued })).toStrictEqual({ kind: 'date', due: '2026-05-06', raw });
  });
});

describe('no day to count from', () => {
  it.each([
    ['trong 5 ngày làm việc sau khi có văn bản của cấp trên', 5],
    ['chậm nhất 3 ngày làm việc trước khi tổ chức hội nghị', 3],
    ['chậm nhất 3 ngày làm việc trước', 3],
    ['trong 3 ngày làm việc kể từ ngày 20 hằng tháng', 3],
    ['trong 5 ngày làm việc kể từ khi đề án được phê duyệt', 5],
  ])('"%s" says it', (raw, days) => {
    expect(parseDeadline(raw, { issued })).toStrictEqual({
      kind: 'invalid',
      message: `Không rõ mốc để tính ${days} ngày làm việc trong «${raw}»`,
      raw,
    });
  });
});
