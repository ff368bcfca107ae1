import { describe, expect, it } from 'vitest';
import { fixtureText, UNITS } from '../helpers/fixtures.ts';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';

const fixture = (name: string) => fixtureText(`appendix/${name}`);

const PLAN_001 = fixture('seed-001-plan.txt');
const PLAN_003 = fixture('seed-003-plan.txt');

const { VHXH, VP, KT, CA, TTVH, ALL } = UNITS;

// Seed 001's Phụ lục I: code, canonical leads, deadline kind and due day.
const SEED_001: Array<[string, string[], string, string?]> = [
  ['I.1', [VHXH], 'continuous'],
  ['I.2', [TTVH], 'continuous'],
  ['I.3', [VHXH], 'date', '2025-08-31'],
  ['I.4', [VHXH], 'recurring'],
  ['I.5', [VHXH], 'recurring'],
  ['I.6', [VHXH], 'recurring'],
  ['I.7', [VHXH], 'continuous'],
  ['II.1', [VP], 'conditional'],
  ['II.2', [VHXH], 'recurring'],
  ['III.1', [KT], 'recurring'],
  ['III.2', [VHXH], 'recurring'],
  ['III.3', [VP], 'recurring'],
  ['III.4', [VP], 'date', '2025-07-31'],
  ['III.5', [VP], 'date', '2025-12-31'],
  ['III.6', [VP], 'date', '2025-12-31'],
  ['III.7', [VHXH], 'date', '2025-07-31'],
  ['III.8', [VHXH, KT], 'recurring'],
  ['III.9', [VHXH], 'recurring'],
  ['III.10', [VHXH], 'conditional'],
  ['III.11', [VHXH], 'recurring'],
  ['III.12', [VHXH], 'recurring'],
  ['III.13', [VP], 'recurring'],
  ['III.14', [VHXH], 'recurring'],
  ['III.15', [VHXH], 'recurring'],
  ['III.16', [CA], 'continuous'],
  ['III.17', [TTVH], 'continuous'],
  ['III.18', [VHXH], 'date', '2026-12-31'],
  ['III.19', [CA], 'continuous'],
  ['III.20', [KT], 'invalid'],
  ['III.21', [CA], 'continuous'],
  ['III.22', [CA], 'continuous'],
  ['VI.1', [KT], 'date', '2026-12-31'],
  ['VI.2', [ALL], 'date', '2026-12-31'],
  ['VI.3', [KT], 'date', '2026-12-31'],
];

function task(result: ImportResult, code: string) {
  const t = result.tasks.find((x) => x.code === code);
  if (!t) throw new Error(`no task ${code}`);
  return t;
}

