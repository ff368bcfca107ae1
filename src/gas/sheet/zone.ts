// The spreadsheet's time zone, read once per execution before any Date is read or written.
// Sheets converts every Date between a cell and a script through the file's own zone (File →
// Settings), which may differ from the script's Asia/Ho_Chi_Minh: an uploaded .xlsx, or a file
// made by an account set to another country. Custom functions may read it (a read-only call).
import { setTimeZone, VIETNAM_ZONE } from '../../core/text/calendar.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A fixed instant, for the fallback offset (reading the clock is not allowed in custom functions). */
const REFERENCE_INSTANT = Date.UTC(2026, 0, 15);

/** "+0700" → 420. */
function offsetMinutes(text: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * Makes Dates of this execution follow the spreadsheet's zone and returns its name. When the
 * runtime has no time-zone data for it, its offset (at `at`) from Utilities.formatDate is used.
 */
export function useSpreadsheetZone(ss?: Spreadsheet, at?: Date): string {
  const tz = (ss ?? SpreadsheetApp.getActiveSpreadsheet()).getSpreadsheetTimeZone() || VIETNAM_ZONE;
  if (!setTimeZone(tz)) {
    const instant = at ?? new Date(REFERENCE_INSTANT);
    setTimeZone(tz, offsetMinutes(Utilities.formatDate(instant, tz, 'Z')) ?? 420);
  }
  return tz;
}
