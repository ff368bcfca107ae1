/**
 * Runtime.edit: a value typed into one cell by the runtime's current user, as the Sheets UI takes
 * it. Protections the user is not an editor of refuse it (warning-only ones let it through, as a
 * person clicking OK would), data validation set to reject refuses invalid input, and the edit
 * fires the installed onEdit triggers of the runtime's project, each run as its owner.
 */
import { parseA1 } from './a1.ts';
import type { OnEditTriggerRecord } from './services/clockTriggers.ts';
import { readValues, writeValues } from './cellValues.ts';
import { dateToSerial } from './dates.ts';
import { intersects, type Box } from './geometry.ts';
import { formulaFromLocale, parseInput } from './inputParse.ts';
import { PROTECTED_MESSAGE } from './protectionModel.ts';
import type { SheetModel } from './sheetModel.ts';
import { isRangeRef, type ValidationModel } from './validation.ts';
import type { Workbook } from './workbook.ts';

export interface EditResult {
  applied: boolean;
  reason?: string;
  /** Errors thrown by triggers the edit fired (Sheets mails them to the trigger's owner). */
  triggerErrors?: string[];
}

/** What a trigger receives about the edit (the runtime builds the Apps Script objects). */
export interface EditEvent {
  sheet: SheetModel;
  box: Box;
  value: string;
  oldValue: string;
}

type Typed =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean };

function typed(input: string, format: string | undefined, wb: Workbook): Typed {
  if (input === '') return { kind: 'empty' };
  const p = parseInput(input, format, wb.locale, true);
  if (p.kind === 'number') return { kind: 'number', value: p.value };
  if (p.kind === 'boolean') return { kind: 'boolean', value: p.value };
  if (p.kind === 'text') return { kind: 'text', text: p.text };
  return { kind: 'text', text: p.formula };
}

function shown(t: Typed): string {
  switch (t.kind) {
    case 'empty':
      return '';
    case 'number':
      return String(t.value);
    case 'boolean':
      return t.value ? 'TRUE' : 'FALSE';
    case 'text':
      return t.text;
  }
}

function num(v: unknown): number {
  return v instanceof Date ? dateToSerial(v, 'UTC') : Number(v);
}

/** Sheets' default wording when a rule rejects input and has no help text. */
function defaultMessage(rule: ValidationModel): string {
  const [a, b] = rule.values;
  switch (rule.criteria) {
    case 'NUMBER_BETWEEN':
      return `Input must be a number between ${String(a)} and ${String(b)}.`;
    case 'VALUE_IN_LIST':
    case 'VALUE_IN_RANGE':
      return 'Input must be an item on the specified list.';
    case 'CHECKBOX':
      return 'Input must be a checkbox value.';
    default:
      return 'Input must fall within the specified range.';
  }
}

/** null when the rule accepts the input; an empty cell is always accepted. */
function violates(rule: ValidationModel, t: Typed, wb: Workbook): boolean {
  if (t.kind === 'empty') return false;
  const text = shown(t);
  const n = t.kind === 'number' ? t.value : NaN;
  const [a, b] = rule.values;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const list = Array.isArray(a) ? a.map(String) : [];
      return !list.some((x) => x.toLowerCase() === text.toLowerCase());
    }
    case 'VALUE_IN_RANGE': {
      if (!isRangeRef(a)) return false;
      const sheet = wb.sheets.find((s) => s === a.sheet);
      if (!sheet) return false;
      const values = readValues(sheet, a.box)
        .flat()
        .map((v) => String(v).toLowerCase());
      return !values.includes(text.toLowerCase());
    }
    case 'CHECKBOX': {
      if (rule.values.length === 0) return t.kind !== 'boolean';
      return !rule.values.some((v) => String(v).toLowerCase() === text.toLowerCase());
    }
    case 'NUMBER_BETWEEN':
      return !(n >= Math.min(num(a), num(b)) && n <= Math.max(num(a), num(b)));
    case 'NUMBER_NOT_BETWEEN':
      return !(n < Math.min(num(a), num(b)) || n > Math.max(num(a), num(b)));
    case 'NUMBER_GREATER_THAN':
      return !(n > num(a));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return !(n >= num(a));
    case 'NUMBER_LESS_THAN':
      return !(n < num(a));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return !(n <= num(a));
    case 'NUMBER_EQUAL_TO':
      return !(n === num(a));
    case 'NUMBER_NOT_EQUAL_TO':
      return !(t.kind === 'number' && n !== num(a));
    case 'TEXT_CONTAINS':
      return !text.toLowerCase().includes(String(a).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return text.toLowerCase().includes(String(a).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text.toLowerCase() !== String(a).toLowerCase();
    case 'TEXT_IS_VALID_EMAIL':
      return !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'TEXT_IS_VALID_URL':
      return !/^(https?:\/\/)?[^\s.]+\.[^\s]+$/i.test(text);
    default:
      // Dates and custom formulas are not checked on typed input here (see the README).
      void b;
      return false;
  }
}

