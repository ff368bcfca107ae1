// Appendix import through the built bundle: pasted plan text → a new task table, nothing lost.
import { describe, expect, it } from 'vitest';
import { fixtureText, UNITS } from '../helpers/fixtures.ts';
import { wordKey } from '../../src/core/text/text.ts';
import { createWorkbook, inspector } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';

const fixture = (name: string) => fixtureText(`appendix/${name}`);
const PLAN_001 = fixture('seed-001-plan.txt');
const PLAN_003 = fixture('seed-003-plan.txt');

const { VHXH, VP, KT, CA, TTVH, ALL } = UNITS;

// Seed 001, Phụ lục I, in sheet order: section rows, then code, lead cell, deadline as written.
const SEED_001: Array<[string, string?, string?]> = [
  ['I'],
  ['I.1', VHXH, 'Thường xuyên'],
  ['I.2', TTVH, 'Thường xuyên'],
  ['I.3', VHXH, 'Tháng 7,8 /2025'],
  ['I.4', VHXH, 'Hàng năm'],
  ['I.5', VHXH, 'Hàng năm'],
  ['I.6', VHXH, 'Hàng năm'],
  ['I.7', VHXH, 'Thường xuyên'],
  ['II'],
  ['II.1', VP, 'Triển khai theo hướng dẫn của cấp trên'],
  ['II.2', VHXH, 'Hàng năm'],
  ['III'],
  ['III.1', KT, 'Hàng năm'],
  ['III.2', VHXH, 'Hàng năm'],
  ['III.3', VP, 'Hàng năm'],
  ['III.4', VP, 'Tháng 7/2025, duy trì hàng năm'],
  ['III.5', VP, 'Trong năm 2025'],
  ['III.6', VP, 'Năm 2025'],
  ['III.7', VHXH, 'Tháng 7/2025'],
  ['III.8', `${VHXH}; ${KT}`, 'Hàng năm'],
  ['III.9', VHXH, 'Hàng năm'],
  ['III.10', VHXH, 'Khi có văn bản của cấp trên'],
  ['III.11', VHXH, 'Hàng năm'],
  ['III.12', VHXH, 'Hàng năm'],
  ['III.13', VP, 'Hàng năm'],
  ['III.14', VHXH, 'Hàng năm'],
  ['III.15', VHXH, 'Hàng năm'],
  ['III.16', CA, 'Thường xuyên'],
  ['III.17', TTVH, 'Thường xuyên'],
  ['III.18', VHXH, 'Giai đoạn 2025-2026'],
  ['III.19', CA, 'Thường xuyên'],
  ['III.20', KT, ''],
  ['III.21', CA, 'Thường xuyên'],
  ['III.22', CA, 'Thường xuyên'],
  ['VI'],
  ['VI.1', KT, 'Giai đoạn 2025-2026'],
  ['VI.2', ALL, 'Giai đoạn 2025-2026'],
  ['VI.3', KT, 'Giai đoạn 2025-2026'],
];

// Seed 001's "Đơn vị phối hợp" cells, read by hand: each spelling as the canonical unit(s) it names.
const ANY = 'Các phòng, ban, ngành, đơn vị có liên quan';
const BAN = 'Các phòng, ban, ngành, đơn vị thuộc xã';
const MTTQ = 'Ủy ban MTTQ Việt Nam xã'; // "Ủy ban MTTQ xã", "Mặt trận Tổ quốc Việt Nam"
const CTXH = 'Các tổ chức chính trị - xã hội'; // "các tổ chức chính trị - xã hội xã"
const THON = 'Các thôn'; // "các thôn", "các thôn, khu dân cư", "các thôn, KDC"
const SEED_001_PARTNERS: Record<string, string[]> = {
  'I.1': [BAN, THON],
  'I.2': [MTTQ, CTXH],
  'I.3': [BAN],
  'I.4': [BAN, MTTQ, CTXH],
  'I.5': [MTTQ, CTXH],
  'I.6': [BAN],
  'I.7': [MTTQ, CTXH, THON],
  ...Object.fromEntries(
    'II.1 II.2 III.1 III.2 III.3 III.4 III.5 III.6 III.7 III.8 III.9 III.10 III.12 III.13 III.17 III.19 III.20 III.21 III.22 VI.1'
      .split(' ')
      .map((code) => [code, [ANY]]),
  ),
  // "Các trường THCS, Tiểu học, Mầm non trên địa bàn xã": three schools.
  'III.11': ['Trường THCS', 'Trường Tiểu học', 'Trường Mầm non'],
  'III.14': ['Các cơ quan Đảng', MTTQ, CTXH, 'Các đơn vị có liên quan'],
  'III.15': [TTVH, 'Các đơn vị có liên quan'],
  'III.16': [VHXH], // "Phòng Văn hóa – Xã hội xã", with an en dash
  'III.18': [KT, THON],
  'VI.2': [MTTQ, CTXH],
  'VI.3': [],
};

