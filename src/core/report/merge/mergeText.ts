// Text the summary writes: a unit's words, safe to write, labelled when they are not the lead's.
import { asData, cellString } from '../../sheet/cellText.ts';

/** Text ready for a cell: trimmed, and never read as a formula. */
export function dataText(value: unknown): string {
  return String(asData(cellString(value)));
}

/**
 * The lead's text, then each other unit's on its own line as "[Unit] text". Blank texts are
 * skipped. Only a cell's first character can make Sheets read a formula, so the whole is made
 * safe once.
 */
export function joinLabelled(
  lead: unknown,
  others: ReadonlyArray<{ unit: string; value: unknown }>,
): string {
  const lines: string[] = [];
  const own = cellString(lead);
  if (own !== '') lines.push(own);
  for (const o of others) {
    const text = cellString(o.value);
    if (text !== '') lines.push(`[${o.unit}] ${text}`);
  }
  return String(asData(lines.join('\n')));
}