describe('seed 001: Phụ lục I inside the whole plan', () => {
  it('finds the appendix and the plan particulars', () => {
    const result = importAppendix(PLAN_001);
    expect(result.layout).toBe('phu-luc');
    expect(result.plan).toEqual({ number: '03/KH-UBND', date: '2025-07-07', commune: 'Cẩm Giàng' });
  });

  it('has exactly sections I, II, III, VI (as written, without the dot)', () => {
    const result = importAppendix(PLAN_001);
    expect(result.sections.map((s) => s.code)).toEqual(['I', 'II', 'III', 'VI']);
    expect(result.sections[3]?.title).toBe(
      'Thúc đẩy mạnh mẽ hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong doanh nghiệp, phát triển kinh tế',
    );
  });

  it('has exactly 34 tasks (7 + 2 + 22 + 3) with the right codes, leads and deadlines', () => {
    const result = importAppendix(PLAN_001);
    expect(result.tasks).toHaveLength(34);
    expect(
      result.tasks.map((t) => [
        t.code,
        t.lead,
        t.deadline.kind,
        ...(t.deadline.due ? [t.deadline.due] : []),
      ]),
    ).toEqual(SEED_001);
    for (const t of result.tasks) {
      expect(t.level).toBe('task');
      expect(t.section).toBe(t.code.split('.')[0]);
      expect(t.ordinal).toBe(t.code.split('.')[1]);
      expect(t.output).toBeUndefined();
    }
  });

  it('reads "Tháng 7/2025, duy trì hàng năm" split across a page as one yearly deadline', () => {
    const result = importAppendix(PLAN_001);
    expect(task(result, 'III.4').deadline).toEqual({
      raw: 'Tháng 7/2025, duy trì hàng năm',
      kind: 'date',
      due: '2025-07-31',
      every: 'year',
    });
  });

  it('joins rows split by page breaks, keeping every word', () => {
    const result = importAppendix(PLAN_001);
    expect(task(result, 'I.7').content).toMatch(
      /chuyển đổi số, phát triển khoa học, công nghệ, đổi mới sáng tạo, sử dụng các dịch vụ công trực tuyến và các dịch vụ số khác theo nhu cầu\.$/,
    );
    const iii4 = task(result, 'III.4');
    expect(iii4.content).toBe(
      'Triển khai các nền tảng số dùng chung của Thành phố, kết nối với các nền tảng số quốc gia, nền tảng số dùng chung của ngành, lĩnh vực, vùng đảm bảo hoạt động thống nhất, liên thông trên môi trường số.',
    );
    expect(iii4.rawLead).toBe('Văn phòng HĐND – UBND xã');
    expect(iii4.rawPartners).toBe('Các phòng, ban, ngành, đơn vị có liên quan');
    expect(iii4.partners).toEqual([ALL]);
    expect(task(result, 'III.10').content).toMatch(
      /phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số\.$/,
    );
    const iii15 = task(result, 'III.15');
    expect(iii15.rawPartners).toBe(
      'Trung tâm Văn hoá - Thể thao và Truyền thông xã, đơn vị có liên quan',
    );
    expect(iii15.partners).toEqual([TTVH, 'Các đơn vị có liên quan']);
    expect(iii15.deadline.raw).toBe('Hàng năm');
  });

  it('says what it repaired, and warns about the missing deadline', () => {
    const result = importAppendix(PLAN_001);
    expect(result.repairs.map((r) => r.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ I.7 (dòng 191)',
      'Nối dòng bị ngắt trang vào nhiệm vụ III.4 (dòng 201)',
      'Nối dòng bị ngắt trang vào nhiệm vụ III.10 (dòng 209)',
      'Nối dòng bị ngắt trang vào nhiệm vụ III.15 (dòng 216)',
    ]);
    expect(result.warnings).toEqual([
      { message: 'Nhiệm vụ III.20: Chưa có thời hạn', line: 221, code: 'III.20' },
    ]);
  });

  it('resolves partners, splitting lists but not names', () => {
    const result = importAppendix(PLAN_001);
    expect(task(result, 'I.1').partners).toEqual([
      'Các phòng, ban, ngành, đơn vị thuộc xã',
      'Các thôn',
    ]);
    expect(task(result, 'I.4').partners).toEqual([
      'Các phòng, ban, ngành, đơn vị thuộc xã',
      'Ủy ban MTTQ Việt Nam xã',
      'Các tổ chức chính trị - xã hội',
    ]);
    expect(task(result, 'III.11').partners).toEqual([
      'Trường THCS',
      'Trường Tiểu học',
      'Trường Mầm non',
    ]);
    expect(task(result, 'VI.3').partners).toEqual([]);
  });

  it('reads the table alone the same way', () => {
    const result = importAppendix(PLAN_001);
    const start = PLAN_001.indexOf('TT\tNội dung');
    const alone = importAppendix(PLAN_001.slice(start));
    expect(alone.plan).toBeUndefined();
    expect(alone.tasks.map((t) => [t.code, t.lead, t.content])).toEqual(
      result.tasks.map((t) => [t.code, t.lead, t.content]),
    );
  });

  it('warns when the chosen template is the other layout', () => {
    const r = importAppendix(PLAN_001, { template: 'sau-ro' });
    expect(r.layout).toBe('phu-luc');
    expect(r.tasks).toHaveLength(34);
    expect(r.warnings[0]?.message).toContain('khác mẫu đã chọn');
  });
});

