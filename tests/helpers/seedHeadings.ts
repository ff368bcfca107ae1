// The seeds' own table headings, in their order: what every scaffolded table must keep.
export const SEED_HEADINGS: Record<
  'phu-luc' | 'sau-ro' | 'chi-tieu',
  [sheet: string, headings: string[]]
> = {
  // Seed 001, Phụ lục I.
  'phu-luc': [
    'Phụ lục I',
    ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
  ],
  // Seed 003, appendix "6 rõ".
  'sau-ro': [
    'Nhiệm vụ 6 rõ',
    [
      'Mã nhiệm vụ tổng quát',
      'Tiểu nhiệm vụ (Rõ việc)',
      'Sản phẩm đầu ra bắt buộc (Rõ kết quả)',
      'KPI đo lường hiệu quả',
      'Đơn vị chủ trì (Rõ người)',
      'Đơn vị phối hợp',
      'Thời hạn hoàn thành (Rõ thời gian)',
    ],
  ],
  // Seed 003, Mục tiêu cụ thể.
  'chi-tieu': [
    'Chỉ tiêu',
    ['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu', 'Đơn vị chủ trì theo dõi, đánh giá'],
  ],
};

/** The headings stand next to each other, in order, somewhere in the row. */
export function containsInOrder(row: readonly unknown[], wanted: readonly string[]): boolean {
  const start = row.indexOf(wanted[0]);
  return start >= 0 && wanted.every((h, i) => row[start + i] === h);
}
