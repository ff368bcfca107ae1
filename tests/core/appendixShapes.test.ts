// Appendix shapes beyond the seeds: seed 001's Phụ lục I as PDF text, other plans' appendices
// (tests/fixtures/plans), columns found by heading wherever they are, wrapped first cells.
import { describe, expect, it } from 'vitest';
import { fixtureText, UNITS } from '../helpers/fixtures.ts';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';

const { VHXH, VP, KT, CA } = UNITS;

const view = (r: ImportResult) =>
  r.tasks.map((t) => [t.code, t.content, t.rawLead, t.rawPartners, t.deadline.raw]);

describe('seed 001: Phụ lục I printed to PDF and copied as text', () => {
  const readWord = () => importAppendix(fixtureText('appendix/seed-001-plan.txt'));

  it.each([
    ['seed-001-phu-luc-i.pdf.txt', 11],
    ['seed-001-phu-luc-i.pdf-short-pages.txt', 16],
  ])('%s: the same 34 tasks as the Word paste', (file, pages) => {
    const pdf = importAppendix(fixtureText(`appendix/${file}`));
    const word = readWord();
    expect(pdf.layout).toBe('phu-luc');
    expect(pdf.tasks).toHaveLength(34);
    expect(view(pdf)).toEqual(view(word));
    expect(pdf.tasks.map((t) => [t.lead, t.partners, t.deadline])).toEqual(
      word.tasks.map((t) => [t.lead, t.partners, t.deadline]),
    );
    expect(pdf.sections).toEqual(word.sections);
    expect(pdf.repairs[0]?.message).toMatch(
      new RegExp(
        `^Đọc bảng căn cột bằng dấu cách \\(văn bản chép từ PDF\\): 5 cột, ${pages} trang`,
      ),
    );
    // Every page after the first: its number dropped, its form feed, its copy of the header.
    for (const kind of ['pageNumber', 'formFeed', 'repeatedHeader'])
      expect(pdf.repairs.filter((r) => r.kind === kind).length, kind).toBeGreaterThanOrEqual(
        pages - 1,
      );
  });

  it('joins a row a page break cut in two, and says so', () => {
    const pdf = importAppendix(fixtureText('appendix/seed-001-phu-luc-i.pdf.txt'));
    // Row 2 of section I runs from page 1 onto page 2 (printed with the header repeated).
    expect(pdf.repairs.map((r) => r.message)).toContain(
      'Nối dòng bị ngắt trang vào nhiệm vụ I.2 (dòng 36)',
    );
    const i2 = pdf.tasks.find((t) => t.code === 'I.2');
    expect(i2?.content).toMatch(/^Làm tốt các tác tuyên truyền .* người dân và doanh nghiệp\.$/);
    expect(i2?.rawPartners).toBe('Ủy ban MTTQ xã, các tổ chức chính trị - xã hội xã');
  });
});

