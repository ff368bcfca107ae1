// "6 rõ" tables (Nhiệm vụ tổng quát | Tiểu nhiệm vụ | Sản phẩm | KPI | Chủ trì | Phối hợp | Thời
// hạn), in the shapes seed 003 uses: sections in the first column, a general task's row carrying
// its first sub-task, sub-task rows with the first cell empty, cells a page break cut in two.
import { describe, expect, it } from 'vitest';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';

const HEADER =
  'Nhiệm vụ tổng quát\tTiểu nhiệm vụ\tSản phẩm\tKPI\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn';

/** Code, level, parent, content, output, KPI, lead and partners as written, deadline as written. */
const view = (r: ImportResult) =>
  r.tasks.map((t) => [
    t.code,
    t.level,
    t.parent ?? '',
    t.content,
    t.output ?? '',
    t.kpi ?? '',
    t.rawLead,
    t.rawPartners,
    t.deadline.raw,
  ]);

const read = (...rows: string[]) => importAppendix([HEADER, ...rows].join('\n'));

describe('sections, general tasks and sub-tasks', () => {
  it('"I. Title" in the first cell, or "II" there and the title beside it, opens a section; numbering restarts', () => {
    const r = read(
      'I. Hoàn thiện thể chế',
      'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t100% hồ sơ\tCông an xã\tPhòng Kinh tế\tNăm 2026',
      '\tCập nhật dữ liệu\tBáo cáo\t\tVăn phòng HĐND và UBND\t\tQuý II/2026',
      'Ban hành quy chế\tQuy chế số\tQuy chế\t\tPhòng Kinh tế\t\tQuý I/2026',
      'II\tPhát triển kinh tế số',
      'Thương mại điện tử\t\tGian hàng\t\tPhòng Kinh tế\t\tNăm 2026',
    );
    expect(r.sections).toEqual([
      { code: 'I', title: 'Hoàn thiện thể chế' },
      { code: 'II', title: 'Phát triển kinh tế số' },
    ]);
    expect(view(r)).toEqual([
      ['I.1', 'general', '', 'Xây dựng chính quyền số', '', '', '', '', ''],
      [
        'I.1.a',
        'subtask',
        'I.1',
        'Số hóa hồ sơ',
        'Kho dữ liệu',
        '100% hồ sơ',
        'Công an xã',
        'Phòng Kinh tế',
        'Năm 2026',
      ],
      [
        'I.1.b',
        'subtask',
        'I.1',
        'Cập nhật dữ liệu',
        'Báo cáo',
        '',
        'Văn phòng HĐND và UBND',
        '',
        'Quý II/2026',
      ],
      ['I.2', 'general', '', 'Ban hành quy chế', '', '', '', '', ''],
      ['I.2.a', 'subtask', 'I.2', 'Quy chế số', 'Quy chế', '', 'Phòng Kinh tế', '', 'Quý I/2026'],
      ['II.1', 'general', '', 'Thương mại điện tử', '', '', '', '', ''],
      // No sub-task text: the general task's own words say what to do.
      [
        'II.1.a',
        'subtask',
        'II.1',
        'Thương mại điện tử',
        'Gian hàng',
        '',
        'Phòng Kinh tế',
        '',
        'Năm 2026',
      ],
    ]);
    expect(r.tasks.map((t) => t.line)).toEqual([3, 3, 4, 5, 5, 7, 7]);
    expect([r.warnings, r.repairs]).toEqual([[], []]);
  });

  it('a row with a Roman numeral but also a unit or a deadline is a task, not a section', () => {
    const r = read(
      'I\tRà soát thủ tục\tDanh mục\t\tCông an xã\t\tNăm 2026',
      'II. Hạ tầng số\t\t\t\t\tPhòng Kinh tế\t',
    );
    expect(r.sections).toEqual([]);
    expect(view(r)).toEqual([
      ['1', 'general', '', 'I', '', '', '', '', ''],
      ['1.a', 'subtask', '1', 'Rà soát thủ tục', 'Danh mục', '', 'Công an xã', '', 'Năm 2026'],
      ['2', 'general', '', 'II. Hạ tầng số', '', '', '', '', ''],
      ['2.a', 'subtask', '2', 'II. Hạ tầng số', '', '', '', 'Phòng Kinh tế', ''],
    ]);
  });

  it('"III Title" without a dot is a section; a general task ending in "AI trong …" is not', () => {
    const r = read(
      'III Tăng cường hợp tác',
      'Ứng dụng AI trong nông nghiệp',
      '\tNhật ký điện tử\tPhần mềm\t50 hộ\tPhòng Kinh tế\t\tQuý IV/2026',
    );
    expect(r.sections).toEqual([{ code: 'III', title: 'Tăng cường hợp tác' }]);
    expect(r.tasks.map((t) => [t.code, t.level, t.content])).toEqual([
      ['III.1', 'general', 'Ứng dụng AI trong nông nghiệp'],
      ['III.1.a', 'subtask', 'Nhật ký điện tử'],
    ]);
  });

  it('a general task with nothing but its name, the sub-tasks on the rows below', () => {
    const r = read(
      'Chuyển đổi số nông nghiệp',
      '\tNhật ký điện tử\tPhần mềm\t50 hộ\tPhòng Kinh tế\tHội Nông dân xã\tQuý IV/2026',
      '\tTruy xuất nguồn gốc\tMã QR\t\tPhòng Kinh tế\t\tNăm 2026',
    );
    expect(view(r)).toEqual([
      ['1', 'general', '', 'Chuyển đổi số nông nghiệp', '', '', '', '', ''],
      [
        '1.a',
        'subtask',
        '1',
        'Nhật ký điện tử',
        'Phần mềm',
        '50 hộ',
        'Phòng Kinh tế',
        'Hội Nông dân xã',
        'Quý IV/2026',
      ],
      ['1.b', 'subtask', '1', 'Truy xuất nguồn gốc', 'Mã QR', '', 'Phòng Kinh tế', '', 'Năm 2026'],
    ]);
    expect(r.repairs).toEqual([]);
  });

  it('a general task with only partners or only a note still gets its sub-task', () => {
    const r = importAppendix(
      [
        `${HEADER}\tGhi chú`,
        'Tuyên truyền\t\t\t\t\tĐoàn Thanh niên\t\t',
        'Tập huấn\t\t\t\t\t\t\tcần kinh phí',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.code, t.content, t.rawPartners, t.notes ?? ''])).toEqual([
      ['1', 'Tuyên truyền', '', ''],
      ['1.a', 'Tuyên truyền', 'Đoàn Thanh niên', ''],
      ['2', 'Tập huấn', '', ''],
      ['2.a', 'Tập huấn', '', 'Ghi chú: cần kinh phí'],
    ]);
  });
});

