// Unit names as plans write them ("Phòng VH- XH xã", "Văn phòng HĐND&UBND", "CA xã"…), mapped to
// the canonical units of a directory; catch-alls ("Các phòng, ban, ngành…") are recognised as such.
import { cellString } from '../sheet/cellText.ts';
import { mapCells, type CellArg, type FnOut } from '../sheet/cellArgs.ts';
import {
  capitalise,
  cleanText,
  editDistance,
  foldText,
  memoByText,
  tidyPhrase,
  wordKey,
} from '../text/text.ts';
import type { UnitRole, UnitRow } from './unitRoles.ts';
import { readTitle, startsLikeBody, WELL_KNOWN_BODIES } from './wellKnown.ts';

/** A unit of the directory: same shape as a row of the "Đơn vị" sheet. */
export type Unit = UnitRow;
export type { UnitRole };

export interface UnitDirectory {
  readonly units: readonly Unit[];
  /** The unit a spelling names (name, short name or alias, compared by normalizeUnitName). */
  find(text: string): Unit | undefined;
  /**
   * The unit whose spelling is nearest, with the edit distance between comparison keys; with
   * `within`, only a unit at most that far (undefined otherwise), found faster.
   */
  closest(text: string, within?: number): { unit: Unit; distance: number } | undefined;
  /** Length of the longest comparison key of a spelling (0 for an empty directory). */
  longestKey(): number;
}

export interface ResolvedUnit {
  /** Canonical name; for a catch-all its usual wording; for an unknown name, the cleaned input. */
  name: string;
  /** The name is a unit of the directory. Catch-alls are not. */
  known: boolean;
  /** The text the name was read from. */
  input: string;
  /** For an unknown name: the closest unit of the directory. */
  suggestion?: string;
  /** A group such as "Các phòng, ban, ngành, đơn vị có liên quan", not one accountable unit. */
  catchAll?: boolean;
  /** A body outside the commune known by name ("Sở Khoa học và Công nghệ"): kept whole. */
  wellKnown?: boolean;
  /** A person's title given the task ("Chủ tịch UBND xã", "Bí thư Đảng ủy xã"). */
  title?: boolean;
}

// Abbreviations plans use, expanded word by word in comparison keys.
const ABBREVIATIONS: Record<string, string> = {
  vp: 'van phong',
  ub: 'uy ban',
  ubmttq: 'uy ban mat tran to quoc',
  mttq: 'mat tran to quoc',
  vn: 'viet nam',
  vh: 'van hoa',
  xh: 'xa hoi',
  vhxh: 'van hoa xa hoi',
  vhxxh: 'van hoa xa hoi',
  pvhcc: 'phuc vu hanh chinh cong',
  bchqs: 'ban chi huy quan su',
  chqs: 'chi huy quan su',
  bch: 'ban chi huy',
  qs: 'quan su',
  dvth: 'dich vu tong hop',
  tyt: 'tram y te',
  kdc: 'khu dan cu',
  tdp: 'to dan pho',
  ct: 'chinh tri',
  kt: 'kinh te',
};
// Only at the start of a name: "P. Kinh tế", "TT PVHCC", "CA xã".
const LEADING: Record<string, string> = { p: 'phong', tt: 'trung tam', ca: 'cong an' };
// Words about who is addressed, not which unit: "Đề nghị…", "Hiệu trưởng các trường…".
const ADDRESS_PREFIX = /^(?:đề nghị|hiệu trưởng|thủ trưởng|trưởng|lãnh đạo)\s+/iu;
const TRAILING = [['tren', 'dia', 'ban'], ['cap', 'xa'], ['cua', 'xa'], ['xa']];

function endsWith(words: string[], tail: string[]): boolean {
  return (
    words.length > tail.length && tail.every((w, i) => words[words.length - tail.length + i] === w)
  );
}

/**
 * The comparison key of a unit name: no diacritics, lower case, abbreviations expanded, no
 * punctuation, dashes, "&" or "và", no "Việt Nam", no trailing "xã" / "trên địa bàn".
 * "Phòng VH- XH xã", "Phòng Văn hoá – Xã hội" → "phong van hoa xa hoi".
 */
