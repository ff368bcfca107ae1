// Rows of a "Phụ lục I" table (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian):
// Roman TT opens a section, a number opens a task, an empty TT continues the row above.
import {
  cellOf,
  emptyText,
  extraCells,
  FIELDS,
  ImportState,
  letterCode,
  romanCode,
  sectionPrefix,
  type Draft,
  type Field,
  type SectionDraft,
} from './appendixDraft.ts';
import type { LocatedTable, TableRow } from './appendixTable.ts';
import { startsLowercase } from '../text/text.ts';

function fieldsOf(table: LocatedTable, row: TableRow): Record<Field, string> {
  const text = emptyText();
  for (const f of FIELDS) text[f] = cellOf(row, table.roles, f);
  return text;
}

export function readPhuLuc(table: LocatedTable, state: ImportState): void {
  // The record a continuation row belongs to: the last task, or a section title just opened.
  let last: { task: Draft } | { section: SectionDraft } | undefined;
  let lastNumbered: Draft | undefined;
  let letters = 0;

  const hasOrdinal = table.roles.includes('ordinal');
  let unnumbered = 0;
  for (const row of table.rows) {
    const text = fieldsOf(table, row);
    const notes = extraCells(row, table.roles, table.headers);
    let ordinal = cellOf(row, table.roles, 'ordinal').trim();
    if (!hasOrdinal) {
      // No TT column: "I. Tên mục" or "1. Nội dung" at the head of the text, else a task of its
      // own unless it is the rest of the row above (lower case, nothing else on the row).
      const head = /^([IVXLC]{1,5}|\d{1,3})[.)]\s+(\S.*)$/su.exec(text.content);
      const data = [text.lead, text.deadline, text.output, text.partners].some((t) => t !== '');
      if (head && (data || /^[IVXLC]+$/.test(head[1] ?? ''))) {
        ordinal = head[1] ?? '';
        text.content = head[2] ?? '';
      } else if (!data && last && (startsLowercase(text.content) || row.afterBreak)) ordinal = '';
      else {
        const taken = state.drafts.filter((d) => d.section === state.section && !d.parent);
        ordinal = String(taken.length + 1);
        if (++unnumbered === 1)
          state.warnings.push({
            message: `Bảng không có cột TT/STT; nhiệm vụ được đánh số theo thứ tự từ dòng ${row.line}`,
            line: row.line,
          });
      }
    }
    const roman = romanCode(ordinal);
    // A first cell that wrapped onto a line of its own ("2025-2030" under its task): not a TT.
    if (
      ordinal !== '' &&
      roman === undefined &&
      !/^(?:\d+(?:\.\d+)*\.?|[a-zđ][).]?)$/iu.test(ordinal) &&
      FIELDS.every((f) => text[f] === '') &&
      notes.length === 0 &&
      last &&
      'task' in last
    ) {
      state.join(last.task, { content: ordinal }, [], row);
      continue;
    }

    if (ordinal === '') {
      if (last && 'task' in last) state.join(last.task, text, notes, row);
      else if (last && 'section' in last) {
        const words = [...FIELDS.map((f) => text[f]), ...notes].filter((t) => t !== '');
        state.joinSection(last.section, words.join(' '), row);
      } else {
        const n = state.drafts.filter((d) => d.section === state.section).length + 1;
        const task = state.add({
          level: 'task',
          code: `${sectionPrefix(state.section)}${n}`,
          section: state.section,
          text,
          notes,
          line: row.line,
        });
        state.warnings.push({
          message: `Dòng ${row.line} không có số thứ tự; đặt mã ${task.code}`,
          line: row.line,
          code: task.code,
        });
        last = { task };
      }
      continue;
    }

    if (roman !== undefined) {
      // Anything beside the title in a section row stays in the title, so no text is lost.
      const title = [text.content, ...FIELDS.filter((f) => f !== 'content').map((f) => text[f])]
        .concat(notes)
        .filter((t) => t !== '')
        .join(' ');
      last = { section: state.addSection(roman, title, row.line) };
      lastNumbered = undefined;
      continue;
    }

    // "II.3": a TT that already names its section ("Mục II"), as some plans write it; the rest is
    // read as any TT.
    const qualified = /^([IVXLC]+)\.(\S.*)$/.exec(ordinal);
    const inSection = qualified?.[1];
    const local = qualified?.[2] ?? ordinal;
    const numbered = /^(\d+(?:\.\d+)*)\.?$/.exec(local);
    const letter = /^([a-zđ])[).]?$/iu.exec(ordinal);
    if (letter && lastNumbered) {
      letters++;
      const task = state.add({
        level: 'task',
        code: `${lastNumbered.code}.${letterCode(letters)}`,
        section: state.section,
        ordinal,
        parent: lastNumbered.code,
        text,
        notes,
        line: row.line,
      });
      last = { task };
      continue;
    }
    const stripped = numbered ? (numbered[1] ?? local) : local.replace(/[\s.]+$/, '');
    const written = stripped !== '' ? stripped : String(state.drafts.length + 1);
    const prefix = inSection !== undefined && state.section === '' ? `${inSection}.` : '';
    const task = state.add({
      level: 'task',
      code: `${prefix || sectionPrefix(state.section)}${written}`,
      section: state.section,
      ordinal,
      text,
      notes,
      line: row.line,
    });
    if (!numbered)
      state.warnings.push({
        message: `Số thứ tự «${ordinal}» (dòng ${row.line}) không phải là số; đặt mã ${task.code}`,
        line: row.line,
        code: task.code,
      });
    else if (inSection !== undefined && state.section !== '' && inSection !== state.section)
      state.warnings.push({
        message: `Số thứ tự «${ordinal}» (dòng ${row.line}) ghi mục ${inSection} nhưng nằm trong mục ${state.section}; đặt mã ${task.code}`,
        line: row.line,
        code: task.code,
      });
    last = { task };
    lastNumbered = task;
    letters = 0;
  }
}
