// Target grammar: reads a KPI target as plans write it ("≥ 60%", "đạt tối thiểu 90%",
// "Giảm 20-25%", "01 mô hình", "Có", "Phấn đấu thuộc nhóm trung bình cao") into a Target,
// and writes a Target back as one canonical text. Rules: docs/KPI.md.

import { formatVietnameseNumber, parseVietnameseNumber, readNumberWord } from '../text/number.ts';

export type CompareOp = '>=' | '>' | '<=' | '<' | '=';

export type Target =
  | { kind: 'compare'; op: CompareOp; value: number; unit: string; note?: string }
  | { kind: 'range'; min: number; max: number; unit: string; note?: string }
  | { kind: 'yesno'; note?: string }
  | { kind: 'qualitative'; text: string }
  | { kind: 'invalid'; message: string };

/** A target found inside a longer text (offsets into the cleaned text). */
export interface TargetSpan {
  /** First character of the comparison/soft words before the number. */
  start: number;
  /** Just after the unit and any trailing "trở lên". */
  end: number;
  /** First character of the number. */
  numStart: number;
  op: CompareOp | null;
  /** "giảm 20%" / "tăng 10%": the target is the size of the change. */
  change: 'giảm' | 'tăng' | null;
  min: number;
  /** Upper bound of a range ("20-25%"), else null. */
  max: number | null;
  unit: string;
  /** Has a comparison, a change word or a % sign: certainly a target. */
  strong: boolean;
  /** Parenthesis depth at the number. */
  depth: number;
}

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

// ---------------------------------------------------------------------------
// Cleaning

/**
 * Undoes what converters leave in text, keeping offsets meaningful afterwards:
 * LaTeX ("$\geq 10\%$"), markdown bold, odd spaces, look-alike symbols.
 * Does not trim bullets; idempotent.
 */
export function cleanInline(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\$/g, '')
    .replace(/\\(?:geqslant|geq|ge)(?![A-Za-z])/g, '≥')
    .replace(/\\(?:leqslant|leq|le)(?![A-Za-z])/g, '≤')
    .replace(/\\gt(?![A-Za-z])/g, '>')
    .replace(/\\lt(?![A-Za-z])/g, '<')
    .replace(/\\(?:text|mathrm|textrm|mbox)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\(.)/g, '$1')
    .replace(/[\\{}]/g, '')
    .replace(/[≧⩾]/g, '≥')
    .replace(/[≦⩽]/g, '≤')
    .replace(/[％﹪]/g, '%')
    .replace(/＞/g, '>')
    .replace(/＜/g, '<')
    .replace(/＝/g, '=')
    .replace(/\*\*|__/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

/** cleanInline, then trims bullets and stray punctuation at both ends ("90% ." → "90%"). */
function cleanTarget(text: string): string {
  let s = cleanInline(text).trim();
  for (;;) {
    const t = s
      .replace(/^(?:[-+*–—]\s+|[•·●○▪►]\s*|[,;:.…!?]+\s*)/, '')
      .replace(/[\s,;:.…!?]+$/, '')
      .trim();
    if (t === s) return s;
    s = t;
  }
}

// ---------------------------------------------------------------------------
// Scanning

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
  const after = s[j];
  const next = s[j + 1];
  if (after === '/' && next !== undefined && /[\p{N}\p{Lu}]/u.test(next)) return true;
  if (after === '-' && next !== undefined && /\p{Lu}/u.test(next)) return true;
  if (after === ':' && next !== undefined && /\p{N}/u.test(next)) return true;
  const glued = /^[\p{L}\p{M}]+/u.exec(s.slice(j, j + 8))?.[0];
  return glued !== undefined && /^\p{Lu}{1,2}$/u.test(glued);
}

