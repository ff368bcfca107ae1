// The commune's own unit directory, read from the "Đơn vị" sheet in one call. The sheet is what
// people edit (new aliases, editor emails), so imports, checks and reports read it, not the seed.
import { columnLetter } from '../../core/sheet/a1.ts';
import { cellString } from '../../core/sheet/cellText.ts';
import { normalizeHeaderKey } from '../../core/sheet/headerMatch.ts';
import { createUnitDirectory, type Unit, type UnitDirectory } from '../../core/unit/unit.ts';
import { defaultUnitDirectory } from '../../core/unit/unitDirectory.ts';
import { roleFromLabel, UNIT_ROLE_LABELS } from '../../core/unit/unitRoles.ts';
import { UserError } from '../../core/userError.ts';
import { UNIT_HEADERS, UNIT_SHEET } from './unitSheet.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const [NAME, SHORT, ALIASES, EDITORS, ROLE] = UNIT_HEADERS;

/**
 * A typed list: "a; b" or "a, b". Unit names may hold commas ("Các thôn, khu dân cư"), so a cell
 * that uses ";" (as the seeded sheet does) splits on ";" and line breaks only.
 */
export function splitList(value: unknown, namesMayHoldCommas = false): string[] {
  const text = cellString(value);
  const separator = namesMayHoldCommas && /[;\n]/.test(text) ? /[;\n]/ : /[;,\n]/;
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** 0-based column of each heading in the first row; matched by name, not position. */
function headerIndex(header: unknown[]): Partial<Record<string, number>> {
  const wanted = new Map(UNIT_HEADERS.map((h) => [normalizeHeaderKey(h), h]));
  const index: Partial<Record<string, number>> = {};
  header.forEach((cell, i) => {
    const h = wanted.get(normalizeHeaderKey(cell));
    if (h !== undefined && index[h] === undefined) index[h] = i;
  });
  return index;
}

/** Sheets refuses a protection editor that is not an email, half-way through a distribution. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The units of a "Đơn vị" sheet's values (first row = headings). Rows without a name are skipped;
 * a role label that is not one of the known ones, or an editor that is not an email, is an error
 * naming its cell.
 */
function unitsFromValues(values: unknown[][], sheetName = UNIT_SHEET): Unit[] {
  const index = headerIndex(values[0] ?? []);
  const nameCol = index[NAME];
  if (nameCol === undefined) {
    throw new UserError({
      vi: `Trang tính "${sheetName}" thiếu cột "${NAME}" ở dòng 1.`,
      en: `Sheet "${sheetName}" has no "${NAME}" column in row 1.`,
      where: { sheet: sheetName, row: 1 },
    });
  }
  const at = (row: unknown[], h: string): unknown => {
    const col = index[h];
    return col === undefined ? '' : row[col];
  };
  /** A cell, in the words of an error message (Vietnamese, English) and as a UserError place. */
  const place = (row: number, h: string) => {
    const col = columnLetter(index[h] ?? 0);
    return {
      vi: `trang tính "${sheetName}", dòng ${row}, cột ${col} "${h}"`,
      en: `sheet "${sheetName}", row ${row}, column ${col} "${h}"`,
      where: { sheet: sheetName, row, column: h },
    };
  };
  const units: Unit[] = [];
  values.slice(1).forEach((row, r) => {
    const name = cellString(row[nameCol]);
    if (name === '') return;
    const label = cellString(at(row, ROLE));
    const role = label === '' ? 'unit' : roleFromLabel(label);
    if (role === undefined) {
      const labels = Object.values(UNIT_ROLE_LABELS).join(', ');
      const p = place(r + 2, ROLE);
      throw new UserError({
        vi: `Vai trò "${label}" của đơn vị "${name}" không hợp lệ (${p.vi}). Chọn một trong: ${labels}.`,
        en: `Unknown role "${label}" for unit "${name}" (${p.en}). Use one of: ${labels}.`,
        where: p.where,
      });
    }
    const editors = splitList(at(row, EDITORS));
    const notEmail = editors.find((e) => !EMAIL.test(e));
    if (notEmail !== undefined) {
      const p = place(r + 2, EDITORS);
      throw new UserError({
        vi: `Email "${notEmail}" của đơn vị "${name}" không hợp lệ (${p.vi}). Ghi email đầy đủ, ví dụ vanthu@xa.gov.vn; nhiều email cách nhau bởi dấu ";".`,
        en: `"${notEmail}" for unit "${name}" is not an email (${p.en}).`,
        where: p.where,
      });
    }
    const shortName = cellString(at(row, SHORT));
    units.push({
      name,
      role,
      aliases: splitList(at(row, ALIASES), true),
      editors,
      ...(shortName !== '' ? { shortName } : {}),
    });
  });
  return units;
}

/**
 * The workbook's unit directory: one getValues of the "Đơn vị" sheet. Falls back to the seeded
 * default directory when the sheet is missing or lists no unit.
 */
export function readUnitDirectory(ss: Spreadsheet): UnitDirectory {
  const sheet = ss.getSheetByName(UNIT_SHEET);
  if (!sheet) return defaultUnitDirectory();
  const units = unitsFromValues(sheet.getDataRange().getValues(), sheet.getName());
  return units.length > 0 ? createUnitDirectory(units) : defaultUnitDirectory();
}
