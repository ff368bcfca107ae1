// All-or-nothing actions. Every write an action makes is registered with a way to undo it; new
// sheets are written under a temporary name and take their real name only at the end. When any
// service call fails (a quota error, a timeout), the writes made so far are undone in reverse
// order, so the workbook is left as it was before the action, and the message says so. Steps that
// only tidy up after success (deleting a backup sheet) may fail without undoing the action: what
// they leave behind is removed by the next run (cleanupLeftovers), which notes it in "Nhật ký".
import { UserError } from '../../core/userError.ts';
import { logUnexpected } from '../serve.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets written by an action before they get their real name (≤ 31 characters, for .xlsx). */
export const TEMP_PREFIX = 'Sáu Rõ tạm ';
/** Sheets an older version left behind when a merge was stopped half-way. */
const LEGACY_LEFTOVER = /^Tổng hợp .+ \((đang ghi|cũ)\)$/u;

export interface ActionWords {
  /** "tạo phiếu báo cáo": completes "Không … được". */
  vi: string;
  en: string;
}

let tempSeq = 0;

function tempName(): string {
  tempSeq++;
  const stamp = `${Date.now().toString(36)}${tempSeq.toString(36)}`;
  return `${TEMP_PREFIX}${stamp.slice(-12)}`;
}

interface Staged {
  sheet: Sheet;
  finalName: string;
  /** The name it was staged under (known: no need to ask the sheet). */
  tempName: string;
}

export class Transaction {
  private readonly undos: Array<() => void> = [];
  private readonly afters: Array<() => void> = [];
  private readonly staged: Staged[] = [];
  /** Did the action write anything (so a failure has something to undo)? */
  wrote = false;

  constructor(readonly ss: Spreadsheet) {}

  /** Registers how to undo a write that has just been made. */
  onUndo(undo: () => void): void {
    this.wrote = true;
    this.undos.push(undo);
  }

  /** A tidy-up step after success; a failure there leaves a leftover for the next run. */
  afterCommit(step: () => void): void {
    this.afters.push(step);
  }

  /**
   * A new sheet under a temporary name, placed at `index` (0-based, as insertSheet takes it); it
   * takes `finalName` when the action ends. Until then nobody sees a half-written sheet by name.
   * With `template`, the new sheet is a copy of it (contents, formats, widths), as Sheets makes it.
   */
  stageSheet(finalName: string, index?: number, template?: Sheet): Sheet {
    const name = tempName();
    const sheet = template
      ? this.ss.insertSheet(name, index ?? this.ss.getNumSheets(), { template })
      : index === undefined
        ? this.ss.insertSheet(name)
        : this.ss.insertSheet(name, index);
    this.onUndo(() => this.ss.deleteSheet(sheet));
    this.staged.push({ sheet, finalName, tempName: name });
    return sheet;
  }

  /** The sheet staged under `finalName`, when this action makes it. */
  stagedSheet(finalName: string): Sheet | undefined {
    return this.staged.find((s) => s.finalName.toLowerCase() === finalName.toLowerCase())?.sheet;
  }

  /** Is a sheet of that name already staged by this action? */
  isStaged(finalName: string): boolean {
    return this.stagedSheet(finalName) !== undefined;
  }

  /**
   * An existing sheet that must give up its name (an empty sheet a new table replaces): renamed
   * out of the way now, deleted after success, named back on failure.
   */
  retireSheet(sheet: Sheet): void {
    const name = sheet.getName();
    sheet.setName(tempName());
    this.onUndo(() => sheet.setName(name));
    this.afterCommit(() => this.ss.deleteSheet(sheet));
  }

  /** A named range set by the action (removed, or pointed back, on failure). */
  setNamedRange(name: string, range: Range): void {
    const before = this.ss.getRangeByName(name);
    this.ss.setNamedRange(name, range);
    this.onUndo(() => {
      if (before) this.ss.setNamedRange(name, before);
      else this.ss.removeNamedRange(name);
    });
  }

  /** A sheet to prepare content in; deleted at the end, whatever happens. */
  scratchSheet(): Sheet {
    const sheet = this.ss.insertSheet(tempName(), this.ss.getNumSheets());
    this.onUndo(() => this.ss.deleteSheet(sheet));
    this.afterCommit(() => this.ss.deleteSheet(sheet));
    return sheet;
  }

  /** setValues, after reading what was there so a failure can put it back. */
  setValues(range: Range, values: unknown[][]): void {
    const old = range.getValues();
    range.setValues(values);
    this.onUndo(() => range.setValues(old));
  }

  setNumberFormats(range: Range, formats: string[][]): void {
    const old = range.getNumberFormats();
    range.setNumberFormats(formats);
    this.onUndo(() => range.setNumberFormats(old));
  }

  setBackgrounds(range: Range, backgrounds: Array<Array<string | null>>): void {
    const old = range.getBackgrounds();
    range.setBackgrounds(backgrounds as string[][]);
    this.onUndo(() => restoreBackgrounds(range, old));
  }

