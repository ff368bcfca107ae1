// "Phụ lục I" tables (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian), in the shapes
// seed 001 and the other plans use: Roman TT for a section, numbers and "a)" items for tasks,
// rows a page break cut, and tables typed without a TT column.
import { describe, expect, it } from 'vitest';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';

const HEADER = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';
const NO_TT = 'Nội dung công việc\tChủ trì\tPhối hợp\tThời hạn';

/** Code, TT as written, parent, content, lead and deadline as written. */
const view = (r: ImportResult) =>
  r.tasks.map((t) => [
    t.code,
    t.ordinal ?? '',
    t.parent ?? '',
    t.content,
    t.rawLead,
    t.deadline.raw,
  ]);

const read = (header: string, ...rows: string[]) => importAppendix([header, ...rows].join('\n'));

describe('what the TT column says', () => {
  it('numbers, "1.2" and "3." keep their number; "a)" and "b." items belong to the number above', () => {
    const r = read(
      HEADER,
      'I\tMục một',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      'a)\tViệc A con 1\tCông an xã\t\tQuý I/2026',
      'b.\tViệc A con 2\tPhòng Kinh tế\t\tQuý II/2026',
      '1.2\tViệc A2\tCông an xã\t\tNăm 2026',
      'a\tViệc A2 con\tCông an xã\t\tNăm 2026',
      '3.\tViệc C\tPhòng Kinh tế\t\tNăm 2026',
    );
    expect(view(r)).toEqual([
      ['I.1', '1', '', 'Việc A', 'Công an xã', 'Năm 2026'],
      ['I.1.a', 'a)', 'I.1', 'Việc A con 1', 'Công an xã', 'Quý I/2026'],
      ['I.1.b', 'b.', 'I.1', 'Việc A con 2', 'Phòng Kinh tế', 'Quý II/2026'],
      ['I.1.2', '1.2', '', 'Việc A2', 'Công an xã', 'Năm 2026'],
      ['I.1.2.a', 'a', 'I.1.2', 'Việc A2 con', 'Công an xã', 'Năm 2026'],
      ['I.3', '3.', '', 'Việc C', 'Phòng Kinh tế', 'Năm 2026'],
    ]);
    expect(r.tasks.map((t) => t.level)).toEqual(['task', 'task', 'task', 'task', 'task', 'task']);
    expect(r.warnings).toEqual([]);
  });

  it('an "a)" right after a section has no number above it: a task of its own, with a warning', () => {
    const r = read(
      HEADER,
      'I\tMục một',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      'II\tMục hai',
      'a)\tViệc lẻ\tCông an xã\t\tNăm 2026',
    );
    expect(view(r)).toEqual([
      ['I.1', '1', '', 'Việc A', 'Công an xã', 'Năm 2026'],
      ['II.a)', 'a)', '', 'Việc lẻ', 'Công an xã', 'Năm 2026'],
    ]);
    expect(r.warnings).toEqual([
      {
        message: 'Số thứ tự «a)» (dòng 5) không phải là số; đặt mã II.a)',
        line: 5,
        code: 'II.a)',
      },
    ]);
  });

  it('a TT written with its section ("II.3") keeps that code, not "II.II.3", and its items follow it', () => {
    const r = read(
      HEADER,
      'II\tPhát triển hạ tầng số',
      'II.1\tLắp camera giám sát\tCông an xã\t\tQuý II/2026',
      'a)\tKhảo sát vị trí\tCông an xã\t\tQuý I/2026',
      'II.2.\tPhủ sóng 4G các thôn\tPhòng Kinh tế\t\tNăm 2026',
      'II.12.10\tSố hóa hồ sơ lưu trữ\tVăn phòng HĐND-UBND\t\tNăm 2026',
    );
    expect(view(r)).toEqual([
      ['II.1', 'II.1', '', 'Lắp camera giám sát', 'Công an xã', 'Quý II/2026'],
      ['II.1.a', 'a)', 'II.1', 'Khảo sát vị trí', 'Công an xã', 'Quý I/2026'],
      ['II.2', 'II.2.', '', 'Phủ sóng 4G các thôn', 'Phòng Kinh tế', 'Năm 2026'],
      ['II.12.10', 'II.12.10', '', 'Số hóa hồ sơ lưu trữ', 'Văn phòng HĐND-UBND', 'Năm 2026'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a TT "II.3a" under section II is coded II.3a, with the usual warning that it is not a number', () => {
    const r = read(HEADER, 'II\tHạ tầng số', 'II.3a\tLắp wifi\tPhòng Kinh tế\t\tNăm 2026');
    expect(view(r)).toEqual([['II.3a', 'II.3a', '', 'Lắp wifi', 'Phòng Kinh tế', 'Năm 2026']]);
    expect(r.warnings).toEqual([
      {
        message: 'Số thứ tự «II.3a» (dòng 3) không phải là số; đặt mã II.3a',
        line: 3,
        code: 'II.3a',
      },
    ]);
  });

  it('a TT naming another section is coded under the section it sits in, with a warning', () => {
    const r = read(
      HEADER,
      'II\tPhát triển hạ tầng số',
      'III.4\tLắp camera giám sát\tCông an xã\t\tQuý II/2026',
    );
    expect(view(r)).toEqual([
      ['II.4', 'III.4', '', 'Lắp camera giám sát', 'Công an xã', 'Quý II/2026'],
    ]);
    expect(r.warnings).toEqual([
      {
        message: 'Số thứ tự «III.4» (dòng 3) ghi mục III nhưng nằm trong mục II; đặt mã II.4',
        line: 3,
        code: 'II.4',
      },
    ]);
  });

  it('a TT with its section before any section row keeps that section in its code', () => {
    const r = read(HEADER, 'IV.2\tSố hóa hồ sơ\tVăn phòng HĐND-UBND\t\tNăm 2026');
    expect(view(r)).toEqual([
      ['IV.2', 'IV.2', '', 'Số hóa hồ sơ', 'Văn phòng HĐND-UBND', 'Năm 2026'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a TT of dots only is numbered by the tasks read so far', () => {
    const r = read(
      HEADER,
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      '2\tViệc B\tCông an xã\t\tNăm 2026',
      '..\tViệc C\tCông an xã\t\tNăm 2026',
    );
    expect(view(r)).toEqual([
      ['1', '1', '', 'Việc A', 'Công an xã', 'Năm 2026'],
      ['2', '2', '', 'Việc B', 'Công an xã', 'Năm 2026'],
      ['3', '..', '', 'Việc C', 'Công an xã', 'Năm 2026'],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Số thứ tự «..» (dòng 4) không phải là số; đặt mã 3',
    ]);
  });

  it('a section row keeps every word written beside its title, in column order', () => {
    const r = read(
      HEADER + '\tGhi chú',
      'II\tChuyển đổi số\tCông an xã\tcác thôn\tNăm 2026\tưu tiên',
      '1\tViệc A\tCông an xã\t\tNăm 2026\t',
    );
    expect(r.sections).toEqual([
      { code: 'II', title: 'Chuyển đổi số Công an xã các thôn Năm 2026 Ghi chú: ưu tiên' },
    ]);
    expect(view(r)).toEqual([['II.1', '1', '', 'Việc A', 'Công an xã', 'Năm 2026']]);
  });

  it('a row without TT after a task continues it, every cell in its field', () => {
    const r = read(
      HEADER + '\tGhi chú',
      '1\tViệc A\tCông an xã\t\tTháng 7/2025,',
      '\tphần tiếp\tvà Phòng Kinh tế\tCác thôn\tduy trì hàng năm\tcần kinh phí',
    );
    expect(
      r.tasks.map((t) => [t.code, t.content, t.rawLead, t.rawPartners, t.deadline.raw, t.notes]),
    ).toEqual([
      [
        '1',
        'Việc A phần tiếp',
        'Công an xã và Phòng Kinh tế',
        'Các thôn',
        'Tháng 7/2025, duy trì hàng năm',
        'Ghi chú: cần kinh phí',
      ],
    ]);
    expect(r.repairs).toEqual([
      { kind: 'joinedRow', message: 'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 3)', line: 3 },
    ]);
  });

  it('a section title cut by a page break takes the words of every cell of the next row', () => {
    const r = read(
      HEADER,
      'III\tPhát triển hạ tầng',
      '\tsố\t\tvà dữ liệu\t',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
    );
    expect(r.sections).toEqual([{ code: 'III', title: 'Phát triển hạ tầng số và dữ liệu' }]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào tên mục III (dòng 3)',
    ]);
  });

  it('a wrapped first cell joins its task only when the rest of its row is empty', () => {
    const alone = read(
      HEADER,
      '1\tTriển khai Đề án giai đoạn\tCông an xã\t\tNăm 2026',
      '2025-2030\t\t\t\t',
    );
    expect(view(alone)).toEqual([
      ['1', '1', '', 'Triển khai Đề án giai đoạn 2025-2030', 'Công an xã', 'Năm 2026'],
    ]);
    expect(alone.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 3)',
    ]);
    expect(alone.tasks[0]?.notes).toBeUndefined();
    // With text beside it, or a note, it is a TT that is not a number.
    const withText = read(
      HEADER + '\tGhi chú',
      '1\tTriển khai Đề án giai đoạn\tCông an xã\t\tNăm 2026\t',
      '2025-2030\t\t\t\t\tđợt 2',
    );
    expect(view(withText)).toEqual([
      ['1', '1', '', 'Triển khai Đề án giai đoạn', 'Công an xã', 'Năm 2026'],
      ['2025-2030', '2025-2030', '', '', '', ''],
    ]);
    // Under a section title it cannot join a task either.
    const underSection = read(HEADER, 'I\tMục một', '2025-2030\t\t\t\t');
    expect(underSection.tasks.map((t) => [t.code, t.ordinal])).toEqual([
      ['I.2025-2030', '2025-2030'],
    ]);
  });
});

describe('rows whose TT stands alone on its line', () => {
  it('a TT alone takes the cells of the rows below it; "1a" and "a.1" are codes of their own', () => {
    const r = read(
      HEADER,
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      'a)\t\t\t\t',
      '\tViệc A con 1\tCông an xã\t\tQuý I/2026',
      'b\t\t\t\t',
      '\tViệc A con 2\tCông an xã\t\tQuý II/2026',
      '12\t\t\t\t',
      '\tViệc L\tPhòng Kinh tế\t\tNăm 2026',
      '1.12\t\t\t\t',
      '\tViệc M\tPhòng Kinh tế\t\tNăm 2026',
      '1a\tViệc 1a\tCông an xã\t\tNăm 2026',
      'a.1\tViệc a.1\tCông an xã\t\tNăm 2026',
    );
    expect(view(r)).toEqual([
      ['1', '1', '', 'Việc A', 'Công an xã', 'Năm 2026'],
      ['1.a', 'a)', '1', 'Việc A con 1', 'Công an xã', 'Quý I/2026'],
      ['1.b', 'b', '1', 'Việc A con 2', 'Công an xã', 'Quý II/2026'],
      ['12', '12', '', 'Việc L', 'Phòng Kinh tế', 'Năm 2026'],
      ['1.12', '1.12', '', 'Việc M', 'Phòng Kinh tế', 'Năm 2026'],
      ['1a', '1a', '', 'Việc 1a', 'Công an xã', 'Năm 2026'],
      ['a.1', 'a.1', '', 'Việc a.1', 'Công an xã', 'Năm 2026'],
    ]);
    expect(r.tasks.map((t) => t.notes)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Số thứ tự «1a» (dòng 11) không phải là số; đặt mã 1a',
      'Số thứ tự «a.1» (dòng 12) không phải là số; đặt mã a.1',
    ]);
    expect(r.repairs.map((x) => x.line)).toEqual([4, 6, 8, 10]);
  });

  it('a Roman TT alone under a task opens a section whose title is on the next row', () => {
    const r = read(
      HEADER,
      '1\tViệc A\tCông an xã\t\tNăm 2026',
      'II\t\t\t\t',
      '\tKinh tế số\t\t\t',
      '1\tViệc B\tPhòng Kinh tế\t\tNăm 2026',
    );
    expect(r.sections).toEqual([{ code: 'II', title: 'Kinh tế số' }]);
    expect(view(r)).toEqual([
      ['1', '1', '', 'Việc A', 'Công an xã', 'Năm 2026'],
      ['II.1', '1', '', 'Việc B', 'Phòng Kinh tế', 'Năm 2026'],
    ]);
  });

  it('a first row without TT is a task that the rows below it continue', () => {
    const r = read(
      HEADER,
      '\tViệc không số\tCông an xã\t\t',
      '\tphần tiếp\t\t\tNăm 2026',
      '1\tViệc A\tCông an xã\t\tNăm 2026',
    );
    expect(view(r)).toEqual([
      ['1', '', '', 'Việc không số phần tiếp', 'Công an xã', 'Năm 2026'],
      ['1-2', '1', '', 'Việc A', 'Công an xã', 'Năm 2026'],
    ]);
  });
});

describe('a table without a TT column', () => {
  it('"I. Title" opens a section; "2. Text" with a unit keeps its number; other rows are counted', () => {
    const r = read(
      NO_TT,
      'I. Chuyển đổi số\t\t\t',
      'Số hóa hồ sơ một cửa\tVăn phòng HĐND và UBND\t\tQuý II/2026',
      '5. Lắp camera an ninh\tCông an xã\tCác thôn\tNăm 2026',
      'Phủ sóng 4G\tPhòng Kinh tế\t\tNăm 2026',
      'Thực hiện Đề án 06. Làm sạch dữ liệu dân cư\tCông an xã\t\tNăm 2026',
      '12. Tổng kết\tPhòng Kinh tế\t\tNăm 2026',
      'II) Kinh tế số\t\t\t',
      'Sàn thương mại điện tử\tPhòng Kinh tế\t\tNăm 2026',
    );
    expect(r.sections).toEqual([
      { code: 'I', title: 'Chuyển đổi số' },
      { code: 'II', title: 'Kinh tế số' },
    ]);
    expect(view(r)).toEqual([
      ['I.1', '1', '', 'Số hóa hồ sơ một cửa', 'Văn phòng HĐND và UBND', 'Quý II/2026'],
      ['I.5', '5', '', 'Lắp camera an ninh', 'Công an xã', 'Năm 2026'],
      ['I.3', '3', '', 'Phủ sóng 4G', 'Phòng Kinh tế', 'Năm 2026'],
      ['I.4', '4', '', 'Thực hiện Đề án 06. Làm sạch dữ liệu dân cư', 'Công an xã', 'Năm 2026'],
      ['I.12', '12', '', 'Tổng kết', 'Phòng Kinh tế', 'Năm 2026'],
      ['II.1', '1', '', 'Sàn thương mại điện tử', 'Phòng Kinh tế', 'Năm 2026'],
    ]);
    // Said once, at the first row numbered that way.
    expect(r.warnings).toEqual([
      {
        message: 'Bảng không có cột TT/STT; nhiệm vụ được đánh số theo thứ tự từ dòng 3',
        line: 3,
      },
    ]);
  });

  it('"1. Text" with nothing beside it is a task counted in order, not a number to keep', () => {
    const r = read(NO_TT, '7. Tổng kết\t\t\t', 'Báo cáo\tCông an xã\t\tNăm 2026');
    expect(view(r)).toEqual([
      ['1', '1', '', '7. Tổng kết', '', ''],
      ['2', '2', '', 'Báo cáo', 'Công an xã', 'Năm 2026'],
    ]);
  });

  it('a lower-case row with nothing beside it, or a row after a page break, continues the task', () => {
    const r = read(
      NO_TT,
      'Số hóa hồ sơ\tCông an xã\t\tNăm 2026',
      'một cửa liên thông\t\t\t',
      '',
      'Theo quy trình mới\t\t\t',
      'Phủ sóng 4G\tPhòng Kinh tế\t\tNăm 2026',
      'Toàn xã\t\t\t',
    );
    expect(view(r)).toEqual([
      [
        '1',
        '1',
        '',
        'Số hóa hồ sơ một cửa liên thông Theo quy trình mới',
        'Công an xã',
        'Năm 2026',
      ],
      ['2', '2', '', 'Phủ sóng 4G', 'Phòng Kinh tế', 'Năm 2026'],
      ['3', '3', '', 'Toàn xã', '', ''],
    ]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 3)',
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 5)',
    ]);
  });

  it('a lower-case first row has no task to continue: it is a task', () => {
    const r = read(NO_TT, 'số hóa hồ sơ\t\t\t');
    expect(view(r)).toEqual([['1', '1', '', 'số hóa hồ sơ', '', '']]);
  });
});
