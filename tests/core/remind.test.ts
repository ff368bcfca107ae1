import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../src/core/deadline/holidays.ts';
import {
  allocateQuota,
  planReminders,
  reminderBody,
  reminderSubject,
  type UnitCandidates,
} from '../../src/core/remind/remind.ts';
import {
  DEFAULT_SCHEDULE_TEXT,
  formatReminderSchedule,
  parseReminderSchedule,
  reminderReason,
  type ReminderSchedule,
} from '../../src/core/remind/schedule.ts';
import { addDays } from '../../src/core/text/calendar.ts';

function schedule(text: string): ReminderSchedule {
  const r = parseReminderSchedule(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const cal = workingCalendar();

/** The days of a span the schedule reminds an item due on `due`. */
function reminderDays(due: string, s: ReminderSchedule, from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (reminderReason(due, d, s, cal)) out.push(d);
  return out;
}

describe('reminder schedules', () => {
  it('reads the coordinator’s wording', () => {
    expect(schedule(DEFAULT_SCHEDULE_TEXT)).toEqual({
      before: [5, 1],
      onDay: true,
      overdueEvery: 3,
    });
    expect(schedule('trước 7 ngày, đúng hạn và mỗi 2 ngày khi quá hạn')).toEqual({
      before: [7],
      onDay: true,
      overdueEvery: 2,
    });
    expect(schedule('Quá hạn nhắc hằng ngày')).toEqual({
      before: [],
      onDay: false,
      overdueEvery: 1,
    });
    expect(schedule('không')).toEqual({ before: [], onDay: false, overdueEvery: null });
    expect(formatReminderSchedule(schedule('1 ngày trước; 10 ngày trước'))).toBe(
      '10 ngày trước; 1 ngày trước',
    );
    const bad = parseReminderSchedule('5 ngày trước; thỉnh thoảng');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('Không hiểu "thỉnh thoảng"');
  });

  it('on working days only: a Saturday due day is reminded on Friday, overdue days move to Monday', () => {
    // 20/06/2026 is a Saturday.
    expect(
      reminderDays('2026-06-20', schedule(DEFAULT_SCHEDULE_TEXT), '2026-06-10', '2026-07-03'),
    ).toEqual([
      '2026-06-15', // 5 days before
      '2026-06-19', // 1 day before, and the due day moved back from Saturday
      '2026-06-23', // +3
      '2026-06-26', // +6
      '2026-06-29', // +9
      '2026-07-02', // +12
    ]);
  });

  it('around Tết 2026 (16–20/02) reminders wait for the next working day', () => {
    // Due Friday 13/02: overdue +3 (16/02) and +6 (19/02) fall in Tết → Monday 23/02 once.
    expect(
      reminderDays('2026-02-13', schedule('quá hạn mỗi 3 ngày'), '2026-02-14', '2026-02-28'),
    ).toEqual(['2026-02-23', '2026-02-25']);
    // Due on mùng 1 (17/02): 1 day before is in Tết too → Friday 13/02.
    expect(
      reminderDays('2026-02-17', schedule('1 ngày trước'), '2026-02-01', '2026-02-28'),
    ).toEqual(['2026-02-13']);
  });
});

describe('today’s reminders', () => {
  const units: UnitCandidates[] = [
    {
      unit: 'Phòng Kinh tế',
      editors: ['kt@xa.vn', 'kt2@xa.vn'],
      items: [
        {
          kind: 'task',
          code: 'VI.1',
          title: 'Số hóa hồ sơ',
          due: '2026-06-22',
          state: 'chưa hoàn thành',
          sheet: 'BC 2026-Q2 - Phòng Kinh tế',
          row: 12,
        },
        {
          kind: 'report',
          code: '2026-Q2',
          title: 'Báo cáo kỳ Quý II/2026',
          due: '2026-06-20',
          state: 'chưa nộp',
          sheet: 'BC 2026-Q2 - Phòng Kinh tế',
          link: 'https://x/#gid=1',
        },
      ],
    },
    {
      unit: 'Công an xã',
      editors: ['ca@xa.vn'],
      items: [
        {
          kind: 'task',
          code: 'III.19',
          title: 'Camera',
          due: '2026-06-09',
          state: 'chưa hoàn thành',
          sheet: 'Phụ lục I',
          row: 30,
        },
      ],
    },
    {
      unit: 'Trạm Y tế',
      editors: [],
      items: [
        {
          kind: 'report',
          code: '2026-Q2',
          title: 'Báo cáo kỳ Quý II/2026',
          due: '2026-06-20',
          state: 'chưa nộp',
          sheet: 'BC 2026-Q2 - Trạm Y tế',
        },
      ],
    },
    { unit: 'Phòng Văn hóa - Xã hội', editors: ['vh@xa.vn'], items: [] },
  ];
  /** The plan of 15/06/2026, made afresh by each test. */
  const makePlan = () => {
    const s = schedule(DEFAULT_SCHEDULE_TEXT);
    return planReminders({
      today: '2026-06-15',
      calendar: cal,
      reportSchedule: s,
      taskSchedule: s,
      units,
    });
  };

  it('one email per unit with its items, most overdue unit first; no email → listed', () => {
    const plan = makePlan();
    expect(
      plan.emails.map((e) => [e.unit, e.to, e.items.map((i) => [i.code, i.daysLeft, i.reason])]),
    ).toEqual([
      ['Công an xã', ['ca@xa.vn'], [['III.19', -6, 'overdue']]],
      ['Phòng Kinh tế', ['kt@xa.vn', 'kt2@xa.vn'], [['2026-Q2', 5, 'before']]],
    ]);
    expect(plan.noEmail.map((e) => e.unit)).toEqual(['Trạm Y tế']);
    expect(plan.dayOff).toBeNull();
  });

  it('splits by the quota: whole emails, most overdue first; units already emailed today skipped', () => {
    const plan = makePlan();
    expect(allocateQuota(plan.emails, 2, new Set()).send.map((e) => e.unit)).toEqual([
      'Công an xã',
    ]);
    const split = allocateQuota(plan.emails, 2, new Set(['Công an xã']));
    expect([split.send, split.leftOut, split.alreadySent].map((l) => l.map((e) => e.unit))).toEqual(
      [['Phòng Kinh tế'], [], ['Công an xã']],
    );
    expect(allocateQuota(plan.emails, 0, new Set()).leftOut).toHaveLength(2);
  });

  it('writes the email in Vietnamese with the link and the sheet', () => {
    const plan = makePlan();
    const kt = plan.emails[1];
    if (!kt) throw new Error('no email');
    expect(reminderSubject(kt, plan.today)).toBe(
      '[Sáu Rõ] Nhắc việc 15/06/2026 – Phòng Kinh tế: 1 việc cần làm',
    );
    expect(
      reminderBody(kt, plan.today, {
        spreadsheet: 'Xã Cẩm Giàng',
        url: 'https://x',
        coordinator: 'Phòng Văn hóa - Xã hội',
      }),
    ).toBe(
      [
        'Kính gửi Phòng Kinh tế,',
        '',
        'Sáu Rõ xin nhắc 1 việc của đơn vị trong bảng tính "Xã Cẩm Giàng" (ngày 15/06/2026):',
        '',
        '1. Báo cáo kỳ Quý II/2026 – chưa nộp. Hạn nộp 20/06/2026, còn 5 ngày.',
        '   Trang "BC 2026-Q2 - Phòng Kinh tế": https://x/#gid=1',
        '',
        'Mở bảng tính: https://x',
        'Cập nhật tiến độ vào phiếu báo cáo của đơn vị, rồi bấm Tiện ích mở rộng → Sáu Rõ → Nộp báo cáo.',
        '',
        'Thư này do Sáu Rõ gửi tự động theo lịch nhắc việc của Phòng Văn hóa - Xã hội. Cần trao đổi thêm, xin liên hệ Phòng Văn hóa - Xã hội.',
      ].join('\n'),
    );
  });

  it('sends nothing on a day off', () => {
    const s = schedule(DEFAULT_SCHEDULE_TEXT);
    const sunday = planReminders({
      today: '2026-06-14',
      calendar: cal,
      reportSchedule: s,
      taskSchedule: s,
      units,
    });
    expect(sunday).toMatchObject({ emails: [], noEmail: [], dayOff: 'Chủ nhật' });
  });
});