describe('seed 003: "6 rõ" appendix with general tasks and sub-tasks', () => {
  it('skips the KPI table and reads the task appendix', () => {
    const result = importAppendix(PLAN_003);
    expect(result.layout).toBe('sau-ro');
    expect(result.plan).toEqual({ commune: 'Đa Kia' });
    expect(result.sections.map((s) => [s.code, s.title])).toEqual([
      ['I', 'Hoàn thiện thể chế'],
      ['II', 'Phát triển, trọng dụng nhân lực chất lượng cao'],
      [
        'III',
        'Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị',
      ],
      [
        'IV',
        'Thúc đẩy mạnh mẽ hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong doanh nghiệp',
      ],
      ['V', 'Tăng cường hợp tác'],
    ]);
  });

  it('gives general tasks "III.2" and sub-tasks "III.2.a" codes, with parents', () => {
    const result = importAppendix(PLAN_003);
    expect(result.tasks.map((t) => [t.code, t.level, t.parent ?? ''])).toEqual([
      ['I.1', 'general', ''],
      ['I.1.a', 'subtask', 'I.1'],
      ['I.2', 'general', ''],
      ['I.2.a', 'subtask', 'I.2'],
      ['II.1', 'general', ''],
      ['II.1.a', 'subtask', 'II.1'],
      ['II.2', 'general', ''],
      ['II.2.a', 'subtask', 'II.2'],
      ['II.3', 'general', ''],
      ['II.3.a', 'subtask', 'II.3'],
      ['III.1', 'general', ''],
      ['III.1.a', 'subtask', 'III.1'],
      ['III.2', 'general', ''],
      ['III.2.a', 'subtask', 'III.2'],
      ['III.3', 'general', ''],
      ['III.3.a', 'subtask', 'III.3'],
      ['III.4', 'general', ''],
      ['III.4.a', 'subtask', 'III.4'],
      ['III.4.b', 'subtask', 'III.4'],
      ['IV.1', 'general', ''],
      ['IV.1.a', 'subtask', 'IV.1'],
      ['IV.2', 'general', ''],
      ['IV.2.a', 'subtask', 'IV.2'],
      ['IV.3', 'general', ''],
      ['IV.3.a', 'subtask', 'IV.3'],
      ['V.1', 'general', ''],
      ['V.1.a', 'subtask', 'V.1'],
    ]);
  });

  it('reads outputs, KPIs, leads, partners and deadlines of sub-tasks', () => {
    const result = importAppendix(PLAN_003);
    expect(task(result, 'I.1.a')).toMatchObject({
      content: 'Xây dựng các dự án Chuyển đổi số trên địa bàn xã giai đoạn 2025-2030',
      output: 'Các dự án thành phần trong năm 2026 được phê duyệt và triển khai',
      kpi: 'Triển khai các dự án thành phần đúng tiến độ đề ra',
      lead: ['Các cơ quan, đơn vị có liên quan'],
      partners: [],
      deadline: { kind: 'date', due: '2026-12-31' },
    });
    expect(task(result, 'I.2.a')).toMatchObject({
      lead: ['Công an xã'],
      partners: ['Các cơ quan, đơn vị có liên quan'],
      deadline: { raw: 'Quý II/2026', kind: 'date', due: '2026-06-30' },
    });
    expect(task(result, 'II.3.a').lead).toEqual([VP]);
    expect(task(result, 'III.1.a').lead).toEqual(['Ban Chỉ huy Quân sự xã']);
    expect(task(result, 'III.2.a').lead).toEqual(['Trung tâm Phục vụ hành chính công']);
    expect(task(result, 'III.4.b')).toMatchObject({
      content: 'Tham mưu triển khai công dân số',
      output: 'Nghị quyết được ban hành',
      kpi: 'Dự thảo thông qua và ban hành đúng tiến độ đề ra',
      lead: [CA],
    });
    expect(task(result, 'IV.1.a')).toMatchObject({
      lead: ['Các cơ quan, đơn vị có liên quan'],
      partners: [VHXH],
    });
    expect(task(result, 'IV.2.a')).toMatchObject({
      content: '- Thuận chủ trương cho triển khai Dự án được phê duyệt. - Dự án trình phê duyệt',
      lead: [KT],
    });
    expect(task(result, 'V.1.a').deadline).toEqual({ raw: 'Thường xuyên', kind: 'continuous' });
    expect(result.warnings).toEqual([]);
  });

  it('a general task whose sub-task repeats it is still a general task with one sub-task', () => {
    const result = importAppendix(PLAN_003);
    const general = task(result, 'II.1');
    const sub = task(result, 'II.1.a');
    expect(sub.content).toBe(general.content);
    expect(general).toMatchObject({ lead: [], partners: [], rawLead: '', output: '', kpi: '' });
    expect(sub.lead).toEqual([VHXH]);
  });

  it('drops repeated headers and joins text cut at page breaks in both columns', () => {
    const result = importAppendix(PLAN_003);
    expect(result.repairs.filter((r) => r.kind === 'repeatedHeader')).toHaveLength(6);
    expect(task(result, 'II.2').content).toBe(
      'Tổ chức các chương trình tập huấn, bồi dưỡng hằng năm về kỹ năng số, phương pháp sư phạm và ứng dụng AI trong giảng dạy cho đội ngũ giáo viên các cấp',
    );
    expect(task(result, 'II.2.a').content).toBe(
      'Tổ chức các chương trình đào tạo, bồi dưỡng hằng năm về kỹ năng số, phương pháp sư phạm và ứng dụng AI trong giảng dạy cho đội ngũ giáo viên các cấp',
    );
    expect(task(result, 'III.3.a').content).toMatch(
      /dịch vụ công theo thời gian thực trên môi trường điện tử$/,
    );
    expect(result.repairs.filter((r) => r.kind === 'joinedRow').map((r) => r.message)).toEqual([
      'Nối dòng bị ngắt trang vào nhiệm vụ II.2 và II.2.a (dòng 248)',
      'Nối dòng bị ngắt trang vào nhiệm vụ III.3.a (dòng 258)',
    ]);
  });

  it('uses the year of an undated plan for year-less deadlines', () => {
    const text = PLAN_003.replace('\tQuý II/2026\n', '\t6 tháng đầu năm\n');
    expect(task(importAppendix(text), 'I.2.a').deadline).toMatchObject({ due: '2026-06-30' });
  });
});

