// Reading and writing numbers the way Vietnamese documents write them:
// comma = decimal point, dot = thousands separator ("1.000,5").

/** Beyond 15 significant digits a double no longer holds every digit. */
const MAX_DIGITS = 15;

/** "một" … "mười": the number words plans use for small counts ("ít nhất một mô hình"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/**
 * Reads one number token. Rules (see docs/KPI.md):
 * - "2,5" → 2.5 (a single comma is always a decimal comma, so the ambiguous "1,000" is 1);
 * - "1.000" → 1000, "1.000.000" → 1000000 (a single dot followed by exactly three digits
 *   groups thousands, unless the integer part is 0: "0.700" → 0.7);
 * - "0.7", "2.50" → decimals (a single dot followed by other than three digits);
 * - "1.000,5" / "1,000.5" → 1000.5 (with both, the last separator is the decimal one);
 * - "01" → 1. Returns null for anything else, and for more than 15 significant digits.
 */
export function parseVietnameseNumber(text: string): number | null {
  const s = text.trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const parts = s.split(/[.,]/);
  const seps = s.replace(/\d+/g, '');
  let intPart: string;
  let fracPart = '';
  if (seps === '') {
    intPart = s;
  } else {
    const last = seps.charAt(seps.length - 1);
    const hasBoth = seps.includes('.') && seps.includes(',');
    const head = parts.slice(0, -1);
    const tail = parts[parts.length - 1] ?? '';
    if (hasBoth) {
      // The decimal separator must appear once, at the end; the others group thousands.
      if (seps.indexOf(last) !== seps.length - 1) return null;
      if (!groupsOk(head)) return null;
      intPart = head.join('');
      fracPart = tail;
    } else if (seps.length > 1) {
      if (!groupsOk(parts)) return null;
      intPart = parts.join('');
    } else if (last === '.' && tail.length === 3 && !/^0+$/.test(parts[0] ?? '')) {
      intPart = parts.join('');
    } else {
      intPart = parts[0] ?? '';
      fracPart = tail;
    }
  }
  const digits = (intPart.replace(/^0+/, '') + fracPart).replace(/^0+/, '');
  if (digits.length > MAX_DIGITS) return null;
  return Number(fracPart ? `${intPart}.${fracPart}` : intPart);
}

/** A number as typed in a cell: parseVietnameseNumber with a sign and spaces anywhere ("- 1 000,5"). */
export function parseSignedNumber(text: string): number | null {
  const t = text.replace(/\s+/g, '');
  const n = parseVietnameseNumber(t.replace(/^[+-]/, ''));
  return n === null ? null : t.startsWith('-') ? -n : n;
}

/** A fraction as percent points, without float noise (0.07 → 7, not 7.000000000000001). */
export function fractionToPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/** Thousands groups after the first must have exactly three digits. */
function groupsOk(groups: string[]): boolean {
  return groups.every((g, i) => (i === 0 ? g.length > 0 : g.length === 3));
}

/** "một" → 1 … "mười" → 10; null for any other word. */
export function readNumberWord(word: string): number | null {
  const n = NUMBER_WORDS[word.toLowerCase()];
  return n === undefined ? null : n;
}

/**
 * Writes a number so that parseVietnameseNumber reads it back exactly:
 * decimal comma, dot groups from 10.000 up (4-digit numbers stay "2026", "1000").
 */
export function formatVietnameseNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n < 0) return `-${formatVietnameseNumber(-n)}`;
  const [intPart = '0', fracPart = ''] = plainDecimal(n).split('.');
  const grouped = intPart.length > 4 ? intPart.replace(/\B(?=(\d{3})+$)/g, '.') : intPart;
  return fracPart ? `${grouped},${fracPart}` : grouped;
}

/** String(n) without exponent notation (1e-7 → "0.0000001", 1e21 → "1000…"). */
function plainDecimal(n: number): string {
  const s = String(n);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = (m[1] ?? '') + (m[2] ?? '');
  const exp = Number(m[3]);
  if (exp < 0) return `0.${'0'.repeat(-exp - 1)}${digits}`;
  const point = exp + 1;
  return point >= digits.length
    ? digits + '0'.repeat(point - digits.length)
    : `${digits.slice(0, point)}.${digits.slice(point)}`;
}
