// Working days in the spreadsheet: DEADLINE_DATE with the office's "Ngày nghỉ" range, and daily
// reminders that follow a Saturday worked in exchange.
import { describe, expect, it } from 'vitest';
import type { ReminderView } from '../../src/gas/remind/remindApi.ts';
import { COORDINATOR, look, world } from '../helpers/reportWorkbook.ts';
import { distributed, EMAILS } from '../helpers/reportScenario.ts';

/** Midnight in Vietnam of a calendar day, as a date cell reads back. */
const day = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 7 * 3600 * 1000);
const vn = (at: string) => new Date(`${at}:00+07:00`);

describe('DEADLINE_DATE counts working days with the holidays and the "Ngày nghỉ" range', () => {
  it('across 30/4–1/5, Tết 2026, and a swapped Saturday', () => {
    const w = world('2026-03-01T08:00');
    const l = look(w.wb);
    // 2025: Friday 02/05 off, Saturday 26/04 worked in exchange (the government's swap).
    l.addSheet('Ngày nghỉ', [
      ['Ngày', 'Đến ngày', 'Loại', 'Ghi chú'],
      ['02/05/2025', '', 'Nghỉ', 'Nghỉ hoán đổi'],
      ['26/04/2025', '', 'Làm việc', 'Làm bù cho 02/05'],
    ]);
    const cases: Array<[string, string]> = [
      ['trong 5 ngày làm việc', '2026-04-27'],
      ['trong 3 ngày làm việc', '2026-02-13'],
      ['3 ngày làm việc kể từ ngày ký', '2025-04-24'],
      ['2 ngày làm việc kể từ ngày ký', '2025-04-29'],
    ];
    // One case every 10 rows: the emulator first reserves a result the size of the largest range
    // argument (the 9 × 4 holiday range) before it knows the result is one cell.
    l.addSheet(
      'T',
      cases.flatMap(([text, issued]) => [
        [text, issued],
        ...Array.from({ length: 9 }, () => ['', '']),
      ]),
    );
    cases.forEach((_, i) => {
      const r = i * 10 + 1;
      l.setValues('T', `C${r}:D${r}`, [
        [
          `=DEADLINE_DATE(A${r}, "", B${r})`,
          `=DEADLINE_DATE(A${r}, "", B${r}, 'Ngày nghỉ'!A2:D10)`,
        ],
      ]);
    });
    const results = cases.map((_, i) => l.values('T', `C${i * 10 + 1}:D${i * 10 + 1}`)[0]);
    expect(results).toEqual([
      [day('2026-05-06'), day('2026-05-06')],
      [day('2026-02-25'), day('2026-02-25')],
      // Fri 25, Mon 28, Tue 29 — or Fri 25, Sat 26 (worked), Mon 28.
      [day('2025-04-29'), day('2025-04-28')],
      // (30/4, 1/5) Fri 2, Mon 5 — or (2/5 off) Mon 5, Tue 6.
      [day('2025-05-05'), day('2025-05-06')],
    ]);
  });
});

describe('reminders follow "Ngày nghỉ"', () => {
  it('a Saturday worked in exchange gets the on-the-day reminder', () => {
    const w = distributed();
    w.clock.set('2025-09-18T20:00');
    w.coordinator.call<ReminderView>('enableReminders');
    // Saturday 20/09/2025, the report's due day, is declared a working day.
    w.look.setValues('Ngày nghỉ', 'A2:D2', [['20/09/2025', '', 'Làm việc', 'Làm bù']]);
    w.clock.set('2025-09-20T07:30');
    const runs = w.coordinator.fireClockTriggers(vn('2025-09-20T07:30'));
    expect(runs.map((r) => r.at.toISOString())).toEqual([
      '2025-09-19T00:00:00.000Z',
      '2025-09-20T00:00:00.000Z',
    ]);
    const days = w.wb.outbox.map((m) => [m.at.slice(0, 10), m.to[0]]);
    expect(days).toEqual([
      ['2025-09-19', COORDINATOR],
      ['2025-09-19', EMAILS.kt],
      ['2025-09-19', EMAILS.ca],
      ['2025-09-20', COORDINATOR],
      ['2025-09-20', EMAILS.kt],
      ['2025-09-20', EMAILS.ca],
    ]);
  });
});
