// Finds targets inside a longer text: the comparison words before a number, the number, its unit.

import { parseVietnameseNumber, readNumberWord } from '../text/number.ts';
import type { CompareOp, TargetSpan } from './targetTypes.ts';
import { isPercentUnit } from './targetWrite.ts';

type Peeled = CompareOp | 'soft' | 'giảm' | 'tăng';

/** Words that may stand right before the number, lowercase. Longest match wins. */
const TAIL_WORDS: ReadonlyArray<readonly [string, Peeled]> = [
  ['giảm xuống dưới', '<'],
  ['xuống dưới', '<'],
  ['thấp hơn', '<'],
  ['ít hơn', '<'],
  ['nhỏ hơn', '<'],
  ['dưới', '<'],
  ['không vượt quá', '<='],
  ['không quá', '<='],
  ['không cao hơn', '<='],
  ['không lớn hơn', '<='],
  ['không nhiều hơn', '<='],
  ['tối đa', '<='],
  ['nhiều nhất', '<='],
  ['giảm xuống còn', '<='],
  ['giảm xuống', '<='],
  ['giảm còn', '<='],
  ['xuống còn', '<='],
  ['còn', '<='],
  ['xuống', '<='],
  ['không dưới', '>='],
  ['không thấp hơn', '>='],
  ['không ít hơn', '>='],
  ['không nhỏ hơn', '>='],
  ['tối thiểu', '>='],
  ['ít nhất', '>='],
  ['từ', '>='],
  ['cao hơn', '>'],
  ['nhiều hơn', '>'],
  ['lớn hơn', '>'],
  ['vượt trên', '>'],
  ['hơn', '>'],
  ['trên', '>'],
  ['phấn đấu', 'soft'],
  ['phần đầu', 'soft'],
  ['khuyến khích', 'soft'],
  ['đạt được', 'soft'],
  ['đạt mức', 'soft'],
  ['đạt tỷ lệ', 'soft'],
  ['đạt tỉ lệ', 'soft'],
  ['đạt', 'soft'],
  ['ở mức', 'soft'],
  ['mức', 'soft'],
  ['bảo đảm', 'soft'],
  ['đảm bảo', 'soft'],
  ['tăng lên', 'soft'],
  ['nâng lên', 'soft'],
  ['lên', 'soft'],
  ['khoảng', 'soft'],
  ['chiếm', 'soft'],
  ['là', 'soft'],
  ['có', 'soft'],
  ['cắt giảm', 'giảm'],
  ['giảm', 'giảm'],
  ['tăng', 'tăng'],
];

