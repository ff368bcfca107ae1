// Reminders as a unit receives them: the wordings a coordinator types in "Cài đặt", the exact days
// an item is reminded, the order of an email's items and of the emails, the quota, the email text.
// Days of the week and holidays were checked on a 2026 calendar by hand: 17/06/2026 is a
// Wednesday, 20/06 a Saturday, 05/01/2026 and 20/04/2026 Mondays.
import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../src/core/deadline/holidays.ts';
import {
  allocateQuota,
  dueWords,
  planReminders,
  reminderBody,
  reminderSubject,
  type ReminderCandidate,
  type UnitCandidates,
} from '../../src/core/remind/remind.ts';
import {
  DEFAULT_SCHEDULE_TEXT,
  formatReminderSchedule,
  parseReminderSchedule,
  reminderReason,
  type ReminderSchedule,
} from '../../src/core/remind/schedule.ts';

function schedule(text: string): ReminderSchedule {
  const r = parseReminderSchedule(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function errorOf(text: string): string {
  const r = parseReminderSchedule(text);
  return r.ok ? 'accepted' : r.error;
}

const EMPTY = { before: [], onDay: false, overdueEvery: null };

describe('schedule wordings a coordinator types', () => {
  it('"không", "không nhắc", "tắt", "0" and a blank cell turn reminders off', () => {
    for (const text of ['Không', 'không nhắc', 'Tắt', '0', 'Không.', '', '  '])
      expect(schedule(text)).toEqual(EMPTY);
  });

  it('days before the due day, in each wording, largest first and each once', () => {
    expect(
      schedule('Nhắc 7 ngày trước hạn; 3 ngày trước khi đến hạn; 2 ngày trước ngày hạn'),
    ).toEqual({ before: [7, 3, 2], onDay: false, overdueEvery: null });
    expect(schedule('nhắc trước hạn 10 ngày')).toEqual({ ...EMPTY, before: [10] });
    expect(schedule('1 ngày trước; 5 ngày trước; 5 ngày trước.')).toEqual({
      ...EMPTY,
      before: [5, 1],
    });
  });

  it('the due day itself, in each wording', () => {
    for (const text of ['đúng hạn', 'Nhắc vào ngày hạn', 'trong ngày đến hạn', 'Ngày đến hạn.'])
      expect(schedule(text)).toEqual({ ...EMPTY, onDay: true });
  });

  it('overdue rhythms, in each wording', () => {
    expect(schedule('Khi quá hạn thì nhắc mỗi 2 ngày một lần').overdueEvery).toBe(2);
    expect(schedule('trễ hạn mỗi 4 ngày').overdueEvery).toBe(4);
    expect(schedule('sau hạn mỗi 5 ngày').overdueEvery).toBe(5);
    expect(schedule('mỗi 7 ngày nếu trễ hạn').overdueEvery).toBe(7);
    expect(schedule('trễ hạn mỗi ngày').overdueEvery).toBe(1);
    // Starting with "nhắc", the rhythm before the condition.
    expect(schedule('nhắc mỗi 2 ngày khi quá hạn').overdueEvery).toBe(2);
    expect(schedule('Nhắc hằng ngày khi quá hạn').overdueEvery).toBe(1);
    expect(schedule('mỗi ngày nếu trễ hạn').overdueEvery).toBe(1);
    expect(schedule('nhắc hằng ngày quá hạn').overdueEvery).toBe(1);
  });

  it('wordings typed in a hurry, with spaces missing or doubled, read the same', () => {
    const none = { before: [], onDay: false, overdueEvery: null };
    expect(schedule('nhắc5 ngày  trước hạn')).toStrictEqual({ ...none, before: [5] });
    expect(schedule('nhắc trước  hạn3ngày')).toStrictEqual({ ...none, before: [3] });
    expect(schedule('nhắc  đúng  ngày hạn')).toStrictEqual({ ...none, onDay: true });
    expect(schedule('khi  quá hạn thì nhắc  mỗi 3 ngày  một lần')).toStrictEqual({
      ...none,
      overdueEvery: 3,
    });
    expect(schedule('nhắc  mỗi  2ngày khi  quá hạn')).toStrictEqual({ ...none, overdueEvery: 2 });
    expect(schedule('quá hạn  nhắc  hằngngày')).toStrictEqual({ ...none, overdueEvery: 1 });
    expect(schedule('nhắc  hằng ngày nếu  trễ hạn')).toStrictEqual({ ...none, overdueEvery: 1 });
    expect(schedule('5 ngày trước  và  đúng hạn')).toStrictEqual({
      ...none,
      before: [5],
      onDay: true,
    });
  });

  it('parts separated by line breaks, commas or "và"', () => {
    const full = { before: [5, 1], onDay: true, overdueEvery: 3 };
    expect(schedule('5 ngày trước\n1 ngày trước\nđúng hạn\nquá hạn mỗi 3 ngày')).toEqual(full);
    expect(schedule('5 ngày trước, 1 ngày trước, đúng hạn và quá hạn mỗi 3 ngày')).toEqual(full);
  });

  it('refuses 0 days, and a part it does not understand, naming it', () => {
    expect(errorOf('0 ngày trước; đúng hạn')).toBe(
      'Số ngày trong lịch nhắc "0 ngày trước; đúng hạn" phải lớn hơn 0.',
    );
    expect(errorOf(' quá hạn mỗi 0 ngày ')).toBe(
      'Số ngày trong lịch nhắc "quá hạn mỗi 0 ngày" phải lớn hơn 0.',
    );
    expect(errorOf(' 5 ngày trước; hàng tuần ')).toBe(
      `Không hiểu "hàng tuần" trong lịch nhắc "5 ngày trước; hàng tuần". Ví dụ: "${DEFAULT_SCHEDULE_TEXT}".`,
    );
  });

  it('wordings without a space before "ngày", and empty parts between separators', () => {
    expect(schedule('5ngày trước; trước hạn 7ngày;; đúng hạn;')).toEqual({
      before: [7, 5],
      onDay: true,
      overdueEvery: null,
    });
    expect(schedule('quá hạn mỗi 10 ngày').overdueEvery).toBe(10);
    expect(schedule('mỗi 10 ngày khi quá hạn').overdueEvery).toBe(10);
    expect(schedule('mỗi 7 ngày quá hạn').overdueEvery).toBe(7);
    expect(schedule('quá hạn mỗi 3ngày').overdueEvery).toBe(3);
    expect(schedule('mỗi 2ngày khi quá hạn').overdueEvery).toBe(2);
  });

  it('refuses wordings that say something else than a number of calendar days', () => {
    // Reminders count calendar days: "ngày làm việc" and "Tết" are not read as days before.
    for (const part of [
      '3 ngày trước Tết',
      'trước hạn 5 ngày làm việc',
      'quá hạn mỗi 3 ngày làm việc',
      'quá hạn hằng ngày làm việc',
      'trước ngày đến hạn',
      'khoảng 3 ngày trước',
      'trong hạn 5 ngày',
      // "không nhắc …" says what not to do: never read as that reminder.
      'không nhắc trước hạn 5 ngày',
      'không nhắc đúng hạn',
      'không nhắc quá hạn mỗi 3 ngày',
      'không nhắc mỗi 2 ngày khi quá hạn',
      'không nhắc quá hạn hằng ngày',
      'không nhắc hằng ngày khi quá hạn',
      // Conditions the schedule cannot hold, and fractions of a day.
      'nhắc mỗi 2 ngày khi quá hạn trên 5 ngày',
      'hằng ngày khi quá hạn trên 5 ngày',
      'quá hạn mỗi 1.5 ngày',
    ])
      expect(errorOf(part)).toBe(
        `Không hiểu "${part}" trong lịch nhắc "${part}". Ví dụ: "${DEFAULT_SCHEDULE_TEXT}".`,
      );
  });

  it('a number left without "ngày" is refused, not read as "0" (no reminders)', () => {
    expect(errorOf('trước hạn 10')).toBe(
      `Không hiểu "trước hạn 10" trong lịch nhắc "trước hạn 10". Ví dụ: "${DEFAULT_SCHEDULE_TEXT}".`,
    );
  });

  it('shows a schedule back in the settings sheet’s words', () => {
    expect(formatReminderSchedule(schedule(DEFAULT_SCHEDULE_TEXT))).toBe(DEFAULT_SCHEDULE_TEXT);
    expect(formatReminderSchedule(schedule('đúng hạn'))).toBe('đúng hạn');
    expect(formatReminderSchedule(schedule('trễ hạn mỗi 4 ngày'))).toBe('quá hạn mỗi 4 ngày');
    expect(formatReminderSchedule(schedule('tắt'))).toBe('không nhắc');
  });
});

describe('the days an item is reminded', () => {
  const cal = workingCalendar();

  it('due on Wednesday 17/06/2026, default schedule: 5 and 1 days before, the day, then every 3 days', () => {
    const s = schedule(DEFAULT_SCHEDULE_TEXT);
    const days: Array<[string, string | null]> = [
      ['2026-06-11', null],
      ['2026-06-12', 'before'], // 5 days before
      ['2026-06-15', null],
      ['2026-06-16', 'before'], // 1 day before
      ['2026-06-17', 'onDay'],
      ['2026-06-18', null],
      ['2026-06-19', null],
      ['2026-06-20', null], // +3 is a Saturday: moved to Monday
      ['2026-06-22', 'overdue'],
      ['2026-06-23', 'overdue'], // +6
      ['2026-06-24', null],
      ['2026-06-26', 'overdue'], // +9
    ];
    for (const [today, reason] of days)
      expect([today, reminderReason('2026-06-17', today, s, cal)]).toEqual([today, reason]);
  });

  it('"đúng hạn" alone: a Saturday due day is reminded on the Friday before', () => {
    const s = schedule('đúng hạn');
    expect(reminderReason('2026-06-20', '2026-06-19', s, cal)).toBe('onDay');
    expect(reminderReason('2026-06-20', '2026-06-22', s, cal)).toBe(null);
  });

  it('without "đúng hạn" nothing goes out on the due day; without an overdue rhythm nothing after', () => {
    expect(reminderReason('2026-06-17', '2026-06-17', schedule('quá hạn mỗi 3 ngày'), cal)).toBe(
      null,
    );
    expect(reminderReason('2026-06-17', '2026-06-18', schedule('1 ngày trước'), cal)).toBe(null);
    expect(reminderReason('2026-06-17', '2026-06-20', schedule('quá hạn mỗi 3 ngày'), cal)).toBe(
      null,
    );
  });

  it('a task 15 weeks late on a weekly rhythm is still reminded on its Monday', () => {
    // Due Monday 05/01/2026; 20/04/2026 is 105 days (15 weeks) later, also a Monday.
    const weekly = schedule('quá hạn mỗi 7 ngày');
    expect(reminderReason('2026-01-05', '2026-04-20', weekly, cal)).toBe('overdue');
    expect(reminderReason('2026-01-05', '2026-04-21', weekly, cal)).toBe(null);
  });
});

/** A task of the unit's sheet. */
function task(code: string, due: string): ReminderCandidate {
  return {
    kind: 'task',
    code,
    title: `Nhiệm vụ mẫu ${code}`,
    due,
    state: 'chưa hoàn thành',
    sheet: 'BC 2026-Q2 - Phòng Kinh tế',
  };
}

describe('today’s emails (Monday 15/06/2026, default schedules)', () => {
  function plan(units: UnitCandidates[]) {
    const s = schedule(DEFAULT_SCHEDULE_TEXT);
    return planReminders({
      today: '2026-06-15',
      calendar: workingCalendar(),
      reportSchedule: s,
      taskSchedule: s,
      units,
    });
  }

  it('lists the report first, then the most overdue tasks; the most overdue unit is mailed first', () => {
    const report: ReminderCandidate = {
      kind: 'report',
      code: '2026-Q2',
      title: 'Báo cáo kỳ Quý II/2026',
      due: '2026-06-16', // Tuesday: 1 day before is today
      state: 'chưa nộp',
      sheet: 'BC 2026-Q2 - Phòng Kinh tế',
    };
    const p = plan([
      {
        unit: 'Trạm Y tế xã',
        editors: ['yt@xa.vn'],
        items: [task('II.1', '2026-06-20')], // Saturday: 5 days before is today
      },
      {
        unit: 'Phòng Kinh tế',
        editors: ['kt@xa.vn'],
        items: [
          task('VI.3', '2026-06-20'), // 5 days before
          task('VI.1', '2026-06-12'), // Friday: +3 is today
          report,
          task('VI.2', '2026-06-09'), // Tuesday: +6 is today
        ],
      },
    ]);
    expect(
      p.emails.map((e) => [e.unit, e.urgency, e.items.map((i) => [i.code, i.daysLeft, i.reason])]),
    ).toEqual([
      [
        'Phòng Kinh tế',
        6,
        [
          ['2026-Q2', 1, 'before'],
          ['VI.2', -6, 'overdue'],
          ['VI.1', -3, 'overdue'],
          ['VI.3', 5, 'before'],
        ],
      ],
      ['Trạm Y tế xã', -5, [['II.1', 5, 'before']]],
    ]);
  });

  it('reports and tasks follow their own schedules', () => {
    const p = planReminders({
      today: '2026-06-15',
      calendar: workingCalendar(),
      reportSchedule: schedule('đúng hạn'),
      taskSchedule: schedule('5 ngày trước'),
      units: [
        {
          unit: 'Phòng Kinh tế',
          editors: ['kt@xa.vn'],
          items: [
            task('VI.3', '2026-06-20'), // 5 days before: the task schedule says today
            {
              kind: 'report',
              code: '2026-Q2',
              title: 'Báo cáo kỳ Quý II/2026',
              due: '2026-06-20', // the report schedule only reminds on the due day
              state: 'chưa nộp',
              sheet: 'BC 2026-Q2 - Phòng Kinh tế',
            },
            {
              kind: 'report',
              code: '2026-05',
              title: 'Báo cáo tháng 5/2026',
              due: '2026-06-15', // due today: the report schedule says today
              state: 'bị trả lại: VI.1: Thiếu minh chứng',
              sheet: 'BC 2026-05 - Phòng Kinh tế',
            },
            task('VI.4', '2026-06-15'), // due today, but the task schedule has no "đúng hạn"
          ],
        },
      ],
    });
    expect(p.emails.map((e) => e.items.map((i) => [i.code, i.reason]))).toEqual([
      [
        ['2026-05', 'onDay'],
        ['VI.3', 'before'],
      ],
    ]);
  });

  it('a unit with nothing due today gets no email', () => {
    const p = plan([
      { unit: 'Công an xã', editors: ['ca@xa.vn'], items: [task('III.19', '2026-06-18')] },
    ]);
    expect(p).toEqual({ today: '2026-06-15', emails: [], noEmail: [], dayOff: null });
  });
});

describe('the daily quota', () => {
  const email = (unit: string, to: string[]) => ({ unit, to, items: [], urgency: 0 });

  it('sends every email whose recipients fit exactly', () => {
    const emails = [email('Công an xã', ['ca@xa.vn']), email('Phòng Kinh tế', ['a@x', 'b@x'])];
    const split = allocateQuota(emails, 3, new Set());
    expect([split.send, split.leftOut].map((l) => l.map((e) => e.unit))).toEqual([
      ['Công an xã', 'Phòng Kinh tế'],
      [],
    ]);
  });

  it('a smaller email after one left out may still go; a spent quota sends nothing', () => {
    const emails = [
      email('Phòng Kinh tế', ['a@x', 'b@x', 'c@x']),
      email('Công an xã', ['ca@xa.vn']),
    ];
    const two = allocateQuota(emails, 2, new Set());
    expect([two.send, two.leftOut].map((l) => l.map((e) => e.unit))).toEqual([
      ['Công an xã'],
      ['Phòng Kinh tế'],
    ]);
    const spent = allocateQuota(emails, -1, new Set());
    expect([spent.send.length, spent.leftOut.length]).toEqual([0, 2]);
  });
});

describe('the email text', () => {
  it('says how far each item is from its due day', () => {
    expect([dueWords(1), dueWords(0), dueWords(-3)]).toEqual([
      'còn 1 ngày',
      'hạn hôm nay',
      'quá hạn 3 ngày',
    ]);
  });

  it('counts overdue items in the subject, and lists a task with its code, row and due day', () => {
    const r = {
      unit: 'Công an xã',
      to: ['ca@xa.vn'],
      urgency: 6,
      items: [
        {
          kind: 'task' as const,
          code: 'III.19',
          title: 'Lắp đặt camera giám sát',
          due: '2026-06-09',
          state: 'chưa hoàn thành',
          sheet: 'Phụ lục I',
          row: 30,
          daysLeft: -6,
          reason: 'overdue' as const,
        },
      ],
    };
    expect(reminderSubject(r, '2026-06-15')).toBe(
      '[Sáu Rõ] Nhắc việc 15/06/2026 – Công an xã: 1 việc cần làm, 1 việc quá hạn',
    );
    const body = reminderBody(r, '2026-06-15', {
      spreadsheet: 'Xã Đa Kia',
      url: 'https://x',
      coordinator: 'Phòng Văn hóa - Xã hội',
    });
    expect(body.split('\n').slice(4, 6)).toEqual([
      '1. Nhiệm vụ III.19: Lắp đặt camera giám sát – chưa hoàn thành. Hạn 09/06/2026, quá hạn 6 ngày.',
      '   Trang "Phụ lục I", dòng 30',
    ]);
  });

  it('an item due today is not counted as overdue in the subject; a subject of 240 characters stays whole', () => {
    const prefix = '[Sáu Rõ] Nhắc việc 15/06/2026 – ';
    const suffix = ': 1 việc cần làm';
    // A unit name that makes the subject exactly 240 characters.
    const unit = 'Đ'.repeat(240 - prefix.length - suffix.length);
    const r = {
      unit,
      to: ['a@x'],
      urgency: 0,
      items: [{ ...task('I.1', '2026-06-15'), daysLeft: 0, reason: 'onDay' as const }],
    };
    expect(reminderSubject(r, '2026-06-15')).toBe(`${prefix}${unit}${suffix}`);
  });

  it('cuts a very long task title at 160 characters and a subject at 240, with "…"', () => {
    // 15 + 40 × 6 − 1 = 254 characters; the 160th is the space after the 24th "hồ sơ".
    const title = `Số hóa toàn bộ ${'hồ sơ '.repeat(40)}`.trim();
    const unit = 'Đ'.repeat(300);
    const r = {
      unit,
      to: ['a@x'],
      urgency: -2,
      items: [
        {
          ...task('I.1', '2026-06-17'),
          title,
          daysLeft: 2,
          reason: 'before' as const,
        },
      ],
    };
    const subject = reminderSubject(r, '2026-06-15');
    expect(subject).toHaveLength(240);
    expect(subject.endsWith('ĐĐĐ…')).toBe(true);
    const line = reminderBody(r, '2026-06-15', {
      spreadsheet: 's',
      url: 'u',
      coordinator: 'c',
    }).split('\n')[4];
    // The first 159 characters end with a space, which is dropped before "…".
    const cut = `Số hóa toàn bộ ${'hồ sơ '.repeat(23)}hồ sơ…`;
    expect(line).toBe(`1. Nhiệm vụ I.1: ${cut} – chưa hoàn thành. Hạn 17/06/2026, còn 2 ngày.`);
  });
});
