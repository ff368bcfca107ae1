// Turns a pasted "Mục tiêu cụ thể" section into KPI rows. Every clause of the text ends up
// either in a row (it has a target) or in `skipped` (it has nothing to measure), so nothing
// measurable is lost silently. Rules: docs/KPI.md.

import { splitCells, splitSourceLines, type SourceLine } from '../appendix/appendixLines.ts';
import { headerLayout, locateTable, type Repair } from '../appendix/appendixTable.ts';
import { tabifySpacedTables } from '../appendix/spacedTable.ts';
import { cleanInline } from '../text/inline.ts';
import { capitalise, tidyPhrase } from '../text/text.ts';
import {
  resolveUnits,
  unknownUnitMessage,
  type ResolvedUnit,
  type UnitDirectory,
} from '../unit/unit.ts';
import { defaultUnitDirectory } from '../unit/unitDirectory.ts';
import { isKpiHeader, readKpiTable, type KpiTable, type KpiTableRow } from './kpiTable.ts';
import { findTargetSpans, lowerSameLength } from './targetScan.ts';
import { parseTarget } from './target.ts';
import { applyMeasureUnit, isPercentUnit, normalizeTarget, targetUnit } from './targetWrite.ts';
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
  /** Rows of a pasted table: the Roman section ('' before the first) and the STT as written. */
  section?: string;
  ordinal?: string;
  /** The table's responsible unit as written ("Đơn vị chủ trì theo dõi"), and its canonical names. */
  lead?: string;
  leads?: string[];
  /** Cells of the table's other columns, "Heading: text". */
  notes?: string;
  /** A section row that itself carries a target. */
  sectionRow?: boolean;
}

/** Something in what was read the officer must look at before it is written. */
export interface KpiProblem {
  message: string;
  line: number;
  kind: 'target' | 'noTarget' | 'sectionTarget' | 'noLead' | 'unit' | 'noIndicator' | 'existing';
}

export interface SkippedText {
  text: string;
  reason: string;
  line: number;
}

export interface KpiExtraction {
  /** Table rows and prose rows, in the order of the text. */
  rows: KpiRow[];
  skipped: SkippedText[];
  /** Sections of the pasted tables (I, II…), with their titles. */
  sections: Array<{ code: string; title: string; line: number }>;
  problems: KpiProblem[];
  /** Repeated headers dropped, rows a page break cut joined, PDF layout read… */
  repairs: Repair[];
  /** KPI tables found (tab-separated or space-aligned). */
  tables: number;
}

