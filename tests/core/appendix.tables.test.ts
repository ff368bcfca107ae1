// Where the task table starts and ends in a pasted plan, and the warnings a coordinator reads when
// a row has no number, a number that is not one, or a sub-task with no general task.
import { describe, expect, it } from 'vitest';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';

const PHU_LUC = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';
const SAU_RO =
  'Nhiệm vụ tổng quát\tTiểu nhiệm vụ\tSản phẩm\tKPI\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn';

/** Code, content, leads, deadline as written, level and parent of each task. */
function rows(r: ImportResult) {
  return r.tasks.map((t) => [t.code, t.content, t.lead, t.deadline.raw, t.level, t.parent ?? '']);
}

describe('where the table ends', () => {
  it('a line without tabs is a section or a task of its own; "Phụ lục II" ends the table', () => {
    const r = importAppendix(
      [
        PHU_LUC,
        'I\tMục một',
        '1\tViệc A\tCông an xã\t\tNăm 2026',
        'II. Hạ tầng số',
        '2. Phủ sóng 4G toàn xã',
        '3\tViệc C\tPhòng Kinh tế\t\tNăm 2026',
        'Phụ lục II',
        '1\tKhông phải nhiệm vụ\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.sections).toEqual([
      { code: 'I', title: 'Mục một' },
      { code: 'II', title: 'Hạ tầng số' },
    ]);
    expect(rows(r)).toEqual([
      ['I.1', 'Việc A', ['Công an xã'], 'Năm 2026', 'task', ''],
      ['II.2', 'Phủ sóng 4G toàn xã', [], '', 'task', ''],
      ['II.3', 'Việc C', ['Phòng Kinh tế'], 'Năm 2026', 'task', ''],
    ]);
    expect(r.warnings).toEqual([
      { message: 'Nhiệm vụ II.2: Chưa có thời hạn', line: 5, code: 'II.2' },
    ]);
  });

  it('the KPI table below the task table is not read as tasks', () => {
    const r = importAppendix(
      [
        PHU_LUC,
        '1\tViệc A\tCông an xã\t\tNăm 2026',
        'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu',
        '1\tTỷ lệ hồ sơ trực tuyến\t%\t90',
      ].join('\n'),
    );
    expect(rows(r)).toEqual([['1', 'Việc A', ['Công an xã'], 'Năm 2026', 'task', '']]);
    expect([r.warnings, r.repairs]).toEqual([[], []]);
  });

  it('a table of seven columns pasted without its header is read as a "6 rõ" table', () => {
    const r = importAppendix(
      [
        'Việc chung\tViệc con\tSản phẩm\tKPI\tCông an xã\t\tNăm 2026',
        '\tViệc con 2\tSản phẩm 2\tKPI 2\tCông an xã\tPhòng Kinh tế\tNăm 2026',
      ].join('\n'),
    );
    expect(r.layout).toBe('sau-ro');
    expect(rows(r)).toEqual([
      ['1', 'Việc chung', [], '', 'general', ''],
      ['1.a', 'Việc con', ['Công an xã'], 'Năm 2026', 'subtask', '1'],
      ['1.b', 'Việc con 2', ['Công an xã'], 'Năm 2026', 'subtask', '1'],
    ]);
    expect(r.warnings).toEqual([
      {
        message:
          'Không tìm thấy dòng tiêu đề của bảng phụ lục; đọc bảng theo mẫu 6 rõ (Nhiệm vụ tổng quát, Tiểu nhiệm vụ…).',
        line: 1,
      },
    ]);
  });
});

describe('warnings on codes', () => {
  it('"6 rõ": a sub-task before any general task, and a section written twice', () => {
    const r = importAppendix(
      [
        SAU_RO,
        '\tViệc con lẻ\tSản phẩm\tKPI\tCông an xã\t\tNăm 2026',
        'I\tMục một',
        'I\tMục một lặp',
      ].join('\n'),
    );
    expect(r.sections).toEqual([
      { code: 'I', title: 'Mục một' },
      { code: 'I-2', title: 'Mục một lặp' },
    ]);
    expect(rows(r)).toEqual([
      ['1', 'Việc con lẻ', [], '', 'general', ''],
      ['1.a', 'Việc con lẻ', ['Công an xã'], 'Năm 2026', 'subtask', '1'],
    ]);
    expect(r.warnings).toEqual([
      {
        message: 'Tiểu nhiệm vụ ở dòng 2 không có nhiệm vụ tổng quát; đặt mã 1',
        line: 2,
        code: '1',
      },
      { message: 'Mục «I» bị trùng; dòng 4 dùng «I-2»', line: 4, code: 'I-2' },
    ]);
  });

  it('Phụ lục I: a first row without TT, and a TT that is not a number', () => {
    const r = importAppendix(
      [
        PHU_LUC,
        '\tViệc không số\tCông an xã\t\tNăm 2026',
        '1a\tViệc 1a\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(rows(r)).toEqual([
      ['1', 'Việc không số', ['Công an xã'], 'Năm 2026', 'task', ''],
      ['1a', 'Việc 1a', ['Công an xã'], 'Năm 2026', 'task', ''],
    ]);
    expect(r.warnings).toEqual([
      { message: 'Dòng 2 không có số thứ tự; đặt mã 1', line: 2, code: '1' },
      {
        message: 'Số thứ tự «1a» (dòng 3) không phải là số; đặt mã 1a',
        line: 3,
        code: '1a',
      },
    ]);
  });
});