/** The protection that refuses `user` on this cell, if any (warning-only ones never do). */
function refusedBy(sheet: SheetModel, box: Box, user: string): boolean {
  return sheet.protections.some((p) => !p.canEdit(user) && p.covers(box));
}

export interface EditHooks {
  /** Runs one installed trigger as its owner; throws what the handler threw. */
  runTrigger(trigger: OnEditTriggerRecord, event: EditEvent): void;
  /** Runs the bundle's simple onEdit(e), if it has one, as the editing user. */
  runSimple(event: EditEvent): void;
}

export function typedEdit(
  wb: Workbook,
  user: string,
  project: string,
  sheetName: string,
  a1: string,
  input: string,
  hooks: EditHooks,
): EditResult {
  const sheet = wb.sheetByName(sheetName);
  if (!sheet) return { applied: false, reason: `No sheet named "${sheetName}".` };
  const parsed = parseA1(a1, sheet.maxRows, sheet.maxCols);
  if (!parsed || parsed.sheetName !== undefined)
    return { applied: false, reason: `"${a1}" is not a cell address.` };
  if (parsed.box.numRows !== 1 || parsed.box.numCols !== 1)
    return {
      applied: false,
      reason: `"${a1}" is a range; a person types into one cell at a time.`,
    };
  if (parsed.box.row > sheet.maxRows || parsed.box.col > sheet.maxCols)
    return { applied: false, reason: `"${a1}" is outside the sheet.` };
  // Typing into a merged cell types into its top-left cell.
  const merge = sheet.merges.find((m) => intersects(m, parsed.box));
  const box: Box = merge ? { ...parsed.box, row: merge.row, col: merge.col } : parsed.box;
  if (refusedBy(sheet, box, user)) return { applied: false, reason: PROTECTED_MESSAGE };
  const meta = sheet.getMeta(box.row, box.col);
  const t = typed(input, meta?.numberFormat, wb);
  const rule = meta?.validation;
  if (rule && !rule.allowInvalid && violates(rule, t, wb)) {
    return {
      applied: false,
      reason: `There was a problem: ${rule.helpText ?? defaultMessage(rule)}`,
    };
  }
  const before = readValues(sheet, box)[0]?.[0];
  // A checkbox takes TRUE/FALSE as booleans, whatever the cell's number format; a formula is
  // typed in the file's locale ("=ROUND(A1;1)" in vi_VN).
  const value =
    t.kind === 'boolean'
      ? t.value
      : input.startsWith('=') && input.length > 1
        ? formulaFromLocale(input, wb.locale)
        : input;
  writeValues(sheet, box, [[value]]);
  const event: EditEvent = {
    sheet,
    box,
    value: shown(t),
    oldValue:
      before === undefined || before === ''
        ? ''
        : typeof before === 'boolean'
          ? before
            ? 'TRUE'
            : 'FALSE'
          : String(before),
  };
  const errors: string[] = [];
  try {
    hooks.runSimple(event);
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
  }
  const edits = wb.triggers.filter(
    (x): x is OnEditTriggerRecord => x.kind === 'onEdit' && (x.project ?? project) === project,
  );
  for (const trigger of edits) {
    try {
      hooks.runTrigger(trigger, event);
    } catch (e) {
      errors.push(`${trigger.handler}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { applied: true, ...(errors.length > 0 ? { triggerErrors: errors } : {}) };
}

/** e.user of an installable trigger: Sheets tells the editor's email only within one domain. */
export function editorSeenBy(owner: string, editor: string): string {
  const domain = (e: string) => e.slice(e.lastIndexOf('@') + 1).toLowerCase();
  if (editor === '' || owner === '') return '';
  if (owner.toLowerCase() === editor.toLowerCase()) return editor;
  return domain(owner) === domain(editor) ? editor : '';
}