export function normalizeUnitName(text: string): string {
  return normalizeName(text);
}

const normalizeName = memoByText((text: string): string => {
  const cleaned = cleanText(text)
    .replace(/\([^()]*\)/g, ' ')
    .replace(ADDRESS_PREFIX, '');
  const raw = wordKey(cleaned).split(' ');
  const words: string[] = [];
  raw.forEach((w, i) => {
    if (w === '' || w === 'va' || w === 'and') return;
    const expanded = (i === 0 ? LEADING[w] : undefined) ?? ABBREVIATIONS[w] ?? w;
    words.push(...expanded.split(' '));
  });
  for (let i = words.length - 2; i >= 0; i--)
    if (words[i] === 'viet' && words[i + 1] === 'nam') words.splice(i, 2);
  let trimmed = true;
  while (trimmed) {
    trimmed = false;
    for (const tail of TRAILING)
      if (endsWith(words, tail)) {
        words.splice(words.length - tail.length, tail.length);
        trimmed = true;
      }
  }
  return words.join(' ');
});

function compact(key: string): string {
  return key.replace(/ /g, '');
}

// ---------------------------------------------------------------- catch-alls

const GROUP_WORDS =
  'phong ban nganh don vi co quan to chuc truong hoc nha doan the bo phan chuyen mon';
const QUALIFIER_WORDS = 'co lien quan thuoc truc ubnd xa tren dia ban khac cua toan';
let catchAllWords: Set<string> | undefined;

function allowedInCatchAll(word: string): boolean {
  catchAllWords ??= new Set(`${GROUP_WORDS} ${QUALIFIER_WORDS}`.split(' '));
  return catchAllWords.has(word);
}
const GROUP_NOUNS = [
  'phong',
  'nganh',
  'don vi',
  'co quan',
  'to chuc',
  'truong hoc',
  'nha truong',
  'doan the',
  'bo phan',
];

/** Usual wordings of catch-alls, used as their canonical names. */
const CATCH_ALL_NAMES = [
  'Các phòng, ban, ngành, đơn vị có liên quan',
  'Các phòng, ban, ngành, đơn vị thuộc xã',
  'Các cơ quan, đơn vị có liên quan',
  'Các cơ quan, đơn vị trực thuộc UBND xã',
  'Các phòng, đơn vị trên địa bàn xã',
  'Các đơn vị có liên quan',
  'Các trường học trên địa bàn xã',
];

function catchAllKey(text: string): string {
  const words = wordKey(text).split(' ');
  if (words[0] !== 'cac') words.unshift('cac');
  return words
    .join(' ')
    .replace(/\b(?:co )?lien quan\b/g, 'lien quan')
    .replace(/ xa$/, '');
}

let catchAllIndex: Map<string, string> | undefined;

function canonicalCatchAll(text: string): string | undefined {
  catchAllIndex ??= new Map(CATCH_ALL_NAMES.map((n) => [catchAllKey(n), n]));
  return catchAllIndex.get(catchAllKey(text));
}

/**
 * A group of units rather than one: "Các phòng, ban, ngành, đơn vị có liên quan", "Các cơ quan,
 * đơn vị có liên quan", "Các phòng, đơn vị trên địa bàn xã", "đơn vị có liên quan", "Ban, ngành,
 * đoàn thể". It names only kinds of units, and starts with "các", ends with "liên quan / thuộc… /
 * trên địa bàn", or names two kinds or more.
 */
export function isCatchAll(name: string): boolean {
  const words = wordKey(name)
    .split(' ')
    .filter((w) => w !== '');
  const plural = words[0] === 'cac';
  const rest = plural ? words.slice(1) : words;
  if (rest.length === 0) return false;
  if (!rest.every(allowedInCatchAll)) return false;
  const text = ` ${rest.join(' ')} `;
  const kinds = GROUP_NOUNS.filter((n) => text.includes(` ${n} `)).length;
  // "ban" is no kind of unit on its own: "trên địa bàn xã" names none.
  if (kinds === 0) return false;
  // "Ban, ngành, đoàn thể", "Cơ quan, đơn vị": two kinds of units or more are a group too.
  const boards = / ban /.test(text) ? 1 : 0;
  return plural || kinds + boards >= 2 || /\blien quan\b|\bthuoc\b|\btren dia ban\b/.test(text);
}