describe('rules on small tables', () => {
  const header = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';

  it('gives duplicate codes a suffix and a warning', () => {
    const r = importAppendix(
      [
        header,
        'I\tMục một',
        '1\tViệc A\tCông an xã\t\tNăm 2026',
        '1\tViệc B\tCông an xã\t\tNăm 2026',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => t.code)).toEqual(['I.1', 'I.1-2']);
    expect(r.warnings[0]?.message).toBe('Mã nhiệm vụ «I.1» bị trùng; dòng 4 dùng «I.1-2»');
  });

  it('reads "a)" items under a numbered task, and drops a column-number row', () => {
    const r = importAppendix(
      [
        header,
        '(1)\t(2)\t(3)\t(4)\t(5)',
        'II.\tMục hai',
        '1\tViệc chính\tPhòng Kinh tế\t\tQuý I/2026',
        'a)\tViệc con\tPhòng Kinh tế\t\tQuý I/2026',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.code, t.parent ?? '', t.ordinal])).toEqual([
      ['II.1', '', '1'],
      ['II.1.a', 'II.1', 'a)'],
    ]);
    expect(r.repairs[0]?.message).toBe('Bỏ dòng đánh số cột (dòng 2)');
  });

  it('keeps extra columns as notes', () => {
    const r = importAppendix(
      [header + '\tGhi chú', '1\tViệc A\tCông an xã\t\tNăm 2026\tcần kinh phí'].join('\n'),
    );
    expect(r.tasks[0]?.notes).toBe('Ghi chú: cần kinh phí');
  });

  it('reads a table pasted without its header, with a warning', () => {
    const r = importAppendix(
      '1\tViệc A\tCông an xã\t\tNăm 2026\n2\tViệc B\tPhòng VHXH\t\tQuý I/2026',
    );
    expect(r.layout).toBe('phu-luc');
    expect(r.tasks.map((t) => [t.code, t.lead[0]])).toEqual([
      ['1', CA],
      ['2', VHXH],
    ]);
    expect(r.warnings[0]?.message).toContain('Không tìm thấy dòng tiêu đề');
  });

  it('says when there is no table at all', () => {
    const r = importAppendix('Kế hoạch không có bảng');
    expect(r.tasks).toEqual([]);
    expect(r.warnings[0]?.message).toContain('Không tìm thấy bảng phụ lục');
  });

  it('warns about unknown units with the nearest known one', () => {
    const r = importAppendix([header, '1\tViệc A\tPhòng Văn hóa\t\tNăm 2026'].join('\n'));
    expect(r.warnings).toEqual([
      {
        message: 'Nhiệm vụ 1: Không rõ đơn vị: Phòng Văn hóa (gần nhất: Phòng Văn hóa - Xã hội)',
        line: 2,
        code: '1',
      },
    ]);
  });

  it('counts "15 ngày kể từ ngày ban hành" from the issue date', () => {
    const rows = [header, '1\tViệc A\tCông an xã\t\ttrong vòng 15 ngày kể từ ngày ban hành'];
    expect(importAppendix(rows.join('\n'), { issued: '2026-03-02' }).tasks[0]?.deadline).toEqual({
      raw: 'trong vòng 15 ngày kể từ ngày ban hành',
      kind: 'date',
      due: '2026-03-17',
    });
    const plan = ['Số: 05/KH-UBND', 'Cỏ Lễ, ngày 02 tháng 3 năm 2026', '', ...rows].join('\n');
    expect(importAppendix(plan).tasks[0]?.deadline.due).toBe('2026-03-17');
  });

  it('reads cells Excel or Sheets quoted because they hold line breaks', () => {
    const text = [
      header,
      '1\t"Việc A,\ndòng hai với ""trích dẫn"""\tCông an xã\t"Phòng VHXH;\nPhòng Kinh tế"\tNăm 2026',
      '2\t"Bình dân học vụ số" cho người dân\tCông an xã\t\tNăm 2026',
    ].join('\n');
    const r = importAppendix(text);
    expect(r.tasks.map((t) => [t.code, t.content, t.partners, t.line])).toEqual([
      ['1', 'Việc A, dòng hai với "trích dẫn"', [VHXH, KT], 2],
      ['2', '"Bình dân học vụ số" cho người dân', [], 5],
    ]);
  });

  it("reads a table copied back from the add-on's own sheet (Mã, TT, … , Trạng thái)", () => {
    const r = importAppendix(
      [
        'Mã\tTT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tTrạng thái\tKết quả thực hiện',
        '\tI\tMục một',
        'I.1\t1\tViệc A\tCông an xã\t\tNăm 2026\tĐang thực hiện\tĐã xong 50%',
      ].join('\n'),
    );
    expect(r.layout).toBe('phu-luc');
    expect(r.tasks[0]).toMatchObject({
      code: 'I.1',
      content: 'Việc A',
      lead: [CA],
      notes: 'Mã: I.1; Trạng thái: Đang thực hiện; Kết quả thực hiện: Đã xong 50%',
    });
  });
});
