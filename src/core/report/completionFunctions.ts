// Body of the custom function COMPLETION_RATE(statusRange, [progressRange]) for users' own sheets.
import { isBlank, readPercent } from '../sheet/cellText.ts';
import { canonicalStatus } from './completion.ts';
import { TaskStatus } from '../sheet/vocabulary.ts';

/** A range argument as Sheets passes it: a 2-D array, or one value for a single cell. */
function cells(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  return range.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/**
 * The share (0–1, for a %-formatted cell) of non-blank rows that are done: status "Hoàn thành"
 * (any case, with or without diacritics) or progress 100%. A row is non-blank when its status or
 * its progress is. Progress may be typed (100, "100%") or %-formatted (1). Never throws: bad input gives a Vietnamese message for the cell to show.
 */
export function completionRateFn(statusRange: unknown, progressRange?: unknown): number | string {
  const statuses = cells(statusRange);
  const progress = progressRange === undefined ? [] : cells(progressRange);
  if (progressRange !== undefined && progress.length !== statuses.length) {
    return 'Vùng trạng thái và vùng tiến độ phải có cùng số ô.';
  }
  // Custom functions get values, not formats: a progress range whose numbers all lie within 0–1
  // is a %-formatted one (1 = 100%); otherwise numbers are percentages as typed.
  const numbers = progress.filter((v): v is number => typeof v === 'number');
  const format = numbers.length > 0 && numbers.every((n) => n >= 0 && n <= 1) ? '0%' : '0';
  // Columns repeat a few values: each distinct status and progress is read once.
  const statusDone = new Map<unknown, boolean>();
  const progressDone = new Map<unknown, boolean>();
  const blank = new Map<unknown, boolean>();
  const isBlankCell = (v: unknown): boolean => {
    let b = blank.get(v);
    if (b === undefined) blank.set(v, (b = isBlank(v)));
    return b;
  };
  let rows = 0;
  let done = 0;
  statuses.forEach((status, i) => {
    const p = progress[i];
    if (isBlankCell(status) && isBlankCell(p)) return;
    rows += 1;
    let byStatus = statusDone.get(status);
    if (byStatus === undefined) {
      byStatus = canonicalStatus(status)?.status === TaskStatus.done;
      statusDone.set(status, byStatus);
    }
    if (byStatus) {
      done += 1;
      return;
    }
    let byProgress = progressDone.get(p);
    if (byProgress === undefined) {
      const pct = readPercent(p, typeof p === 'number' ? format : undefined);
      byProgress = pct.ok && pct.value === 100;
      progressDone.set(p, byProgress);
    }
    if (byProgress) done += 1;
  });
  if (rows === 0) return 'Chưa có dòng nào có trạng thái hoặc tiến độ.';
  return done / rows;
}
