// "Nhắc việc" through the built bundle in the emulator: seed 001 distributed for Q3/2025 (report
// due Saturday 20/09/2025), reminders turned on by the coordinator on 01/09, and the daily
// trigger fired every morning for a month while units fill in, submit and get sent back.
//
// Who has an email ("Đơn vị"): Phòng VH-XH (coordinator@example.com), Phòng Kinh tế
// (kt@camgiang.vn), Công an xã (ca@camgiang.vn). TTVH and VP HĐND-UBND have none.
// Default schedule for reports and tasks: 5 days before, 1 day before, on the day, every 3 days
// overdue; a reminder day off moves to the working day before (not overdue) or after (overdue).
// 01–02/09/2025 are the Quốc khánh holidays.
//
// Hand count for September 2025 (working days only):
//   report 20/09 (Sat): 5 days before → Mon 15; 1 day before and on the day → Fri 19;
//     overdue +3 Tue 23, +6 Fri 26, +9 Mon 29.
//   Phòng VH-XH's tasks: III.7 due 31/07 (every 3 days: 30/08 and 02/09 → 03/09, 05, 08, 11,
//     14 → 15, 17, 20 → 22, 23, 26, 29) and I.3 due 31/08 (03, 06 → 08, 09, 12, 15, 18, 21 → 22…);
//     the other tasks are yearly (31/12), continuous or conditional.
//   Events: 18/09 10:00 VH-XH fills in (I.3 done) and submits; 23/09 09:00 Phòng Kinh tế submits;
//   25/09 its III.1 is sent back, so its report is due again; Công an xã never submits.
import { describe, expect, it } from 'vitest';
import type { Runtime } from 'gas-emulator';
import type { ReminderView } from '../../src/gas/remind/remindApi.ts';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import { COORDINATOR, KT, VHXH, type World } from '../helpers/reportWorkbook.ts';
import { distributed, EMAILS, fillKt, fillVhxh, fixKt, PERIOD } from '../helpers/reportScenario.ts';
import { addDays } from '../../src/core/text/calendar.ts';

const vn = (at: string) => new Date(`${at}:00+07:00`);

/** Outbox entries by Vietnam day: recipients of each mail. */
function mailsByDay(w: World): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const m of w.wb.outbox) {
    const day = new Date(Date.parse(m.at) + 7 * 3_600_000).toISOString().slice(0, 10);
    out.set(day, [...(out.get(day) ?? []), m.to]);
  }
  return out;
}

function auditRows(w: World): unknown[][] {
  return w.look.data('Nhật ký').slice(1);
}

function enable(w: World, rt: Runtime = w.coordinator): ReminderView {
  return rt.call<ReminderView>('enableReminders');
}

/** The clock triggers (distribute also installs the edit trigger behind the "Nộp báo cáo" box). */
function clockTriggers(w: World): unknown[] {
  return w.wb.triggers.filter((t) => t.kind === 'clock');
}

const WHO = { vhxh: COORDINATOR, kt: EMAILS.kt, ca: EMAILS.ca };

