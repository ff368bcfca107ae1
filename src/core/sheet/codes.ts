// Task and KPI codes across the workbook's plan tables: one code must name one row, or reports
// for two different tasks land on the same line of the summary.
import { foldText } from '../text/text.ts';

/** Where a code is written: sheet name and 1-based row. */
export interface CodePlace {
  code: string;
  sheet: string;
  row: number;
}

export interface DuplicateCode {
  code: string;
  places: Array<{ sheet: string; row: number }>;
}

/** Row by row, whether the next row holds one of this row's sub-tasks ("1.2" then "1.2.a"). */
export function headsSubTasks(codes: readonly string[]): boolean[] {
  const keys = codes.map(codeKey);
  return keys.map((own, i) => own !== '' && (keys[i + 1] ?? '').startsWith(`${own}.`));
}

/** Section rows (I, II…, "CT-I") group rows; plans may share them freely. */
export function isGroupCode(code: string): boolean {
  return /^(?:CT\d*-)?[IVXLC]+\.?$/i.test(code.trim());
}

/** Codes compared as people read them: case, spaces and a trailing dot do not matter. */
export function codeKey(code: string): string {
  return foldText(code).replace(/\s+/g, '').replace(/\.$/, '').toUpperCase();
}

/**
 * Every code written on more than one row, with all its places in the order given (blank and
 * group codes are left out). Codes come back in the order of their first place.
 */
export function findDuplicateCodes(places: readonly CodePlace[]): DuplicateCode[] {
  const byKey = new Map<string, DuplicateCode>();
  for (const p of places) {
    const code = p.code.trim();
    if (code === '' || isGroupCode(code)) continue;
    const key = codeKey(code);
    let d = byKey.get(key);
    if (!d) byKey.set(key, (d = { code, places: [] }));
    d.places.push({ sheet: p.sheet, row: p.row });
  }
  return [...byKey.values()].filter((d) => d.places.length > 1);
}

/** "I.1 (Phụ lục I dòng 6, Phụ lục I (2) dòng 6)": a duplicate as a user reads it. */
export function duplicateText(d: DuplicateCode): string {
  return `${d.code} (${d.places.map((p) => `${p.sheet} dòng ${p.row}`).join(', ')})`;
}
