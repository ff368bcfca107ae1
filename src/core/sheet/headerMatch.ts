// Finding a table's columns by their headings, however a unit reordered or reworded them.
import { cellString } from './cellText.ts';
import { editDistance, foldDashes, foldTonePlacement, foldText, memoByText } from '../text/text.ts';

/** A column the caller looks for. Same shape as a template column (key, header, aliases). */
export interface HeaderColumn {
  key: string;
  header: string;
  aliases?: readonly string[];
  required?: boolean;
}

export interface HeaderMatch {
  /** Column key → 0-based position in the header row. */
  index: Record<string, number>;
  /** Columns not found (all of them; `required` only changes how callers report it). */
  missing: Array<{ key: string; header: string }>;
  /** Non-blank headings that match no column, with their 0-based position. */
  extra: Array<{ header: string; column: number }>;
  /** Columns matched by more than one heading; `index` keeps the first, best-matched one. */
  duplicates: Array<{ key: string; columns: number[] }>;
}

/**
 * A heading as a comparison key: NFC, lower case, one tone placement, dashes folded to "-",
 * single spaces (line breaks too), no trailing ":" or ".". Parenthesised hints are kept here;
 * `stripHints` removes them when that is needed to match.
 */
export function normalizeHeaderKey(text: unknown): string {
  return normalizeText(cellString(text));
}

const normalizeText = memoByText((text: string): string =>
  foldDashes(foldTonePlacement(text))
    .toLowerCase()
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim(),
);

/** A key without its "(…)" hints: "tiến độ (%)" → "tiến độ". */
export function stripHints(key: string): string {
  return key
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim();
}

function words(text: string): string[] {
  return text.split(/[\s/,;-]+/).filter((w) => w !== '');
}

/**
 * One side's word list contains the other's, and the shorter one says enough (≥ 2 words). `a`
 * and `b` are the texts (the shorter by length is the one contained), with their words.
 */
function wordsContain(a: string, aw: string[], b: string, bw: string[]): boolean {
  const [short, long] = a.length <= b.length ? [aw, bw] : [bw, aw];
  if (short.length < 2) return false;
  const rest = [...long];
  for (const w of short) {
    const at = rest.indexOf(w);
    if (at < 0) return false;
    rest.splice(at, 1);
  }
  return true;
}

/** Small typos only: one edit for short headings, two from ten letters. */
function nearlyEqual(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  const limit = n >= 10 ? 2 : 1;
  return editDistance(a, b, limit) <= limit;
}

interface Names {
  exact: string;
  aliases: string[];
  bare: string[];
  folded: string[];
  /** The words of each folded name. */
  foldedWords: string[][];
}

function namesOf(column: HeaderColumn): Names {
  const exact = normalizeHeaderKey(column.header);
  const aliases = (column.aliases ?? []).map(normalizeHeaderKey);
  const all = [exact, ...aliases];
  const bare = all.map(stripHints).filter((k) => k !== '');
  const folded = bare.map(foldText);
  return { exact, aliases, bare, folded, foldedWords: folded.map(words) };
}

/** A heading's key in its spellings, worked out once per distinct heading. */
interface Key {
  key: string;
  bare: string;
  folded: string;
  words: string[];
}

const keyOf = memoByText((key: string): Key => {
  const bare = stripHints(key);
  const folded = foldText(bare);
  return { key, bare, folded, words: words(folded) };
});

/**
 * What is worked out once per list of columns (they are module constants): their names, and for
 * each heading seen, which columns the loose test lets it rename (whether they are taken or not).
 */
interface ColumnsInfo {
  names: Names[];
  loose: Map<string, number[]>;
}

let columnsCache: WeakMap<readonly HeaderColumn[], ColumnsInfo> | undefined;
function columnsInfo(columns: readonly HeaderColumn[]): ColumnsInfo {
  columnsCache ??= new WeakMap();
  let info = columnsCache.get(columns);
  if (!info) {
    info = { names: columns.map(namesOf), loose: new Map() };
    columnsCache.set(columns, info);
  }
  return info;
}

type Test = (key: Key, names: Names) => boolean;