  /**
   * Keeps a copy (values, formats, validation, notes) of the top-left rows × cols block of an
   * existing sheet in a temporary sheet: a failure copies it back; success deletes the copy.
   */
  backup(sheet: Sheet, rows: number, cols: number): void {
    const copy = this.ss.insertSheet(tempName(), this.ss.getNumSheets());
    this.onUndo(() => this.ss.deleteSheet(copy));
    if (rows > copy.getMaxRows()) copy.insertRowsAfter(copy.getMaxRows(), rows - copy.getMaxRows());
    if (cols > copy.getMaxColumns())
      copy.insertColumnsAfter(copy.getMaxColumns(), cols - copy.getMaxColumns());
    const area = sheet.getRange(1, 1, rows, cols);
    area.copyTo(copy.getRange(1, 1, rows, cols));
    this.onUndo(() => copy.getRange(1, 1, rows, cols).copyTo(area));
    this.afterCommit(() => this.ss.deleteSheet(copy));
  }

  /** Gives staged sheets their real names: the last writes of the action. */
  finishStaged(): void {
    for (const s of this.staged) {
      s.sheet.setName(s.finalName);
      this.onUndo(() => s.sheet.setName(s.tempName));
    }
  }

  /** Undoes every write, newest first; false when some undo failed too. */
  rollback(): boolean {
    let clean = true;
    for (const undo of [...this.undos].reverse()) {
      try {
        undo();
      } catch {
        clean = false;
      }
    }
    return clean;
  }

  runAfters(): void {
    for (const step of this.afters) {
      try {
        step();
      } catch {
        // A leftover backup sheet: the next run removes it and says so in "Nhật ký".
      }
    }
  }
}

/**
 * Puts back colours read with getBackgrounds, which reports "no colour" as white: white goes back
 * as no colour, so the cells are exactly as they were.
 */
export function restoreBackgrounds(range: Range, old: string[][]): void {
  range.setBackgrounds(
    old.map((row) => row.map((bg) => (bg.toLowerCase() === '#ffffff' ? null : bg))) as string[][],
  );
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs an action all-or-nothing: on any error the writes are undone and the error says the
 * workbook is as before (a UserError thrown by the action's own checks is passed on as it is).
 */
export function atomically<T>(ss: Spreadsheet, what: ActionWords, body: (tx: Transaction) => T): T {
  const tx = new Transaction(ss);
  let result: T;
  try {
    result = body(tx);
    tx.finishStaged();
  } catch (e) {
    const clean = tx.rollback();
    if (!tx.wrote && e instanceof UserError) throw e;
    if (clean && e instanceof UserError) throw e;
    // A failed service call (not the action's own check): logged with a reference to quote.
    const code = e instanceof UserError ? '' : logUnexpected(what.en, e);
    const ref = code === '' ? '' : ` (mã ${code})`;
    const refEn = code === '' ? '' : ` (reference ${code})`;
    const cause = e instanceof UserError ? e.message : messageOf(e);
    const causeEn = e instanceof UserError ? e.en : messageOf(e);
    throw new UserError(
      clean
        ? {
            vi: `Không ${what.vi} được vì Google Sheets báo lỗi${ref}: ${cause}. Bảng tính vẫn như trước khi bấm, chưa có gì thay đổi; hãy thử lại sau ít phút, và nếu vẫn lỗi, gửi mã này cho người quản trị Sáu Rõ.`,
            en: `Could not ${what.en}: Google Sheets failed${refEn} (${causeEn}). Nothing was changed; try again in a few minutes.`,
          }
        : {
            vi: `Không ${what.vi} được vì Google Sheets báo lỗi${ref}: ${cause}. Sáu Rõ chưa gỡ hết được phần đã ghi; lần chạy sau sẽ dọn và ghi vào trang "Nhật ký". Hãy thử lại sau ít phút.`,
            en: `Could not ${what.en}: Google Sheets failed${refEn} (${causeEn}), and part of the change could not be undone; the next run cleans it up.`,
          },
    );
  }
  tx.runAfters();
  return result;
}

/** Every sheet of the workbook with its name, in tab order, as an action listed them. */
export type ListedSheets = ReadonlyArray<{ sheet: Sheet; name: string }>;

/**
 * Sheets a stopped run left behind (temporary and backup sheets), deleted. Returns their names,
 * for "Nhật ký", and the sheets that stay with their names (so the action need not list them
 * again). Called by each action before its own writes.
 */
export function cleanupLeftovers(ss: Spreadsheet): { gone: string[]; kept: ListedSheets } {
  const gone: string[] = [];
  const kept: Array<{ sheet: Sheet; name: string }> = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!name.startsWith(TEMP_PREFIX) && !LEGACY_LEFTOVER.test(name)) {
      kept.push({ sheet, name });
      continue;
    }
    ss.deleteSheet(sheet);
    gone.push(name);
  }
  return { gone, kept };
}
