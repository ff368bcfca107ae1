// All-or-nothing sheet writes: the new content goes into a sheet under a temporary name, which
// takes the real name only once it is complete; the old sheet is removed last.
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function dropQuietly(ss: Spreadsheet, sheet: Sheet): void {
  try {
    ss.deleteSheet(sheet);
  } catch {
    // The original error matters more; a leftover temporary sheet is removed by the next run.
  }
}

/**
 * Writes a sheet called `name` with `fill`, replacing the one there. Until the rename the old
 * sheet is untouched; any error removes the new one and leaves the old as it was. Returns the
 * new sheet and a warning when the old one could not be deleted.
 */
export function replaceSheet(
  ss: Spreadsheet,
  name: string,
  fill: (sheet: Sheet) => void,
): { sheet: Sheet; warnings: string[] } {
  const tempName = `${name} (đang ghi)`;
  const backupName = `${name} (cũ)`;
  for (const stale of [tempName, backupName]) {
    const s = ss.getSheetByName(stale);
    if (s) ss.deleteSheet(s);
  }
  const old = ss.getSheetByName(name);
  const temp = ss.insertSheet(tempName, old ? old.getIndex() - 1 : ss.getNumSheets());
  try {
    fill(temp);
  } catch (e) {
    dropQuietly(ss, temp);
    throw e;
  }
  if (!old) {
    temp.setName(name);
    return { sheet: temp, warnings: [] };
  }
  old.setName(backupName);
  try {
    temp.setName(name);
  } catch (e) {
    old.setName(name);
    dropQuietly(ss, temp);
    throw e;
  }
  try {
    ss.deleteSheet(old);
  } catch {
    return {
      sheet: temp,
      warnings: [`Không xoá được trang "${backupName}" (bản cũ); có thể xoá tay.`],
    };
  }
  return { sheet: temp, warnings: [] };
}
