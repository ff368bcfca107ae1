/**
 * What Sheets does with a string typed/written into a cell, in the spreadsheet's locale: en_GB
 * ('.' decimal separator, ',' thousands, day-first dates) or vi_VN (',' decimals, '.' thousands,
 * ';' between a typed formula's arguments). See the README.
 */
import { fieldsToSerial, isValidDate } from './dates.ts';
import type { SpreadsheetLocale } from './workbook.ts';

export type ParsedInput =
  | { kind: 'formula'; formula: string }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean };

/**
 * A formula as a person types it in this locale, in the syntax scripts and the engine use
 * (vi_VN: `;` between arguments and `,` before decimals become `,` and `.`; strings and quoted
 * sheet names are left alone).
 */
export function formulaFromLocale(formula: string, locale: SpreadsheetLocale): string {
  if (locale === 'en_GB') return formula;
  let out = '';
  let quote: string | null = null;
  for (const ch of formula) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
    } else out += ch === ';' ? ',' : ch === ',' ? '.' : ch;
  }
  return out;
}

/** A number written the vi_VN way ("1,5", "1.000", "1.000,5", "70,5%"), or null. */
function viNumber(s: string): ParsedInput | null {
  let m = /^[+-]?\d+(?:,\d+)?$/.exec(s);
  if (m) return { kind: 'number', value: Number(s.replace(',', '.')) };
  m = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(,\d+)?$/.exec(s);
  if (m) {
    const value = Number(s.replace(/\./g, '').replace(',', '.'));
    return { kind: 'number', value, format: m[3] ? '#,##0.00' : '#,##0' };
  }
  m = /^([+-]?\d+(?:,\d+)?)\s?%$/.exec(s);
  if (m) {
    const num = (m[1] as string).replace(',', '.');
    return { kind: 'number', value: Number(num) / 100, format: num.includes('.') ? '0.00%' : '0%' };
  }
  return null;
}

/**
 * A string a person types into a cell (`typed`: formulas follow the locale's syntax) or a script
 * writes with setValue(s) (formulas in the engine's syntax; numbers still read in the locale).
 */
export function parseInput(
  s: string,
  cellFormat: string | undefined,
  locale: SpreadsheetLocale = 'en_GB',
  typed = false,
): ParsedInput {
  if (s.startsWith('=') && s.length > 1)
    return { kind: 'formula', formula: typed ? formulaFromLocale(s, locale) : s };
  if (s.startsWith("'")) return { kind: 'text', text: s.slice(1) };
  if (cellFormat === '@' || s === '' || s !== s.trim()) return { kind: 'text', text: s };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  if (locale === 'vi_VN') {
    const n = viNumber(s);
    if (n) return n;
    // "1.5" or "1,234.5" are not numbers in vi_VN: dates and times below, else text.
    if (/^[+-]?[\d.,]+%?$/.test(s) && !/^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(s))
      return { kind: 'text', text: s };
  }
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
