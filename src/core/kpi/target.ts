// Target grammar: reads a KPI target as plans write it ("≥ 60%", "đạt tối thiểu 90%",
// "Giảm 20-25%", "01 mô hình", "Có", "Phấn đấu thuộc nhóm trung bình cao") into a Target.
// Rules: docs/KPI.md. Writing one back: targetWrite.ts.

import { cleanInline, cleanTarget } from '../text/inline.ts';
import { findTargetSpans, mainSpan } from './targetScan.ts';
import type { Target, TargetSpan } from './targetTypes.ts';

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
  // "giảm xuống 5%" caps the level; "-5%" (signed) is always the size of a decrease.
  const ceiling = (sp.op === '<' || sp.op === '<=') && !sp.signed;
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
  const op = sp.op ?? (sp.min === 0 && sp.change === null ? '<=' : '>=');
  const compare: Target = {
    kind: 'compare',
    op,
    value: sp.min,
    unit: sp.unit,
    ...(sp.of !== null ? { of: sp.of } : {}),
  };
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
