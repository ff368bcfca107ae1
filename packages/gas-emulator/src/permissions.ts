/** What each ScriptApp.AuthMode lets a script call (subset of Apps Script's rules). */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

// Custom functions: no document, lock, properties or UI access (Sheets forbids writes and
// needs no reads through services here; see the README).
const CUSTOM_FUNCTION_ALLOWED = new Set([
  'Utilities',
  'Logger',
  'console',
  'Session',
  'ScriptApp',
  'HtmlService',
  'HtmlOutput',
]);

// Read-only calls that cannot re-enter the formula engine: custom functions may read the file's
// zone and locale (Sheets allows every read-only getter; see the README).
const CUSTOM_FUNCTION_ALLOWED_METHODS = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActive',
  'Spreadsheet.getSpreadsheetTimeZone',
  'Spreadsheet.getSpreadsheetLocale',
]);

// AuthMode.NONE (add-on onOpen before authorisation): menus only.
const NONE_ALLOWED_CLASSES = new Set(['Ui', 'Menu', 'Utilities', 'Logger', 'console', 'ScriptApp']);
const NONE_ALLOWED_METHODS = new Set([
  'SpreadsheetApp.getUi',
  'Session.getScriptTimeZone',
  'Session.getActiveUserLocale',
]);

export function permissionError(mode: AuthModeName, cls: string, method: string): string | null {
  if (mode === 'FULL' || mode === 'LIMITED') return null;
  const allowed =
    mode === 'CUSTOM_FUNCTION'
      ? CUSTOM_FUNCTION_ALLOWED.has(cls) || CUSTOM_FUNCTION_ALLOWED_METHODS.has(`${cls}.${method}`)
      : NONE_ALLOWED_CLASSES.has(cls) || NONE_ALLOWED_METHODS.has(`${cls}.${method}`);
  return allowed ? null : `You do not have permission to call ${cls}.${method}`;
}
