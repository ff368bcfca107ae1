// Periodic reports end to end, through the built bundle in the emulator: seed 001's 34 tasks are
// distributed to their units for Q3/2025, filled in and submitted the way units do it (late,
// missing, reordered columns, formula-looking values, a tab imported from another file), merged,
// and the completion rates are checked against the hand count of docs/MERGE.md.
import { describe, expect, it } from 'vitest';
import type { MergeView, SubmitView } from '../../src/gas/api.ts';
import {
  blockRows,
  CA,
  COORDINATOR,
  fill,
  KT,
  LEAD,
  look,
  seedPlan,
  TTVH,
  VHXH,
  VP,
  world,
  type World,
} from '../helpers/reportWorkbook.ts';
import { distributed, EMAILS, PERIOD, SHEETS, submitted } from '../helpers/reportScenario.ts';

function mergeNow(w: World): MergeView {
  return w.coordinator.call<MergeView>('mergeReports', { period: PERIOD });
}

function summaryRow(w: World, code: string): Record<string, unknown> {
  const values = w.look.data(SHEETS.summary);
  const block = blockRows(values, /^A\. TIẾN ĐỘ/);
  const row = block.rows.get(code);
  if (row === undefined) throw new Error(`no summary row for ${code}`);
  return Object.fromEntries(block.headers.map((h, i) => [h, values[row - 1]?.[i]]));
}

