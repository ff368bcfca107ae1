// Turns a pasted "Mục tiêu cụ thể" section into KPI rows. Every clause of the text ends up
// either in a row (it has a target) or in `skipped` (it has nothing to measure), so nothing
// measurable is lost silently. Rules: docs/KPI.md.

import { cleanInline } from '../text/inline.ts';
import { capitalise, tidyPhrase } from '../text/text.ts';
import { findTargetSpans, lowerSameLength } from './targetScan.ts';
import { parseTarget } from './target.ts';
import { isPercentUnit, targetUnit } from './targetWrite.ts';
import type { Target, TargetSpan } from './targetTypes.ts';

export interface KpiRow {
  /** What is measured, without the target words. */
  indicator: string;
  /** The target as written ("tối thiểu 60%"). */
  target: string;
  /** '%' or the unit as written ('mô hình', 'ngày'), '' when none. */
  measureUnit: string;
  parsed: Target;
  /** Headings above the bullet, outermost first, joined by " › ". */
  group: string;
  source: { line: number };
}

export interface SkippedText {
  text: string;
  reason: string;
  line: number;
}

export interface KpiExtraction {
  rows: KpiRow[];
  skipped: SkippedText[];
}

export const SKIP_REASON = {
  noNumber: 'Không có con số để đo; nếu cần theo dõi, hãy thêm như chỉ tiêu định tính.',
  wordsOnly: 'Có từ chỉ mức (tối thiểu, tối đa…) nhưng không ghi con số.',
  partOfBullet: 'Phần này không có con số để đo (cùng ý với chỉ tiêu đã tách ở trên).',
} as const;

type ItemKind = 'bullet' | 'numbered' | 'paragraph';

interface Item {
  kind: ItemKind;
  /** Heading style, to nest headings: 'roman', 'num2', 'letter', 'paren', 'dash'. */
  style: string;
  marker: string;
  text: string;
  /** Where each joined source line starts in `text`. */
  lines: Array<{ at: number; line: number }>;
}

interface Piece {
  text: string;
  at: number;
}

/** Markdown and converter leftovers around a line: "## **2. Mục tiêu**", "*(1) …*". */
function cleanLine(raw: string): string {
  return cleanInline(raw)
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*(?=[^\s*])/, '')
    .replace(/(?<=\S)\*$/, '')
    .trim();
}

function readMarker(line: string): { kind: ItemKind; style: string; marker: string; rest: string } {
  const bullet = /^[-+•*·●○▪►–—]\s*(?=\S)/u.exec(line);
  if (bullet)
    return {
      kind: 'bullet',
      style: 'dash',
      marker: bullet[0].trim(),
      rest: line.slice(bullet[0].length),
    };
  const numbered =
    /^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+/.exec(line) ?? /^(\d{1,2}(?:\.\d{1,2})+)\s+/.exec(line);
  if (numbered) {
    const depth = (numbered[1] ?? '').split('.').length;
    return {
      kind: 'numbered',
      style: `num${depth}`,
      marker: numbered[0].trim(),
      rest: line.slice(numbered[0].length),
    };
  }
  const roman = /^[IVX]{1,5}[.)]\s+/.exec(line);
  if (roman)
    return {
      kind: 'numbered',
      style: 'roman',
      marker: roman[0].trim(),
      rest: line.slice(roman[0].length),
    };
  const letter = /^[a-zđ][.)]\s+/iu.exec(line);
  if (letter)
    return {
      kind: 'numbered',
      style: 'letter',
      marker: letter[0].trim(),
      rest: line.slice(letter[0].length),
    };
  const paren = /^\((?:\d{1,2}|[a-zđ]|[ivx]{1,4})\)\s*/iu.exec(line);
  if (paren)
    return {
      kind: 'numbered',
      style: 'paren',
      marker: paren[0].trim(),
      rest: line.slice(paren[0].length),
    };
  return { kind: 'paragraph', style: '', marker: '', rest: line };
}

/** A line without a marker continues the item above unless it clearly starts a new one. */
function continues(item: Item, line: string): boolean {
  // Headings are one line; a capital (or a number) after one opens a paragraph.
  if (item.kind === 'numbered') return /^\p{Ll}/u.test(line);
  return !(/[.;:!?]$/.test(item.text) && /^[\p{Lu}\d]/u.test(line));
}

function readItems(text: string): Item[] {
  const items: Item[] = [];
  let cur: Item | null = null;
  const lines = text.split(/\r\n|\r|\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = cleanLine(lines[n] ?? '');
    if (line === '') continue;
    const m = readMarker(line);
    if (m.kind === 'paragraph' && cur && continues(cur, line)) {
      cur.text += ' ';
      cur.lines.push({ at: cur.text.length, line: n + 1 });
      cur.text += line;
      continue;
    }
    cur = {
      kind: m.kind,
      style: m.style,
      marker: m.marker,
      text: m.rest,
      lines: [{ at: 0, line: n + 1 }],
    };
    items.push(cur);
  }
  return items;
}

function lineAt(item: Item, at: number): number {
  let line = item.lines[0]?.line ?? 1;
  for (const l of item.lines) if (l.at <= at) line = l.line;
  return line;
}

