// Extracted KPI rows as the rows of a "Chỉ tiêu" table: a section row before each section's
// targets, and a code for every row that no row of the workbook has yet.
import { romanNumeral } from '../text/roman.ts';
import type { KpiExtraction, KpiRow } from './kpiExtract.ts';

export interface KpiSheetRow {
  kind: 'section' | 'kpi';
  code: string;
  ordinal: string;
  content: string;
  measureUnit: string;
  target: string;
  /** Canonical responsible units joined by "; " (names the directory does not know as written). */
  lead: string;
  notes: string;
  /** Line of the pasted text the row comes from. */
  line: number;
}

export interface KpiSheetPlan {
  rows: KpiSheetRow[];
  /** "CT-", or "CT2-"… when "CT-" codes of these rows are already in the workbook. */
  prefix: string;
  /** Why the prefix changed, in Vietnamese. */
  notice?: string;
}

interface Draft extends Omit<KpiSheetRow, 'code'> {
  /** The code without its "CT-" prefix: "I", "I.1", "3". */
  key: string;
}

function ordinalKey(ordinal: string): string {
  return ordinal.trim().replace(/[.)]+$/, '');
}

function kpiDraft(r: KpiRow, key: string, ordinal: string): Draft {
  return {
    kind: 'kpi',
    key,
    ordinal,
    content: r.indicator,
    measureUnit: r.measureUnit,
    target: r.target,
    lead: r.leads && r.leads.length > 0 ? r.leads.join('; ') : (r.lead ?? ''),
    notes: r.notes ?? '',
    line: r.source.line,
  };
}

function sectionDraft(key: string, ordinal: string, title: string, line: number): Draft {
  return {
    kind: 'section',
    key,
    ordinal,
    content: title,
    measureUnit: '',
    target: '',
    lead: '',
    notes: '',
    line,
  };
}

/** Rows in text order: table rows under their Roman sections, prose rows under their headings. */
function drafts(ex: KpiExtraction): Draft[] {
  const out: Draft[] = [];
  let open: string | undefined;
  let proseGroups = 0;
  let proseSection = '';
  let numbers = new Set<string>();
  let next = 1;
  const enter = (id: string): void => {
    if (open === id) return;
    open = id;
    numbers = new Set();
    next = 1;
  };
  const number = (written: string): string => {
    if (written !== '' && !numbers.has(written)) {
      numbers.add(written);
      if (/^\d+$/.test(written)) next = Math.max(next, Number(written) + 1);
      return written;
    }
    while (numbers.has(String(next))) next++;
    const n = String(next++);
    numbers.add(n);
    return n;
  };
  for (const r of ex.rows) {
    if (r.section !== undefined) {
      // A table row: its section comes from the table.
      const section = [...ex.sections]
        .reverse()
        .find((s) => s.code === r.section && s.line <= r.source.line);
      const id = `table:${section?.line ?? 0}`;
      if (r.sectionRow) {
        enter(id);
        out.push({ ...kpiDraft(r, r.section, r.section), ordinal: r.section });
        continue;
      }
      if (open !== id && section) {
        enter(id);
        out.push(sectionDraft(section.code, section.code, section.title, section.line));
      } else enter(id);
      const n = number(ordinalKey(r.ordinal ?? ''));
      out.push(kpiDraft(r, r.section !== '' ? `${r.section}.${n}` : n, r.ordinal ?? ''));
      continue;
    }
    // Prose: each group of headings is a section, numbered I, II… in the order met.
    const id = `prose:${r.group}`;
    if (open !== id) {
      enter(id);
      if (r.group !== '') {
        proseSection = romanNumeral(++proseGroups);
        out.push(sectionDraft(proseSection, proseSection, r.group, r.source.line));
      } else proseSection = '';
    }
    const n = number('');
    out.push(kpiDraft(r, proseSection !== '' ? `${proseSection}.${n}` : n, n));
  }
  // Sections a table names without any target under them keep their place.
  for (const s of ex.sections)
    if (!out.some((d) => d.line === s.line))
      out.push(sectionDraft(s.code, s.code, s.title, s.line));
  const rank = (d: Draft): number => (d.kind === 'section' ? 0 : 1);
  return out.sort((a, b) => a.line - b.line || rank(a) - rank(b));
}

/**
 * The rows to write, each with a code: "CT-I" for a section, "CT-I.1" for its first target.
 * Codes repeated inside the paste get "-2", "-3"…; when any code is already in `taken` (codes
 * of every table of the workbook), the whole paste moves to the first free prefix "CT2-", "CT3-"…
 */
export function kpiSheetRows(ex: KpiExtraction, taken: Iterable<string>): KpiSheetPlan {
  const list = drafts(ex);
  const used = new Set<string>();
  const keys = list.map((d) => {
    let key = d.key;
    for (let k = 2; used.has(key); k++) key = `${d.key}-${k}`;
    used.add(key);
    return key;
  });
  const existing = new Set([...taken].map((c) => c.trim().toUpperCase()).filter((c) => c !== ''));
  const clash = (prefix: string): string | undefined =>
    keys.map((k) => `${prefix}${k}`).find((c) => existing.has(c.toUpperCase()));
  let prefix = 'CT-';
  const first = clash(prefix);
  for (let k = 2; clash(prefix) !== undefined; k++) prefix = `CT${k}-`;
  const rows = list.map((d, i) => {
    const { key: _key, ...rest } = d;
    return { ...rest, code: `${prefix}${keys[i] ?? d.key}` };
  });
  return {
    rows,
    prefix,
    ...(first !== undefined
      ? {
          notice: `Bảng tính đã có mã ${first}; các chỉ tiêu mới dùng mã bắt đầu bằng ${prefix} để không trùng.`,
        }
      : {}),
  };
}