describe('cells a page break or a narrow column cut', () => {
  it('a row with the first cell empty and no unit, output or deadline continues the last sub-task', () => {
    const r = read(
      'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
      '\thằng tháng\t\t\t\tPhòng Kinh tế\t',
    );
    expect(view(r)).toEqual([
      ['1', 'general', '', 'Xây dựng chính quyền số', '', '', '', '', ''],
      [
        '1.a',
        'subtask',
        '1',
        'Số hóa hồ sơ hằng tháng',
        'Kho dữ liệu',
        '',
        'Công an xã',
        'Phòng Kinh tế',
        'Năm 2026',
      ],
    ]);
    expect(r.repairs).toEqual([
      { kind: 'joinedRow', message: 'Nối dòng bị ngắt trang vào nhiệm vụ 1.a (dòng 3)', line: 3 },
    ]);
  });

  it('a lower-case first cell continues the general task; with sub-task text, both are named', () => {
    const r = read(
      'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
      'giai đoạn 2026-2030\t\t\t\t\t\t',
      'của xã\tvà cập nhật\t\t\t\t\t',
    );
    expect(view(r)).toEqual([
      [
        '1',
        'general',
        '',
        'Xây dựng chính quyền số giai đoạn 2026-2030 của xã',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        '1.a',
        'subtask',
        '1',
        'Số hóa hồ sơ và cập nhật',
        'Kho dữ liệu',
        '',
        'Công an xã',
        '',
        'Năm 2026',
      ],
    ]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 3)',
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 và 1.a (dòng 4)',
    ]);
  });

  it('a lower-case row with text in both first cells, under a general task with no sub-task yet, names it once', () => {
    const r = read('Chuyển đổi số\t\t\t\t\t\t', 'nông nghiệp\tvà nông thôn\t\t\t\t\t');
    expect(view(r)).toEqual([
      ['1', 'general', '', 'Chuyển đổi số nông nghiệp và nông thôn', '', '', '', '', ''],
    ]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 3)',
    ]);
  });

  it('a lower-case row with partners goes to the general task and its last sub-task, both named', () => {
    const r = read(
      'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
      'của xã\t\t\t\t\tPhòng Kinh tế\t',
    );
    expect(view(r)).toEqual([
      ['1', 'general', '', 'Xây dựng chính quyền số của xã', '', '', '', '', ''],
      [
        '1.a',
        'subtask',
        '1',
        'Số hóa hồ sơ',
        'Kho dữ liệu',
        '',
        'Công an xã',
        'Phòng Kinh tế',
        'Năm 2026',
      ],
    ]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 và 1.a (dòng 3)',
    ]);
  });

  it('"II. Title" in the first cell with a sub-task beside it is a general task, every word kept', () => {
    const r = read('II. Hạ tầng số\tLắp trạm BTS\t\t\t\t\t');
    expect(r.sections).toEqual([]);
    expect(view(r)).toEqual([
      ['1', 'general', '', 'II. Hạ tầng số', '', '', '', '', ''],
      ['1.a', 'subtask', '1', 'Lắp trạm BTS', '', '', '', '', ''],
    ]);
  });

  it('a general task without sub-tasks yet takes the wrapped end of its name', () => {
    const r = read('Chuyển đổi số\t\t\t\t\t\t', 'Nông nghiệp xanh\t\t\t\t\t\t');
    expect(view(r)).toEqual([
      ['1', 'general', '', 'Chuyển đổi số Nông nghiệp xanh', '', '', '', '', ''],
    ]);
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 3)',
    ]);
  });

  it('after a page break, a capitalised first cell with no sub-task below continues the task', () => {
    const cut = read(
      'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
      '',
      'Và đổi mới sáng tạo\tcủa xã\t\t\t\t\t',
    );
    expect(view(cut)).toEqual([
      ['1', 'general', '', 'Xây dựng chính quyền số Và đổi mới sáng tạo', '', '', '', '', ''],
      [
        '1.a',
        'subtask',
        '1',
        'Số hóa hồ sơ của xã',
        'Kho dữ liệu',
        '',
        'Công an xã',
        '',
        'Năm 2026',
      ],
    ]);
    expect(cut.repairs.map((x) => x.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ 1 và 1.a (dòng 4)',
    ]);
    // Without the break the same row is a new general task with its sub-task.
    const whole = read(
      'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
      'Và đổi mới sáng tạo\tcủa xã\t\t\t\t\t',
    );
    expect(whole.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Xây dựng chính quyền số'],
      ['1.a', 'Số hóa hồ sơ'],
      ['2', 'Và đổi mới sáng tạo'],
      ['2.a', 'của xã'],
    ]);
    expect(whole.repairs).toEqual([]);
  });

  it('after a page break, a general task followed by its sub-tasks is a new task', () => {
    const r = read(
      'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
      '',
      'Chuyển đổi số nông nghiệp',
      '\tNhật ký điện tử\tPhần mềm\t\tPhòng Kinh tế\t\tQuý IV/2026',
    );
    expect(r.tasks.map((t) => [t.code, t.content, t.parent ?? ''])).toEqual([
      ['1', 'Xây dựng chính quyền số', ''],
      ['1.a', 'Số hóa hồ sơ', '1'],
      ['2', 'Chuyển đổi số nông nghiệp', ''],
      ['2.a', 'Nhật ký điện tử', '2'],
    ]);
    expect(r.repairs).toEqual([]);
  });

  it('a section row resets the task a later fragment would join', () => {
    const r = read(
      'Xây dựng chính quyền số\tSố hóa hồ sơ\tKho dữ liệu\t\tCông an xã\t\tNăm 2026',
      'II\tHạ tầng số',
      '\tLắp wifi\tĐiểm phát\t\tPhòng Kinh tế\t\tNăm 2026',
    );
    expect(r.tasks.map((t) => [t.code, t.level, t.content, t.parent ?? ''])).toEqual([
      ['1', 'general', 'Xây dựng chính quyền số', ''],
      ['1.a', 'subtask', 'Số hóa hồ sơ', '1'],
      ['II.1', 'general', 'Lắp wifi', ''],
      ['II.1.a', 'subtask', 'Lắp wifi', 'II.1'],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Tiểu nhiệm vụ ở dòng 4 không có nhiệm vụ tổng quát; đặt mã II.1',
    ]);
  });
});
