// Reading and writing cell values as plain data: what a unit typed is never a formula.
import { dateToIsoMinute, formatDay } from '../text/calendar.ts';
import { fractionToPercent, parseSignedNumber } from '../text/number.ts';
import { foldText } from '../text/text.ts';

// src/gas imports it from here.

/** The result of reading something a person typed: a value, or a Vietnamese message saying why not. */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const FORMULA_START = /^[=+\-@]/;

/**
 * A value ready to be written into another sheet as data. Sheets would evaluate text starting
 * with `=`, `+`, `-` or `@` (or turn `+84…` into a number); a leading apostrophe keeps it literal
 * and is not part of the stored text. Idempotent: an escaped string starts with `'` and is left alone.
 */
export function asData(value: unknown): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean' || value instanceof Date) return value;
  const text = typeof value === 'string' ? value : cellString(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a cell shows for a value written by asData: "'=1" was written to show "=1". */
export function fromData(value: unknown): string {
  const text = cellString(value);
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/**
 * A cell's value as trimmed display text. Numbers drop float noise (0.1 + 0.2 → "0.3"),
 * Dates read in the spreadsheet's zone (calendar.setTimeZone) as dd/mm/yyyy (with HH:mm when not midnight),
 * booleans as TRUE/FALSE like Sheets shows them, null/undefined as ''.
 */
export function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string')
    return (NFC_ALREADY.test(value) ? value : value.normalize('NFC')).trim();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(Number(value.toPrecision(12)));
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const at = dateToIsoMinute(value);
    if (at === null) return '';
    return formatDay(at.endsWith('T00:00') ? at.slice(0, 10) : at);
  }
  if (Array.isArray(value)) return value.map(cellString).join(', ');
  try {
    return String(value).trim();
  } catch {
    // An object whose toString is broken: not something a cell holds; read it as blank.
    return '';
  }
}

/**
 * Text made only of Latin letters (Vietnamese precomposed ones included), spacing modifiers,
 * punctuation and currency signs is already NFC — checked character by character and pair by pair
 * over these ranges — so the costly normalize() is skipped for it (most cells).
 */
// eslint-disable-next-line no-control-regex -- any control character is NFC
const NFC_ALREADY = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u20cf]*$/;

/** True when a cell holds nothing a person typed (blank, spaces only). */
export function isBlank(value: unknown): boolean {
  // The common cases without building the text (normalising never empties a string).
  if (value === '' || value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return cellString(value) === '';
}

/** Rounds away binary float noise (0.7 * 100 → 70, not 70.00000000000001). */
function clean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

const PERCENT_RANGE_ERROR = 'Tiến độ phải là số từ 0 đến 100 (%).';

/**
 * Progress (%) as a number 0–100, or null when blank.
 * A number from a %-formatted cell is a fraction (0.7 shows as 70%): pass the cell's number
 * format to say so. Without a format, a number strictly between 0 and 1 is taken as a fraction,
 * since progress below 1% is not something people type. Text is read as written:
 * "70%", "70 %", "70,5" → 70, 70, 70.5.
 */
export function readPercent(value: unknown, numberFormat?: string): Read<number | null> {
  if (isBlank(value)) return { ok: true, value: null };
  let n: number | null = null;
  if (typeof value === 'number') {
    const fraction =
      numberFormat !== undefined ? numberFormat.includes('%') : value > 0 && value < 1;
    n = fraction ? fractionToPercent(value) : value;
  } else if (typeof value === 'string') {
    const m = /^(.*?)\s*%$/.exec(value.trim());
    n = parseSignedNumber(m ? (m[1] ?? '') : value);
  }
  if (n === null) return { ok: false, error: `Tiến độ "${cellString(value)}" không phải là số.` };
  n = clean(n);
  if (n < 0 || n > 100) return { ok: false, error: PERCENT_RANGE_ERROR };
  return { ok: true, value: n };
}

const YES = ['co', 'dat', 'yes', 'true', 'x'];
const NO = ['khong', 'chua', 'no', 'false'];

/** A KPI actual read as a number: what kind of thing was typed. */
export interface NumberReading {
  value: number;
  /** 'percent' when written with %, 'yesNo' for Có/Không, 'number' otherwise. */
  kind: 'number' | 'percent' | 'yesNo';
}

/**
 * A KPI actual as a number, or null when blank: numbers, "95%" (→ 95), "1.234,5",
 * "12 mô hình" (a number followed by its unit), Có/Không (→ 1/0), TRUE/FALSE.
 * A number from a %-formatted cell (pass its format) is scaled to 0–100 like the target's "%".
 */
export function readNumber(value: unknown, numberFormat?: string): Read<NumberReading | null> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, error: 'Giá trị không phải là số.' };
    return numberFormat?.includes('%')
      ? { ok: true, value: { value: fractionToPercent(value), kind: 'percent' } }
      : { ok: true, value: { value, kind: 'number' } };
  }
  if (typeof value === 'boolean')
    return { ok: true, value: { value: value ? 1 : 0, kind: 'yesNo' } };
  const text = cellString(value);
  const folded = foldText(text).replace(/[.!]+$/, '');
  if (YES.includes(folded)) return { ok: true, value: { value: 1, kind: 'yesNo' } };
  if (NO.includes(folded)) return { ok: true, value: { value: 0, kind: 'yesNo' } };
  const m = /^[~≈]?\s*([+-]?[\d.,\s]*\d)\s*(%?)\s*([\p{L}/ ]*)$/u.exec(text);
  const n = m ? parseSignedNumber(m[1] ?? '') : null;
  if (!m || n === null) return { ok: false, error: `Không đọc được số từ "${text}".` };
  return { ok: true, value: { value: n, kind: m[2] === '%' ? 'percent' : 'number' } };
}
