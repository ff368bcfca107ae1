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
    ss.setActiveSheet(sheet);
    // A cell outside the sheet throws: the sheet is still shown.
    sheet.setActiveRange(
      typeof row === 'string' ? sheet.getRange(row) : sheet.getRange(Math.max(row, 1), col),
    );
  } catch {
    // Showing the result is a courtesy; the action's own result stands.
  }
}
