// The working state of an import: sections and task drafts as rows are read, unique task codes,
// and the joining of text a page break cut in two.
import type { ColumnRole, ImportWarning, Repair, TableRow } from './appendixTable.ts';

/** The text fields a row can add to. */
export type Field = 'content' | 'output' | 'kpi' | 'lead' | 'partners' | 'deadline';
export const FIELDS: readonly Field[] = [
  'content',
  'output',
  'kpi',
  'lead',
  'partners',
  'deadline',
];

export interface Draft {
  /** 'general' and 'subtask' in the "6 rõ" layout; 'task' otherwise (and a phu-luc "a)" item). */
  level: 'task' | 'general' | 'subtask';
  code: string;
  section: string;
  ordinal?: string;
  parent?: string;
  text: Record<Field, string>;
  /** Cells of columns no role takes, as "Heading: text". */
  notes: string[];
  line: number;
}

export interface SectionDraft {
  code: string;
  title: string;
  line: number;
}

/**
 * Joins text a page break split: always with one space, since the extracted text breaks between
 * words ("phát triển" + "khoa học", "chuyển" + "đổi số."), except after a word cut at a hyphen.
 */
export function joinText(before: string, after: string): string {
  if (after === '') return before;
  if (before === '') return after;
  return /\S-$/.test(before) ? `${before}${after}` : `${before} ${after}`;
}

/** The text of a row's cells for one role ('' when the table has no such column). */
export function cellOf(row: TableRow, roles: readonly ColumnRole[], role: ColumnRole): string {
  const i = roles.indexOf(role);
  return i < 0 ? '' : (row.cells[i] ?? '');
}

/** Cells outside the known columns, labelled with their heading (or column number). */
export function extraCells(
  row: TableRow,
  roles: readonly ColumnRole[],
  headers: readonly string[],
): string[] {
  return row.cells.flatMap((cell, i) => {
    if (cell === '' || (roles[i] !== undefined && roles[i] !== 'extra')) return [];
    const heading = headers[i] ?? '';
    return [`${heading !== '' ? heading : `Cột ${i + 1}`}: ${cell}`];
  });
}

export function emptyText(): Record<Field, string> {
  return { content: '', output: '', kpi: '', lead: '', partners: '', deadline: '' };
}

/** Shared state of one import: what was read so far and what was repaired or doubtful. */
export class ImportState {
  readonly sections: SectionDraft[] = [];
  readonly drafts: Draft[] = [];
  readonly repairs: Repair[] = [];
  readonly warnings: ImportWarning[] = [];
  private readonly codes = new Set<string>();
  private readonly sectionCodes = new Set<string>();

  /** The current section's code ('' before the first section). */
  get section(): string {
    return this.sections[this.sections.length - 1]?.code ?? '';
  }

  addSection(written: string, title: string, line: number): SectionDraft {
    const code = this.unique(written, this.sectionCodes, line, 'Mục');
    const s = { code, title, line };
    this.sections.push(s);
    return s;
  }

  /** A task code that no task has yet; a clash gets "-2", "-3"… and a warning. */
  claim(code: string, line: number): string {
    return this.unique(code, this.codes, line, 'Mã nhiệm vụ');
  }

  private unique(code: string, taken: Set<string>, line: number, what: string): string {
    let result = code;
    for (let n = 2; taken.has(result); n++) result = `${code}-${n}`;
    if (result !== code)
      this.warnings.push({
        message: `${what} «${code}» bị trùng; dòng ${line} dùng «${result}»`,
        line,
        code: result,
      });
    taken.add(result);
    return result;
  }

  /** Records a draft under a unique code. */
  add(draft: Draft): Draft {
    const d: Draft = { ...draft, code: this.claim(draft.code, draft.line) };
    this.drafts.push(d);
    return d;
  }

  /** Appends a continuation row's cells to a draft's fields, and records the repair. */
  join(
    target: Draft,
    parts: Partial<Record<Field, string>>,
    notes: string[],
    row: TableRow,
    label = target.code,
  ): void {
    for (const f of FIELDS) target.text[f] = joinText(target.text[f], parts[f] ?? '');
    target.notes.push(...notes);
    this.repairs.push({
      kind: 'joinedRow',
      message: `Nối dòng bị ngắt trang vào nhiệm vụ ${label} (dòng ${row.line})`,
      line: row.line,
    });
  }

  /** Appends a continuation row to the current section's title. */
  joinSection(target: SectionDraft, text: string, row: TableRow): void {
    target.title = joinText(target.title, text);
    this.repairs.push({
      kind: 'joinedRow',
      message: `Nối dòng bị ngắt trang vào tên mục ${target.code} (dòng ${row.line})`,
      line: row.line,
    });
  }
}

/** Section numbers as written: "I", "II", "VI." → "VI". */
export function romanCode(text: string): string | undefined {
  const m = /^([IVXLC]+)\.?$/.exec(text.trim());
  return m ? m[1] : undefined;
}

/** Code of the n-th (1-based) sub-task: a…z, then aa, ab… */
export function letterCode(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

export function sectionPrefix(section: string): string {
  return section === '' ? '' : `${section}.`;
}