/** Splits at ";" and at sentence ends (". " before a capital), outside parentheses. */
function splitClauses(text: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/[\s,;:.…]+$/, '');
    if (/[\p{L}\p{N}]/u.test(t)) pieces.push({ text: t, at: from + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0 && ch === ';') {
      push(i);
      from = i + 1;
    } else if (depth === 0 && ch === '.' && /^ \p{Lu}/u.test(text.slice(i + 1, i + 3))) {
      // "TP. Hồ Chí Minh": a short capitalised word before the dot is an abbreviation.
      if (/(?:^|\s)\p{Lu}\p{L}?$/u.test(text.slice(Math.max(0, i - 4), i))) continue;
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return pieces;
}

/** Cuts a clause holding several targets into one piece per target. */
function splitTargets(clause: Piece, spans: TargetSpan[]): Piece[] {
  const first = spans[0];
  if (!first || spans.length === 1) return [clause];
  // "90% A, 80% B" cuts before the next number; "Tỷ lệ A đạt 90%, tỷ lệ B đạt 80%" after.
  const numberFirst = clause.text.slice(0, first.start).trim() === '';
  const cuts: Array<{ end: number; next: number }> = [];
  for (let k = 1; k < spans.length; k++) {
    const prev = spans[k - 1];
    const next = spans[k];
    if (!prev || !next) continue;
    const gap = clause.text.slice(prev.end, next.start);
    const seps = [...gap.matchAll(/\s*,\s*|\s+(?:và|hoặc)\s+/gu)];
    const sep = numberFirst ? seps[seps.length - 1] : seps[0];
    if (sep) cuts.push({ end: prev.end + sep.index, next: prev.end + sep.index + sep[0].length });
    else if (numberFirst) cuts.push({ end: next.start, next: next.start });
    else cuts.push({ end: prev.end, next: prev.end });
  }
  const pieces: Piece[] = [];
  let from = 0;
  for (const c of [...cuts, { end: clause.text.length, next: clause.text.length }]) {
    const raw = clause.text.slice(from, c.end);
    const lead = raw.length - raw.trimStart().length;
    pieces.push({ text: raw.trim(), at: clause.at + from + lead });
    from = c.next;
  }
  return pieces;
}

const LEADING_SOFT = /^(?:phấn đấu|phần đầu|bảo đảm|đảm bảo|khuyến khích)(?![\p{L}\p{M}])\s*/iu;
const LINKING = /^(?:đạt được|đạt|là|ở mức|chiếm)(?![\p{L}\p{M}])\s*/iu;

function rowFrom(piece: Piece, span: TargetSpan, group: string, line: number): KpiRow {
  const target = piece.text.slice(span.start, span.end).trim().replace(LINKING, '');
  // A count's unit is the noun measured ("02 công nghệ của xã"): it stays in the indicator.
  const noun = isPercentUnit(span.unit) ? '' : span.unit;
  let indicator = tidyPhrase(
    `${piece.text.slice(0, span.start)} ${noun} ${piece.text.slice(span.end)}`,
  );
  if (LEADING_SOFT.test(indicator)) indicator = indicator.replace(LEADING_SOFT, '');
  const parsed = parseTarget(target);
  return {
    indicator: capitalise(tidyPhrase(indicator)),
    target,
    measureUnit: targetUnit(parsed) || span.unit,
    parsed,
    group,
    source: { line },
  };
}

/** A label for the bullets below it: "- Về hạ tầng số:", "Về thủ tục hành chính…". */
function isGroupLabel(text: string): boolean {
  if (/:$/.test(text)) return true;
  if (/^mục tiêu(?: cụ thể| chung)?$/iu.test(text)) return true;
  return /^(?:về|đối với|lĩnh vực)(?![\p{L}\p{M}])/iu.test(text) && text.split(' ').length <= 15;
}

function skipReason(text: string): string {
  return /(?:tối thiểu|ít nhất|không dưới|tối đa|không quá|không vượt quá)(?![\p{L}\p{M}])/iu.test(
    lowerSameLength(text),
  )
    ? SKIP_REASON.wordsOnly
    : SKIP_REASON.noNumber;
}

/** Reads every measurable target in a pasted section of a plan. Never throws. */
export function extractKpis(text: string): KpiExtraction {
  const rows: KpiRow[] = [];
  const skipped: SkippedText[] = [];
  const headings: Array<{ style: string; text: string }> = [];
  const group = (): string => headings.map((h) => h.text).join(' › ');

  for (const item of readItems(typeof text === 'string' ? text : '')) {
    const clauses = splitClauses(item.text).map((c) => ({
      clause: c,
      spans: findTargetSpans(c.text, true),
    }));
    const measurable = clauses.some((c) => c.spans.length > 0);
    const label = item.text.replace(/:$/, '').trim();
    if (!measurable && (item.kind === 'numbered' || isGroupLabel(item.text))) {
      const style = item.kind === 'numbered' ? item.style : 'dash';
      const k = headings.findIndex((h) => h.style === style);
      if (k >= 0) headings.length = k;
      headings.push({ style, text: item.kind === 'numbered' ? `${item.marker} ${label}` : label });
      continue;
    }
    if (!measurable) {
      skipped.push({
        text: tidyPhrase(item.text),
        reason: skipReason(item.text),
        line: lineAt(item, 0),
      });
      continue;
    }
    for (const { clause, spans } of clauses) {
      if (spans.length === 0) {
        skipped.push({
          text: tidyPhrase(clause.text),
          reason: SKIP_REASON.partOfBullet,
          line: lineAt(item, clause.at),
        });
        continue;
      }
      for (const piece of splitTargets(clause, spans)) {
        const span = findTargetSpans(piece.text, true)[0];
        if (!span) {
          skipped.push({
            text: tidyPhrase(piece.text),
            reason: SKIP_REASON.partOfBullet,
            line: lineAt(item, piece.at),
          });
          continue;
        }
        rows.push(rowFrom(piece, span, group(), lineAt(item, piece.at)));
      }
    }
  }
  return { rows, skipped };
}
