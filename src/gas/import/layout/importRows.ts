// An imported appendix as the rows of a task table: section rows, then tasks in plan order, each
// cell keyed by the template's column keys. Pure: no Apps Script calls.
import type { ImportResult, ImportedTask } from '../../../core/appendix/appendix.ts';
import { asData } from '../../../core/sheet/cellText.ts';
import type { Template } from '../../../core/sheet/template.ts';

export type Row = Array<string | number | boolean | Date>;

/** "Kèm theo Kế hoạch số 03/KH-UBND ngày 07/07/2025 của UBND xã Cẩm Giàng", or undefined. */
export function planLine(plan: ImportResult['plan']): string | undefined {
  if (!plan || (plan.number ?? plan.date ?? plan.commune) === undefined) return undefined;
  const date = plan.date
    ? `${plan.date.slice(8, 10)}/${plan.date.slice(5, 7)}/${plan.date.slice(0, 4)}`
    : '…';
  return `Kèm theo Kế hoạch số ${plan.number ?? '…/KH-UBND'} ngày ${date} của UBND xã ${plan.commune ?? '…'}`;
}

/** Text a column of the template has no place for ("Sản phẩm: …"), kept in Ghi chú. */
function notesOf(task: ImportedTask, has: (key: string) => boolean): string {
  const parts: string[] = [];
  if (task.notes) parts.push(task.notes);
  if (!has('output') && task.output) parts.push(`Sản phẩm đầu ra: ${task.output}`);
  if (!has('kpi') && task.kpi) parts.push(`KPI: ${task.kpi}`);
  return parts.join('; ');
}

/**
 * One row per section and per task, as wide as the template. Text goes through asData, so a cell
 * that starts with "=" stays text. Lead and partner cells hold the canonical names joined by "; "
 * (names the directory does not know are kept as written). In the "6 rõ" layout a general task's
 * text is in "Mã nhiệm vụ tổng quát" and its sub-tasks' in "Tiểu nhiệm vụ"; in a layout without
 * that column it is the row's content.
 */
export function importRows(template: Template, result: ImportResult): Row[] {
  const keys = template.columns.map((c) => c.key);
  const has = (key: string): boolean => keys.includes(key);
  const row = (cells: Record<string, string>): Row =>
    keys.map((k) => asData(cells[k] ?? '') as Row[number]);

  const sectionRow = (s: { code: string; title: string }): Row =>
    row({ code: s.code, ordinal: s.code, content: s.title });
  const taskRow = (t: ImportedTask): Row => {
    const general = t.level === 'general' && has('parent');
    return row({
      code: t.code,
      ordinal: t.ordinal ?? '',
      parent: general ? t.content : '',
      content: general ? '' : t.content,
      output: t.output ?? '',
      kpi: t.kpi ?? '',
      leadUnit: t.lead.join('; '),
      partnerUnits: t.partners.join('; '),
      deadline: t.deadline.raw,
      notes: notesOf(t, has),
    });
  };

  // Plan order: each section heading just before its first task (empty sections keep their place).
  const out: Row[] = [];
  let next = 0;
  const emitSectionsUpTo = (code: string | undefined): void => {
    const at = result.sections.findIndex((s, i) => i >= next && s.code === code);
    if (at < 0) return;
    for (; next <= at; next++) {
      const s = result.sections[next];
      if (s) out.push(sectionRow(s));
    }
  };
  for (const t of result.tasks) {
    emitSectionsUpTo(t.section);
    out.push(taskRow(t));
  }
  for (; next < result.sections.length; next++) {
    const s = result.sections[next];
    if (s) out.push(sectionRow(s));
  }
  return out;
}