// A: Mã, B: TT, C: Nội dung, D: chủ trì, E: phối hợp, F: thời gian, … K: Ghi chú, L: Hạn, M: Tình trạng hạn
const PHU_LUC = { code: 0, ordinal: 1, content: 2, lead: 3, partners: 4, deadline: 5, due: 11 };
// A: Mã, B: Mã NV tổng quát, C: Tiểu NV, D: Sản phẩm, E: KPI, F: chủ trì, G: phối hợp, H: thời hạn
const SAU_RO = { code: 0, parent: 1, content: 2, output: 3, kpi: 4, lead: 5, partners: 6 };

function fresh() {
  const workbook = createWorkbook('Xã Cẩm Giàng');
  const rt = addonRuntime({ workbook, now: () => new Date('2026-07-01T03:00:00Z') });
  return { rt, look: inspector(workbook) };
}

interface ImportResponse {
  sheetName: string;
  layout: string;
  sections: number;
  tasks: number;
  firstRow: number;
  repairs: Array<{ message: string }>;
  warnings: Array<{ message: string; kind?: string; code?: string }>;
}

/** The rows a sheet holds from row 5 down to its last non-blank row. */
function dataRows(look: ReturnType<typeof inspector>, sheet: string, lastCol: string) {
  return look
    .values(sheet, `A5:${lastCol}${look.lastRow(sheet)}`)
    .filter((r) => r.some((v) => v !== ''));
}