export interface KpiExtractOptions {
  /** The commune's unit directory, to read the responsible units; the default one otherwise. */
  directory?: UnitDirectory;
  /** Only KPI tables; prose is left alone (the plan import reads a whole plan this way). */
  tablesOnly?: boolean;
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
  // A count's unit is the noun measured ("02 công nghệ của xã"): it stays in the indicator,
  // once ("Số thôn được phủ sóng đạt 12/15 thôn" already names it).
  const before = piece.text.slice(0, span.start);
  const named = ` ${before.toLowerCase()} `.includes(` ${span.unit.toLowerCase()} `);
  const noun = isPercentUnit(span.unit) || named ? '' : span.unit;
  let indicator = tidyPhrase(`${before} ${noun} ${piece.text.slice(span.end)}`);
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

/** Reads the targets in plan prose (lines of tables blanked out beforehand). */
function extractProse(text: string): { rows: KpiRow[]; skipped: SkippedText[] } {
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

function anyHeader(cells: readonly string[]): boolean {
  return headerLayout(cells) !== undefined || isKpiHeader(cells);
}

/** The last physical line a source line takes (a quoted cell may hold line breaks). */
function lastPhysical(l: SourceLine): number {
  return l.line + (l.text.match(/\n/g)?.length ?? 0);
}

function tableRow(
  r: KpiTableRow,
  table: KpiTable,
  units: (cell: string) => ResolvedUnit[],
  problems: KpiProblem[],
): KpiRow {
  const parsed = applyMeasureUnit(parseTarget(r.target), r.measureUnit);
  const section = table.sections.find((s) => s.code === r.section && s.line <= r.line);
  const leads = units(r.lead);
  const where = `Dòng ${r.line}`;
  if (r.sectionRow)
    problems.push({
      kind: 'sectionTarget',
      line: r.line,
      message: `${where}: dòng mục ${r.section} có ghi chỉ tiêu «${r.target}»${r.lead !== '' ? ` và đơn vị «${r.lead}»` : ''}; đã đọc như một chỉ tiêu, hãy xem lại.`,
    });
  if (r.indicator === '')
    problems.push({
      kind: 'noIndicator',
      line: r.line,
      message: `${where}: có chỉ tiêu nhưng không có nội dung chỉ tiêu.`,
    });
  if (r.target === '')
    problems.push({
      kind: 'noTarget',
      line: r.line,
      message: `${where}: chưa ghi mức chỉ tiêu cần đạt.`,
    });
  else if (parsed.kind === 'invalid')
    problems.push({
      kind: 'target',
      line: r.line,
      message: `${where}: chỉ tiêu «${r.target}» không đọc được: ${parsed.message}`,
    });
  if (table.roles.includes('lead') && r.lead === '')
    problems.push({
      kind: 'noLead',
      line: r.line,
      message: `${where}: chưa có đơn vị chủ trì theo dõi.`,
    });
  for (const u of leads)
    if (!u.known && !u.catchAll && !u.title && !u.wellKnown)
      problems.push({ kind: 'unit', line: r.line, message: `${where}: ${unknownUnitMessage(u)}` });
  return {
    indicator: r.indicator,
    target: r.target,
    measureUnit: r.measureUnit !== '' ? r.measureUnit : targetUnit(parsed),
    parsed,
    group: section ? `${section.code}. ${section.title}` : '',
    source: { line: r.line },
    section: r.section,
    ordinal: r.ordinal,
    lead: r.lead,
    leads: leads.map((u) => u.name),
    ...(r.notes.length > 0 ? { notes: r.notes.join('; ') } : {}),
    ...(r.sectionRow ? { sectionRow: true } : {}),
  };
}

/**
 * Reads every measurable target in pasted plan text: KPI tables (Word tabs or PDF text aligned
 * with spaces) row by row, and the prose around them clause by clause. A task table in the text
 * is left to the appendix import. Never throws.
 */
export function extractKpis(text: string, opts: KpiExtractOptions = {}): KpiExtraction {
  const source = typeof text === 'string' ? text : '';
  const spaced = tabifySpacedTables(splitSourceLines(source), anyHeader);
  const lines = spaced.lines;
  const dir = opts.directory ?? defaultUnitDirectory();
  const seen = new Map<string, ResolvedUnit[]>();
  const units = (cell: string): ResolvedUnit[] => {
    let r = seen.get(cell);
    if (!r) seen.set(cell, (r = resolveUnits(cell, dir)));
    return r;
  };
  const ranges: Array<{ from: number; to: number }> = [];
  const tables: KpiTable[] = [];
  const repairs: Repair[] = [];
  const problems: KpiProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || !line.text.includes('\t')) continue;
    const cells = splitCells(line.text);
    if (isKpiHeader(cells)) {
      const table = readKpiTable(lines, i, (c) => headerLayout(c) !== undefined);
      tables.push(table);
      const last = lines[Math.max(i, table.end - 1)];
      ranges.push({ from: table.from, to: Math.max(table.to, last ? lastPhysical(last) : 0) });
      repairs.push(...table.repairs);
      i = table.end - 1;
    } else if (headerLayout(cells) !== undefined) {
      // A task table: the appendix import reads it; its KPI column is not a list of targets.
      const located = locateTable(lines.slice(i));
      const lastRow = located.rows[located.rows.length - 1];
      const end = lines.findIndex((l, k) => k > i && l.line > (lastRow?.line ?? line.line));
      ranges.push({
        from: line.line,
        to: (end < 0 ? lines[lines.length - 1] : lines[end - 1])?.line ?? line.line,
      });
      i = end < 0 ? lines.length : end - 1;
    }
  }
  // A table read from PDF text also owns the wrapped lines of its last row.
  for (const r of ranges) {
    const pdf = spaced.ranges.find((p) => p.from <= r.from && p.to >= r.from);
    if (pdf) r.to = Math.max(r.to, pdf.to);
  }
  // The PDF layout's own repairs (page numbers, form feeds…) inside each KPI table.
  for (const table of tables)
    repairs.push(
      ...spaced.repairs.filter(
        (p) => p.line !== undefined && p.line >= table.from && p.line <= table.to,
      ),
    );
  const physical = source.split(/\r\n|\r|\n/);
  const inTable = (n: number): boolean => ranges.some((r) => n >= r.from && n <= r.to);
  const prose = opts.tablesOnly
    ? { rows: [], skipped: [] }
    : extractProse(physical.map((l, k) => (inTable(k + 1) ? '' : l)).join('\n'));
  const rows = [
    ...tables.flatMap((t) => t.rows.map((r) => tableRow(r, t, units, problems))),
    ...prose.rows,
  ].sort((a, b) => a.source.line - b.source.line);
  for (const r of prose.rows)
    if (r.parsed.kind === 'invalid')
      problems.push({
        kind: 'target',
        line: r.source.line,
        message: `Dòng ${r.source.line}: chỉ tiêu «${r.target}» không đọc được: ${normalizeTarget(r.parsed)}`,
      });
  problems.sort((a, b) => a.line - b.line);
  repairs.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    rows,
    skipped: prose.skipped,
    sections: tables.flatMap((t) => t.sections.map((s) => ({ ...s }))),
    problems,
    repairs,
    tables: tables.length,
  };
}
