// A unit's submission sheet (phiếu báo cáo): its labels, blocks and columns. No services.
import { type HeaderColumn } from '../../../core/sheet/headerMatch.ts';

export type BlockRole = 'lead' | 'partner' | 'kpi';

export interface ReportColumn extends HeaderColumn {
  width: number;
  /** A unit types here; the other columns are the plan's and read-only. */
  input?: boolean;
}

export const SUBMISSION_LABELS = {
  unit: 'Đơn vị',
  period: 'Kỳ báo cáo',
  deadline: 'Hạn nộp',
  state: 'Trạng thái nộp',
  sentBack: 'Trả lại để sửa',
  submitBox: 'Nộp báo cáo',
  protection: 'Ghi chú bảo vệ',
  guide: 'Hướng dẫn',
} as const;

export const BLOCK_TITLES: Record<BlockRole, string> = {
  lead: 'A. NHIỆM VỤ CHỦ TRÌ',
  partner: 'B. NHIỆM VỤ PHỐI HỢP',
  kpi: 'C. CHỈ TIÊU',
};

export const NOT_SUBMITTED = 'Chưa nộp';

export const TASK_COLUMNS: readonly ReportColumn[] = [
  {
    key: 'code',
    header: 'Mã',
    aliases: ['mã nhiệm vụ', 'mã nv'],
    required: true,
    width: 110,
  },
  {
    key: 'content',
    header: 'Nội dung nhiệm vụ',
    aliases: ['nội dung', 'nhiệm vụ'],
    width: 340,
  },
  {
    key: 'leadUnit',
    header: 'Cơ quan chủ trì',
    aliases: ['đơn vị chủ trì', 'chủ trì'],
    width: 150,
  },
  {
    key: 'deadline',
    header: 'Thời hạn',
    aliases: ['thời gian hoàn thành', 'thời hạn hoàn thành', 'thời gian'],
    width: 110,
  },
  {
    key: 'status',
    header: 'Trạng thái',
    aliases: ['tình trạng'],
    required: true,
    input: true,
    width: 120,
  },
  {
    key: 'progress',
    header: 'Tiến độ (%)',
    aliases: ['tiến độ', '% hoàn thành'],
    required: true,
    input: true,
    width: 80,
  },
  {
    key: 'actual',
    header: 'Kết quả thực hiện / sản phẩm',
    aliases: ['kết quả thực hiện', 'kết quả', 'sản phẩm', 'kết quả/sản phẩm'],
    required: true,
    input: true,
    width: 240,
  },
  {
    key: 'evidence',
    header: 'Minh chứng (link)',
    aliases: ['minh chứng', 'link minh chứng', 'tài liệu minh chứng'],
    input: true,
    width: 170,
  },
  {
    key: 'issuesRaised',
    header: 'Khó khăn, vướng mắc, kiến nghị',
    aliases: ['khó khăn, vướng mắc', 'khó khăn vướng mắc', 'kiến nghị', 'khó khăn'],
    input: true,
    width: 220,
  },
  { key: 'notes', header: 'Ghi chú', aliases: ['ghi chú khác'], input: true, width: 150 },
  {
    // Last, so sheets made before it existed read the same; optional: blank = the submission day.
    key: 'completedOn',
    header: 'Ngày hoàn thành',
    aliases: ['ngày hoàn thành thực tế', 'hoàn thành ngày', 'ngày xong'],
    input: true,
    width: 110,
  },
];

const KPI_COLUMNS: readonly ReportColumn[] = [
  { key: 'code', header: 'Mã', aliases: ['mã chỉ tiêu'], required: true, width: 70 },
  {
    key: 'content',
    header: 'Nội dung chỉ tiêu',
    aliases: ['nội dung', 'chỉ tiêu phấn đấu đạt được'],
    width: 340,
  },
  { key: 'measureUnit', header: 'Đơn vị tính', aliases: ['đvt'], width: 150 },
  { key: 'target', header: 'Chỉ tiêu', aliases: ['mục tiêu', 'chỉ tiêu phấn đấu'], width: 110 },
  {
    key: 'actual',
    header: 'Kết quả thực hiện',
    aliases: ['kết quả', 'kết quả đạt được', 'thực hiện'],
    required: true,
    input: true,
    width: 120,
  },
  {
    key: 'evidence',
    header: 'Minh chứng (link)',
    aliases: ['minh chứng', 'link minh chứng'],
    input: true,
    width: 170,
  },
  { key: 'notes', header: 'Ghi chú', aliases: ['ghi chú khác'], input: true, width: 220 },
];

/** The first READ_ONLY columns of every block are the plan's; the rest are inputs. */
export const READ_ONLY = 4;
export const SHEET_WIDTH = TASK_COLUMNS.length;
/** Rows of the header block: title, then one label row each. */
export const HEADER_ROWS = 9;
/** Where the header block puts the submission state, the send-backs and the "Nộp báo cáo" box. */
export const HEADER_LAYOUT = {
  stateRow: 5,
  sentBackRow: 6,
  /** The checkbox is in column B of this row, the result of the last tick in column C. */
  submitRow: 7,
  protectionRow: 8,
} as const;
/** Every submission sheet's name starts so: "BC 2026-Q2 - Công an xã". */
export const SUBMISSION_SHEET_PREFIX = 'BC ';
export const SUBMIT_CELL = `B${HEADER_LAYOUT.submitRow}`;

export function columnsOf(role: BlockRole): readonly ReportColumn[] {
  return role === 'kpi' ? KPI_COLUMNS : TASK_COLUMNS;
}
