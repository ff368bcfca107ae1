// Real protections (never warning-only) for what only the coordinating office may change, and the
// editor lists of the unit sheets' input cells. Google's rules: a new protection starts with every
// editor of the file; the owner and the user running the script can never be removed (so they are
// never asked to be); setDomainEdit is only called when a domain may edit (it throws outside
// Google Workspace). Every change can be undone through the action's transaction.
import type { Transaction } from '../tx/transaction.ts';
import { sameEmail } from './roles.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Every protection Sáu Rõ makes has a description starting with this. */
export const PROTECTION_PREFIX = 'Sáu Rõ: ';

function emailsOf(p: Protection): string[] {
  return p
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e !== '');
}

function unique(emails: readonly string[]): string[] {
  return [...new Map(emails.filter((e) => e !== '').map((e) => [e.toLowerCase(), e])).values()];
}

/**
 * Makes `wanted` the editors of `p` (new ones first, then the others removed). The owner and the
 * current user stay, as Sheets wants. With `tx`, the old list is put back on failure.
 */
export function setEditors(
  p: Protection,
  wanted: readonly string[],
  keep: readonly string[],
  tx?: Transaction,
): void {
  if (tx) {
    // Registered before the first change: any failure below puts the old list back.
    const before = emailsOf(p);
    tx.onUndo(() => {
      p.addEditors(before);
      const extra = emailsOf(p).filter(
        (e) => !before.some((b) => sameEmail(b, e)) && !keep.some((k) => sameEmail(k, e)),
      );
      if (extra.length > 0) p.removeEditors(extra);
    });
  }
  const add = unique(wanted);
  if (add.length > 0) p.addEditors(add);
  const stays = [...add, ...keep];
  const drop = emailsOf(p).filter((e) => !stays.some((s) => sameEmail(s, e)));
  if (drop.length > 0) p.removeEditors(drop);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

export interface SheetProtectionSpec {
  description: string;
  editors: readonly string[];
  /** Never removed from a list: the owner and the user running the action. */
  keep: readonly string[];
  /** Ranges left out of the sheet protection (a unit's input cells). */
  unprotected?: Range[];
  /** The sheet was just made by this action (staged, or a copy of one): it has no protection. */
  fresh?: boolean;
}

/**
 * The sheet's protection, real and limited to `editors`. Sheets keeps one sheet protection per
 * sheet (protect() returns it when there is one): it is changed in place, new editors first, so
 * the sheet is never unprotected on the way. `tx` given: the sheet existed before the action and
 * every change is undone on failure (a staged sheet is simply deleted).
 */
export function protectSheet(
  sheet: Sheet,
  spec: SheetProtectionSpec,
  tx?: Transaction,
): Protection {
  const existing = spec.fresh
    ? undefined
    : sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  const p = existing ?? sheet.protect();
  if (!existing) {
    if (tx) tx.onUndo(() => p.remove());
    p.setDescription(spec.description);
    if (spec.unprotected) p.setUnprotectedRanges(spec.unprotected);
    limitNew(p, spec.editors);
    noDomainEdit(p);
    return p;
  }
  if (tx) {
    const description = p.getDescription();
    const warning = p.isWarningOnly();
    const unprotected = p.getUnprotectedRanges();
    tx.onUndo(() => {
      p.setDescription(description);
      p.setUnprotectedRanges(unprotected);
      if (warning) p.setWarningOnly(true);
    });
  }
  p.setDescription(spec.description);
  if (spec.unprotected) p.setUnprotectedRanges(spec.unprotected);
  if (p.isWarningOnly()) p.setWarningOnly(false);
  setEditors(p, spec.editors, spec.keep, tx);
  return p;
}

/**
 * A new real protection of a range for exactly `editors`, the way Google's sample does it: every
 * editor it starts with removed (Sheets keeps the owner and the runner), then the wanted ones
 * added. The old protections of the cells still hold meanwhile.
 */
export function protectRange(
  range: Range,
  description: string,
  editors: readonly string[],
  tx?: Transaction,
): Protection {
  const p = range.protect();
  if (tx) tx.onUndo(() => p.remove());
  p.setDescription(description);
  limitNew(p, editors);
  noDomainEdit(p);
  return p;
}

/**
 * Every new protection starts with the same editors (the file's, the runner's), so the list is
 * asked of the first one an execution makes and reused (globals last one execution): a call
 * fewer per protection, two per unit sheet.
 */
let initialEditors: Array<{ user: GoogleAppsScript.Base.User; email: string }> | undefined;

/**
 * A new protection limited to exactly `wanted` (Sheets keeps the owner and the runner): the
 * editors it started with that are not wanted are removed (those whose email Google hides too),
 * and the wanted ones it did not start with (not yet sharing the file) added. Unit editors who
 * already share the file cost no call.
 */
function limitNew(p: Protection, wanted: readonly string[]): void {
  if (initialEditors === undefined)
    initialEditors = p.getEditors().map((user) => ({ user, email: user.getEmail() }));
  const start = initialEditors;
  const add = unique(wanted);
  const drop = start.filter(({ email }) => email === '' || !add.some((a) => sameEmail(a, email)));
  if (drop.length > 0) p.removeEditors(drop.map((d) => d.user));
  const missing = add.filter((a) => !start.some(({ email }) => sameEmail(email, a)));
  if (missing.length > 0) p.addEditors(missing);
}

/**
 * A new protection starts open to the file's domain when the file is shared with it; that is the
 * same for every protection an execution makes, so it is asked once (globals last one execution).
 */
let domainEditable: boolean | undefined;

function noDomainEdit(p: Protection): void {
  if (domainEditable === undefined) domainEditable = p.canDomainEdit();
  if (domainEditable) p.setDomainEdit(false);
}

/** Sáu Rõ's range protections of a sheet (taken before new ones are made, removed after). */
export function ownRangeProtections(sheet: Sheet): Protection[] {
  return sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX));
}

/** Removes protections; with `tx`, a failure makes them again (range, description, editors). */
export function removeProtections(list: readonly Protection[], tx?: Transaction): void {
  for (const p of list) {
    if (!tx) {
      p.remove();
      continue;
    }
    const description = p.getDescription();
    const range = p.getRange();
    const editors = emailsOf(p);
    const warning = p.isWarningOnly();
    p.remove();
    // After the removal succeeded: making it again is only right once it is gone.
    tx.onUndo(() => {
      if (warning) range.protect().setDescription(description).setWarningOnly(true);
      else protectRange(range, description, editors);
    });
  }
}
