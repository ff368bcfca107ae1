// Lays out a unit's submission sheet as values, keeping what the unit typed before. No services.
import { asData } from '../../../core/sheet/cellText.ts';
import { codeKey } from '../../../core/report/merge/mergeIntake.ts';
import {
  BlockRole,
  SUBMISSION_LABELS,
  BLOCK_TITLES,
  NOT_SUBMITTED,
  HEADER_LAYOUT,
  SHEET_WIDTH,
  columnsOf,
} from './submissionColumns.ts';
import { ParsedRow, ParsedBlock, ParsedSheet, rowHasInput, at } from './submissionRead.ts';

export interface LayoutRow {
  /** Read-only values by column key (the plan's). */
  fixed: Record<string, unknown>;
}

export interface LayoutInput {
  unit: string;
  periodTitle: string;
  periodText: string;
  deadlineText: string;
  protectionNote: string;
  /** "Chưa nộp" / "Đã nộp lúc … bởi …", from the submission record. */
  state: string;
  /** Entries sent back and not yet resubmitted, by code key: the lines shown. */
  sentBack: ReadonlyMap<string, string>;
  /** The "Nộp báo cáo" box and the result of its last tick, kept as they are. */
  submitBox: { checked: boolean; result: string };
  blocks: Array<{ role: BlockRole; rows: LayoutRow[] }>;
  /** The sheet as it was, when distributing again: typed inputs are kept by code. */
  old: ParsedSheet | null;
}

export interface BlockPlacement {
  role: BlockRole;
  titleRow: number;
  headerRow: number;
  /** 1-based first data row and number of data rows. */
  firstRow: number;
  count: number;
  /** Data rows (1-based) of entries sent back. */
  sentBackRows: number[];
}

export interface Layout {
  values: unknown[][];
  blocks: BlockPlacement[];
  /** Rows typed in the old sheet whose code left the unit's list: kept at their block's end. */
  kept: number;
  stateRow: number;
  sentBackRow: number;
  submitRow: number;
  protectionRow: number;
}

const GUIDE =
  'Nhập các cột Trạng thái, Tiến độ (%), Kết quả thực hiện / sản phẩm, Minh chứng, Khó khăn, vướng mắc, kiến nghị, Ghi chú; nhiệm vụ đã hoàn thành ghi thêm Ngày hoàn thành (để trống thì Sáu Rõ lấy ngày nộp báo cáo, nên nhiệm vụ xong từ trước có thể bị tính là hoàn thành quá hạn). Xong tích ô "Nộp báo cáo" ở trên (không cần cài tiện ích), hoặc chọn Tiện ích mở rộng → Sáu Rõ → Nộp báo cáo. Sửa phiếu sau khi nộp thì phải nộp lại.';

function blankRow(): unknown[] {
  return new Array<unknown>(SHEET_WIDTH).fill('');
}

function labelRow(label: string, value: unknown): unknown[] {
  const row = blankRow();
  row[0] = label;
  row[1] = value;
  return row;
}

/** Old typed inputs of one block, by code key (the first row of a code wins). */
function oldInputs(old: ParsedSheet | null, role: BlockRole) {
  const byCode = new Map<string, { block: ParsedBlock; row: ParsedRow }>();
  const loose: Array<{ block: ParsedBlock; row: ParsedRow }> = [];
  for (const b of old?.blocks ?? []) {
    if (b.role !== role || b.headerRow === 0) continue;
    for (const r of b.rows) {
      const key = codeKey(at(b, r, 'code'));
      if (key === '') {
        if (rowHasInput(b, r)) loose.push({ block: b, row: r });
      } else if (!byCode.has(key)) byCode.set(key, { block: b, row: r });
    }
  }
  return { byCode, loose };
}

/**
 * The whole sheet as one grid of values: header block, then each non-empty block with its title,
 * header and rows. What the unit typed before is kept by code; typed rows whose code left the
 * unit's list stay at the end of their block, so nothing typed is ever wiped.
 */
export function layoutSubmission(input: LayoutInput): Layout {
  const old = input.old;
  const sentBack = input.sentBack;
  const sentBackText = [...sentBack.values()].join('\n');
  const box = labelRow(SUBMISSION_LABELS.submitBox, input.submitBox.checked);
  box[2] = asData(input.submitBox.result);
  const values: unknown[][] = [
    (() => {
      const r = blankRow();
      r[0] = `PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH – ${input.periodTitle.toUpperCase()}`;
      return r;
    })(),
    labelRow(SUBMISSION_LABELS.unit, asData(input.unit)),
    labelRow(SUBMISSION_LABELS.period, input.periodText),
    labelRow(SUBMISSION_LABELS.deadline, input.deadlineText),
    labelRow(SUBMISSION_LABELS.state, asData(input.state || NOT_SUBMITTED)),
    labelRow(SUBMISSION_LABELS.sentBack, asData(sentBackText)),
    box,
    labelRow(SUBMISSION_LABELS.protection, input.protectionNote),
    labelRow(SUBMISSION_LABELS.guide, GUIDE),
  ];
  const placements: BlockPlacement[] = [];
  let kept = 0;
  for (const block of input.blocks) {
    const columns = columnsOf(block.role);
    const inputs = oldInputs(old, block.role);
    const used = new Set<string>();
    const rows: unknown[][] = [];
    for (const r of block.rows) {
      const key = codeKey(r.fixed.code);
      const prev = inputs.byCode.get(key);
      if (prev) used.add(key);
      rows.push(
        columns.map((c) =>
          asData(c.input ? (prev ? at(prev.block, prev.row, c.key) : '') : r.fixed[c.key]),
        ),
      );
    }
    const leftovers = [
      ...[...inputs.byCode].filter(([k, v]) => !used.has(k) && rowHasInput(v.block, v.row)),
      ...inputs.loose.map((v) => ['', v] as const),
    ];
    for (const [, v] of leftovers) {
      rows.push(columns.map((c) => asData(at(v.block, v.row, c.key))));
      kept++;
    }
    if (rows.length === 0) continue;
    values.push(blankRow());
    const titleRow = values.length + 1;
    values.push(labelRow(BLOCK_TITLES[block.role], ''));
    values.push([...columns.map((c) => c.header), ...blankRow()].slice(0, SHEET_WIDTH));
    const firstRow = values.length + 1;
    const sentBackRows: number[] = [];
    rows.forEach((row, i) => {
      values.push([...row, ...blankRow()].slice(0, SHEET_WIDTH));
      if (sentBack.has(codeKey(row[0]))) sentBackRows.push(firstRow + i);
    });
    placements.push({
      role: block.role,
      titleRow,
      headerRow: titleRow + 1,
      firstRow,
      count: rows.length,
      sentBackRows,
    });
  }
  return { values, blocks: placements, kept, ...HEADER_LAYOUT };
}
