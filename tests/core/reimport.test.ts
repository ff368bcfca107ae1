// Importing a plan that is already in the workbook: recognising the same plan, and rewriting its
// table from the new text without losing what units and the office typed.
// Table columns in these tests: Mã | Nội dung | Chủ trì | Thời hạn | Tình trạng | Tiến độ | Ghi chú,
// the last three typed by people (0-based 4, 5, 6; notes in 6).
import { describe, expect, it } from 'vitest';
import {
  isSamePlan,
  KEPT_NOTE,
  planOverlap,
  reimportRows,
  type ReimportLayout,
} from '../../src/core/appendix/reimport.ts';

describe('is it the same plan?', () => {
  it('counts codes the table has, and those whose words are the same (case, accents placement and punctuation aside)', () => {
    const table = [
      { code: 'I', content: 'Hoàn thiện thể chế' },
      { code: 'I.1', content: 'Số hoá hồ sơ hộ tịch' },
      { code: 'I.1', content: 'Một dòng khác mang cùng mã' },
      { code: 'I.2', content: 'Tuyên truyền chuyển đổi số' },
      { code: 'I.3', content: 'Lắp camera' },
      { code: '', content: 'Dòng ghi chú' },
    ];
    const imported = [
      { code: 'I', content: 'Hoàn thiện thể chế' },
      { code: 'i.1.', content: 'Số hóa hồ sơ hộ tịch.' },
      { code: 'I.2', content: 'Tuyên truyền về chuyển đổi số' },
      { code: 'I.4', content: 'Nhiệm vụ mới' },
      { code: ' ', content: 'Dòng trống mã' },
    ];
    const o = planOverlap(imported, table);
    expect(o).toEqual({ shared: 2, sameContent: 1, tasks: 3 });
    expect(isSamePlan(o)).toBe(false);
  });

  it('the same plan when at least half of its tasks read the same', () => {
    expect(isSamePlan({ shared: 2, sameContent: 1, tasks: 2 })).toBe(true);
    expect(isSamePlan({ shared: 3, sameContent: 1, tasks: 3 })).toBe(false);
    expect(isSamePlan({ shared: 0, sameContent: 0, tasks: 0 })).toBe(false);
  });

  it('section rows ("II", "CT1-III") are not tasks', () => {
    const o = planOverlap(
      [
        { code: 'II', content: 'Hạ tầng số' },
        { code: 'CT1-III', content: 'Chương trình' },
        { code: 'II.1', content: 'Phủ sóng 4G' },
      ],
      [
        { code: 'II', content: 'Hạ tầng số' },
        { code: 'CT1-III', content: 'Chương trình' },
        { code: 'II.1', content: 'Phủ sóng 4G' },
      ],
    );
    expect(o).toEqual({ shared: 1, sameContent: 1, tasks: 1 });
  });
});

const LAYOUT: ReimportLayout = { codeCol: 0, inputCols: [4, 5, 6], notesCol: 6 };

