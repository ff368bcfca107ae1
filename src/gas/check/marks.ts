// Marks on invalid cells: a note that says why and a highlight. Only our own marks are
// ever changed; a person's notes and colours stay.
import { COLOURS } from '../sheet/colours.ts';

import { restoreBackgrounds, type Transaction } from '../tx/transaction.ts';

type Range = GoogleAppsScript.Spreadsheet.Range;

const MARK_PREFIX = '⚠ Sáu Rõ: ';
export const MARK_BACKGROUND = COLOURS.alert;
const SEPARATOR = '\n\n';

/** Problems by cell inside a block: key `${row},${col}` (0-based), value the messages. */
export type BlockProblems = Map<string, string[]>;

export const cellKey = (row: number, col: number) => `${row},${col}`;

/** Strips our mark from a note, keeping what a person wrote. */
function withoutMark(note: string): string {
  const at = note.indexOf(MARK_PREFIX);
  if (at < 0) return note;
  return note.slice(0, at).replace(/\s+$/, '');
}

function withMark(note: string, messages: string[]): string {
  const own = withoutMark(note);
  const mark = MARK_PREFIX + messages.join('\n' + MARK_PREFIX);
  return own === '' ? mark : own + SEPARATOR + mark;
}

/**
 * Rewrites the marks of one block: one read of notes and backgrounds, one write of each.
 * Cells without problems lose our old mark (the fix was made) and nothing else.
 */
export function applyMarks(
  range: Range,
  problems: BlockProblems,
  tx: Transaction,
): { marked: number; cleared: number } {
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  let marked = 0;
  let cleared = 0;
  const newNotes = notes.map((row, r) =>
    row.map((note, c) => {
      const messages = problems.get(cellKey(r, c));
      if (messages && messages.length > 0) {
        marked++;
        return withMark(note, messages);
      }
      if (note.includes(MARK_PREFIX)) cleared++;
      return withoutMark(note);
    }),
  );
  const newBackgrounds = backgrounds.map((row, r) =>
    row.map((bg, c) => {
      if (problems.has(cellKey(r, c))) return MARK_BACKGROUND;
      return bg.toLowerCase() === MARK_BACKGROUND ? null : bg;
    }),
  );
  range.setNotes(newNotes);
  tx.onUndo(() => range.setNotes(notes));
  range.setBackgrounds(newBackgrounds as string[][]);
  tx.onUndo(() => restoreBackgrounds(range, backgrounds));
  return { marked, cleared };
}