/** Reads the unit after a number: "%" or up to five words before a stop word. */
function readUnit(s: string, from: number): { unit: string; end: number } {
  const pct = /^\s*(?:%|phần trăm(?![\p{L}\p{M}]))/iu.exec(s.slice(from));
  if (pct) return { unit: '%', end: from + pct[0].length };
  const words: Array<{ start: number; end: number; comma: boolean }> = [];
  let p = from;
  if (s[p] === ' ') p++;
  while (words.length <= MAX_UNIT_WORDS) {
    const re = /[\p{L}\p{M}][\p{L}\p{M}/&']*(,?)/uy;
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
    if (value === null || (!isWord && gluedToSomething(s, i, j))) continue;
    const pe = peel(lower, i);
    if (
      !pe.peeled &&
      NOT_TARGET_BEFORE.some((w) => endsWithWord(lower, skipSpacesBack(lower, i), w))
    )
      continue;
    if (isWord && !pe.opWord) continue;

    let max: number | null = null;
    let valueEnd = j;
    let unit = '';
    let end: number;
    const range = isWord
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
    if (unit === '%' && u.unit !== '%') {
      end = valueEnd;
    } else {
      unit = u.unit;
      end = u.end;
    }
    if (isWord && (unit === '' || unit === '%')) continue;

    let op = pe.op;
    const suffix = /^\s*trở (lên|xuống)(?![\p{L}\p{M}])/iu.exec(s.slice(end));
    if (suffix) {
      op = suffix[1]?.toLowerCase() === 'lên' ? '>=' : '<=';
      end += suffix[0].length;
    }
    const strong = op !== null || pe.change !== null || unit === '%';
    if (strict) {
      // Ages qualify a population ("từ 15 tuổi trở lên"); bare years and counts without a unit are rarely targets.
      const yearLike = Number.isInteger(value) && value >= 1900 && value <= 2100;
      if (lowerSameLength(unit) === 'tuổi') continue;
      if (!strong && (unit === '' || yearLike)) continue;
    }
    spans.push({
      start: pe.start,
      end,
      numStart: i,
      op,
      change: pe.change,
      min: value,
      max,
      unit,
      strong,
      depth: depthAt(i),
    });
    consumed = end;
  }
  return spans;
}

/** The span a single-target text is about: strong before weak, outside parentheses first. */
function mainSpan(spans: TargetSpan[]): TargetSpan | undefined {
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

// ---------------------------------------------------------------------------
// Parsing

const YES_START =
  /^(?:đã hoàn thành|hoàn thành|có triển khai|đã triển khai|đã có|có|đạt)(?![\p{L}\p{M}\p{N}])/iu;
const BARE_YES = /^(?:có|x|✓|✔)$/iu;
const COMPARES =
  /(?:^|[^\p{L}\p{M}])(?:tối thiểu|ít nhất|tối đa|không quá|không dưới|trên|dưới|hơn)(?![\p{L}\p{M}])/iu;
const MAX_YESNO_WORDS = 6;

function invalid(message: string): Target {
  return { kind: 'invalid', message };
}

function quote(s: string): string {
  return `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;
}

/** Drops parentheses that are never closed or never opened. */
function balanceParens(s: string): string {
  const drop = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')') {
      if (open.length > 0) open.pop();
      else drop.add(i);
    }
  }
  for (const i of open) drop.add(i);
  if (drop.size === 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) if (!drop.has(i)) out += s[i];
  return out.replace(/ {2,}/g, ' ');
}

/** The first "(" closes at the very end: "(a (b))" yes, "(a) (b)" no. */
function wrapped(s: string): boolean {
  if (!s.startsWith('(') || !s.endsWith(')')) return false;
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') d++;
    else if (s[i] === ')') d--;
    if (d === 0) return i === s.length - 1;
  }
  return false;
}

/**
 * Context kept beside a target. Notes are written back inside parentheses, so a note keeps
 * balanced parentheses only and loses one wrapping pair when read.
 */
function noteClean(raw: string): string {
  const trim = (x: string): string =>
    x.replace(/^[\s,;:.…!?\-–—]+/, '').replace(/[\s,;:.…!?\-–—]+$/, '');
  // Removing a parenthesis can join characters cleanInline treats specially ("*(*" → "**").
  let s = trim(cleanInline(balanceParens(trim(raw))));
  if (wrapped(s)) s = s.slice(1, -1);
  return trim(s);
}

function fromSpan(s: string, sp: TargetSpan): Target {
  const ceiling = sp.op === '<' || sp.op === '<=';
  const note = [
    ceiling ? '' : (sp.change ?? ''),
    noteClean(s.slice(0, sp.start)),
    noteClean(s.slice(sp.end)),
  ]
    .filter((x) => x !== '')
    .join(' ');
  if (sp.max !== null) {
    if (sp.max < sp.min)
      return invalid(`Khoảng giá trị bị ngược trong ${quote(s)}: số đầu lớn hơn số sau.`);
    const range: Target = { kind: 'range', min: sp.min, max: sp.max, unit: sp.unit };
    return note ? { ...range, note } : range;
  }
  // A bare value means "at least"; a bare 0 ("0 vụ mất an toàn thông tin") means "none".
  const op = sp.op ?? (sp.min === 0 ? '<=' : '>=');
  const compare: Target = { kind: 'compare', op, value: sp.min, unit: sp.unit };
  return note ? { ...compare, note } : compare;
}

/** Reads one KPI target as written. Never throws. */
export function parseTarget(text: string): Target {
  const s = cleanTarget(typeof text === 'string' ? text : String(text));
  if (s === '') return invalid('Chưa nhập chỉ tiêu.');
  const sp = mainSpan(findTargetSpans(s));
  if (sp) return fromSpan(s, sp);
  if (BARE_YES.test(s)) return { kind: 'yesno' };
  // "Có triển khai", "Đạt chuẩn": yes/no. A longer goal or one that compares is for a person.
  if (YES_START.test(s) && s.split(' ').length <= MAX_YESNO_WORDS && !COMPARES.test(s))
    return { kind: 'yesno', note: s };
  const hasLetter = /\p{L}/u.test(s);
  const hasDigit = /\d/.test(s);
  if (/[%≥≤<>=]/.test(s) || !hasLetter) {
    if (hasDigit) return invalid(`Không đọc được con số trong chỉ tiêu ${quote(s)}.`);
    if (hasLetter) return invalid(`Chỉ tiêu ${quote(s)} có dấu so sánh hoặc % nhưng thiếu con số.`);
    return invalid(`Chỉ tiêu ${quote(s)} không có chữ hay con số nào đọc được.`);
  }
  return { kind: 'qualitative', text: s };
}

// ---------------------------------------------------------------------------
// Writing

const OP_SYMBOL: Readonly<Record<CompareOp, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

function unitText(unit: string): string {
  return unit === '%' ? '%' : unit ? ` ${unit}` : '';
}

function noteText(note: string | undefined): string {
  return note ? ` (${note})` : '';
}

/**
 * Canonical text: "≥ 60%", "≤ 5 ngày", "> 90% (văn bản …)", "20–25% (giảm …)", "Có".
 * parseTarget(normalizeTarget(t)) equals t for every t parseTarget returns (except invalid,
 * which gives its message).
 */
export function normalizeTarget(t: Target): string {
  switch (t.kind) {
    case 'compare':
      return `${OP_SYMBOL[t.op]} ${formatVietnameseNumber(t.value)}${unitText(t.unit)}${noteText(t.note)}`;
    case 'range':
      return `${formatVietnameseNumber(t.min)}–${formatVietnameseNumber(t.max)}${unitText(t.unit)}${noteText(t.note)}`;
    case 'yesno':
      return t.note ?? 'Có';
    case 'qualitative':
      return t.text;
    case 'invalid':
      return t.message;
  }
}

/** The unit of a measurable target, else ''. */
export function targetUnit(t: Target): string {
  return t.kind === 'compare' || t.kind === 'range' ? t.unit : '';
}

/**
 * Fills a unitless target from a "Đơn vị tính" column ("≥ 01" with "Cán bộ" → ≥ 1 Cán bộ).
 * A unit written in the target itself wins.
 */
export function applyMeasureUnit(t: Target, measureUnit: string): Target {
  const unit = cleanTarget(measureUnit);
  if ((t.kind !== 'compare' && t.kind !== 'range') || t.unit !== '' || unit === '') return t;
  return { ...t, unit: /^(?:%|phần trăm)$/iu.test(unit) ? '%' : unit };
}