// ---------------------------------------------------------------- directory

/** A directory over a list of units; the lookup index is built on first use. */
export function createUnitDirectory(units: readonly Unit[]): UnitDirectory {
  let index: Map<string, Unit> | undefined;
  const lookup = (): Map<string, Unit> => {
    if (index) return index;
    index = new Map();
    for (const unit of units)
      for (const spelling of [unit.name, unit.shortName ?? '', ...unit.aliases]) {
        const key = compact(normalizeUnitName(spelling));
        if (key !== '' && !index.has(key)) index.set(key, unit);
      }
    return index;
  };
  const find = (text: string): Unit | undefined => {
    const key = normalizeUnitName(text);
    const hit = lookup().get(compact(key));
    // "Các trường THCS" is "Trường THCS".
    return hit ?? (key.startsWith('cac ') ? lookup().get(compact(key.slice(4))) : undefined);
  };
  let longest: number | undefined;
  const longestKey = (): number => {
    longest ??= Math.max(0, ...[...lookup().keys()].map((k) => k.length));
    return longest;
  };
  // Unknown names repeat down a table; the nearest unit is searched once per spelling.
  const nearest = new Map<string, { unit: Unit; distance: number } | undefined>();
  const closest = (
    text: string,
    within = Infinity,
  ): { unit: Unit; distance: number } | undefined => {
    const key = compact(normalizeUnitName(text));
    if (key === '') return undefined;
    const memo = `${within}\u0000${key}`;
    if (nearest.has(memo)) return nearest.get(memo);
    const found = search(key, within);
    if (nearest.size < 1000) nearest.set(memo, found);
    return found;
  };
  const search = (key: string, within: number): { unit: Unit; distance: number } | undefined => {
    let best: { unit: Unit; distance: number } | undefined;
    for (const [spelling, unit] of lookup()) {
      // A name cut short ("Phòng Văn hóa") is nearer to the name it starts than edits say.
      const contained =
        Math.min(key.length, spelling.length) >= 6 &&
        (key.includes(spelling) || spelling.includes(key));
      const shortcut = contained ? Math.ceil(Math.abs(key.length - spelling.length) / 2) : Infinity;
      const limit = best ? best.distance - 1 : within;
      if (limit < 0) break;
      const distance = Math.min(shortcut, editDistance(key, spelling, limit));
      if (distance <= limit) best = { unit, distance };
    }
    return best;
  };
  return { units, find, closest, longestKey };
}

/**
 * The suggestion for an unknown name, when one is near enough to be a plausible misspelling: at
 * most 40 % of the name's length away (2 for short names). A key more than five times the longest
 * spelling is that far from every one (even one it contains), so it is not searched at all.
 */
function suggest(text: string, dir: UnitDirectory): string | undefined {
  const key = compact(normalizeUnitName(text));
  if (key.length > 5 * dir.longestKey()) return undefined;
  return dir.closest(text, Math.max(2, Math.floor(key.length * 0.4)))?.unit.name;
}

// ---------------------------------------------------------------- reading a cell

type Reading =
  | { kind: 'unit'; unit: Unit }
  | { kind: 'catchAll'; name: string }
  | { kind: 'title'; name: string }
  | { kind: 'body' }
  | { kind: 'unknown' };

let wellKnownKeys: Set<string> | undefined;

/** The name is a body of WELL_KNOWN_BODIES (compared like directory names). */
export function isWellKnownBody(text: string): boolean {
  wellKnownKeys ??= new Set(WELL_KNOWN_BODIES.map((n) => compact(normalizeUnitName(n))));
  const key = compact(normalizeUnitName(text));
  return key !== '' && wellKnownKeys.has(key);
}

const UNKNOWN: Reading = { kind: 'unknown' };

function read(text: string, dir: UnitDirectory): Reading {
  const unit = dir.find(text);
  if (unit) return { kind: 'unit', unit };
  if (isCatchAll(text))
    return { kind: 'catchAll', name: canonicalCatchAll(text) ?? tidyName(text) };
  const title = readTitle(text);
  if (title !== undefined) return { kind: 'title', name: title };
  if (isWellKnownBody(text)) return { kind: 'body' };
  return { kind: 'unknown' };
}