// Strongest first. A heading matched by a strong test to an already-taken column is a duplicate;
// the loose last test only ever fills gaps, and only when exactly one column fits.
const STRONG_TESTS: Test[] = [
  (k, n) => k.key === n.exact,
  (k, n) => n.aliases.includes(k.key),
  (k, n) => n.bare.includes(k.bare),
  (k, n) => n.folded.includes(k.folded),
];
const LOOSE_TEST: Test = (k, n) =>
  k.folded !== '' &&
  n.folded.some(
    (name, i) =>
      wordsContain(k.folded, k.words, name, n.foldedWords[i] ?? []) || nearlyEqual(k.folded, name),
  );

/** The columns a heading may rename, open or not; remembered per list of columns. */
function looseColumns(info: ColumnsInfo, k: Key): number[] {
  let fits = info.loose.get(k.folded);
  if (!fits) {
    fits = info.names.flatMap((n, c) => (LOOSE_TEST(k, n) ? [c] : []));
    if (info.loose.size >= 5000) info.loose.clear();
    info.loose.set(k.folded, fits);
  }
  return fits;
}

/**
 * Matches a header row to the expected columns by what the headings say, never by position:
 * exact heading, then aliases, then without "(…)" hints, then without diacritics, then a
 * conservative rename (one heading's words contain the other's, or a small typo) when it is
 * unambiguous both ways.
 */
export function matchHeaders(
  headers: readonly unknown[],
  columns: readonly HeaderColumn[],
): HeaderMatch {
  const keys = headers.map(normalizeHeaderKey);
  const parts = keys.map(keyOf);
  const info = columnsInfo(columns);
  const names = info.names;
  const columnOf = new Array<number>(keys.length).fill(-1);
  const headingOf = new Array<number>(columns.length).fill(-1);
  const dupes = new Map<number, number[]>();

  for (const test of STRONG_TESTS) {
    keys.forEach((key, h) => {
      if (key === '' || columnOf[h] !== -1) return;
      // An open column beats one already taken (aliases can be shared, e.g. "chỉ tiêu phấn đấu").
      const k = parts[h] as Key;
      let c: number | undefined;
      for (let i = 0; i < names.length; i++) {
        if (!test(k, names[i] as Names)) continue;
        if (headingOf[i] === -1) {
          c = i;
          break;
        }
        c ??= i;
      }
      if (c === undefined) return;
      columnOf[h] = c;
      const first = headingOf[c] ?? -1;
      if (first === -1) headingOf[c] = h;
      else dupes.set(c, [...(dupes.get(c) ?? [first]), h]);
    });
  }

  const open = (c: number): boolean => headingOf[c] === -1;
  const looseFits = (h: number): number[] => looseColumns(info, parts[h] as Key).filter(open);
  const loose = keys.map((key, h) => (key === '' || columnOf[h] !== -1 ? [] : looseFits(h)));
  loose.forEach((fits, h) => {
    const c = fits[0];
    if (fits.length !== 1 || c === undefined) return;
    const rivals = loose.filter((other) => other.includes(c)).length;
    if (rivals !== 1) return;
    columnOf[h] = c;
    headingOf[c] = h;
  });

  const index: Record<string, number> = {};
  const missing: HeaderMatch['missing'] = [];
  columns.forEach((col, c) => {
    const h = headingOf[c] ?? -1;
    if (h >= 0) index[col.key] = h;
    else missing.push({ key: col.key, header: col.header });
  });
  const extra = keys.flatMap((key, h) =>
    key !== '' && columnOf[h] === -1 ? [{ header: cellString(headers[h]), column: h }] : [],
  );
  const duplicates = [...dupes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([c, cols]) => ({ key: columns[c]?.key ?? '', columns: cols }));
  return { index, missing, extra, duplicates };
}

/**
 * The 0-based index of the row, among the first `maxScan`, whose headings match the most columns
 * (at least two), or -1. Title rows above the header are skipped this way.
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[])[],
  columns: readonly HeaderColumn[],
  maxScan = 10,
): number {
  let best = -1;
  let bestCount = 1;
  const scan = Math.min(rows.length, Math.max(0, maxScan));
  for (let r = 0; r < scan; r++) {
    const row = rows[r] ?? [];
    // A row matches at most one column per filled cell: one that cannot beat the best so far
    // (data rows below a header that matched every column) is not matched at all.
    let filled = 0;
    for (const v of row) if (v !== '' && v !== null && v !== undefined) filled++;
    if (Math.min(filled, columns.length) <= bestCount) continue;
    const count = Object.keys(matchHeaders(row, columns).index).length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}