describe('the table rewritten from the new text', () => {
  it('each new row takes what was typed on the old row of its code; new codes are counted as added', () => {
    const fresh = [
      ['I', 'Hoàn thiện thể chế', '', '', '', '', ''],
      ['I.2', 'Tuyên truyền về chuyển đổi số', 'Phòng Văn hóa - Xã hội', 'Quý IV/2026', '', '', ''],
      ['I.1', 'Số hóa hồ sơ hộ tịch', 'Văn phòng HĐND và UBND', 'Năm 2026', '', '', ''],
      ['I.4', 'Nhiệm vụ mới', 'Phòng Kinh tế', 'Năm 2027', '', '', ''],
    ];
    const old = [
      ['I', 'Hoàn thiện thể chế', '', '', '', '', ''],
      ['I.1', 'Số hoá hồ sơ hộ tịch', 'Văn phòng HĐND và UBND', 'Năm 2026', 'Hoàn thành', 1, ''],
      ['I.2', 'Tuyên truyền chuyển đổi số', 'Phòng Văn hóa - Xã hội', 'Quý III/2026', '', '', ''],
    ];
    const r = reimportRows(fresh, old, LAYOUT);
    expect(r.rows).toEqual([
      ['I', 'Hoàn thiện thể chế', '', '', '', '', ''],
      ['I.2', 'Tuyên truyền về chuyển đổi số', 'Phòng Văn hóa - Xã hội', 'Quý IV/2026', '', '', ''],
      ['I.1', 'Số hóa hồ sơ hộ tịch', 'Văn phòng HĐND và UBND', 'Năm 2026', 'Hoàn thành', 1, ''],
      ['I.4', 'Nhiệm vụ mới', 'Phòng Kinh tế', 'Năm 2027', '', '', ''],
    ]);
    expect([r.carried, r.added, r.kept, r.dropped]).toEqual([1, 1, [], []]);
  });

  it('notes: the plan’s words and what people added are both kept, once', () => {
    const fresh = [
      ['I.1', 'a', '', '', '', '', 'Sản phẩm đầu ra: Báo cáo'],
      ['I.2', 'b', '', '', '', '', 'Sản phẩm đầu ra: Phần mềm'],
      ['I.3', 'c', '', '', '', '', ''],
    ];
    const old = [
      ['I.1', 'a', '', '', '', '', 'Sản phẩm đầu ra: Báo cáo; Đã gửi Sở'],
      ['I.2', 'b', '', '', '', '', 'Chờ kinh phí'],
      ['I.3', 'c', '', '', '', '', 'Đã họp triển khai'],
    ];
    expect(reimportRows(fresh, old, LAYOUT).rows.map((row) => row[6])).toEqual([
      'Sản phẩm đầu ra: Báo cáo; Đã gửi Sở',
      'Sản phẩm đầu ra: Phần mềm; Chờ kinh phí',
      'Đã họp triển khai',
    ]);
  });

  it('a typed status or progress replaces nothing the plan writes: the old value comes back as typed', () => {
    const fresh = [['I.1', 'a', '', '', 'Chưa thực hiện', '', '']];
    const old = [['I.1', 'a', '', '', 'Đang thực hiện', 0.5, '']];
    expect(reimportRows(fresh, old, LAYOUT).rows).toEqual([
      ['I.1', 'a', '', '', 'Đang thực hiện', 0.5, ''],
    ]);
  });

  it('two old rows with one code go to the two new rows of that code, in order', () => {
    const fresh = [
      ['I.5', 'Lớp tập huấn 1', '', '', '', '', ''],
      ['I.5', 'Lớp tập huấn 2', '', '', '', '', ''],
    ];
    const old = [
      ['I.5', 'Lớp tập huấn 1', '', '', 'Hoàn thành', '', ''],
      ['i.5.', 'Lớp tập huấn 2', '', '', 'Đang thực hiện', '', ''],
    ];
    const r = reimportRows(fresh, old, LAYOUT);
    expect(r.rows.map((row) => row[4])).toEqual(['Hoàn thành', 'Đang thực hiện']);
    expect([r.carried, r.added]).toEqual([2, 0]);
  });

  it('rows that left the plan: kept at the end, saying why, when something was typed; else dropped', () => {
    const fresh = [['I.1', 'a', '', '', '', '', '']];
    const old = [
      ['I.1', 'a', '', '', '', '', ''],
      ['I.7', 'Bỏ khỏi kế hoạch', '', '', 'Hoàn thành', '', ''],
      ['I.8', 'Cũng bỏ', '', '', '', 0.3, 'Chờ hướng dẫn'],
      ['I.9', 'Bỏ, chưa ai nhập', 'Công an xã', '', '', '', ''],
      ['II', 'Mục bỏ', '', '', '', '', ''],
      ['', '', '', '', '', '', ''],
      ['', 'Dòng không mã', '', '', 'Đã xong', '', ''],
    ];
    const r = reimportRows(fresh, old, LAYOUT);
    expect(r.rows.slice(1)).toEqual([
      ['I.7', 'Bỏ khỏi kế hoạch', '', '', 'Hoàn thành', '', KEPT_NOTE],
      ['I.8', 'Cũng bỏ', '', '', '', 0.3, `${KEPT_NOTE}. Chờ hướng dẫn`],
      ['', 'Dòng không mã', '', '', 'Đã xong', '', KEPT_NOTE],
    ]);
    expect(KEPT_NOTE).toBe('Không còn trong kế hoạch nhập lại; giữ vì đã có số liệu theo dõi');
    expect([r.carried, r.added, r.kept, r.dropped]).toEqual([
      0,
      0,
      ['I.7', 'I.8', '(dòng không mã 7)'],
      ['I.9'],
    ]);
  });

  it('without a notes column a kept row is kept as it was', () => {
    const r = reimportRows(
      [['I.1', 'a', '', '', '', '']],
      [['I.2', 'b', '', '', 'Hoàn thành', '']],
      { codeCol: 0, inputCols: [4, 5] },
    );
    expect(r.rows).toEqual([
      ['I.1', 'a', '', '', '', ''],
      ['I.2', 'b', '', '', 'Hoàn thành', ''],
    ]);
    expect(r.kept).toEqual(['I.2']);
  });
});

describe('what the new text already says stays', () => {
  it('a value of the new row is kept when the old row had nothing typed there', () => {
    const fresh = [
      ['II', 'Hạ tầng số', '', '', '', '', ''],
      ['II.1', 'Phủ sóng 4G', '', '', 'Chưa thực hiện', '', 'Sản phẩm đầu ra: Trạm phát sóng'],
      ['', 'Dòng ghi chú không mã', '', '', '', '', ''],
    ];
    const old = [
      ['II.1', 'Phủ sóng 4G', '', '', '', '', ''],
      ['', 'Ghi chú cũ của bảng', '', '', '', '', ''],
    ];
    const r = reimportRows(fresh, old, LAYOUT);
    expect(r.rows).toEqual(fresh);
    // A new section and a row without a code are not new tasks; an old row without a code and
    // with nothing typed is neither kept nor listed as dropped.
    expect([r.carried, r.added, r.kept, r.dropped]).toEqual([0, 0, [], []]);
  });
});