describe('Tân Hòa: a task appendix pasted from Word, the output column after the deadline', () => {
  const read = () => importAppendix(fixtureText('plans/tan-hoa-phu-luc.word.txt'));
  const task = (code: string) => {
    const t = read().tasks.find((x) => x.code === code);
    if (!t) throw new Error(`no task ${code}`);
    return t;
  };

  it('reads 9 tasks in 3 sections, the plan from the title, the output under "Kết quả/sản phẩm"', () => {
    const r = read();
    expect(r.layout).toBe('phu-luc');
    expect(r.plan).toEqual({ number: '45/KH-UBND', date: '2026-01-12', commune: 'Tân Hòa' });
    expect(r.tasks.map((t) => t.code)).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'II.1',
      'II.2',
      'II.3',
      'III.1',
      'III.2',
      'III.3',
    ]);
    expect(task('I.1').output).toBe('Quyết định ban hành Quy chế');
    expect(task('II.2').output).toBe('15 điểm phát Wi-Fi công cộng');
  });

  it('reads yearly days, the plan’s half-year, days from the issue date; a fifth quarter is an error', () => {
    const r = read();
    expect(task('I.2').deadline).toEqual({
      raw: 'trước ngày 15/12 hằng năm',
      kind: 'recurring',
      every: 'year',
      day: 15,
      month: 12,
    });
    expect(task('II.3').deadline).toMatchObject({ kind: 'recurring', month: 1, day: 10 });
    expect(task('II.2').deadline).toMatchObject({ kind: 'date', due: '2026-06-30' });
    expect(task('III.3').deadline).toMatchObject({ kind: 'date', due: '2026-02-11' });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Nhiệm vụ I.3: Quý không hợp lệ trong «Quý V/2026»: một năm chỉ có 4 quý (Quý I đến Quý IV)',
    ]);
  });

  it('reads a title as the one in charge, and keeps the Front’s full name whole', () => {
    expect(task('III.2').lead).toEqual(['Chủ tịch UBND xã']);
    expect(task('III.2').partners).toEqual(['Ủy ban MTTQ Việt Nam xã']);
    expect(task('III.1').partners).toEqual([
      'Hội Liên hiệp Phụ nữ xã',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã',
    ]);
  });

  it('joins the row cut by the page break, after the repeated header', () => {
    const r = read();
    expect(r.repairs.map((x) => x.message)).toEqual([
      'Bỏ tiêu đề bảng lặp lại (dòng 18)',
      'Nối dòng bị ngắt trang vào nhiệm vụ III.3 (dòng 20)',
    ]);
    expect(task('III.3').content).toBe(
      'Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID mức độ 2 và các tiện ích tích hợp',
    );
  });
});

describe('Phú Lộc: the appendix of a plan copied from PDF, the output column before the deadline', () => {
  it('reads the 7 tasks the printed table holds, as its tab source gives them', () => {
    const pdf = importAppendix(fixtureText('plans/phu-loc-ke-hoach.pdf.txt'));
    const tabs = importAppendix(fixtureText('plans/phu-loc-phu-luc.source.tsv'));
    expect(pdf.plan).toEqual({ number: '112/KH-UBND', date: '2026-01-20', commune: 'Phú Lộc' });
    expect(pdf.tasks).toHaveLength(7);
    expect(view(pdf)).toEqual(view(tabs));
    expect(pdf.tasks.map((t) => t.output)).toEqual(tabs.tasks.map((t) => t.output));
    expect(pdf.tasks[0]?.output).toBe('Hệ thống vận hành; 100% lãnh đạo có chữ ký số');
    expect(pdf.tasks.find((t) => t.code === 'II.2')?.deadline).toMatchObject({
      kind: 'recurring',
      every: 'quarter',
    });
    // The KPI table above the appendix is not read as tasks; bodies outside the commune known by
    // name pass; "Hợp tác xã" names a kind of body, not one.
    expect(pdf.warnings.map((w) => w.message)).toEqual([
      'Nhiệm vụ II.1: Không rõ đơn vị: Hợp tác xã',
    ]);
  });
});

