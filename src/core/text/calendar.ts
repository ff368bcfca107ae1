// Calendar days 'YYYY-MM-DD' in Vietnam (UTC+7, no DST): built, read, shifted and shown here only.

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 25_200_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day `day` of a month, clamped to its last day (31 in June → 30/6). */
export function dayOfMonth(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`;
}

/** 'YYYY-MM-DD' from parts, or null when it is not a real day (31/2, month 13…). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return dayOfMonth(year, month, day);
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

function utcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(utcMs(iso) + days * DAY_MS);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMs(b) - utcMs(a)) / DAY_MS);
}

/** Same day n months later, clamped to the month's end (31/1 + 1 month → 28 or 29/2). */
export function addMonths(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  return dayOfMonth(Math.floor(index / 12), (index % 12) + 1, Number(iso.slice(8, 10)));
}

/** The calendar day in Vietnam of a JS Date (cells hold local midnight in Asia/Ho_Chi_Minh). */
export function dateToIso(date: Date): string | null {
  const t = date.getTime();
  return Number.isNaN(t) ? null : fromUtcMs(t + VN_OFFSET_MS);
}

/** The minute in Vietnam of a JS Date, 'YYYY-MM-DDTHH:mm'; null for an invalid Date. */
export function dateToIsoMinute(date: Date): string | null {
  const day = dateToIso(date);
  if (day === null) return null;
  const minutes = Math.floor((date.getTime() + VN_OFFSET_MS - utcMs(day)) / 60_000);
  return `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Midnight in Vietnam of a calendar day, as a JS Date. */
export function isoToDate(iso: string): Date {
  return new Date(utcMs(iso) - VN_OFFSET_MS);
}

/**
 * A calendar day from a cell: a Date, 'YYYY-MM-DD' (a time after it is ignored) or 'dd/mm/yyyy'.
 * Null when it is not a real day.
 */
export function cellDay(value: unknown): string | null {
  if (value instanceof Date) return dateToIso(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** 'YYYY-MM-DD' (optionally with 'THH:mm') as Vietnamese readers write it: dd/mm/yyyy [HH:mm]. */
export function formatDay(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(text);
  if (!m) return text;
  return `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}` : ''}`;
}