describe('distribute ("Tạo phiếu báo cáo")', () => {
  it('makes one sheet per unit: the tasks it leads, then those it supports, then its KPIs', () => {
    const w = distributed();
    const names = w.look.sheetNames();
    for (const name of [SHEETS.vhxh, SHEETS.ttvh, SHEETS.vp, SHEETS.kt, SHEETS.ca])
      expect(names).toContain(name);
    const ca = w.look.data(SHEETS.ca);
    expect(ca.slice(1, 5).map((r) => r.slice(0, 2))).toEqual([
      ['Đơn vị', CA],
      ['Kỳ báo cáo', PERIOD],
      ['Hạn nộp', '20/09/2025'],
      ['Trạng thái nộp', 'Chưa nộp'],
    ]);
    expect([...blockRows(ca, LEAD).rows.keys()]).toEqual(['III.16', 'III.19', 'III.21', 'III.22']);
    expect([...blockRows(ca, /^C\. /).rows.keys()]).toEqual(['CT-3']);
    const vhxh = w.look.data(SHEETS.vhxh);
    // 17 tasks of its own, and VI.2 (led by "Các phòng, ban, ngành…"): the coordinator reports it.
    expect(blockRows(vhxh, LEAD).rows.size).toBe(18);
    expect([...blockRows(vhxh, /^B\. /).rows.keys()]).toEqual(['III.16']);
    expect(blockRows(vhxh, LEAD).headers).toEqual([
      'Mã',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời hạn',
      'Trạng thái',
      'Tiến độ (%)',
      'Kết quả thực hiện / sản phẩm',
      'Minh chứng (link)',
      'Khó khăn, vướng mắc, kiến nghị',
      'Ghi chú',
      'Ngày hoàn thành',
    ]);
    // Co-led III.8 is in both leads' sheets; every lead unit's task is somewhere.
    const kt = w.look.data(SHEETS.kt);
    expect([...blockRows(kt, LEAD).rows.keys()]).toEqual([
      'III.1',
      'III.8',
      'III.20',
      'VI.1',
      'VI.3',
    ]);
    const led = [SHEETS.vhxh, SHEETS.ttvh, SHEETS.vp, SHEETS.kt, SHEETS.ca].flatMap((s) => [
      ...blockRows(w.look.data(s), LEAD).rows.keys(),
    ]);
    expect(new Set(led).size).toBe(34);
  });

  it('protects read-only columns; only the unit and the coordinators may type in a sheet with emails', () => {
    const w = distributed();
    const ca = look(w.wb, EMAILS.ca);
    const kt = look(w.wb, EMAILS.kt);
    fill(ca, SHEETS.ca, LEAD, { 'III.19': { 'Trạng thái': 'Đang thực hiện' } });
    expect(() => fill(kt, SHEETS.ca, LEAD, { 'III.19': { 'Trạng thái': 'Hoàn thành' } })).toThrow(
      /protected cell/,
    );
    expect(() => fill(ca, SHEETS.ca, LEAD, { 'III.19': { 'Thời hạn': 'Năm 2030' } })).toThrow(
      /protected cell/,
    );
    expect(() => fill(ca, SHEETS.ca, LEAD, { 'III.19': { Mã: 'X.1' } })).toThrow(/protected cell/);
    fill(w.look, SHEETS.ca, LEAD, { 'III.19': { 'Ghi chú': 'Cơ quan thường trực ghi' } });
    const protections = w.look.protections(SHEETS.ca);
    expect(protections.every((p) => !p.warningOnly)).toBe(true);
    const inputs = protections.filter((p) => p.description.includes('ô nhập liệu'));
    expect(inputs.length).toBeGreaterThan(0);
    for (const p of inputs) expect(p.editors.sort()).toEqual([EMAILS.ca, COORDINATOR].sort());
    const fixed = protections.find((p) => p.description.includes('phần cố định'));
    expect(fixed?.editors).toEqual([COORDINATOR]);
  });

  it('lets only the coordinators type in a sheet whose unit has no email, and says so on it', () => {
    const w = distributed();
    const vp = w.look.data(SHEETS.vp);
    expect(String(vp[7]?.[0])).toBe('Ghi chú bảo vệ');
    expect(String(vp[7]?.[1])).toMatch(/Chưa có email người nhập liệu .* chỉ cơ quan thường trực/);
    expect(w.look.protections(SHEETS.vp).every((p) => !p.warningOnly)).toBe(true);
    expect(() =>
      fill(look(w.wb, 'someone@else.vn'), SHEETS.vp, LEAD, {
        'III.3': { 'Trạng thái': 'Đang thực hiện' },
      }),
    ).toThrow(/protected cell/);
    fill(w.look, SHEETS.vp, LEAD, { 'III.3': { 'Trạng thái': 'Đang thực hiện' } });
  });

  it('refuses an editor that is not an email, naming its cell, before writing any sheet', () => {
    const fresh = world('2025-09-01T08:00');
    seedPlan(fresh, { [CA]: [EMAILS.ca, 'Anh Ba'] });
    const row = fresh.look.data('Đơn vị').findIndex((r) => r[0] === CA) + 1;
    const before = fresh.look.sheetNames();
    expect(() => fresh.coordinator.call('distributeReports', { period: PERIOD })).toThrow(
      new RegExp(`Email "Anh Ba" của đơn vị "${CA}" không hợp lệ .*dòng ${row}, cột D`),
    );
    expect(fresh.look.sheetNames()).toEqual(before);
  });

  it('creates the settings sheet with the rhythm, the due-day rule and the coordinator', () => {
    const w = distributed();
    const settings = w.look.data('Cài đặt');
    const byLabel = Object.fromEntries(settings.map((r) => [String(r[0]), r[1]]));
    expect(byLabel['Nhịp báo cáo']).toBe('Hằng quý');
    expect(byLabel['Hạn nộp báo cáo']).toBe('ngày 20 tháng cuối quý');
    expect(byLabel['Cơ quan thường trực']).toBe(VHXH);
    expect(byLabel['Kỳ hiện tại']).toBe('2025-Q3');
    expect(byLabel['Hạn nộp kỳ này']).toBe('20/09/2025');
  });

  it('distributing again keeps what units typed, by task code, and the sheets stay where they are', () => {
    const w = distributed();
    fill(w.look, SHEETS.vhxh, LEAD, {
      'III.7': { 'Trạng thái': 'Đang thực hiện', 'Tiến độ (%)': 80, 'Ghi chú': "'=1+1" },
    });
    fill(w.look, SHEETS.ca, LEAD, { 'III.19': { 'Trạng thái': 'Đang thực hiện' } });
    const before = w.look.sheetNames();
    // The plan gains a task at the top of the list: rows move, the typed values follow their code.
    const plan = w.look.data('Phụ lục I');
    const at = plan.findIndex((r) => r[0] === 'I.1');
    const rows = plan
      .slice(
        at,
        plan.findIndex((r) => r[0] === 'II'),
      )
      .map((r) => r.slice(0, 6));
    w.look.setValues('Phụ lục I', `A${at + 1}:F${at + rows.length + 1}`, [
      ['I.0', '0', 'Nhiệm vụ mới', 'Phòng Văn hóa - Xã hội', '', 'Năm 2025'],
      ...rows,
    ]);
    w.coordinator.call('distributeReports', { period: PERIOD });
    expect(w.look.sheetNames()).toEqual(before);
    const values = w.look.data(SHEETS.vhxh);
    const block = blockRows(values, LEAD);
    expect([...block.rows.keys()].slice(0, 2)).toEqual(['I.0', 'I.1']);
    const row = values[(block.rows.get('III.7') ?? 0) - 1] ?? [];
    expect(row.slice(4, 6)).toEqual(['Đang thực hiện', 80]);
    expect(row[9]).toBe('=1+1');
    expect(w.look.formulas(SHEETS.vhxh)[(block.rows.get('III.7') ?? 0) - 1]?.[9]).toBe('');
    const ca = w.look.data(SHEETS.ca);
    expect(ca[(blockRows(ca, LEAD).rows.get('III.19') ?? 0) - 1]?.[4]).toBe('Đang thực hiện');
  });
});