describe('a month of daily reminders on seed 001', () => {
  it('sends the right units the right emails on the right days, never twice a day', () => {
    const w = distributed();
    const enabled = enable(w);
    expect(enabled).toMatchObject({ state: 'on', stateLabel: 'Bật', triggerInstalled: true });
    expect(clockTriggers(w)).toEqual([
      expect.objectContaining({
        kind: 'clock',
        handler: 'remindDaily',
        owner: COORDINATOR,
        atHour: 7,
      }),
    ]);
    expect(w.look.sheetNames()).toEqual(expect.arrayContaining(['Cài đặt', 'Ngày nghỉ']));

    const fired: string[] = [];
    for (let day = '2025-09-02'; day <= '2025-10-01'; day = addDays(day, 1)) {
      w.clock.set(`${day}T07:30`);
      const runs = w.coordinator.fireClockTriggers(vn(`${day}T07:30`));
      expect(runs.map((r) => [r.ok, r.error])).toEqual([[true, undefined]]);
      fired.push(day);
      // What happens later that day, after the morning's run.
      if (day === '2025-09-18') {
        w.clock.set('2025-09-18T10:00');
        fillVhxh(w);
        w.coordinator.call('submitReport', { period: PERIOD, unit: 'Phòng VH-XH' });
      }
      if (day === '2025-09-23') {
        w.clock.set('2025-09-23T09:00');
        fillKt(w);
        fixKt(w);
        w.as(EMAILS.kt).call('submitReport', { period: PERIOD, unit: KT });
      }
      if (day === '2025-09-25') {
        w.clock.set('2025-09-25T10:00');
        w.coordinator.call('sendBackEntry', {
          period: PERIOD,
          unit: KT,
          code: 'III.1',
          reason: 'Thiếu minh chứng',
        });
      }
      if (day === '2025-09-15') {
        // "Gửi ngay" later the same day sends nothing more: one email per unit a day.
        w.clock.set('2025-09-15T10:00');
        const again = w.coordinator.call<ReminderView>('sendRemindersNow');
        expect(again.emails).toEqual([]);
        expect(again.alreadySent).toEqual([VHXH, KT, 'Công an xã']);
      }
    }
    // Once after the 07:00 slot of each day from 02/09 to 01/10.
    expect(fired).toHaveLength(30);

    const byDay = mailsByDay(w);
    const expected: Record<string, string[][]> = {
      '2025-09-03': [[WHO.vhxh]],
      '2025-09-05': [[WHO.vhxh]],
      '2025-09-08': [[WHO.vhxh]],
      '2025-09-09': [[WHO.vhxh]],
      '2025-09-11': [[WHO.vhxh]],
      '2025-09-12': [[WHO.vhxh]],
      '2025-09-15': [[WHO.vhxh], [WHO.kt], [WHO.ca]],
      '2025-09-17': [[WHO.vhxh]],
      '2025-09-18': [[WHO.vhxh]],
      '2025-09-19': [[WHO.kt], [WHO.ca]],
      '2025-09-22': [[WHO.vhxh]],
      '2025-09-23': [[WHO.vhxh], [WHO.kt], [WHO.ca]],
      '2025-09-26': [[WHO.vhxh], [WHO.kt], [WHO.ca]],
      '2025-09-29': [[WHO.vhxh], [WHO.kt], [WHO.ca]],
    };
    expect(Object.fromEntries(byDay)).toEqual(expected);

    // What the mails say on a few days.
    const on = (day: string, to: string) =>
      w.wb.outbox.find(
        (m) =>
          m.to.includes(to) &&
          new Date(Date.parse(m.at) + 25_200_000).toISOString().startsWith(day),
      );
    const ca15 = on('2025-09-15', WHO.ca);
    expect(ca15?.subject).toBe('[Sáu Rõ] Nhắc việc 15/09/2025 – Công an xã: 1 việc cần làm');
    expect(ca15?.body).toContain(
      '1. Báo cáo kỳ Quý III/2025 – chưa nộp. Hạn nộp 20/09/2025, còn 5 ngày.',
    );
    expect(ca15?.body).toContain(
      'Trang "BC 2025-Q3 - Công an xã": https://docs.google.com/spreadsheets/d/',
    );
    expect(ca15?.from).toBe(COORDINATOR);
    expect(ca15?.name).toBe('Sáu Rõ');
    const vhxh15 = on('2025-09-15', WHO.vhxh);
    expect(vhxh15?.subject).toBe(
      '[Sáu Rõ] Nhắc việc 15/09/2025 – Phòng Văn hóa - Xã hội: 3 việc cần làm, 2 việc quá hạn',
    );
    expect(vhxh15?.body).toMatch(
      /2\. Nhiệm vụ III\.7: .* – chưa hoàn thành\. Hạn 31\/07\/2025, quá hạn 46 ngày\./,
    );
    expect(vhxh15?.body).toMatch(/3\. Nhiệm vụ I\.3: .*Hạn 31\/08\/2025, quá hạn 15 ngày\./);
    // After VH-XH marked I.3 done and submitted, only III.7 is left.
    expect(on('2025-09-22', WHO.vhxh)?.subject).toBe(
      '[Sáu Rõ] Nhắc việc 22/09/2025 – Phòng Văn hóa - Xã hội: 1 việc cần làm, 1 việc quá hạn',
    );
    expect(on('2025-09-26', WHO.kt)?.body).toContain(
      '1. Báo cáo kỳ Quý III/2025 – bị trả lại để sửa (III.1: Thiếu minh chứng',
    );
    expect(on('2025-09-29', WHO.ca)?.body).toContain('quá hạn 9 ngày');

    // Every run wrote one row to "Nhật ký"; the holiday and the units without email are there.
    const runs = auditRows(w).filter((r) => r[2] === 'Nhắc việc (tự động)');
    expect(runs).toHaveLength(30);
    expect(runs[0]?.[6]).toBe('Hôm nay là ngày nghỉ (Quốc khánh): không gửi');
    const sept15 = runs.find(
      (r) => String(r[4]).includes('Công an xã') && String(r[5]).startsWith('Đã gửi 3 thư'),
    );
    expect(sept15?.[6]).toBe(
      'Chưa có email: Trung tâm Văn hóa - Thể thao và Truyền thông (1 việc), Văn phòng HĐND và UBND (1 việc)',
    );
    expect(auditRows(w).filter((r) => r[2] === 'Nhắc việc (gửi ngay)')).toHaveLength(1);
  }, 240_000);

  it('respects the mail quota: most overdue first, who was left out goes to "Nhật ký"', () => {
    const w = distributed();
    // Phòng Kinh tế has two editors; the coordinator's account has 2 recipients left today.
    const names = w.look.data('Đơn vị').map((r) => String(r[0]));
    w.look.setValues('Đơn vị', `D${names.indexOf(KT) + 1}`, [['kt@camgiang.vn; kt2@camgiang.vn']]);
    const rt = addonRuntime({ workbook: w.wb, user: COORDINATOR, now: w.clock.now, mailQuota: 2 });
    w.clock.set('2025-09-14T20:00');
    enable(w, rt);
    w.clock.set('2025-09-15T07:30');
    const preview = rt.call<ReminderView>('getReminders');
    expect(preview.quota).toBe(2);
    expect(preview.emails.map((e) => e.unit)).toEqual([VHXH, 'Công an xã']);
    expect(preview.leftOut).toEqual([KT]);
    rt.fireClockTriggers(vn('2025-09-15T07:30'));
    expect(w.wb.outbox.map((m) => m.to)).toEqual([[COORDINATOR], [EMAILS.ca]]);
    expect(rt.call<ReminderView>('getReminders').quota).toBe(0);
    const row = auditRows(w).find((r) => r[2] === 'Nhắc việc (tự động)');
    expect(row?.[5]).toBe('Đã gửi 2 thư tới 2 người nhận; hạn mức email còn 0');
    expect(String(row?.[6])).toContain('Hết hạn mức email, chưa gửi: Phòng Kinh tế');
    // The next morning the quota is back and the schedule decides again (16/09: nothing due).
    rt.fireClockTriggers(vn('2025-09-16T07:30'));
    expect(w.wb.outbox).toHaveLength(2);
  });

  it('pausing removes the trigger and stops the mail; a unit editor may not turn reminders on', () => {
    const w = distributed();
    enable(w);
    const paused = w.coordinator.call<ReminderView>('pauseReminders');
    expect(paused).toMatchObject({
      state: 'paused',
      stateLabel: 'Tạm dừng',
      triggerInstalled: false,
    });
    expect(clockTriggers(w)).toEqual([]);
    w.clock.set('2025-09-15T07:30');
    expect(w.coordinator.fireClockTriggers(vn('2025-09-30T07:30'))).toEqual([]);
    expect(w.wb.outbox).toEqual([]);
    expect(() => w.as(EMAILS.ca).call('enableReminders')).toThrow(
      /Chỉ cơ quan thường trực mới được cài đặt và gửi nhắc việc; hiện là chủ sở hữu tệp coordinator@example\.com/,
    );
    expect(clockTriggers(w)).toEqual([]);
  });

  it('a trigger left by another coordinator logs that reminders are paused and sends nothing', () => {
    const w = distributed();
    enable(w);
    // Turned off by hand in "Cài đặt".
    const values = w.look.data('Cài đặt');
    const row = values.findIndex((r) => r[0] === 'Nhắc việc qua email');
    w.look.setValues('Cài đặt', `B${row + 1}`, [['Tạm dừng']]);
    w.clock.set('2025-09-15T07:30');
    w.coordinator.fireClockTriggers(vn('2025-09-15T07:30'));
    expect(w.wb.outbox).toEqual([]);
    const last = auditRows(w).at(-1);
    expect(last?.slice(2, 3)).toEqual(['Nhắc việc (tự động)']);
    expect(last?.[6]).toBe('Nhắc việc đang "Tạm dừng" (trang "Cài đặt"): không gửi');
  });
});