describe('rows continued after a page break, and extra cells', () => {
  it('joins a section title and a task cut in two, keeps extra cells as notes, numbers clashes -2, -3', () => {
    const r = importAppendix(
      [
        'TT\tNội dung\tChỉ tiêu\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tGhi chú',
        'II\tChuyển đổi số',
        '\tvà đổi mới sáng tạo',
        '1\tViệc A\t90%\tCông an xã\t\tNăm 2026\t',
        '\tphần tiếp\tcủa chỉ tiêu\t\tPhòng Kinh tế\t\t',
        '1\tViệc B\t\tCông an xã\t\tNăm 2026\tcần kinh phí\tthêm ô',
        '1\tViệc C\t\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.sections).toEqual([{ code: 'II', title: 'Chuyển đổi số và đổi mới sáng tạo' }]);
    expect(
      r.tasks.map((t) => [t.code, t.content, t.kpi ?? '', t.rawPartners, t.notes ?? '']),
    ).toEqual([
      ['II.1', 'Việc A phần tiếp', '90% của chỉ tiêu', 'Phòng Kinh tế', ''],
      ['II.1-2', 'Việc B', '', '', 'Ghi chú: cần kinh phí; Cột 8: thêm ô'],
      ['II.1-3', 'Việc C', '', '', ''],
    ]);
    expect(r.repairs).toEqual([
      {
        kind: 'joinedRow',
        message: 'Nối dòng bị ngắt trang vào tên mục II (dòng 3)',
        line: 3,
      },
      {
        kind: 'joinedRow',
        message: 'Nối dòng bị ngắt trang vào nhiệm vụ II.1 (dòng 5)',
        line: 5,
      },
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Mã nhiệm vụ «II.1» bị trùng; dòng 6 dùng «II.1-2»',
      'Mã nhiệm vụ «II.1» bị trùng; dòng 7 dùng «II.1-3»',
    ]);
  });
});

describe('what an import reports', () => {
  const H = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';

  it('deadlines as read, repairs in line order, and no plan particulars from below the table', () => {
    const r = importAppendix(
      [
        H,
        '1\tViệc A\tCông an xã\t\tTháng 7/2025, duy trì hàng năm',
        '\tphần tiếp\t\t\t',
        '2\tViệc B\tCông an xã\t\tngày 10/01 hằng năm',
        '3\tViệc C\tCông an xã\t\tQuý V/2026',
        H,
        '4\tViệc D\tCông an xã\t\tHằng quý',
        'Cẩm Giàng, ngày 07 tháng 7 năm 2025',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => t.deadline)).toEqual([
      {
        raw: 'Tháng 7/2025, duy trì hàng năm',
        kind: 'date',
        due: '2025-07-31',
        every: 'year',
      },
      { raw: 'ngày 10/01 hằng năm', kind: 'recurring', every: 'year', day: 10, month: 1 },
      {
        raw: 'Quý V/2026',
        kind: 'invalid',
        message: 'Quý không hợp lệ trong «Quý V/2026»: một năm chỉ có 4 quý (Quý I đến Quý IV)',
      },
      { raw: 'Hằng quý', kind: 'recurring', every: 'quarter' },
    ]);
    expect(r.repairs).toEqual([
      { kind: 'joinedRow', message: 'Nối dòng bị ngắt trang vào nhiệm vụ 1 (dòng 3)', line: 3 },
      { kind: 'repeatedHeader', message: 'Bỏ tiêu đề bảng lặp lại (dòng 6)', line: 6 },
    ]);
    expect(r.plan).toBeUndefined();
  });

  it('the other layout is named, at the header’s line, only when the table has a header', () => {
    const withHeader = importAppendix([H, '1\tViệc A\tCông an xã\t\tNăm 2026'].join('\n'), {
      template: 'sau-ro',
    });
    expect(withHeader.warnings).toEqual([
      {
        message:
          'Bảng đã dán có dạng Phụ lục I (TT, Nội dung, Cơ quan chủ trì…), khác mẫu đã chọn 6 rõ (Nhiệm vụ tổng quát, Tiểu nhiệm vụ…); đọc theo dạng của bảng.',
        line: 1,
      },
    ]);
    // Without a header the chosen template is used, and said so: five cells read as "6 rõ".
    const guessed = importAppendix('1\tViệc A\tCông an xã\t\tNăm 2026', { template: 'sau-ro' });
    expect(guessed.warnings.map((w) => w.message)).toEqual([
      'Không tìm thấy dòng tiêu đề của bảng phụ lục; đọc bảng theo mẫu 6 rõ (Nhiệm vụ tổng quát, Tiểu nhiệm vụ…).',
      'Nhiệm vụ 1.a: Không rõ đơn vị: Năm 2026',
      'Nhiệm vụ 1.a: Chưa có thời hạn',
    ]);
  });

  it('a table pasted without its header still takes the plan number written above it', () => {
    const r = importAppendix('Số: 05/KH-UBND\n1\tViệc A\tCông an xã\t\tNăm 2026');
    expect(r.plan).toEqual({ number: '05/KH-UBND' });
  });

  it('a recurring deadline keeps the day it starts', () => {
    const r = importAppendix(
      [H, '1\tViệc A\tCông an xã\t\tĐịnh kỳ hằng quý bắt đầu từ năm 2027'].join('\n'),
    );
    expect(r.tasks[0]?.deadline).toEqual({
      raw: 'Định kỳ hằng quý bắt đầu từ năm 2027',
      kind: 'recurring',
      every: 'quarter',
      from: '2027-01-01',
    });
  });
});
