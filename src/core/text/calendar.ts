// Calendar days 'YYYY-MM-DD': built, read, shifted and shown here only. A JS Date becomes a day in
// the spreadsheet's time zone (File → Settings), which Sheets uses for every Date it hands a
// script. Each execution starts in Vietnam's zone; the Apps Script side sets the file's zone
// (setTimeZone) before it reads or writes a Date (src/gas/sheet/zone.ts). Apps Script evaluates
// the bundle afresh for every execution, so the setting never leaks from one to the next.

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The zone of Vietnam (UTC+7, no DST), the zone of every plan this add-on reads. */
export const VIETNAM_ZONE = 'Asia/Ho_Chi_Minh';

/** Offsets of zones that never change (minutes east of Greenwich). */
const FIXED_OFFSETS: Record<string, number> = {
  'Asia/Ho_Chi_Minh': 420,
  'Asia/Saigon': 420,
  UTC: 0,
  GMT: 0,
  'Etc/UTC': 0,
  'Etc/GMT': 0,
  'Etc/GMT0': 0,
  'Etc/Greenwich': 0,
};

interface Zone {
  name: string;
  /** Offset from UTC at an instant, in ms (positive east of Greenwich). */
  offsetMs(utcMs: number): number;
}

function fixedZone(name: string, minutes: number): Zone {
  return { name, offsetMs: () => minutes * MINUTE_MS };
}

/** A zone from the Intl time-zone data (DST included); null when the runtime does not know it. */
function intlZone(name: string): Zone | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  return {
    name,
    offsetMs(utcMs: number): number {
      const p: Record<string, number> = {};
      for (const part of format.formatToParts(new Date(utcMs)))
        if (part.type !== 'literal') p[part.type] = Number(part.value);
      const wall = Date.UTC(
        p.year ?? 1970,
        (p.month ?? 1) - 1,
        p.day ?? 1,
        (p.hour ?? 0) % 24,
        p.minute ?? 0,
        p.second ?? 0,
      );
      return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
    },
  };
}

function zoneNamed(name: string): Zone | null {
  const fixed = FIXED_OFFSETS[name];
  if (fixed !== undefined) return fixedZone(name, fixed);
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(name);
  // POSIX style: Etc/GMT+5 is five hours *behind* Greenwich.
  if (etc) return fixedZone(name, (etc[1] === '+' ? -60 : 60) * Number(etc[2]));
  return intlZone(name);
}

let zone: Zone = fixedZone(VIETNAM_ZONE, 420);

/**
 * The spreadsheet's zone from now on in this execution. `fallbackOffsetMinutes`: the zone's
 * offset now, used as a fixed offset when the runtime has no data for the zone. Returns false
 * (and keeps the current zone) when the zone is unknown and no fallback is given.
 */
export function setTimeZone(name: string, fallbackOffsetMinutes?: number): boolean {
  const z =
    zoneNamed(name) ??
    (fallbackOffsetMinutes !== undefined ? fixedZone(name, fallbackOffsetMinutes) : null);
  if (z === null) return false;
  zone = z;
  return true;
}

/** The zone Dates are read in now. */
export function timeZone(): string {
  return zone.name;
}

/** Runs `fn` with Dates read in `name` (tests; a script sets its zone once with setTimeZone). */
export function withTimeZone<T>(name: string, fn: () => T): T {
  const before = zone;
  if (!setTimeZone(name)) throw new Error(`Unknown time zone ${name}`);
  try {
    return fn();
  } finally {
    zone = before;
  }
}

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

/** The calendar day of a JS Date in the spreadsheet's zone (a date cell holds its local midnight). */
export function dateToIso(date: Date): string | null {
  const t = date.getTime();
  return Number.isNaN(t) ? null : fromUtcMs(t + zone.offsetMs(t));
}

/** The minute of a JS Date in the spreadsheet's zone, 'YYYY-MM-DDTHH:mm'; null for an invalid Date. */
export function dateToIsoMinute(date: Date): string | null {
  const day = dateToIso(date);
  if (day === null) return null;
  const t = date.getTime();
  const minutes = Math.floor((t + zone.offsetMs(t) - utcMs(day)) / MINUTE_MS);
  return `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * Is this Date's minute midnight in the spreadsheet's zone (what dateToIsoMinute shows as T00:00)?
 * No text is built.
 */
export function isMidnight(date: Date): boolean {
  const t = date.getTime();
  if (Number.isNaN(t)) return false;
  const minutes = Math.floor((t + zone.offsetMs(t)) / MINUTE_MS);
  return ((minutes % 1440) + 1440) % 1440 === 0;
}

/** Midnight of a calendar day in the spreadsheet's zone, as a JS Date (what a date cell holds). */
export function isoToDate(iso: string): Date {
  const wall = utcMs(iso);
  // Two steps find the offset in force at that midnight, also across a DST change.
  const guess = wall - zone.offsetMs(wall);
  return new Date(wall - zone.offsetMs(guess));
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
