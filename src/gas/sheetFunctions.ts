// Bodies of the custom functions DEADLINE_DATE, TASK_STATUS and UNIT_NAME. None reads the clock:
// Sheets caches a custom function's result by its arguments, so "today" arrives as an argument
// (the report date cell, SAURO_REPORT_DATE). The date functions read the spreadsheet's zone (one
// read-only call); UNIT_NAME gets its directory as a range argument instead of reading the sheet.
import { cellString } from '../core/sheet/cellText.ts';
import { foldText } from '../core/text/text.ts';
import { cellDay } from '../core/text/calendar.ts';
import type { CellArg, CellValue, FnOut } from '../core/sheet/cellArgs.ts';
import { deadlineDateFn, taskStatusFn } from '../core/deadline/deadlineFunctions.ts';
import { readDayOffRows } from '../core/deadline/dayOffRows.ts';
import { workingCalendar, type WorkingCalendar } from '../core/deadline/holidays.ts';
import {
  createUnitDirectory,
  unitNameFn,
  type Unit,
  type UnitDirectory,
} from '../core/unit/unit.ts';
import { defaultUnitDirectory } from '../core/unit/unitDirectory.ts';
import { splitList } from './units/units.ts';
import { useSpreadsheetZone } from './sheet/zone.ts';

/** One value from a cell or the top-left cell of a range. */
function firstCell(arg: unknown): CellValue {
  let v: unknown = arg;
  while (Array.isArray(v)) v = v[0];
  return v as CellValue;
}

export function deadlineDate(
  text: unknown,
  asOf?: unknown,
  issued?: unknown,
  holidays?: unknown,
): FnOut {
  useSpreadsheetZone();
  const day = cellDay(firstCell(serialAsDay(issued)));
  return deadlineDateFn(
    text as CellArg,
    firstCell(serialAsDay(asOf)) ?? undefined,
    day ?? undefined,
    holidayCalendar(holidays),
  );
}

/**
 * The working calendar of a holiday range ('Ngày nghỉ'!A2:D100: day, end day, kind, note; or a
 * column of days off) on top of Vietnam's public holidays; undefined without a range.
 */
function holidayCalendar(range: unknown): WorkingCalendar | undefined {
  if (range === undefined || range === null || range === '') return undefined;
  const rows = (Array.isArray(range) ? (range as unknown[]) : [[range]]).map((r) =>
    (Array.isArray(r) ? (r as unknown[]) : [r]).map(serialAsDay),
  );
  return workingCalendar(readDayOffRows(rows).overrides);
}

/**
 * A report day given as a number is a spreadsheet serial day (days since 30/12/1899), which is
 * what a date computed inside a formula (DATE(2026;7;1)) can arrive as.
 */
function serialAsDay(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(serialAsDay);
  if (typeof value === 'number' && Number.isFinite(value) && value >= 1) return serialDay(value);
  return value;
}

const SERIAL_1970 = 25_569; // serial day of 01/01/1970
const DAY_MS = 86_400_000;

/** A serial day as 'YYYY-MM-DD', by arithmetic on the number (no zone: a serial is a day). */
function serialDay(serial: number): string {
  const d = new Date((Math.floor(serial) - SERIAL_1970) * DAY_MS);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function taskStatus(deadline: unknown, status: unknown, asOf?: unknown): FnOut {
  useSpreadsheetZone();
  return taskStatusFn(
    deadline as CellArg,
    (status ?? '') as CellArg,
    serialAsDay(asOf) as CellArg | undefined,
  );
}

const HEADING = 'ten don vi'; // foldText('Tên đơn vị'), written out: no work at load

/**
 * A directory from a range of the "Đơn vị" sheet: name, short name, aliases ("; " or ", "
 * separated) by column. A heading row included in the range is skipped.
 */
function directoryFromRange(range: unknown): UnitDirectory | undefined {
  if (!Array.isArray(range)) return undefined;
  const units: Unit[] = [];
  for (const row of range as unknown[]) {
    const cells = Array.isArray(row) ? (row as unknown[]) : [row];
    const name = cellString(cells[0]);
    if (name === '' || foldText(name) === HEADING) continue;
    const shortName = cellString(cells[1]);
    units.push({
      name,
      role: 'unit',
      aliases: splitList(cells[2], true),
      editors: [],
      ...(shortName !== '' ? { shortName } : {}),
    });
  }
  return units.length > 0 ? createUnitDirectory(units) : undefined;
}

export function unitName(text: unknown, directory?: unknown): FnOut {
  const dir = directoryFromRange(directory) ?? defaultUnitDirectory();
  return unitNameFn(text as CellArg, dir);
}
