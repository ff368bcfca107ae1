// After an action, the user's cursor moves to what it made or names (Sheets follows
// setActiveRange from a sidebar or menu call), so nobody has to hunt for the new sheet.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Activates `sheetName` and selects the cell at `row`, `col` (1-based) or the A1 range given.
 * Never fails the action that already succeeded: a sheet that is gone is simply not shown.
 */
export function focusOn(
  ss: Spreadsheet,
  sheetName: string,
  row: number | string = 1,
  col = 1,
): void {
  try {
    const sheet = ss.getSheetByName(sheetName);
    if (!sheet) return;
    // The sheet's top: showing it is enough (its own selection stays).
    if (row === 1 && col === 1) {
      sheet.activate();
      return;
    }
    // Activating a range shows its sheet too. A cell outside the sheet throws: nothing moves.
    (typeof row === 'string'
      ? sheet.getRange(row)
      : sheet.getRange(Math.max(row, 1), col)
    ).activate();
  } catch {
    // Showing the result is a courtesy; the action's own result stands.
  }
}