/** Word keys (no diacritics, no punctuation) of a text, counted. */
function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of wordKey(text).split(' ')) if (w !== '') counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The cells of the pasted table below its first header, header repeats left out. */
function sourceCells(text: string, header: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  const head = lines[start] ?? '';
  return lines
    .slice(start + 1)
    .filter((l) => l.includes('\t') && l !== head)
    .map((l) => l.split('\t'));
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

function missingWords(source: Map<string, number>, sheet: Map<string, number>): string[] {
  return [...source].filter(([w, n]) => (sheet.get(w) ?? 0) < n).map(([w]) => w);
}

describe('importPlanText: seed 001, the whole plan, into a phu-luc table', () => {
  const { rt, look } = fresh();
  const result = rt.call<ImportResponse>('importPlanText', { text: PLAN_001 });
  const rows = dataRows(look, result.sheetName, 'M');

  it('detects the layout and fills the title rows from the plan', () => {
    expect(result).toMatchObject({
      sheetName: 'Phụ lục I',
      layout: 'phu-luc',
      sections: 4,
      tasks: 34,
      firstRow: 5,
    });
    expect(result.repairs).toHaveLength(4);
    expect(result.warnings.map((w) => w.message)).toEqual(['Nhiệm vụ III.20: Chưa có thời hạn']);
    expect(look.values('Phụ lục I', 'A2:A3')).toEqual([
      ['Kèm theo Kế hoạch số 03/KH-UBND ngày 07/07/2025 của UBND xã Cẩm Giàng'],
      ['Xã: Cẩm Giàng'],
    ]);
  });

  it('writes 4 section rows and 34 task rows, each in its section, with codes, leads, deadlines', () => {
    expect(rows).toHaveLength(38);
    expect(
      rows.map((r) => {
        const code = String(r[PHU_LUC.code]);
        if (!code.includes('.')) return [code];
        return [code, r[PHU_LUC.lead], r[PHU_LUC.deadline]];
      }),
    ).toEqual(SEED_001);
    let section = '';
    for (const r of rows) {
      const code = String(r[PHU_LUC.code]);
      if (!code.includes('.')) {
        section = code;
        expect(r[PHU_LUC.ordinal]).toBe(code);
        expect(r[PHU_LUC.lead]).toBe('');
        continue;
      }
      expect(code.split('.')[0]).toBe(section);
      expect(r[PHU_LUC.ordinal]).toBe(code.split('.')[1]);
    }
  });

  it('keeps partners as canonical names, and text cut by page breaks whole', () => {
    const row = (code: string) => rows.find((r) => r[PHU_LUC.code] === code) ?? [];
    expect(row('I.4')[PHU_LUC.partners]).toBe(
      'Các phòng, ban, ngành, đơn vị thuộc xã; Ủy ban MTTQ Việt Nam xã; Các tổ chức chính trị - xã hội',
    );
    expect(row('III.4')[PHU_LUC.content]).toBe(
      'Triển khai các nền tảng số dùng chung của Thành phố, kết nối với các nền tảng số quốc gia, nền tảng số dùng chung của ngành, lĩnh vực, vùng đảm bảo hoạt động thống nhất, liên thông trên môi trường số.',
    );
    expect(row('III.15')[PHU_LUC.partners]).toBe(`${TTVH}; Các đơn vị có liên quan`);
  });

  it('computes the due day column from the deadlines as written', () => {
    const due = (code: string) =>
      (rows.find((r) => r[PHU_LUC.code] === code) ?? [])[PHU_LUC.due] as unknown;
    expect(due('I.3')).toEqual(new Date('2025-08-30T17:00:00Z'));
    // "Tháng 7/2025, duy trì hàng năm" on 01/07/2026: the current year's end.
    expect(due('III.4')).toEqual(new Date('2026-12-30T17:00:00Z'));
    expect(due('VI.1')).toEqual(new Date('2026-12-30T17:00:00Z'));
    expect(due('I.1')).toBe('Thường xuyên');
    expect(due('III.20')).toBe(''); // blank, like the empty rows below; the 6 rõ check flags it
    expect(look.numberFormats('Phụ lục I', 'L20')[0]?.[0]).toBe('dd/MM/yyyy');
  });

  it('loses no word of the appendix: every word of every cell is in the sheet', () => {
    const cells = sourceCells(PLAN_001, 'TT\tNội dung');
    // TT, Nội dung, Thời gian hoàn thành are written as they are (cleaned).
    const source = countWords(cells.flatMap((c) => [c[0] ?? '', c[1] ?? '', c[4] ?? '']));
    expect(total(source)).toBeGreaterThan(1900);
    const sheet = countWords(rows.flat().map(String));
    expect(missingWords(source, sheet)).toEqual([]);
    // Unit cells hold the canonical names of the units the seed writes, one per unit.
    const cell = (code: string, col: number) =>
      String((rows.find((r) => r[PHU_LUC.code] === code) ?? [])[col]);
    for (const [code, lead] of SEED_001.filter((t) => t[1] !== undefined))
      expect(cell(code, PHU_LUC.lead), code).toBe(lead);
    for (const [code, partners] of Object.entries(SEED_001_PARTNERS))
      expect(cell(code, PHU_LUC.partners), code).toBe(partners.join('; '));
  });

  it('a second import asks update or new; "new" adds a sheet and never overwrites the first', () => {
    const before = look.values('Phụ lục I', 'A1:M45');
    const sheetsBefore = look.sheetNames();
    expect(() => rt.call('importPlanText', { text: PLAN_001 })).toThrow(
      /Kế hoạch này đã có ở trang "Phụ lục I" \(34\/34 nhiệm vụ cùng mã, cùng nội dung\)/,
    );
    expect(look.sheetNames()).toEqual(sheetsBefore);
    const again = rt.call<ImportResponse>('importPlanText', { text: PLAN_001, mode: 'new' });
    expect(again.sheetName).toBe('Phụ lục I (2)');
    // Every task code now names two rows: each is flagged with the other sheet and row.
    const dupes = again.warnings.filter((w) => w.kind === 'duplicateCode');
    expect(dupes).toHaveLength(34);
    expect(dupes[0]?.message).toBe(
      'Mã I.1 đã có ở trang "Phụ lục I" dòng 6: hai nhiệm vụ khác nhau sẽ trùng mã khi tổng hợp báo cáo.',
    );
    expect(look.values('Phụ lục I', 'A1:M45')).toEqual(before);
    expect(dataRows(look, 'Phụ lục I (2)', 'M')).toEqual(rows);
    // A name that holds data is refused, and nothing is added.
    const sheets = look.sheetNames();
    expect(() =>
      rt.call('importPlanText', { text: PLAN_001, sheetName: 'Phụ lục I', mode: 'new' }),
    ).toThrow(/đã có dữ liệu/);
    expect(look.sheetNames()).toEqual(sheets);
  });
});

describe('importPlanText: seed 003 into a sau-ro table', () => {
  const { rt, look } = fresh();
  const result = rt.call<ImportResponse>('importPlanText', {
    text: PLAN_003,
    template: 'phu-luc', // the header says otherwise, and wins
    accept: true, // the KPI table's two rows to review (section IV with a target, row 15 no unit)
  });
  const rows = dataRows(look, result.sheetName, 'O');

  it('detects the "6 rõ" layout, with general tasks and their sub-tasks', () => {
    expect(result).toMatchObject({
      sheetName: 'Nhiệm vụ 6 rõ',
      layout: 'sau-ro',
      sections: 5,
      tasks: 27,
    });
    expect(result.warnings[0]?.message).toContain('khác mẫu đã chọn');
    const codes = rows.map((r) => String(r[SAU_RO.code]));
    expect(codes.slice(0, 9)).toEqual([
      'I',
      'I.1',
      'I.1.a',
      'I.2',
      'I.2.a',
      'II',
      'II.1',
      'II.1.a',
      'II.2',
    ]);
    expect(codes.filter((c) => c.startsWith('III.4'))).toEqual(['III.4', 'III.4.a', 'III.4.b']);
    expect(codes).toHaveLength(5 + 27);
    for (const r of rows) {
      const parts = String(r[SAU_RO.code]).split('.');
      if (parts.length === 2) {
        // General task: its text in "Mã nhiệm vụ tổng quát", no lead of its own.
        expect(r[SAU_RO.parent]).not.toBe('');
        expect([r[SAU_RO.content], r[SAU_RO.lead]]).toEqual(['', '']);
      } else if (parts.length === 3) {
        expect(r[SAU_RO.parent]).toBe('');
        expect(r[SAU_RO.content]).not.toBe('');
      }
    }
  });

  it('writes sub-task outputs, KPIs and leads', () => {
    const row = (code: string) => rows.find((r) => r[SAU_RO.code] === code) ?? [];
    expect(row('III.4.b').slice(SAU_RO.content, SAU_RO.partners)).toEqual([
      'Tham mưu triển khai công dân số',
      'Nghị quyết được ban hành',
      'Dự thảo thông qua và ban hành đúng tiến độ đề ra',
      CA,
    ]);
    expect(row('III.4')[SAU_RO.parent]).toMatch(/^Triển khai thực hiện Đề án phát triển ứng dụng/);
    expect(row('IV.1.a')[SAU_RO.partners]).toBe(VHXH);
  });

  it('loses no word of the appendix', () => {
    const cells = sourceCells(PLAN_003, 'Mã Nhiệm vụ Tổng quát');
    const source = countWords(
      cells.flatMap((c) => [c[0] ?? '', c[1] ?? '', c[2] ?? '', c[3] ?? '', c[6] ?? '']),
    );
    expect(total(source)).toBeGreaterThan(1000);
    const sheet = countWords(rows.flat().map(String));
    expect(missingWords(source, sheet)).toEqual([]);
  });
});

describe('importPlanText: small tables', () => {
  const header = 'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành';

  it('writes a formula-looking cell as text, and keeps unknown unit names as written', () => {
    const { rt, look } = fresh();
    const text = [
      header,
      'I\tMục một',
      '1\t=SUM(1,2) người dân\tSở Khoa học và Công nghệ\tCông an xã\t+ Năm 2026',
    ].join('\n');
    const r = rt.call<ImportResponse>('importPlanText', { text });
    // A provincial department is a body known by name, outside the commune: no warning.
    expect(r.warnings.map((w) => w.message)).toEqual([]);
    expect(look.formulas('Phụ lục I', 'C6:F6')).toEqual([['', '', '', '']]);
    expect(look.values('Phụ lục I', 'C6:F6')).toEqual([
      ['=SUM(1,2) người dân', 'Sở Khoa học và Công nghệ', 'Công an xã', '+ Năm 2026'],
    ]);
    expect(look.values('Phụ lục I', 'L6')).toEqual([[new Date('2026-12-30T17:00:00Z')]]);
  });

  it("uses the workbook's own unit directory, and names a bad role's cell", () => {
    const { rt, look } = fresh();
    rt.call('scaffoldTemplate', { templateId: 'chi-tieu' }); // creates the "Đơn vị" sheet
    const units = look.values('Đơn vị', 'A1:E40');
    const ca = units.findIndex((r) => r[0] === 'Công an xã') + 1;
    look.setValues('Đơn vị', `C${ca}`, [['Công an; Đội an ninh']]);
    const text = [header, 'I\tMục một', '1\tViệc A\tĐội an ninh\t\tNăm 2026'].join('\n');
    const preview = rt.call<{ tasks: Array<{ lead: string[] }>; warnings: unknown[] }>(
      'previewImport',
      { text },
    );
    expect(preview.tasks[0]?.lead).toEqual([CA]);
    expect(preview.warnings).toEqual([]);
    look.setValues('Đơn vị', `E${ca}`, [['Sếp']]);
    const sheets = look.sheetNames();
    expect(() => rt.call('importPlanText', { text })).toThrow(
      new RegExp(`Vai trò "Sếp" của đơn vị "Công an xã".*dòng ${ca}, cột E`),
    );
    expect(look.sheetNames()).toEqual(sheets);
  });

  it('refuses empty text and text without a task, writing nothing', () => {
    const { rt, look } = fresh();
    expect(() => rt.call('importPlanText', { text: '  \n ' })).toThrow(/Hãy dán văn bản/);
    expect(() => rt.call('importPlanText', { text: 'Kế hoạch không có bảng' })).toThrow(
      /Không tìm thấy nhiệm vụ nào/,
    );
    expect(look.sheetNames()).toEqual(['Sheet1']);
  });
});
