// Vietnamese text helpers: one spelling for text that was typed, pasted or extracted many ways.

/** Combining tone marks (huyền, sắc, ngã, hỏi, nặng) in NFD. */
const TONE_CLASS = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';

let toneRegexes: { oaOe: RegExp; uy: RegExp } | undefined;

function tonePatterns(): { oaOe: RegExp; uy: RegExp } {
  // Old and new tone placement differ only in open syllables ending in oa, oe, uy.
  // "qu" is a consonant, so "quý" keeps its tone on the y.
  toneRegexes ??= {
    oaOe: new RegExp(`(?<![qQ])([oO])([aAeE])(${TONE_CLASS})(?!\\p{L})`, 'gu'),
    uy: new RegExp(`(?<![qQ])([uU])([yY])(${TONE_CLASS})(?!\\p{L})`, 'gu'),
  };
  return toneRegexes;
}

/**
 * One tone placement: "hoá" → "hóa", "thuỷ" → "thủy", "uỷ" → "ủy" (tone on the first vowel,
 * the spelling most plans use). Result is NFC.
 */
export function foldTonePlacement(text: string): string {
  const { oaOe, uy } = tonePatterns();
  return text.normalize('NFD').replace(oaOe, '$1$3$2').replace(uy, '$1$3$2').normalize('NFC');
}

/** En dash, em dash, minus and friends → "-". */
export function foldDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

/** Runs of whitespace (tabs, non-breaking spaces, line breaks) → one space, trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Text as it should be stored: NFC, one tone placement, single spaces. Dashes are kept. */
export function cleanText(text: string): string {
  return collapseSpaces(foldTonePlacement(text));
}

/**
 * Text folded for loose comparison: no diacritics (đ → d), lower case, dashes folded, single spaces.
 * "Hoàn Thành", "hoan thanh" and "HOÀN THÀNH " all fold to "hoan thanh"; punctuation stays
 * ("tháng 7/2025" → "thang 7/2025").
 */
export function foldText(text: string): string {
  return foldMemo(text);
}

const foldMemo = memoByText((text: string): string =>
  collapseSpaces(
    foldDashes(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase(),
  ),
);

/** Like foldText, but only letters and digits survive: "VH-TT&TT" → "vh tt tt". */
export function wordKey(text: string): string {
  return collapseSpaces(foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** True when the first letter of the text is lower case ("khoa học…", "đổi số"). */
export function startsLowercase(text: string): boolean {
  const m = /\p{L}/u.exec(text);
  if (!m) return false;
  const ch = m[0];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

let rows: [Int32Array, Int32Array] | undefined;

/** Levenshtein distance; stops early once it exceeds `limit`. Two rows, reused between calls. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (!rows || (rows[0].length as number) <= n)
    rows = [new Int32Array(n + 64), new Int32Array(n + 64)];
  let [prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] as number;
}

/**
 * A phrase cut out of a longer text, made presentable: one space between words, none before
 * punctuation or after "(", no bullet or stray punctuation at either end ("- Phòng Kinh tế ;" →
 * "Phòng Kinh tế", "tỷ lệ hồ sơ , ." → "tỷ lệ hồ sơ").
 */
export function tidyPhrase(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;.)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/,(?=[,;.])/g, '')
    .replace(/^[\s,;:.\-–—+•*]+|[\s,;:.\-–—]+$/g, '')
    .trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A one-argument string function remembered by value. Sheets repeat the same few texts (unit
 * names, headings, statuses) over thousands of rows: each distinct text is worked out once per
 * execution. The cache is made on first use and emptied when it reaches `max` entries.
 */
export function memoByText<T>(fn: (text: string) => T, max = 20_000): (text: string) => T {
  let cache: Map<string, T> | undefined;
  return (text) => {
    cache ??= new Map();
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= max) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
