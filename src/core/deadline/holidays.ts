// Vietnam's working calendar: Saturdays and Sundays off, the public holidays of the Labour Code
// (Bộ luật Lao động 2019, Art. 112) computed for each year, compensatory days when a holiday
// falls on a weekend (Art. 111.3), and the office's own list (the "Ngày nghỉ" sheet): days off
// the government announces each year and the Saturdays worked in exchange.
//
// Default holidays (the "Ngày nghỉ" sheet overrides any of them, day by day):
// - Tết Dương lịch: 01/01.
// - Tết Nguyên Đán: 5 days, the last day of the lunar year (29 or 30 tháng Chạp) through mùng 4
//   (the government fixes the exact days each year, usually adding weekends around them).
// - Giỗ Tổ Hùng Vương: 10/3 of the lunar calendar.
// - Ngày Chiến thắng 30/04 and Quốc tế Lao động 01/05.
// - Quốc khánh 02/09 and one day next to it: 01/09 when 02/09 is a Tuesday, Friday or Saturday
//   (joining the weekend), else 03/09.
import { addDays } from '../text/calendar.ts';
import { lunarNewYear, lunarToSolar } from '../text/lunar.ts';

export interface Holiday {
  day: string;
  /** "Tết Nguyên Đán", "Nghỉ bù Giỗ Tổ Hùng Vương"… */
  name: string;
}

/** A line of the "Ngày nghỉ" sheet: a day off, or a working day (a Saturday worked in exchange). */
export interface DayOverride {
  day: string;
  kind: 'off' | 'work';
  note: string;
}

export interface WorkingCalendar {
  isWorkingDay(iso: string): boolean;
  /** Why a day is not worked ("Chủ nhật", "Tết Nguyên Đán", the sheet's note), or null. */
  dayOff(iso: string): string | null;
  /** Public holidays and compensatory days of a year, after the overrides. */
  holidays(year: number): Holiday[];
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function isWeekend(iso: string): boolean {
  const d = weekday(iso);
  return d === 0 || d === 6;
}

/** The public holidays of a year by the default rules above, compensatory days included. */
export function vietnamHolidays(year: number): Holiday[] {
  const list: Holiday[] = [];
  const add = (day: string, name: string) => {
    if (!list.some((h) => h.day === day)) list.push({ day, name });
  };
  add(`${year}-01-01`, 'Tết Dương lịch');
  const tet = lunarNewYear(year);
  for (let i = -1; i <= 3; i++) add(addDays(tet, i), 'Tết Nguyên Đán');
  const hung = lunarToSolar({ day: 10, month: 3, year });
  if (hung !== null) add(hung, 'Giỗ Tổ Hùng Vương');
  add(`${year}-04-30`, 'Ngày Chiến thắng');
  add(`${year}-05-01`, 'Ngày Quốc tế Lao động');
  const national = `${year}-09-02`;
  const before = [2, 5, 6].includes(weekday(national));
  add(before ? `${year}-09-01` : `${year}-09-03`, 'Quốc khánh');
  add(national, 'Quốc khánh');
  list.sort((a, b) => (a.day < b.day ? -1 : 1));

  // A holiday on a Saturday or Sunday gives the next working day off.
  const taken = new Set(list.map((h) => h.day));
  const extra: Holiday[] = [];
  for (const h of list) {
    if (!isWeekend(h.day)) continue;
    let d = addDays(h.day, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    extra.push({ day: d, name: `Nghỉ bù ${h.name}` });
  }
  return [...list, ...extra].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/**
 * The working calendar: the default holidays of each year (computed when first asked) with the
 * office's overrides on top. Nothing is computed when the calendar is made.
 */
export function workingCalendar(overrides: readonly DayOverride[] = []): WorkingCalendar {
  const byDay = new Map<string, DayOverride>();
  for (const o of overrides) byDay.set(o.day, o);
  const years = new Map<number, Map<string, string>>();
  const holidayNames = (year: number): Map<string, string> => {
    let names = years.get(year);
    if (!names) {
      names = new Map(vietnamHolidays(year).map((h) => [h.day, h.name]));
      years.set(year, names);
    }
    return names;
  };
  const dayOff = (iso: string): string | null => {
    const o = byDay.get(iso);
    if (o) return o.kind === 'work' ? null : o.note || 'Ngày nghỉ';
    const name = holidayNames(Number(iso.slice(0, 4))).get(iso);
    if (name !== undefined) return name;
    const d = weekday(iso);
    return d === 6 ? 'Thứ Bảy' : d === 0 ? 'Chủ nhật' : null;
  };
  return {
    dayOff,
    isWorkingDay: (iso) => dayOff(iso) === null,
    holidays(year) {
      const days = new Map(holidayNames(year));
      for (const o of overrides) {
        if (!o.day.startsWith(`${year}-`)) continue;
        if (o.kind === 'work') days.delete(o.day);
        else days.set(o.day, o.note || 'Ngày nghỉ');
      }
      return [...days]
        .map(([day, name]) => ({ day, name }))
        .sort((a, b) => (a.day < b.day ? -1 : 1));
    },
  };
}

let defaultCalendar: WorkingCalendar | undefined;

/** The calendar without office overrides (built on first use, never at load time). */
export function vietnamCalendar(): WorkingCalendar {
  defaultCalendar ??= workingCalendar();
  return defaultCalendar;
}

/** "01/01; 16/02–20/02 Tết Nguyên Đán; …": a year's days off as a short Vietnamese line. */
export function holidaySummary(cal: WorkingCalendar, year: number): string {
  const runs: Array<{ from: string; to: string; name: string }> = [];
  for (const h of cal.holidays(year)) {
    const last = runs[runs.length - 1];
    if (last && addDays(last.to, 1) === h.day && last.name === h.name) last.to = h.day;
    else runs.push({ from: h.day, to: h.day, name: h.name });
  }
  const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
  return runs
    .map((r) => `${dm(r.from)}${r.to !== r.from ? `–${dm(r.to)}` : ''} ${r.name}`)
    .join('; ');
}