/** A name as shown: clean spaces, no trailing punctuation or leading bullet, capital first letter. */
function tidyName(text: string): string {
  return capitalise(tidyPhrase(cleanText(text)));
}

interface Atom {
  text: string;
  /** The separator before this atom: ',' or 'và' ('' for the first). */
  sep: '' | ',' | 'và';
}

const MAX_ATOMS_PER_NAME = 8;
const SEPARATORS = /(,|\s+và\s+)/iu;

let piecesOf: WeakMap<UnitDirectory, number> | undefined;

/** Titles ("Phó Chủ tịch UBND xã phụ trách văn hóa và xã hội") span at most this many pieces. */
const TITLE_PIECES = 4;

/**
 * The most pieces (between "," and "và") a name read as one can have: any spelling of the
 * directory or of the well-known bodies, or a title.
 */
function maxPieces(dir: UnitDirectory): number {
  piecesOf ??= new WeakMap();
  let n = piecesOf.get(dir);
  if (n === undefined) {
    n = TITLE_PIECES;
    const spellings = [
      ...dir.units.flatMap((u) => [u.name, u.shortName ?? '', ...u.aliases]),
      ...WELL_KNOWN_BODIES,
    ];
    for (const spelling of spellings) {
      const parts = cleanText(spelling)
        .split(SEPARATORS)
        .filter((p, i) => i % 2 === 0 && p.trim() !== '');
      n = Math.max(n, parts.length);
    }
    piecesOf.set(dir, n);
  }
  return n;
}

/**
 * Splits one ";"-free part of a cell into names. Commas and "và" may separate units or belong to a
 * name ("Các phòng, ban, ngành…", "Trung tâm Văn hóa - Thể thao và Truyền thông"), so every way of
 * grouping the pieces is scored: a recognised name costs 1, an unknown one much more, and an
 * unknown one spanning a comma more still, so unknown names are split at commas but kept whole
 * across "và" ("Sở Khoa học và Công nghệ").
 */
function splitNames(part: string, dir: UnitDirectory): Array<{ text: string; reading: Reading }> {
  const split = part.split(SEPARATORS);
  const atoms: Atom[] = [];
  for (let i = 0; i < split.length; i += 2) {
    const text = split[i] ?? '';
    const sepText = i === 0 ? '' : (split[i - 1] ?? '');
    const sep: Atom['sep'] = sepText === '' ? '' : sepText.trim() === ',' ? ',' : 'và';
    if (text.trim() === '' && atoms.length > 0) continue;
    atoms.push({ text, sep });
  }
  const nonEmpty = atoms.filter((a) => a.text.trim() !== '');
  if (nonEmpty.length === 0) return [];
  const n = nonEmpty.length;
  // What each piece could start or continue: a catch-all's words are all kinds of units (a
  // leading "các" aside), and a spelling or title spans at most `pieces` pieces. Joins that can
  // be neither are unknown without reading them, which keeps a long cell linear in its length.
  const pieces = maxPieces(dir);
  const groupWords = nonEmpty.map((a) => {
    const words = wordKey(a.text)
      .split(' ')
      .filter((w) => w !== '');
    return {
      inside: words.every(allowedInCatchAll),
      first: words.slice(words[0] === 'cac' ? 1 : 0).every(allowedInCatchAll),
    };
  });
  const couldBeName = (i: number, j: number): boolean => {
    if (j - i <= pieces) return true;
    if (!groupWords[i]?.first) return false;
    for (let k = i + 1; k < j; k++)
      if (nonEmpty[k]?.sep !== ',' || !groupWords[k]?.inside) return false;
    return true;
  };
  const join = (i: number, j: number): string =>
    nonEmpty
      .slice(i, j)
      .map((a, k) => (k === 0 ? a.text : `${a.sep === ',' ? ',' : ' và'} ${a.text.trim()}`))
      .join('')
      .trim();
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  const readings = new Map<string, Reading>();
  // Several pieces joined can only be a unit or a catch-all when short: longer joins are unknown
  // without reading them, which keeps a long cell linear in its length.
  const longest = Math.max(300, 3 * dir.longestKey() + 60);
  cost[0] = 0;
  for (let j = 1; j <= n; j++)
    for (let i = Math.max(0, j - MAX_ATOMS_PER_NAME); i < j; i++) {
      const text = join(i, j);
      let reading = readings.get(text);
      if (!reading) {
        reading =
          j - i > 1 && (!couldBeName(i, j) || text.replace(/\([^()]*\)/g, '').length > longest)
            ? UNKNOWN
            : read(text, dir);
        readings.set(text, reading);
      }
      let c = 1;
      if (reading.kind === 'unknown') {
        const inner = nonEmpty.slice(i + 1, j);
        c = 10 + 11 * inner.filter((a) => a.sep === ',').length + 2 * inner.length;
        // "Phòng Kinh tế và Trung tâm …": "và" between two bodies' names joins two units.
        if (startsLikeBody(nonEmpty[i]?.text ?? ''))
          c += 15 * inner.filter((a) => a.sep === 'và' && startsLikeBody(a.text)).length;
      }
      const total = (cost[i] ?? Infinity) + c;
      // On a tie the last name starts as late as it can: "Ban Tuyên giáo và Dân vận và Trung tâm
      // Chính trị" is "Ban Tuyên giáo và Dân vận" and "Trung tâm Chính trị" (a body's name begins
      // after the last "và"), not "Ban Tuyên giáo" and "Dân vận và Trung tâm Chính trị".
      if (total <= (cost[j] ?? Infinity)) {
        cost[j] = total;
        from[j] = i;
      }
    }
  const names: Array<{ text: string; reading: Reading }> = [];
  for (let j = n; j > 0; j = from[j] ?? 0) {
    const i = from[j] ?? 0;
    const text = join(i, j);
    names.unshift({ text, reading: readings.get(text) ?? { kind: 'unknown' } });
  }
  return names;
}

