// The office's own days off and working days, read from rows such as the "Ngày nghỉ" sheet or
// the holiday range given to DEADLINE_DATE: Ngày | Đến ngày (optional) | Loại (Nghỉ / Làm việc) |
// Ghi chú. A row whose first cell is not a day (a heading, a blank) is skipped; a single column of
// days lists days off.
import { addDays, cellDay, daysBetween } from '../text/calendar.ts';
import { cellString } from '../sheet/cellText.ts';
import { foldText } from '../text/text.ts';
import type { DayOverride } from './holidays.ts';

/** Longest span one row may cover (a typo must not make a year of holidays). */
const MAX_SPAN = 31;

export interface DayOffRows {
  overrides: DayOverride[];
  /** Rows that could not be read, with their 1-based index among the rows given. */
  problems: Array<{ row: number; message: string }>;
}

/**
 * "Làm việc", "làm bù", "đi làm" → a working day; anything else (blank, "Nghỉ") a day off.
 * A negated one ("Không làm việc", "không đi làm") is a day off: it names the day's kind by
 * what it is not. (The folded text has single spaces; words run together match neither rule.)
 */
function kindOf(text: string): 'off' | 'work' {
  const folded = foldText(text);
  if (/\b(?:khong|ko|chua|k) (?:di )?lam/.test(folded)) return 'off';
  return /\blam\s*(?:viec|bu)\b|\bdi lam\b/.test(folded) ? 'work' : 'off';
}

export function readDayOffRows(rows: readonly (readonly unknown[])[]): DayOffRows {
  const out: DayOffRows = { overrides: [], problems: [] };
  rows.forEach((row, i) => {
    const first = row[0];
    if (cellString(first) === '') return;
    const day = cellDay(first);
    if (day === null) {
      // A heading row, or a typo: only a row that looks like a date is a problem.
      if (/\d/.test(cellString(first)))
        out.problems.push({ row: i + 1, message: `"${cellString(first)}" không phải là ngày` });
      return;
    }
    const second = row[1];
    const end = second instanceof Date || /^\d/.test(cellString(second)) ? cellDay(second) : null;
    const kindText =
      [row[2], second].map((v) => cellString(v)).find((t) => t !== '' && !/^\d/.test(t)) ?? '';
    const kind = kindOf(kindText);
    const note = cellString(row[3]) || (kind === 'work' ? 'Làm bù' : 'Ngày nghỉ');
    const last = end ?? day;
    const span = daysBetween(day, last);
    if (span < 0 || span > MAX_SPAN) {
      out.problems.push({
        row: i + 1,
        message: `Khoảng ngày ${cellString(first)} – ${cellString(second)} không hợp lệ (tối đa ${MAX_SPAN + 1} ngày)`,
      });
      return;
    }
    for (let d = day; d <= last; d = addDays(d, 1)) out.overrides.push({ day: d, kind, note });
  });
  return out;
}
