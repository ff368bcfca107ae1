// Carrying the coordinator's own columns (Nhận xét, Đánh giá…) from the previous summary.
import { asData, fromData, isBlank } from '../../sheet/cellText.ts';
import { findHeaderRow, matchHeaders, type HeaderColumn } from '../../sheet/headerMatch.ts';
import { anyFilled, codeKey } from './mergeIntake.ts';
import type { CellOut, MergeProblem, PreviousRow } from './mergeTypes.ts';

export interface Carried {
  /** Code key → the coordinator's values, ready to write. */
  byCode: Map<string, Record<string, CellOut>>;
  /** Previous rows with notes whose code is no longer in the plan, in their previous order. */
  orphans: Array<{ code: string; coordinator: Record<string, CellOut> }>;
}

function asCells(values: Readonly<Record<string, unknown>> | undefined): Record<string, CellOut> {
  const out: Record<string, CellOut> = {};
  for (const [k, v] of Object.entries(values ?? {})) out[k] = asData(v);
  return out;
}

/**
 * The previous rows' coordinator values by code (the first row of a code wins). Rows whose code
 * left the plan but hold notes are kept as orphans, so merging never silently drops what the
 * coordinator wrote; written back and read again, they stay orphans, which keeps merges idempotent.
 */
export function carryOver(
  previous: readonly PreviousRow[] | undefined,
  codes: ReadonlySet<string>,
): Carried {
  const byCode = new Map<string, Record<string, CellOut>>();
  const orphans: Carried['orphans'] = [];
  const seenOrphans = new Set<string>();
  for (const row of previous ?? []) {
    const key = codeKey(row.code);
    if (key === '') continue;
    const values = asCells(row.coordinator);
    if (codes.has(key)) {
      if (!byCode.has(key)) byCode.set(key, values);
    } else if (!seenOrphans.has(key) && anyFilled(...Object.values(values))) {
      seenOrphans.add(key);
      orphans.push({ code: fromData(row.code), coordinator: values });
    }
  }
  return { byCode, orphans };
}

export function orphanProblem(code: string, what: 'nhiệm vụ' | 'chỉ tiêu'): MergeProblem {
  return {
    kind: 'orphanNote',
    code,
    message: `Mã ${what} "${code}" không còn trong Kế hoạch; nhận xét cũ được giữ ở cuối bảng tổng hợp, xoá dòng đó nếu không cần.`,
  };
}

/**
 * The previous summary as read from its sheet: the header row is found by the columns the merge
 * writes (`produced`, which must include `code`), and every other heading is a coordinator column.
 */
export function previousFromValues(
  values: readonly (readonly unknown[])[],
  produced: readonly HeaderColumn[],
): PreviousRow[] {
  const h = findHeaderRow(values, produced);
  if (h < 0) return [];
  const match = matchHeaders(values[h] ?? [], produced);
  const codeAt = match.index.code;
  if (codeAt === undefined) return [];
  return values.slice(h + 1).flatMap((row) =>
    isBlank(row[codeAt])
      ? []
      : [
          {
            code: row[codeAt],
            coordinator: Object.fromEntries(match.extra.map((e) => [e.header, row[e.column]])),
          },
        ],
  );
}