const SYMBOLS: ReadonlyArray<readonly [string, CompareOp]> = [
  ['>=', '>='],
  ['=>', '>='],
  ['≥', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** A number right after these is a year, a document number or an address, not a target. */
const NOT_TARGET_BEFORE: readonly string[] = [
  'năm',
  'số',
  'ngày',
  'tháng',
  'quý',
  'giai đoạn',
  'nghị quyết',
  'nghị định',
  'quyết định',
  'kế hoạch',
  'đề án',
  'dự án',
  'thông tư',
  'chỉ thị',
  'kết luận',
  'thông báo',
  'công văn',
  'điều',
  'khoản',
  'mục',
  'phụ lục',
  'thứ',
  'lần',
  'khóa',
  'khoá',
  'nhiệm kỳ',
  'chương trình',
  'luật',
  'văn bản',
  'tờ trình',
  'báo cáo',
  'phiên bản',
  'tổ',
  'khu',
  'thôn',
  'ấp',
  'xóm',
  'đội',
];

/** Words that end a unit ("01 mô hình được đề xuất" → unit "mô hình"). */
const UNIT_STOP: readonly string[] = [
  'được',
  'đã',
  'đang',
  'sẽ',
  'có',
  'tại',
  'trong',
  'của',
  'cho',
  'trên',
  'dưới',
  'về',
  'theo',
  'đạt',
  'và',
  'hoặc',
  'với',
  'từ',
  'đến',
  'tới',
  'trở',
  'để',
  'thuộc',
  'ở',
  'là',
  'mỗi',
  'không',
  'so',
  'khi',
  'nhằm',
  'bằng',
  'do',
  'vào',
  'đều',
  'phải',
  'cần',
  'gồm',
  'như',
  'hơn',
  'trừ',
];

/** A unit longer than this is cut: the rest is context, kept in the note. */
const MAX_UNIT_WORDS = 5;

/** Words after "năm" that make it "the year" ("năm ngoái", "năm học"), not the number five. */
const YEAR_AFTER =
  /^\s+(?:ngoái|trước|nay|sau|tới|qua|này|đó|học|kế|liền|cuối|đầu|\d)(?![\p{L}\p{M}])/iu;

let sortedTailWords: ReadonlyArray<readonly [string, Peeled]> | undefined;
let unitStopSet: ReadonlySet<string> | undefined;

function tailWords(): ReadonlyArray<readonly [string, Peeled]> {
  sortedTailWords ??= [...TAIL_WORDS].sort((a, b) => b[0].length - a[0].length);
  return sortedTailWords;
}

function unitStops(): ReadonlySet<string> {
  unitStopSet ??= new Set(UNIT_STOP);
  return unitStopSet;
}

/** Lowercase that keeps every offset (skips the rare letters whose lowercase is longer). */
export function lowerSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

function endsWithWord(lower: string, at: number, word: string): boolean {
  const from = at - word.length;
  return from >= 0 && lower.slice(from, at) === word && !isWordChar(lower[from - 1]);
}

interface PeelResult {
  start: number;
  op: CompareOp | null;
  /** A comparison word or symbol (not just a soft word) was found. */
  opWord: boolean;
  change: 'giảm' | 'tăng' | null;
  peeled: boolean;
}

/** Walks back from the number over comparison symbols and words. */
function peel(lower: string, numStart: number): PeelResult {
  const res: PeelResult = { start: numStart, op: null, opWord: false, change: null, peeled: false };
  let end = numStart;
  for (;;) {
    let p = end;
    while (p > 0 && (lower[p - 1] === ' ' || lower[p - 1] === ':')) p--;
    let found: Peeled | null = null;
    let len = 0;
    for (const [sym, op] of SYMBOLS) {
      if (p >= sym.length && lower.slice(p - sym.length, p) === sym) {
        found = op;
        len = sym.length;
        break;
      }
    }
    if (found === null) {
      for (const [word, kind] of tailWords()) {
        if (endsWithWord(lower, p, word)) {
          found = kind;
          len = word.length;
          break;
        }
      }
    }
    if (found === null) break;
    end = p - len;
    res.peeled = true;
    if (found === 'giảm' || found === 'tăng') {
      res.change ??= found;
    } else if (found !== 'soft' && res.op === null) {
      res.op = found;
      res.opWord = true;
    }
  }
  res.start = res.peeled ? end : numStart;
  return res;
}

function skipSpacesBack(s: string, at: number): number {
  let p = at;
  while (p > 0 && s[p - 1] === ' ') p--;
  return p;
}

/** Parenthesis depth along a text, read forward once (positions must not decrease). */
function depthReader(s: string): (at: number) => number {
  let pos = 0;
  let d = 0;
  return (at) => {
    for (; pos < at; pos++) {
      if (s[pos] === '(') d++;
      else if (s[pos] === ')' && d > 0) d--;
    }
    return d;
  };
}

/** The number at [i, j) is glued to a code, a date or a name ("4G", "22/12", "57-NQ", "H5"). */
function gluedToSomething(s: string, i: number, j: number, checkLeft = true): boolean {
  const before = s[i - 1];
  if (checkLeft && isWordChar(before)) return true;
  if (
    checkLeft &&
    (before === '/' || before === '-' || before === '.' || before === ',') &&
    isWordChar(s[i - 2])
  )
    return true;
  // The minutes of a time ("15/12/2026 08:30"), as the hour is by the ':' after it.
  if (checkLeft && before === ':' && /\d/.test(s[i - 2] ?? '')) return true;
  const after = s[j];
  const next = s[j + 1];
  if (after === '/' && next !== undefined && /[\p{N}\p{Lu}]/u.test(next)) return true;
  if (after === '-' && next !== undefined && /\p{Lu}/u.test(next)) return true;
  if (after === ':' && next !== undefined && /\p{N}/u.test(next)) return true;
  const glued = /^[\p{L}\p{M}]+/u.exec(s.slice(j, j + 8))?.[0];
  return glued !== undefined && /^\p{Lu}{1,2}$/u.test(glued);
}

function startsWithTailWord(s: string, at: number): boolean {
  const ahead = lowerSameLength(s.slice(at, at + 24));
  return tailWords().some(
    ([w]) => ahead.startsWith(w) && !/[\p{L}\p{M}]/u.test(ahead.charAt(w.length)),
  );
}

/** Reads the unit after a number: "%" or up to five words before a stop word. */
function readUnit(s: string, from: number): { unit: string; end: number } {
  // "6,5%/năm": a percentage per period.
  const pct =
    /^\s*(?:%|phần trăm(?![\p{L}\p{M}]))(?:\s*\/\s*(năm|tháng|quý)(?![\p{L}\p{M}]))?/iu.exec(
      s.slice(from),
    );
  if (pct) {
    const per = pct[1]?.toLowerCase();
    return { unit: per !== undefined ? `%/${per}` : '%', end: from + pct[0].length };
  }
  const words: Array<{ start: number; end: number; comma: boolean }> = [];
  let p = from;
  if (s[p] === ' ') p++;
  while (words.length <= MAX_UNIT_WORDS) {
    // "Wi-Fi", "e-mail": a hyphen between letters joins them into one word.
    const re = /[\p{L}\p{M}](?:[\p{L}\p{M}/&']|-(?=[\p{L}\p{M}]))*(,?)/uy;
    re.lastIndex = p;
    const m = re.exec(s);
    if (!m) break;
    const comma = m[1] === ',';
    const wordEnd = p + m[0].length - (comma ? 1 : 0);
    if (unitStops().has(lowerSameLength(s.slice(p, wordEnd)))) break;
    words.push({ start: p, end: wordEnd, comma });
    p += m[0].length;
    if (s[p] !== ' ') break;
    p++;
    // "5 mô hình, phấn đấu 10 mô hình": a comma before a target word ends the unit.
    if (comma && startsWithTailWord(s, p)) break;
  }
  if (words.length > MAX_UNIT_WORDS) {
    const k = words.findIndex((w, i) => w.comma && i < MAX_UNIT_WORDS);
    words.length = k >= 0 ? k + 1 : 2;
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return { unit: '', end: from };
  return { unit: s.slice(first.start, last.end), end: last.end };
}

const FLIPPED: Readonly<Record<CompareOp, CompareOp>> = {
  '>=': '<=',
  '>': '<',
  '<=': '>=',
  '<': '>',
  '=': '=',
};

function yearLike(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

/**
 * "12/15 thôn", "9/9 trường học": a count out of a whole. Not a date ("22/12", "12/2026"): the
 * count is at most the whole, both are whole numbers and the whole is not a year.
 */
function fractionAt(
  s: string,
  i: number,
  j: number,
  value: number,
): { whole: number; end: number } | null {
  const m = /^\/(\d+(?:[.,]\d{3})*)(?![\p{N}/])/u.exec(s.slice(j));
  if (!m) return null;
  const before = s[i - 1];
  if (isWordChar(before) || ((before === '/' || before === '-') && isWordChar(s[i - 2])))
    return null;
  const whole = parseVietnameseNumber(m[1] ?? '');
  if (whole === null || !Number.isInteger(whole) || !Number.isInteger(value)) return null;
  if (whole <= 0 || value > whole || yearLike(whole)) return null;
  return { whole, end: j + m[0].length };
}

/** A minus sign right before the number, as a sign ("-5%", "≥ -5%"), not a dash or a range. */
function minusBefore(s: string, i: number, value: number): boolean {
  const sign = s[i - 1];
  if ((sign !== '-' && sign !== '−') || yearLike(value)) return false;
  const prev = s[i - 2];
  if (prev !== undefined && !/[\s(:≥≤<>=]/u.test(prev)) return false;
  const lastBefore = /(\S)\s*$/u.exec(s.slice(0, i - 1))?.[1];
  return lastBefore === undefined || !/[\p{N}%]/u.test(lastBefore);
}

// A number right after an opening quote that closes soon after: a quoted name ("“6 rõ”").
const QUOTE_OPEN = /[“"«]\s*$/u;
const QUOTED_REST = /^[^“”"«»]{0,24}[”"»]/u;

/**
 * Every target in a cleaned text, in order. `strict` (used on plan prose) also drops
 * bare numbers that have no unit and bare years, which are rarely targets there.
 */
export function findTargetSpans(s: string, strict = false): TargetSpan[] {
  const lower = lowerSameLength(s);
  const spans: TargetSpan[] = [];
  const tokens =
    /(\d+(?:[.,]\d+)*)|(?<![\p{L}\p{M}\p{N}])(một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười)(?![\p{L}\p{M}\p{N}])/giu;
  const depthAt = depthReader(s);
  let consumed = 0;
  for (const m of s.matchAll(tokens)) {
    const i = m.index;
    if (i < consumed) continue;
    const isWord = m[2] !== undefined;
    const j = i + m[0].length;
    const value = isWord ? readNumberWord(m[0]) : parseVietnameseNumber(m[0]);
    if (value === null) continue;
    const frac = isWord ? null : fractionAt(s, i, j, value);
    if (!frac && !isWord && gluedToSomething(s, i, j)) continue;
    const signed = !isWord && !frac && minusBefore(s, i, value);
    const pe = peel(lower, signed ? i - 1 : i);
    const wordBefore = pe.peeled
      ? undefined
      : NOT_TARGET_BEFORE.find((w) => endsWithWord(lower, skipSpacesBack(lower, i), w));
    // "giai đoạn 2026-2030" is a span of years; "… giai đoạn 6,5%" a figure after a phrase.
    if (wordBefore !== undefined && (wordBefore !== 'giai đoạn' || yearLike(value))) continue;
    if (isWord && !pe.opWord) continue;
    // A short quoted name in prose ("nguyên tắc “6 rõ”", "“3 không”") is a slogan, not a target.
    if (strict && QUOTE_OPEN.test(s.slice(Math.max(0, i - 2), i)) && QUOTED_REST.test(s.slice(j)))
      continue;
    // "nhiều hơn năm ngoái": "năm" is the year here, not five.
    if (isWord && lower.startsWith('năm', i) && YEAR_AFTER.test(s.slice(j, j + 16))) continue;

    let max: number | null = null;
    let valueEnd = j;
    let unit = '';
    let end: number;
    if (frac) valueEnd = frac.end;
    const range =
      isWord || frac
        ? null
        : /^\s*(%|phần trăm)?\s*(?:-|–|—|~|đến|tới)\s*(\d+(?:[.,]\d+)*)/iu.exec(s.slice(j));
    const hi = range?.[2];
    if (range && hi !== undefined) {
      const hiStart = j + range[0].length - hi.length;
      const hiEnd = j + range[0].length;
      const hiValue = parseVietnameseNumber(hi);
      // In prose a falling pair ("90% - 2.1. …") is two things, not a range; a cell says why.
      const falling = strict && hiValue !== null && hiValue < value;
      if (hiValue !== null && !falling && !gluedToSomething(s, hiStart, hiEnd, false)) {
        max = hiValue;
        valueEnd = hiEnd;
        if (range[1] !== undefined) unit = '%';
      }
    }
    const u = readUnit(s, valueEnd);
    if (unit === '%' && !isPercentUnit(u.unit)) {
      end = valueEnd;
    } else {
      unit = u.unit;
      end = u.end;
    }
    if (isWord && (unit === '' || isPercentUnit(unit))) continue;
    // A fraction is a count of a whole: without a noun after it, "9/9" may be a date.
    if (frac && (unit === '' || isPercentUnit(unit))) continue;

    let op = pe.op;
    const suffix = /^\s*trở (lên|xuống)(?![\p{L}\p{M}])/iu.exec(s.slice(end));
    if (suffix) {
      op = suffix[1]?.toLowerCase() === 'lên' ? '>=' : '<=';
      end += suffix[0].length;
    }
    // "-5%" is a decrease of 5 %; "≥ -5%" a decrease of at most 5 %: never "≥ 5%".
    if (signed && op !== null) op = FLIPPED[op];
    const change = signed ? 'giảm' : pe.change;
    const strong = op !== null || change !== null || isPercentUnit(unit);
    if (strict) {
      // Ages qualify a population ("từ 15 tuổi trở lên"); bare years and counts without a unit are rarely targets.
      // "2.100 hộ" is a count: only four plain digits can be a year.
      const yearLike = /^\d{4}$/.test(m[0]) && value >= 1900 && value <= 2100;
      if (lowerSameLength(unit) === 'tuổi') continue;
      if (!strong && (unit === '' || yearLike)) continue;
    }
    spans.push({
      start: pe.start,
      end,
      numStart: i,
      op,
      change,
      min: value,
      max,
      of: frac ? frac.whole : null,
      signed,
      unit,
      strong,
      depth: depthAt(i),
    });
    consumed = end;
  }
  return spans;
}

/** The span a single-target text is about: strong before weak, outside parentheses first. */
export function mainSpan(spans: TargetSpan[]): TargetSpan | undefined {
  let best: TargetSpan | undefined;
  let bestTier = Infinity;
  for (const sp of spans) {
    const tier = (sp.depth > 0 ? 2 : 0) + (sp.strong ? 0 : 1);
    if (tier < bestTier) {
      best = sp;
      bestTier = tier;
    }
  }
  return best;
}