/**
 * Every unit a cell names, canonical and in order, each once. Splits on ";" and line breaks always,
 * and on "," / "và" where they separate units. Never throws.
 */
export function resolveUnits(cell: string, dir: UnitDirectory): ResolvedUnit[] {
  const text = typeof cell === 'string' ? cleanText(cell.replace(/\r?\n/g, ';')) : '';
  const out: ResolvedUnit[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/;/)) {
    if (part.trim() === '') continue;
    for (const { text: input, reading } of splitNames(part, dir)) {
      const inputText = tidyName(input);
      if (inputText === '') continue;
      let r: ResolvedUnit;
      if (reading.kind === 'unit') r = { name: reading.unit.name, known: true, input: inputText };
      else if (reading.kind === 'catchAll')
        r = { name: reading.name, known: false, input: inputText, catchAll: true };
      else if (reading.kind === 'title')
        r = { name: reading.name, known: false, input: inputText, title: true };
      else if (reading.kind === 'body')
        r = { name: inputText, known: false, input: inputText, wellKnown: true };
      else {
        const suggestion = suggest(inputText, dir);
        r = {
          name: inputText,
          known: false,
          input: inputText,
          ...(suggestion ? { suggestion } : {}),
        };
      }
      if (seen.has(foldText(r.name))) continue;
      seen.add(foldText(r.name));
      out.push(r);
    }
  }
  return out;
}

/** "Không rõ đơn vị: X (gần nhất: Y)", the message for an unknown name. */
export function unknownUnitMessage(r: ResolvedUnit): string {
  return r.suggestion !== undefined
    ? `Không rõ đơn vị: ${r.input} (gần nhất: ${r.suggestion})`
    : `Không rõ đơn vị: ${r.input}`;
}

/**
 * UNIT_NAME(text): the canonical names of each cell joined with "; ", unknown ones replaced by
 * "Không rõ đơn vị: … (gần nhất: …)". Blank cells give ''.
 */
export function unitNameFn(text: CellArg, dir: UnitDirectory): FnOut {
  return mapCells([text], ([value]) => {
    return resolveUnits(cellString(value), dir)
      .map((r) =>
        r.known || r.catchAll || r.title || r.wellKnown ? r.name : unknownUnitMessage(r),
      )
      .join('; ');
  });
}
