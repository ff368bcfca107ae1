/** Date helpers: serial numbers (days since 1899-12-30, as Sheets) in a given IANA time zone. */

const MS_PER_DAY = 86_400_000;
const EPOCH_SERIAL = 25_569; // serial of 1970-01-01

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Offset of `tz` from UTC at instant `utcMs`, in ms (positive east of Greenwich). */
function tzOffsetMs(tz: string, utcMs: number): number {
  if (tz === 'UTC' || tz === 'Etc/UTC' || tz === 'GMT') return 0;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(tz).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const truncated = utcMs - (((utcMs % 1000) + 1000) % 1000);
  return wall - truncated;
}

/** Instant whose wall clock in `tz` equals the UTC fields of `wall`. */
function fromWallClock(wallMs: number, tz: string): number {
  let guess = wallMs - tzOffsetMs(tz, wallMs);
  // One correction step handles DST transitions.
  guess = wallMs - tzOffsetMs(tz, guess);
  return guess;
}

export function dateToSerial(date: Date, tz: string): number {
  const wall = date.getTime() + tzOffsetMs(tz, date.getTime());
  return wall / MS_PER_DAY + EPOCH_SERIAL;
}

export function serialToMs(serial: number, tz: string): number {
  const wallMs = Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY);
  return fromWallClock(wallMs, tz);
}

/** Wall-clock fields of a serial number (no zone needed: serials are already local). */
export interface DateFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

export function serialFields(serial: number): DateFields {
  const d = new Date(Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY));
  return utcFields(d);
}

function utcFields(d: Date): DateFields {
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

export function fieldsToSerial(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  return Date.UTC(y, m - 1, d, hh, mm, ss) / MS_PER_DAY + EPOCH_SERIAL;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * Java SimpleDateFormat subset used by Utilities.formatDate:
 * yyyy yy MMMM MMM MM M dd d EEEE EEE HH H hh h mm m ss s SSS a Z XXX and 'quoted' text.
 */
export function formatJavaPattern(date: Date, tz: string, pattern: string): string {
  const offset = tzOffsetMs(tz, date.getTime());
  const f = utcFields(new Date(date.getTime() + offset));
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        break;
      case 'M':
        out +=
          n >= 4
            ? (MONTHS[f.month - 1] ?? '')
            : n === 3
              ? (MONTHS[f.month - 1] ?? '').slice(0, 3)
              : pad(f.month, n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'E':
        out += n >= 4 ? (DAYS[f.weekday] ?? '') : (DAYS[f.weekday] ?? '').slice(0, 3);
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'h':
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.millisecond, 3).slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
      case 'X': {
        const mins = Math.round(offset / 60000);
        const sign = mins < 0 ? '-' : '+';
        const abs = Math.abs(mins);
        if (ch === 'X' && mins === 0) out += 'Z';
        else
          out +=
            sign +
            pad(Math.floor(abs / 60), 2) +
            (n >= 3 || ch === 'X' ? ':' : '') +
            pad(abs % 60, 2);
        break;
      }
      default:
        out += ch.repeat(n);
    }
  }
  return out;
}

export { MONTHS, DAYS };
