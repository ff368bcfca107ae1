// Scaffolding through the built bundle in the emulator, as a coordinator would from the sidebar.
import { describe, expect, it } from 'vitest';
import { createWorkbook, type Runtime, inspector } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import { containsInOrder, SEED_HEADINGS } from '../helpers/seedHeadings.ts';
import { readFileSync } from 'node:fs';

interface TemplateJson {
  sheetName: string;
  columns: Array<{ header: string; width: number }>;
}
const load = (id: string) =>
  JSON.parse(
    readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'),
  ) as TemplateJson;
const phuLuc = load('phu-luc');
const sauRo = load('sau-ro');
const chiTieu = load('chi-tieu');

const TEMPLATES = { 'phu-luc': phuLuc, 'sau-ro': sauRo, 'chi-tieu': chiTieu };

function fresh(): { rt: Runtime; look: ReturnType<typeof inspector> } {
  const workbook = createWorkbook('Xã Cẩm Giàng');
  return { rt: addonRuntime({ workbook }), look: inspector(workbook) };
}

describe('scaffold', () => {
  for (const id of Object.keys(SEED_HEADINGS) as Array<keyof typeof SEED_HEADINGS>) {
    it(`${id}: writes the seed headings in order, after the key column, with the tracking columns`, () => {
      const { rt, look } = fresh();
      const result = rt.call<{ sheetName: string; headerRow: number }>('scaffoldTemplate', {
        templateId: id,
        commune: 'Cẩm Giàng',
      });
      const template = TEMPLATES[id];
      expect(result.sheetName).toBe(template.sheetName);
      expect(result.headerRow).toBe(4);
      const width = template.columns.length;
      const header =
        look.values(template.sheetName, `A4:${String.fromCharCode(64 + width)}4`)[0] ?? [];
      expect(header[0]).toBe('Mã');
      expect(containsInOrder(header, SEED_HEADINGS[id][1])).toBe(true);
      expect(header).toEqual(template.columns.map((c) => c.header));
      expect(look.values(template.sheetName, 'A3')[0]?.[0]).toBe('Xã: Cẩm Giàng');
      expect(look.frozen(template.sheetName)).toEqual([4, 1]);
      expect(look.widths(template.sheetName, width)).toEqual(template.columns.map((c) => c.width));
      expect(look.fontWeights(template.sheetName, 'A4')[0]?.[0]).toBe('bold');
      expect(
        look
          .namedRanges()
          .some((n) => n.sheet === template.sheetName && n.name.startsWith('SAURO_')),
      ).toBe(true);
    });
  }

  it('adds validation: status list, progress 0–100, units from the "Đơn vị" sheet', () => {
    const { rt, look } = fresh();
    rt.call('scaffoldTemplate', { templateId: 'phu-luc' });
    const status = look.validation('Phụ lục I', 'G5');
    expect(status?.type).toBe('VALUE_IN_LIST');
    expect(status?.values[0]).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành']);
    expect(status?.allowInvalid).toBe(false);
    const progress = look.validation('Phụ lục I', 'H900');
    expect(progress?.type).toBe('NUMBER_BETWEEN');
    expect(progress?.values).toEqual([0, 100]);
    const lead = look.validation('Phụ lục I', 'D5');
    expect(lead?.type).toBe('VALUE_IN_RANGE');
    expect(String(lead?.values[0])).toMatch(/^Đơn vị!A2:A/);
    // The directory sheet exists and is seeded with the seeds' units.
    expect(look.sheetNames()).toContain('Đơn vị');
    const units = look
      .values('Đơn vị', 'A1:A40')
      .flat()
      .filter((v) => v !== '');
    expect(units[0]).toBe('Tên đơn vị');
    expect(units).toEqual(expect.arrayContaining(['Công an xã']));
    expect(units.length).toBeGreaterThanOrEqual(6);
  });

  it('colours done rows and section rows, and protects the header and key column (warning only)', () => {
    const { rt, look } = fresh();
    rt.call('scaffoldTemplate', { templateId: 'phu-luc' });
    const rules = look.conditionalFormulas('Phụ lục I');
    expect(rules.some((r) => r.values.some((f) => f.includes('"Hoàn thành"')))).toBe(true);
    expect(rules.some((r) => r.values.some((f) => f.includes('"VI"')))).toBe(true);
    const protections = look.protections('Phụ lục I');
    const last = String.fromCharCode(64 + phuLuc.columns.length);
    expect(protections.map((p) => p.range)).toEqual(expect.arrayContaining([`A4:${last}4`]));
    expect(protections.every((p) => p.warningOnly)).toBe(true);
  });

  it('never overwrites: a second scaffold adds "<name> (2)" and leaves the first as it was', () => {
    const { rt, look } = fresh();
    rt.call('scaffoldTemplate', { templateId: 'phu-luc' });
    look.setValues('Phụ lục I', 'A5:C5', [['I.1', '1', 'Tuyên truyền Nghị quyết 57']]);
    const second = rt.call<{ sheetName: string }>('scaffoldTemplate', { templateId: 'phu-luc' });
    expect(second.sheetName).toBe('Phụ lục I (2)');
    expect(look.values('Phụ lục I', 'A5:C5')).toEqual([['I.1', '1', 'Tuyên truyền Nghị quyết 57']]);
    expect(look.sheetNames().filter((n) => n.startsWith('Phụ lục I'))).toHaveLength(2);
  });

  it('refuses an explicitly named sheet that holds data, and changes nothing', () => {
    const { rt, look } = fresh();
    rt.call('scaffoldTemplate', { templateId: 'chi-tieu', sheetName: 'Chỉ tiêu 2026' });
    look.setValues('Chỉ tiêu 2026', 'C5', [['Tỉ lệ phủ sóng 5G trên địa bàn']]);
    const before = look.sheetNames();
    expect(() =>
      rt.call('scaffoldTemplate', { templateId: 'phu-luc', sheetName: 'Chỉ tiêu 2026' }),
    ).toThrow(/đã có dữ liệu/);
    expect(look.sheetNames()).toEqual(before);
    expect(look.values('Chỉ tiêu 2026', 'A4:B4')).toEqual([['Mã', 'STT']]);
  });

  it('rejects an unknown template id with a Vietnamese message and adds no sheet', () => {
    const { rt, look } = fresh();
    const before = look.sheetNames();
    expect(() => rt.call('scaffoldTemplate', { templateId: 'phu-luc-2' })).toThrow(
      'Không có mẫu bảng "phu-luc-2". Các mẫu hiện có: phu-luc, sau-ro, chi-tieu.',
    );
    expect(() => rt.call('scaffoldTemplate', { nope: 1 })).toThrow(/Yêu cầu tạo bảng không hợp lệ/);
    expect(look.sheetNames()).toEqual(before);
  });

  it('writes in bulk: no call per row or per cell, one width call per run of equal widths', () => {
    const { rt } = fresh();
    rt.resetCounts();
    rt.call('scaffoldTemplate', { templateId: 'sau-ro' });
    const counts = rt.counts();
    // 996 data rows get their formats, validation and rules through a handful of 2-D calls. The
    // first task table also makes the settings sheet, whose "Ngày báo cáo" its formulas read.
    expect(counts['Range.setValues']).toBeLessThanOrEqual(4); // directory, settings, table
    expect(counts['Range.setValue'] ?? 0).toBe(0);
    expect(counts['Range.setFormula'] ?? 0).toBe(0);
    expect(counts['Range.setNumberFormats']).toBeLessThanOrEqual(2);
    expect(counts['Range.setHorizontalAlignments']).toBe(1);
    // The table and the directory in one 2-D block each; the settings sheet has three cells.
    expect(counts['Range.setDataValidations']).toBe(2);
    expect(counts['Range.setDataValidation'] ?? 0).toBe(3);
    // Apps Script has no call setting different widths: one per run of equal widths (the
    // settings sheet's three columns differ).
    const runs = (ws: number[]) => ws.filter((w, i) => i === 0 || w !== ws[i - 1]).length;
    expect(counts['Sheet.setColumnWidths']).toBe(
      runs(sauRo.columns.map((c) => c.width)) + runs([300, 110, 260, 260, 150]) + 3,
    );
    expect(counts['Sheet.setColumnWidth'] ?? 0).toBe(0);
  });

  it('lets formulas typed into the table compute', () => {
    const { rt, look } = fresh();
    rt.call('scaffoldTemplate', { templateId: 'phu-luc' });
    look.setValues('Phụ lục I', 'H5:H7', [[100], [50], [0]]);
    look.setValues('Phụ lục I', 'K1', [['=AVERAGE(H5:H7)']]);
    expect(look.values('Phụ lục I', 'K1')).toEqual([[50]]);
  });
});

describe('menu', () => {
  it('onOpen in AuthMode.NONE only builds the menu', () => {
    const { rt } = fresh();
    rt.resetCounts();
    rt.runTrigger('onOpen', 'NONE');
    expect(rt.ui.menus).toHaveLength(1);
    expect(rt.ui.menus[0]?.items[0]).toEqual({
      caption: 'Mở bảng điều khiển',
      functionName: 'showSidebar',
    });
    const services = Object.keys(rt.counts());
    expect(
      services.every(
        (k) => k.startsWith('SpreadsheetApp.getUi') || k.startsWith('Ui.') || k.startsWith('Menu.'),
      ),
    ).toBe(true);
  });

  it('showSidebar opens the Vietnamese sidebar built into dist/Sidebar.html', () => {
    const { rt } = fresh();
    rt.call('showSidebar');
    expect(rt.ui.sidebar?.title).toBe('Sáu Rõ');
    expect(rt.ui.sidebar?.html).toContain('Các bước của kỳ báo cáo');
  });
});
