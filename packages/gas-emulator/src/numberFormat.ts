/** Rendering of cell values by Sheets number-format patterns (display values). */
import { MONTHS, DAYS, serialFields } from './dates.ts';

/** Sheets reports this for cells with the default "Automatic" format. */
export const AUTOMATIC_FORMAT = '0.###############';
export const DEFAULT_DATE_FORMAT = 'dd/MM/yyyy';
export const DEFAULT_DATETIME_FORMAT = 'dd/MM/yyyy HH:mm:ss';
const DEFAULT_TIME_FORMAT = 'HH:mm:ss';

export function isAutomatic(fmt: string | undefined): boolean {
  return fmt === undefined || fmt === '' || fmt === AUTOMATIC_FORMAT || /^general$/i.test(fmt);
}

/** Remove quoted literals, escapes and [colour]/[condition] blocks so only tokens remain. */
function stripLiterals(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (isAutomatic(fmt) || fmt === '@' || fmt === undefined) return false;
  const bare = stripLiterals(fmt).replace(/AM\/PM|A\/P/gi, 'h');
  return /[dmyhs]/i.test(bare);
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Display a number the way Sheets' "Automatic" format does (about 10 significant digits). */
function formatGeneral(v: number): string {
  if (!Number.isFinite(v)) return '#NUM!';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (Number.isInteger(v) && abs < 1e15) return String(v);
  if (abs >= 1e15 || abs < 1e-9) {
    const [m, e] = v.toExponential(9).split('e');
    const mant = String(Number(m));
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(v.toPrecision(10)));
}

interface NumericPattern {
  prefix: string;
  suffix: string;
  minInt: number;
  minDec: number;
  maxDec: number;
  grouping: boolean;
  percent: boolean;
}

function parseNumericPattern(section: string): NumericPattern {
  let prefix = '';
  let suffix = '';
  let core = '';
  let seenCore = false;
  let percent = false;
  let i = 0;
  const lit = (s: string): void => {
    if (seenCore) suffix += s;
    else prefix += s;
  };
  while (i < section.length) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      lit(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end + 1;
    } else if ('0#?.,'.includes(ch) && !(seenCore && suffix !== '')) {
      core += ch;
      seenCore = true;
      i++;
    } else if (ch === '_' || ch === '*') {
      i += 2; // padding directives: ignore
    } else {
      if (ch === '%') percent = true;
      lit(ch);
      i++;
    }
  }
  const [intPart = '', decPart = ''] = core.split('.');
  return {
    prefix,
    suffix,
    minInt: (intPart.match(/0/g) ?? []).length,
    minDec: (decPart.match(/0/g) ?? []).length,
    maxDec: (decPart.match(/[0#?]/g) ?? []).length,
    grouping: intPart.includes(','),
    percent,
  };
}

function formatWithPattern(v: number, p: NumericPattern, negativeSign: boolean): string {
  let x = Math.abs(v);
  if (p.percent) x *= 100;
  let s = x.toFixed(p.maxDec);
  let [ip = '0', dp = ''] = s.split('.');
  while (dp.length > p.minDec && dp.endsWith('0')) dp = dp.slice(0, -1);
  if (ip === '0' && p.minInt === 0) ip = '';
  ip = ip.padStart(p.minInt, '0');
  if (p.grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  s = dp ? `${ip}.${dp}` : ip;
  if (s === '') s = '0';
  const isZero = Number(x.toFixed(p.maxDec)) === 0;
  return `${negativeSign && v < 0 && !isZero ? '-' : ''}${p.prefix}${s}${p.suffix}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Render a serial number with a date/time pattern (Sheets tokens: d m M y h H s AM/PM). */
function formatDateSerial(serial: number, fmt: string): string {
  const f = serialFields(serial);
  const hasAmPm = /AM\/PM|A\/P/i.test(fmt);
  const tokens: Array<{ t: string; lit?: boolean }> = [];
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i] as string;
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      tokens.push({ t: fmt.slice(i + 1, end < 0 ? undefined : end), lit: true });
      i = end < 0 ? fmt.length : end + 1;
    } else if (ch === '\\') {
      tokens.push({ t: fmt[i + 1] ?? '', lit: true });
      i += 2;
    } else if (ch === '[') {
      const end = fmt.indexOf(']', i);
      i = end < 0 ? fmt.length : end + 1;
    } else if (/^(AM\/PM|A\/P)/i.test(fmt.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(fmt.slice(i))?.[0] ?? '';
      tokens.push({ t: 'AMPM' });
      i += m.length;
    } else if (/[dDmMyYhHsS]/.test(ch)) {
      let n = 1;
      while ((fmt[i + n] ?? '').toLowerCase() === ch.toLowerCase()) n++;
      tokens.push({ t: fmt.slice(i, i + n) });
      i += n;
    } else if (
      ch === '.' &&
      /^\.0+/.test(fmt.slice(i)) &&
      tokens.at(-1)?.t.toLowerCase().startsWith('s')
    ) {
      const m = /^\.0+/.exec(fmt.slice(i))?.[0] ?? '.0';
      tokens.push({ t: m });
      i += m.length;
    } else {
      tokens.push({ t: ch, lit: true });
      i++;
    }
  }
  // 'm'/'mm' means minutes right after hours or right before seconds (Excel/Sheets rule).
  const kinds = tokens.map((tok) => (tok.lit ? '' : (tok.t[0]?.toLowerCase() ?? '')));
  const isMinute = (idx: number): boolean => {
    for (let j = idx - 1; j >= 0; j--) {
      if (kinds[j] === '') continue;
      if (kinds[j] === 'h') return true;
      break;
    }
    for (let j = idx + 1; j < kinds.length; j++) {
      if (kinds[j] === '') continue;
      if (kinds[j] === 's') return true;
      break;
    }
    return false;
  };
  let out = '';
  tokens.forEach((tok, idx) => {
    if (tok.lit) {
      out += tok.t;
      return;
    }
    const t = tok.t;
    const k = t[0]?.toLowerCase();
    const n = t.length;
    if (t === 'AMPM') out += f.hour < 12 ? 'AM' : 'PM';
    else if (t.startsWith('.'))
      out += `.${String(f.millisecond)
        .padStart(3, '0')
        .slice(0, n - 1)}`;
    else if (k === 'd') {
      if (n >= 4) out += DAYS[f.weekday] ?? '';
      else if (n === 3) out += (DAYS[f.weekday] ?? '').slice(0, 3);
      else out += n === 2 ? pad2(f.day) : String(f.day);
    } else if (k === 'y') out += n <= 2 ? pad2(f.year % 100) : String(f.year);
    else if (k === 'h') {
      const h = hasAmPm ? (f.hour % 12 === 0 ? 12 : f.hour % 12) : f.hour;
      out += n >= 2 ? pad2(h) : String(h);
    } else if (k === 's') out += n >= 2 ? pad2(f.second) : String(f.second);
    else if (k === 'm') {
      if (n <= 2 && isMinute(idx)) out += n === 2 ? pad2(f.minute) : String(f.minute);
      else if (n >= 4) out += MONTHS[f.month - 1] ?? '';
      else if (n === 3) out += (MONTHS[f.month - 1] ?? '').slice(0, 3);
      else out += n === 2 ? pad2(f.month) : String(f.month);
    }
  });
  return out;
}

export type InferredType = 'date' | 'datetime' | 'time' | 'percent' | undefined;

/** Format a computed value for display, like Range.getDisplayValue. */
export function displayValue(
  value: number | string | boolean | null,
  fmt: string | undefined,
  inferred?: InferredType,
): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isAutomatic(fmt)) {
    if (inferred === 'date') return formatDateSerial(value, DEFAULT_DATE_FORMAT);
    if (inferred === 'datetime') return formatDateSerial(value, DEFAULT_DATETIME_FORMAT);
    if (inferred === 'time') return formatDateSerial(value, DEFAULT_TIME_FORMAT);
    if (inferred === 'percent')
      return formatNumber(value, Number.isInteger(value * 100) ? '0%' : '0.00%');
    return formatGeneral(value);
  }
  return formatNumber(value, fmt as string);
}

function formatNumber(v: number, fmt: string): string {
  if (fmt === '@') return formatGeneral(v);
  const sections = splitSections(fmt);
  let section = sections[0] ?? '';
  let negativeSign = true;
  if (v < 0 && sections.length > 1) {
    section = sections[1] ?? section;
    negativeSign = false;
  } else if (v === 0 && sections.length > 2) section = sections[2] ?? section;
  if (isDateFormat(section)) return formatDateSerial(v, section);
  if (!/[0#?]/.test(stripLiterals(section))) {
    // Pure text section (e.g. "-"): print the literal.
    return parseNumericPattern(section).prefix;
  }
  return formatWithPattern(v, parseNumericPattern(section), negativeSign);
}