describe('columns found by heading', () => {
  const header = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';

  it('takes the output under "Kết quả", "Kết quả/sản phẩm" or "Sản phẩm dự kiến", wherever it is', () => {
    for (const [heading, where] of [
      ['Kết quả', 'after'],
      ['Kết quả/sản phẩm', 'before'],
      ['Sản phẩm dự kiến', 'after'],
    ] as const) {
      const cols = ['TT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'];
      const cells = ['1', 'Ban hành quy chế', 'Công an xã', 'Quý II/2026'];
      if (where === 'after') {
        cols.push(heading);
        cells.push('Quy chế');
      } else {
        cols.splice(3, 0, heading);
        cells.splice(3, 0, 'Quy chế');
      }
      const r = importAppendix([cols.join('\t'), cells.join('\t')].join('\n'));
      expect(r.tasks[0], heading).toMatchObject({
        content: 'Ban hành quy chế',
        lead: [CA],
        output: 'Quy chế',
        deadline: { due: '2026-06-30' },
      });
    }
  });

  it('reads "Nội dung" / "Nhiệm vụ" and "Thời gian" / "Thời hạn" / "Tiến độ"', () => {
    const r = importAppendix(
      [
        'STT\tNhiệm vụ\tTiến độ thực hiện\tĐơn vị chủ trì',
        '1\tSố hóa hồ sơ\tNăm 2026\tPhòng Kinh tế',
      ].join('\n'),
    );
    expect(r.tasks[0]).toMatchObject({
      content: 'Số hóa hồ sơ',
      lead: [KT],
      deadline: { due: '2026-12-31' },
    });
  });

  it('reads a table without a TT column, numbering its tasks in order', () => {
    const r = importAppendix(
      [
        'Nội dung công việc\tChủ trì\tPhối hợp\tThời hạn',
        'I. Chuyển đổi số\t\t\t',
        'Số hóa hồ sơ một cửa\tVăn phòng HĐND và UBND\t\tQuý II/2026',
        'Lắp camera an ninh\tCông an xã\tCác thôn\tNăm 2026',
      ].join('\n'),
    );
    expect(r.sections.map((s) => s.code)).toEqual(['I']);
    expect(r.tasks.map((t) => [t.code, t.content, t.lead])).toEqual([
      ['I.1', 'Số hóa hồ sơ một cửa', [VP]],
      ['I.2', 'Lắp camera an ninh', [CA]],
    ]);
    expect(r.warnings[0]?.message).toMatch(/^Bảng không có cột TT\/STT/);
  });

  it('joins a first cell that wrapped onto a line of its own to its task', () => {
    const phuLuc = importAppendix(
      [
        header,
        '1\tTriển khai Đề án giai đoạn\tPhòng Văn hóa - Xã hội\t\tNăm 2026',
        '2025-2030\t\t\t\t',
        '2\tSố hóa hồ sơ\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(phuLuc.tasks.map((t) => [t.code, t.content])).toEqual([
      ['1', 'Triển khai Đề án giai đoạn 2025-2030'],
      ['2', 'Số hóa hồ sơ'],
    ]);
    expect(phuLuc.tasks[0]?.lead).toEqual([VHXH]);
    expect(phuLuc.warnings).toEqual([]);

    const sauRo = importAppendix(
      [
        'Mã Nhiệm vụ Tổng quát\tTiểu Nhiệm vụ (Con) (Rõ Việc)\tSản phẩm Đầu ra Bắt buộc (Rõ Kết quả)\tKPI Đo lường Hiệu quả (Định lượng)\tĐơn vị Chủ trì (Rõ người)\tĐơn vị phối hợp\tThời hạn hoàn thành (Rõ Thời gian)',
        'I. Hoàn thiện thể chế\t\t\t\t\t\t',
        'Triển khai Đề án Chuyển đổi số giai đoạn\tXây dựng các dự án thành phần\tDự án được duyệt\t100% dự án\tPhòng VH-XH\t\tNăm 2026',
        '2025-2030\t\t\t\t\t\t',
        'Ban hành Quy chế bảo vệ dữ liệu\tXây dựng Quy chế\tQuy chế\tĐúng hạn\tCông an xã\t\tQuý II/2026',
      ].join('\n'),
    );
    // Not a general task without sub-tasks: the rest of the one above.
    expect(sauRo.tasks.map((t) => [t.code, t.level, t.content])).toEqual([
      ['I.1', 'general', 'Triển khai Đề án Chuyển đổi số giai đoạn 2025-2030'],
      ['I.1.a', 'subtask', 'Xây dựng các dự án thành phần'],
      ['I.2', 'general', 'Ban hành Quy chế bảo vệ dữ liệu'],
      ['I.2.a', 'subtask', 'Xây dựng Quy chế'],
    ]);
  });
});
