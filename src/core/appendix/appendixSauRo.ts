// Rows of a "6 rõ" table (Nhiệm vụ tổng quát | Tiểu nhiệm vụ | Sản phẩm | KPI | Chủ trì | Phối hợp |
// Thời hạn). Text in the first column opens a general task; rows with it empty are its sub-tasks.
import {
  cellOf,
  emptyText,
  extraCells,
  ImportState,
  joinText,
  letterCode,
  romanCode,
  sectionPrefix,
  type Draft,
  type Field,
} from './appendixDraft.ts';
import type { LocatedTable, TableRow } from './appendixTable.ts';
import { startsLowercase } from '../text/text.ts';

interface RowText {
  parent: string;
  content: string;
  output: string;
  kpi: string;
  lead: string;
  partners: string;
  deadline: string;
  notes: string[];
  /** The row says what to deliver, by whom or when: a real sub-task, not a page-break fragment. */
  hasData: boolean;
}

function rowText(table: LocatedTable, row: TableRow): RowText {
  const get = (role: Parameters<typeof cellOf>[2]): string => cellOf(row, table.roles, role);
  const r = {
    parent: get('parent'),
    content: get('content'),
    output: get('output'),
    kpi: get('kpi'),
    lead: get('lead'),
    partners: get('partners'),
    deadline: get('deadline'),
    notes: extraCells(row, table.roles, table.headers),
  };
  return { ...r, hasData: [r.output, r.kpi, r.lead, r.deadline].some((t) => t !== '') };
}

/** "I. Hoàn thiện thể chế" in the first column, or "I" there and the title beside it. */
function sectionOf(r: RowText): { code: string; title: string } | undefined {
  if (r.hasData || r.partners !== '') return undefined;
  const alone = romanCode(r.parent);
  if (alone !== undefined && r.content !== '') return { code: alone, title: r.content };
  const m = /^([IVXLC]+)\.?\s+(\S.*)$/u.exec(r.parent);
  if (m && r.content === '') return { code: m[1] ?? '', title: m[2] ?? '' };
  return undefined;
}

function subtaskText(r: RowText, content: string): Record<Field, string> {
  const { output, kpi, lead, partners, deadline } = r;
  return { ...emptyText(), content, output, kpi, lead, partners, deadline };
}

export function readSauRo(table: LocatedTable, state: ImportState): void {
  let general: Draft | undefined;
  let lastSub: Draft | undefined;
  let generals = 0;
  let subs = 0;
  const texts = table.rows.map((row) => rowText(table, row));

  const openGeneral = (content: string, row: TableRow): Draft => {
    generals++;
    subs = 0;
    general = state.add({
      level: 'general',
      code: `${sectionPrefix(state.section)}${generals}`,
      section: state.section,
      text: { ...emptyText(), content },
      notes: [],
      line: row.line,
    });
    lastSub = undefined;
    return general;
  };
  const openSub = (parent: Draft, text: Record<Field, string>, notes: string[], row: TableRow) => {
    subs++;
    lastSub = state.add({
      level: 'subtask',
      code: `${parent.code}.${letterCode(subs)}`,
      section: state.section,
      parent: parent.code,
      text,
      notes,
      line: row.line,
    });
  };

  table.rows.forEach((row, i) => {
    const r = texts[i];
    if (!r) return;
    const section = sectionOf(r);
    if (section) {
      state.addSection(section.code, section.title, row.line);
      generals = 0;
      general = undefined;
      lastSub = undefined;
      return;
    }
    const next = texts[i + 1];
    const nextIsSubtask = next !== undefined && next.parent === '' && next.hasData;

    if (!r.hasData && general) {
      // A fragment continued from the page before: lower-case start, or a page break and no
      // sub-tasks following that would make it a new general task.
      // A row holding only a first cell that no sub-task follows is that cell wrapped onto a
      // line of its own ("giai đoạn 2025-2030"), not a general task without sub-tasks.
      const onlyFirstCell = r.content === '' && r.partners === '' && r.notes.length === 0;
      const fragment =
        r.parent === '' ||
        startsLowercase(r.parent) ||
        (row.afterBreak && !nextIsSubtask) ||
        (onlyFirstCell && !nextIsSubtask);
      if (fragment) {
        if (r.parent !== '') general.text.content = joinText(general.text.content, r.parent);
        const target = lastSub ?? general;
        const both =
          r.parent !== '' && target !== general && (r.content !== '' || r.partners !== '');
        const label = both
          ? `${general.code} và ${target.code}`
          : r.parent !== ''
            ? general.code
            : target.code;
        state.join(target, { content: r.content, partners: r.partners }, r.notes, row, label);
        return;
      }
    }

    if (r.parent === '') {
      if (general) {
        openSub(general, subtaskText(r, r.content), r.notes, row);
        return;
      }
      // A sub-task before any general task: it stands alone as its own general task.
      const alone = openGeneral(r.content, row);
      state.warnings.push({
        message: `Tiểu nhiệm vụ ở dòng ${row.line} không có nhiệm vụ tổng quát; đặt mã ${alone.code}`,
        line: row.line,
        code: alone.code,
      });
      openSub(alone, subtaskText(r, r.content), r.notes, row);
      return;
    }

    const parent = openGeneral(r.parent, row);
    // The general task's row also carries its first sub-task; when the sub-task column is empty,
    // the general task's own words say what to do.
    if (r.hasData || r.content !== '' || r.partners !== '' || r.notes.length > 0)
      openSub(parent, subtaskText(r, r.content !== '' ? r.content : r.parent), r.notes, row);
  });
}
