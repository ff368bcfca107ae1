// Which commune and which plan a workbook is about, from the rows above a task table ("Kèm theo
// Kế hoạch số 03/KH-UBND ngày 07/07/2025 của UBND xã Cẩm Giàng", "Xã: Cẩm Giàng"). Placeholders
// ("…") mean unknown.
import { cellString } from '../sheet/cellText.ts';

export interface PlanIdentity {
  commune?: string;
  /** "03/KH-UBND". */
  planNumber?: string;
  /** The date as written ("07/07/2025"). */
  planDate?: string;
}

function known(text: string | undefined): string | undefined {
  let t = text?.trim().replace(/[.,;]+$/, '');
  // The plan's own line is bracketed: "(Kèm theo … của UBND xã Cẩm Giàng)".
  if (t?.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trim();
  return t && !/…|\.\.\./.test(t) ? t : undefined;
}

export function planIdentity(rows: readonly (readonly unknown[])[]): PlanIdentity {
  const out: PlanIdentity = {};
  for (const row of rows) {
    const text = cellString(row[0]);
    const commune = /^Xã\s*:\s*(.+)$/iu.exec(text)?.[1] ?? /của UBND xã\s+(.+)$/iu.exec(text)?.[1];
    out.commune ??= known(commune);
    // "Kế hoạch số /KH-UBND": the number is left blank, so it is unknown.
    out.planNumber ??= known(/Kế hoạch số\s+([^\s/]\S*)/iu.exec(text)?.[1]);
    out.planDate ??= known(/\bngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/iu.exec(text)?.[1]);
  }
  return out;
}