/** The shared fixture: seed 001's Q3/2025 reports filled, submitted and merged once. */
function merged(): { w: World; refused: SubmitView; first: MergeView; firstValues: unknown[][] } {
  const s = submitted();
  const first = mergeNow(s.w);
  return {
    w: s.w,
    refused: s.refused as SubmitView,
    first,
    firstValues: s.w.look.data(SHEETS.summary),
  };
}

describe('seed 001, Q3/2025: fill → submit → merge', () => {
  it('refuses a sheet with problems, shows them, and changes nothing', () => {
    const { w, refused } = merged();
    expect(refused.accepted).toBe(false);
    expect(refused.problems).toEqual([
      expect.objectContaining({
        sheet: SHEETS.kt,
        column: 'Tiến độ (%)',
        severity: 'error',
        message: expect.stringContaining('Tiến độ phải là số từ 0 đến 100'),
      }),
    ]);
    const log = w.look.data('Nhật ký');
    expect(log.filter((r) => r[2] === 'Nộp báo cáo' && r[4] === KT)).toHaveLength(1);
  });

  it('stamps an accepted sheet with the time and the user', () => {
    const { w } = merged();
    const kt = w.look.data(SHEETS.kt);
    expect(kt[4]?.[1]).toBe(`Đã nộp lúc 2025-09-23 09:00 bởi ${EMAILS.kt}`);
    expect(w.look.data(SHEETS.vhxh)[4]?.[1]).toBe(`Đã nộp lúc 2025-09-18 10:00 bởi ${COORDINATOR}`);
    // The distributed VP sheet stays a draft; the imported tab is the one submitted.
    expect(w.look.data(SHEETS.vp)[4]?.[1]).toBe('Chưa nộp');
    expect(w.look.data(SHEETS.vpImported)[4]?.[1]).toMatch(/^Đã nộp lúc 2025-09-19 16:00/);
  });

  it('gives the hand-computed completion per unit, per section and for the commune', () => {
    const { first, firstValues } = merged();
    const rates = Object.fromEntries(
      first.byUnit.map((u) => [u.unit, [u.due, u.done, u.rate, u.overdue]]),
    );
    expect(rates).toEqual({
      [VHXH]: [16, 9, 56.3, 1], // 9 ÷ 16 (III.18 not due yet; III.7 overdue)
      [TTVH]: [2, 1, 50, 0],
      [VP]: [4, 3, 75, 0], // II.1 waits on the province; III.6 due 31/12
      [KT]: [4, 3, 75, 0], // III.8 done through VH-XH, its co-lead
      [CA]: [4, 0, 0, 0], // never submitted
    });
    const sections = Object.fromEntries(
      first.bySection.map((s) => [s.section, [s.due, s.done, s.rate]]),
    );
    expect(sections).toEqual({ I: [7, 5, 71.4], II: [1, 0, 0], III: [20, 9, 45], VI: [1, 1, 100] });
    const { problems, ...stats } = first.stats;
    expect(stats).toEqual({
      units: 5,
      submitted: 4,
      late: 2,
      missing: [CA],
      tasks: 34,
      due: 29,
      done: 15,
      overdue: 1,
      completion: 51.7, // 15 ÷ 29
      kpiJudged: 2,
      kpiAchieved: 1,
    });
    expect(problems.length).toBeGreaterThan(0);
    // The same numbers are in the sheet.
    const head = Object.fromEntries(firstValues.slice(1, 17).map((r) => [String(r[0]), r[1]]));
    expect(head['Tỷ lệ hoàn thành toàn xã (%)']).toBe(51.7);
    expect(head['Nhiệm vụ đến hạn trong kỳ']).toBe(29);
    expect(head['Chưa nộp']).toBe(CA);
    const units = blockRows(firstValues, /^B\. TỶ LỆ/);
    const vhxhRow = firstValues[(units.rows.get(VHXH) ?? 0) - 1] ?? [];
    expect(vhxhRow.slice(0, 6)).toEqual([VHXH, 16, 9, 1, 56.3, 'Đã nộp 18/09/2025 10:00']);
    const ttvhRow = firstValues[(units.rows.get(TTVH) ?? 0) - 1] ?? [];
    expect(ttvhRow[5]).toBe('Đã nộp 22/09/2025 08:00 – muộn');
  });

  it("lets the lead unit's report set the state and appends the others' words with their name", () => {
    const { w } = merged();
    expect(summaryRow(w, 'III.7')).toMatchObject({
      'Trạng thái': 'Quá hạn',
      'Tiến độ (%)': 80,
      'Đến hạn trong kỳ': 1,
      'Tính là hoàn thành': 0,
    });
    expect(summaryRow(w, 'III.16')['Ghi chú của đơn vị']).toBe(
      `[${VHXH}] Phối hợp tuyên truyền phòng chống lừa đảo qua mạng`,
    );
    // TTVH claimed III.15: VH-XH (the plan's lead) sets the state, TTVH's result is appended.
    const iii15 = summaryRow(w, 'III.15');
    expect(iii15['Trạng thái']).toBe('Chưa thực hiện');
    expect(iii15['Kết quả thực hiện / sản phẩm']).toBe(`[${TTVH}] Đã phát 4 phóng sự`);
    // The imported tab's values count (III.5 done before its deadline).
    expect(summaryRow(w, 'III.5')).toMatchObject({
      'Trạng thái': 'Hoàn thành',
      'Minh chứng': 'http://vp.vn/bb',
    });
    // Renamed and reordered columns were read by their headings.
    expect(summaryRow(w, 'I.2')['Trạng thái']).toBe('Đang thực hiện');
  });

  it('writes values from units as data: a leading = + - @ never becomes a formula', () => {
    const { w } = merged();
    const values = w.look.data(SHEETS.summary);
    const formulas = w.look.formulas(SHEETS.summary);
    const block = blockRows(values, /^A\. TIẾN ĐỘ/);
    const cell = (code: string, heading: string) => {
      const r = (block.rows.get(code) ?? 0) - 1;
      const c = block.headers.indexOf(heading);
      return { value: values[r]?.[c], formula: formulas[r]?.[c] };
    };
    expect(cell('III.2', 'Kết quả thực hiện / sản phẩm')).toEqual({
      value: '=HYPERLINK("http://x.vn","Biên bản")',
      formula: '',
    });
    expect(cell('I.1', 'Kết quả thực hiện / sản phẩm')).toEqual({
      value: '-Đã đăng 12 tin bài trên Cổng thông tin xã',
      formula: '',
    });
    expect(cell('I.3', 'Minh chứng')).toEqual({ value: '+84 912 345 678', formula: '' });
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
  });

  it('lists every flag with its sheet and row', () => {
    const { first, firstValues } = merged();
    const byKind = (kind: string) => first.stats.problems.filter((p) => p.kind === kind);
    expect(byKind('missing')).toEqual([expect.objectContaining({ unit: CA, sheet: SHEETS.ca })]);
    expect(byKind('late').map((p) => [p.unit, p.sheet])).toEqual([
      [TTVH, SHEETS.ttvh],
      [KT, SHEETS.kt],
    ]);
    expect(byKind('unknownCode')).toEqual([
      expect.objectContaining({
        sheet: SHEETS.vpImported,
        code: 'III.99',
        row: expect.any(Number),
      }),
    ]);
    expect(byKind('duplicateCode')).toEqual([
      expect.objectContaining({
        sheet: SHEETS.vpImported,
        code: 'III.13',
        row: expect.any(Number),
      }),
    ]);
    expect(byKind('twoLeads').map((p) => [p.unit, p.code])).toEqual([
      [VHXH, 'III.15'],
      [TTVH, 'III.15'],
    ]);
    // Every counted sheet passed the checks when it was submitted, and is unchanged since.
    expect(byKind('invalid')).toEqual([]);
    expect(byKind('editedAfterSubmit')).toEqual([]);
    // The problems block of the sheet holds the same list.
    const block = blockRows(firstValues, /^E\. VẤN ĐỀ/);
    expect(block.headers.slice(0, 7)).toEqual([
      'Loại',
      'Đơn vị',
      'Trang tính',
      'Dòng',
      'Mã',
      'Cột',
      'Nội dung',
    ]);
    const at = firstValues.findIndex((r) => String(r[0]).startsWith('E. '));
    const rows = firstValues.slice(at + 2).filter((r) => r[0] !== '');
    expect(rows).toHaveLength(first.stats.problems.length);
    expect(rows.find((r) => r[0] === 'Mã không có trong Kế hoạch')?.slice(1, 5)).toEqual([
      VP,
      SHEETS.vpImported,
      expect.any(Number),
      'III.99',
    ]);
  });

  it('merging again gives the same sheet; the coordinator’s own columns survive, by task code', () => {
    const { w, first, firstValues } = merged();
    mergeNow(w);
    expect(w.look.data(SHEETS.summary)).toEqual(firstValues);
    // The coordinator adds "Nhận xét" and "Đánh giá" right of the task block.
    const block = blockRows(firstValues, /^A\. TIẾN ĐỘ/);
    const col = block.headers.filter((h) => h !== '').length;
    const letter = (n: number) => String.fromCharCode(65 + n);
    w.look.setValues(
      SHEETS.summary,
      `${letter(col)}${block.header}:${letter(col + 1)}${block.header}`,
      [['Nhận xét', 'Đánh giá']],
    );
    const row = block.rows.get('III.7') ?? 0;
    w.look.setValues(SHEETS.summary, `${letter(col)}${row}:${letter(col + 1)}${row}`, [
      ['Đề nghị đôn đốc', "'=chậm"],
    ]);
    const second = mergeNow(w);
    expect(second.stats).toEqual(first.stats);
    expect(summaryRow(w, 'III.7')).toMatchObject({
      'Nhận xét': 'Đề nghị đôn đốc',
      'Đánh giá': '=chậm',
    });
    const withNotes = w.look.data(SHEETS.summary);
    mergeNow(w);
    expect(w.look.data(SHEETS.summary)).toEqual(withNotes);
    expect(
      w.look
        .formulas(SHEETS.summary)
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it('records every action in the audit log', () => {
    const { w } = merged();
    const log = w.look.data('Nhật ký');
    expect(log[0]).toEqual([
      'Thời gian',
      'Người thực hiện',
      'Thao tác',
      'Kỳ',
      'Đơn vị',
      'Số liệu',
      'Vấn đề',
    ]);
    const actions = log.slice(1).map((r) => [r[1], r[2], r[3], r[4]]);
    expect(actions.slice(0, 6)).toEqual([
      [COORDINATOR, 'Tạo phiếu báo cáo', PERIOD, ''],
      [COORDINATOR, 'Nộp báo cáo', PERIOD, VHXH],
      [COORDINATOR, 'Nộp báo cáo', PERIOD, VP],
      [EMAILS.ttvh, 'Nộp báo cáo', PERIOD, TTVH],
      [EMAILS.kt, 'Nộp báo cáo', PERIOD, KT],
      [COORDINATOR, 'Tổng hợp', PERIOD, ''],
    ]);
    const merge = log.find((r) => r[2] === 'Tổng hợp') ?? [];
    expect(merge[0]).toBeInstanceOf(Date);
    expect(String(merge[5])).toContain('4/5 đơn vị đã nộp (2 muộn)');
    expect(String(merge[5])).toContain('15 hoàn thành (51,7%)');
    expect(String(merge[6])).toMatch(/^\d+ vấn đề: 1 Chưa nộp, 2 Nộp muộn/);
  });
});

describe('who submits', () => {
  it('refuses a blank email or someone not on the unit’s list, saying why and how to fix it', () => {
    const w = distributed({ ttvhEditor: true });
    fill(look(w.wb, EMAILS.ttvh), SHEETS.ttvh, LEAD, { 'I.2': { 'Trạng thái': 'Đang thực hiện' } });
    w.clock.set('2025-09-15T14:05');
    expect(() => w.as('').call('submitReport', { period: PERIOD, unit: TTVH })).toThrow(
      /Google không cho Sáu Rõ biết email của bạn.*tích ô "Nộp báo cáo"/,
    );
    fill(look(w.wb, EMAILS.ca), SHEETS.ca, LEAD, { 'III.19': { 'Trạng thái': 'Đang thực hiện' } });
    expect(() => w.as(EMAILS.kt).call('submitReport', { period: PERIOD, unit: CA })).toThrow(
      `${EMAILS.kt} không có tên trong danh sách người nhập liệu của ${CA}`,
    );
    expect(w.look.data(SHEETS.ca)[4]?.[1]).toBe('Chưa nộp');
    expect(
      w.as(EMAILS.ca).call<SubmitView>('submitReport', { period: PERIOD, unit: CA }),
    ).toMatchObject({
      accepted: true,
      submittedBy: EMAILS.ca,
    });
  });
});

describe('send back ("Trả lại") and close ("Chốt kỳ")', () => {
  it('returns one entry with a reason until the unit resubmits; closing freezes the summary', () => {
    const { w } = submitted();
    mergeNow(w);
    const back = w.coordinator.call<{ sheetName: string; row: number }>('sendBackEntry', {
      period: PERIOD,
      unit: 'Phòng KT',
      code: 'VI.3',
      reason: 'Thiếu minh chứng',
    });
    expect(back.sheetName).toBe(SHEETS.kt);
    const kt = w.look.data(SHEETS.kt);
    expect(kt[5]?.[1]).toMatch(/^VI\.3: Thiếu minh chứng \(trả lại 25\/09\/2025 10:00 bởi/);
    expect(w.look.backgrounds(SHEETS.kt)[back.row - 1]?.[4]).toBe('#f4cccc');
    // Until it is fixed, the entry is left out of the summary and listed.
    let m = mergeNow(w);
    expect(m.byUnit.find((u) => u.unit === KT)).toMatchObject({ due: 3, done: 2 });
    expect(m.stats.problems.filter((p) => p.kind === 'sentBack')).toEqual([
      expect.objectContaining({ unit: KT, sheet: SHEETS.kt, code: 'VI.3', row: back.row }),
    ]);
    fill(look(w.wb, EMAILS.kt), SHEETS.kt, LEAD, {
      'VI.3': { 'Minh chứng (link)': 'http://kt.vn/ht' },
    });
    w.clock.set('2025-09-26T08:00');
    const again = w.as(EMAILS.kt).call<SubmitView>('submitReport', { period: PERIOD, unit: KT });
    expect(again.accepted).toBe(true);
    expect(w.look.data(SHEETS.kt)[5]?.[1]).toBe('');
    // Resubmitting clears the highlight of the entry sent back.
    expect(w.look.backgrounds(SHEETS.kt)[back.row - 1]?.[4]).not.toBe('#f4cccc');
    m = mergeNow(w);
    expect(m.byUnit.find((u) => u.unit === KT)).toMatchObject({ due: 4, done: 3 });
    expect(m.stats.problems.filter((p) => p.kind === 'sentBack')).toEqual([]);

    const summary = w.look.data(SHEETS.summary);
    const closed = w.coordinator.call<{ sheetName: string }>('closePeriod', { period: PERIOD });
    expect(closed.sheetName).toBe('Chốt kỳ 2025-Q3');
    const frozen = w.look.data('Chốt kỳ 2025-Q3');
    expect(frozen.slice(1)).toEqual(summary.slice(1));
    expect(String(frozen[0]?.[0])).toMatch(/ĐÃ CHỐT lúc 26\/09\/2025 08:00 bởi coordinator@/);
    const p = w.look.protections('Chốt kỳ 2025-Q3');
    expect(p).toEqual([expect.objectContaining({ warningOnly: false, editors: [COORDINATOR] })]);
    expect(() => look(w.wb, EMAILS.kt).setValues('Chốt kỳ 2025-Q3', 'A1', [['x']])).toThrow(
      /protected cell/,
    );
    // A closed period no longer changes.
    expect(() => mergeNow(w)).toThrow(/Kỳ 2025-Q3 đã chốt/);
    expect(() => w.as(EMAILS.kt).call('submitReport', { period: PERIOD, unit: KT })).toThrow(
      /đã chốt/,
    );
  });
});

describe('menu, settings and COMPLETION_RATE', () => {
  it('adds the report items to the add-on menu', () => {
    const w = distributed();
    w.coordinator.runTrigger('onOpen', 'NONE');
    expect(w.coordinator.ui.menus[0]?.items.slice(1)).toEqual([
      { caption: 'Tạo phiếu báo cáo', functionName: 'menuDistributeReports' },
      { caption: 'Nộp báo cáo', functionName: 'menuSubmitReport' },
      { caption: 'Tổng hợp', functionName: 'menuMergeReports' },
      { caption: 'Chốt kỳ', functionName: 'menuClosePeriod' },
      { caption: 'Cập nhật bảng điều khiển', functionName: 'menuUpdateDashboard' },
      { caption: 'Lập báo cáo kỳ', functionName: 'menuBuildPeriodReport' },
      { caption: 'Xuất dữ liệu (dạng dài)', functionName: 'menuWriteExportSheet' },
    ]);
    // "Nộp báo cáo" from the menu submits the open sheet, or explains what is wrong.
    w.look.activate(SHEETS.ca);
    w.clock.set('2025-09-10T09:00');
    w.coordinator.call('menuSubmitReport');
    expect(w.coordinator.ui.alerts.at(-1)?.prompt).toMatch(/Chưa nộp được: phiếu còn 1 lỗi/);
    w.look.activate('Phụ lục I');
    w.coordinator.call('menuSubmitReport');
    expect(w.coordinator.ui.alerts.at(-1)?.prompt).toMatch(/không phải phiếu báo cáo/);
    // "Chốt kỳ" asks first; without a summary it says what to do. "Tổng hợp" reports the figures.
    w.coordinator.call('menuClosePeriod');
    expect(w.coordinator.ui.alerts.at(-1)?.prompt).toMatch(/Chưa có bảng tổng hợp kỳ 2025-Q3/);
    w.coordinator.call('menuMergeReports');
    expect(w.coordinator.ui.alerts.at(-1)?.prompt).toMatch(
      /^Đã tổng hợp kỳ 2025-Q3 vào trang "Tổng hợp 2025-Q3": 0\/5 đơn vị đã nộp/,
    );
  });

  it('names the cell when the open sheet holds a period that is not one', () => {
    const w = distributed();
    w.look.setValues(SHEETS.ca, 'B3', [['Quý 9/2025']]);
    w.look.activate(SHEETS.ca);
    w.coordinator.call('menuSubmitReport');
    expect(w.coordinator.ui.alerts.at(-1)?.prompt).toMatch(
      /^Kỳ báo cáo "Quý 9\/2025" không hợp lệ\..*\(trang "BC 2025-Q3 - Công an xã", dòng 3, cột B\)$/,
    );
  });

  it('takes the rhythm and the due-day rule from the settings sheet, by label', () => {
    const w = distributed();
    const settings = w.look.data('Cài đặt');
    const row = (label: string) => settings.findIndex((r) => r[0] === label) + 1;
    w.look.setValues('Cài đặt', `B${row('Nhịp báo cáo')}`, [['Hằng tháng']]);
    w.look.setValues('Cài đặt', `B${row('Hạn nộp báo cáo')}`, [['trước ngày 15 hằng tháng']]);
    const setup = w.coordinator.call<{ period: string; deadline: string }>('getReportSetup');
    expect(setup).toMatchObject({ period: '2025-09', deadline: '14/09/2025' });
    w.look.setValues('Cài đặt', `B${row('Nhịp báo cáo')}`, [['Hai tuần']]);
    expect(() => w.coordinator.call('getReportSetup')).toThrow(
      /Nhịp báo cáo "Hai tuần" không hợp lệ \(trang "Cài đặt", dòng 3\)/,
    );
    w.look.setValues('Cài đặt', `B${row('Nhịp báo cáo')}`, [['Hằng quý']]);
    expect(() => w.coordinator.call('mergeReports', { period: 'Quý 5/2025' })).toThrow(
      /Kỳ báo cáo "Quý 5\/2025" không hợp lệ/,
    );
  });

  it('COMPLETION_RATE counts done rows over rows with a status or a progress', () => {
    const w = distributed();
    w.look.setValues('Sheet1', 'A1:B5', [
      ['Hoàn thành', ''],
      ['đang thực hiện', 100],
      ['Chưa thực hiện', 20],
      ['', ''],
      ['HOAN THANH', ''],
    ]);
    w.look.setValues('Sheet1', 'D1:E1', [
      ['=COMPLETION_RATE(A1:A5)', '=COMPLETION_RATE(A1:A5,B1:B5)'],
    ]);
    expect(w.look.values('Sheet1', 'D1:E1')).toEqual([[0.5, 0.75]]);
  });
});
