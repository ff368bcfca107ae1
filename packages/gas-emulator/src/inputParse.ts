/**
 * What Sheets does with a string typed/written into a cell (locale en_GB-like:
 * '.' decimal separator, ',' thousands, day-first dates). See the README.
 */
import { fieldsToSerial, isValidDate } from './dates.ts';

export type ParsedInput =
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean };

export function parseInput(s: string, cellFormat: string | undefined): ParsedInput {
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', formula: s };
  if (s.startsWith("'")) return { kind: 'text', text: s.slice(1) };
  if (cellFormat === '@' || s === '' || s !== s.trim()) return { kind: 'text', text: s };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  let m = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/.exec(s);
  if (m) return { kind: 'number', value: Number(s), ...(m[3] ? { format: '0.00E+00' } : {}) };
  m = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/.exec(s);
  if (m) {
    const value = Number(s.replace(/,/g, ''));
    return { kind: 'number', value, format: m[3] ? '#,##0.00' : '#,##0' };
  }
  m = /^([+-]?\d+(?:\.\d+)?)\s?%$/.exec(s);
  if (m) {
    const num = m[1] as string;
    return { kind: 'number', value: Number(num) / 100, format: num.includes('.') ? '0.00%' : '0%' };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  const iso = m && dateInput([m[1], m[2], m[3]], m.slice(4), 'yyyy-mm-dd', 'yyyy-mm-dd H:mm:ss');
  if (iso) return iso;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  const dayFirst =
    m && dateInput([m[3], m[2], m[1]], m.slice(4), 'dd/MM/yyyy', 'dd/MM/yyyy HH:mm:ss');
  if (dayFirst) return dayFirst;
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60) {
    const secs = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
    return { kind: 'number', value: secs / 86400, format: m[3] ? 'HH:mm:ss' : 'HH:mm' };
  }
  return { kind: 'text', text: s };
}

/** A typed day, with its time when there is one, as Sheets stores it; null when the day does not exist. */
function dateInput(
  [year, month, day]: (string | undefined)[],
  [hours, minutes, seconds]: (string | undefined)[],
  dayFormat: string,
  timeFormat: string,
): ParsedInput | null {
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  if (!isValidDate(y, mo, d)) return null;
  if (hours === undefined)
    return { kind: 'number', value: fieldsToSerial(y, mo, d), format: dayFormat };
  const value = fieldsToSerial(y, mo, d, Number(hours), Number(minutes), Number(seconds ?? 0));
  return { kind: 'number', value, format: timeFormat };
}
