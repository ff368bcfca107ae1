// Importing a plan that is already in the workbook: is it the same plan, and the rows of its table
// rewritten from the new text while what units and the office typed in the tracking columns stays.
import { cellString } from '../sheet/cellText.ts';
import { codeKey, isGroupCode } from '../sheet/codes.ts';
import { wordKey } from '../text/text.ts';

export interface PlanRowRef {
  code: string;
  content: string;
}

export interface PlanOverlap {
  /** Task codes of the import that the table also has. */
  shared: number;
  /** Of those, the ones whose task reads the same (same words, case and punctuation aside). */
  sameContent: number;
  /** Task codes in the import. */
  tasks: number;
}

/** How much of an imported plan a table already holds (group codes such as "I" left out). */
export function planOverlap(
  imported: readonly PlanRowRef[],
  table: readonly PlanRowRef[],
): PlanOverlap {
  const byCode = new Map<string, string>();
  for (const r of table) {
    const code = r.code.trim();
    if (code === '' || isGroupCode(code)) continue;
    const key = codeKey(code);
    if (!byCode.has(key)) byCode.set(key, wordKey(r.content));
  }
  let tasks = 0;
  let shared = 0;
  let sameContent = 0;
  for (const r of imported) {
    if (r.code.trim() === '' || isGroupCode(r.code)) continue;
    tasks++;
    const old = byCode.get(codeKey(r.code));
    if (old === undefined) continue;
    shared++;
    if (old === wordKey(r.content)) sameContent++;
  }
  return { shared, sameContent, tasks };
}

/**
 * The same plan, imported again: most of its tasks are there under the same code with the same
 * words (a plan edited since keeps most of them; a different plan that reuses "I.1, I.2…" does not).
 */
export function isSamePlan(o: PlanOverlap): boolean {
  return o.tasks > 0 && o.sameContent * 2 >= o.tasks;
}

export interface ReimportLayout {
  /** 0-based column of the code. */
  codeCol: number;
  /** 0-based columns people type in (status, progress, result, evidence, notes…). */
  inputCols: readonly number[];
  /** 0-based column where a kept row says why it is kept, if the table has one. */
  notesCol?: number;
}

export interface Reimported {
  rows: unknown[][];
  /** Rows of the new text whose typed cells came from the old row with the same code. */
  carried: number;
  /** Rows of the new text with a code the table did not have. */
  added: number;
  /** Old rows whose code left the plan and that had typed cells: kept at the end. */
  kept: string[];
  /** Old rows whose code left the plan, with nothing typed: dropped. */
  dropped: string[];
}

export const KEPT_NOTE = 'Không còn trong kế hoạch nhập lại; giữ vì đã có số liệu theo dõi';

function typed(row: readonly unknown[], cols: readonly number[]): boolean {
  return cols.some((c) => cellString(row[c]) !== '');
}

/**
 * The table's rows after a re-import: the new rows in plan order, each with the typed cells of the
 * old row of the same code; then old rows whose code is gone but that hold typed cells (nothing
 * typed is ever lost), their notes saying so.
 */
export function reimportRows(
  fresh: readonly (readonly unknown[])[],
  old: readonly (readonly unknown[])[],
  layout: ReimportLayout,
): Reimported {
  const oldByCode = new Map<string, number[]>();
  old.forEach((row, i) => {
    const code = cellString(row[layout.codeCol]);
    if (code === '') return;
    const key = codeKey(code);
    oldByCode.set(key, [...(oldByCode.get(key) ?? []), i]);
  });
  const used = new Set<number>();
  let carried = 0;
  let added = 0;
  const rows = fresh.map((row) => {
    const out = [...row];
    const code = cellString(row[layout.codeCol]);
    if (code === '') return out;
    const candidates = oldByCode.get(codeKey(code)) ?? [];
    const at = candidates.find((i) => !used.has(i));
    if (at === undefined) {
      if (!isGroupCode(code)) added++;
      return out;
    }
    used.add(at);
    const before = old[at] ?? [];
    if (typed(before, layout.inputCols)) carried++;
    for (const c of layout.inputCols) {
      const v = before[c];
      const was = cellString(v);
      if (was === '') continue;
      // Notes hold both the plan's words ("Sản phẩm đầu ra: …") and what people added.
      const now = c === layout.notesCol ? cellString(out[c]) : '';
      out[c] = now === '' || was.includes(now) ? v : `${now}; ${was}`;
    }
    return out;
  });
  const kept: string[] = [];
  const dropped: string[] = [];
  old.forEach((row, i) => {
    if (used.has(i)) return;
    const code = cellString(row[layout.codeCol]);
    const content = row.some((v, c) => c !== layout.codeCol && cellString(v) !== '');
    if (code === '' && !content) return;
    if (!typed(row, layout.inputCols)) {
      if (code !== '' && !isGroupCode(code)) dropped.push(code);
      return;
    }
    const out = [...row];
    if (layout.notesCol !== undefined) {
      const note = cellString(row[layout.notesCol]);
      out[layout.notesCol] = note === '' ? KEPT_NOTE : `${KEPT_NOTE}. ${note}`;
    }
    rows.push(out);
    kept.push(code !== '' ? code : `(dòng không mã ${i + 1})`);
  });
  return { rows, carried, added, kept, dropped };
}
