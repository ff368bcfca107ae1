// Roles and records no one can forge. A unit that types a stamp, clears a send-back, runs the
// coordinator's actions or edits the shared sheets changes nothing that counts; a unit without
// the add-on submits by ticking its sheet's "Nộp báo cáo" box; a sheet edited after submitting is
// not counted until it is submitted again.
import { describe, expect, it } from 'vitest';
import { createWorkbook } from 'gas-emulator';
import type { MergeView, SubmitView } from '../../src/gas/api.ts';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import { COORDINATOR, look, type World } from '../helpers/reportWorkbook.ts';
import { fillCa, SMALL, smallDistributed } from '../helpers/smallWorld.ts';

function merge(w: World): MergeView {
  return w.coordinator.call<MergeView>('mergeReports', { period: SMALL.period });
}

function submittedCount(w: World): number {
  return merge(w).stats.submitted;
}

function unit(w: World, email: string = SMALL.caEditor) {
  return addonRuntime({ workbook: w.wb, user: email, now: w.clock.now });
}

const STAMP = `Đã nộp lúc 2025-09-01 08:00 bởi ${SMALL.caEditor}`;

describe('a unit cannot forge its report', () => {
  it('stamp-like text typed into every cell of its sheet is never a record', () => {
    const w = smallDistributed();
    const ca = unit(w);
    const values = w.look.data(SMALL.caSheet);
    const results = [];
    for (let r = 1; r <= values.length; r++) {
      for (const col of 'ABCDEFGHIJ') results.push(ca.edit(SMALL.caSheet, `${col}${r}`, STAMP));
    }
    // The fixed cells are refused; the few it may type in take the text, which counts for nothing.
    expect(results.filter((r) => r.applied).length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.applied).length).toBeGreaterThan(100);
    expect(w.look.values(SMALL.caSheet, 'B5')).toEqual([[STAMP]]);
    const m = merge(w);
    expect(m.stats.submitted).toBe(0);
    expect(m.stats.missing).toContain(SMALL.ca);
  });

  it('clearing a send-back does not undo it; only resubmitting the entry fixed does', () => {
    const w = smallDistributed();
    fillCa(w);
    w.coordinator.call('submitReport', { period: SMALL.period, unit: SMALL.ca });
    w.coordinator.call('sendBackEntry', {
      period: SMALL.period,
      unit: SMALL.ca,
      code: 'I.1',
      reason: 'Thiếu minh chứng',
    });
    const ca = unit(w);
    expect(ca.edit(SMALL.caSheet, 'B6', '').applied).toBe(true);
    let m = merge(w);
    expect(m.stats.problems.filter((p) => p.kind === 'sentBack').map((p) => p.code)).toEqual([
      'I.1',
    ]);
    // Resubmitting the entry unchanged is refused, with the reason.
    const same = ca.call<SubmitView>('submitReport', { period: SMALL.period, unit: SMALL.ca });
    expect(same.accepted).toBe(false);
    expect(same.problems[0]?.message).toMatch(/I\.1 đã bị trả lại \(Thiếu minh chứng\)/);
    // Fixed, then resubmitted: counted again.
    const row = w.look.data(SMALL.caSheet).findIndex((r) => r[0] === 'I.1') + 1;
    expect(ca.edit(SMALL.caSheet, `H${row}`, 'http://ca.vn/bb').applied).toBe(true);
    expect(
      ca.call<SubmitView>('submitReport', { period: SMALL.period, unit: SMALL.ca }).accepted,
    ).toBe(true);
    m = merge(w);
    expect(m.stats.problems.filter((p) => p.kind === 'sentBack')).toEqual([]);
    expect(m.stats.submitted).toBe(1);
  });

  it('a unit is refused every coordinator action, with who holds the role', () => {
    const w = smallDistributed();
    const ca = unit(w);
    const who =
      /Chỉ cơ quan thường trực mới được .*hiện là chủ sở hữu tệp coordinator@example\.com/;
    const before = w.look.sheetNames();
    expect(() => ca.call('mergeReports', { period: SMALL.period })).toThrow(who);
    expect(() => ca.call('closePeriod', { period: SMALL.period })).toThrow(who);
    expect(() => ca.call('distributeReports', { period: SMALL.period })).toThrow(who);
    expect(() =>
      ca.call('sendBackEntry', { period: SMALL.period, unit: SMALL.kt, code: 'I.2', reason: 'x' }),
    ).toThrow(who);
    expect(() => ca.call('setCoordinators', { coordinators: [SMALL.caEditor] })).toThrow(who);
    expect(() => ca.call('setUnitEditors', { unit: SMALL.kt, editors: [SMALL.caEditor] })).toThrow(
      who,
    );
    expect(() => ca.call('scaffoldTemplate', { templateId: 'phu-luc' })).toThrow(who);
    expect(() => ca.call('checkWorkbook')).toThrow(who);
    expect(w.look.sheetNames()).toEqual(before);
    // Another unit's sheet cannot be submitted either.
    expect(() => ca.call('submitReport', { period: SMALL.period, unit: SMALL.kt })).toThrow(
      /ca@camgiang\.vn không có tên trong danh sách người nhập liệu của Phòng Kinh tế/,
    );
  });

  it('a blank email is not a coordinator, and the message says how to fix it', () => {
    const w = smallDistributed();
    expect(() => unit(w, '').call('mergeReports', { period: SMALL.period })).toThrow(
      /Google không cho Sáu Rõ biết email của bạn.*Cách khắc phục/,
    );
  });

  it('the shared sheets are protected for the coordinators alone', () => {
    const w = smallDistributed();
    merge(w);
    const ca = unit(w);
    for (const [sheet, cell] of [
      ['Đơn vị', 'D3'],
      ['Cài đặt', 'B9'],
      ['Phụ lục I', 'D6'],
      ['Chỉ tiêu', 'E5'],
      ['Nhật ký', 'A2'],
      ['Tổng hợp 2025-Q3', 'Z9'],
    ] as const) {
      const r = ca.edit(sheet, cell, 'ca@camgiang.vn');
      expect([sheet, r.applied, r.reason]).toEqual([
        sheet,
        false,
        expect.stringMatching(/protected/),
      ]);
      for (const p of w.look.protections(sheet).filter((x) => x.range.startsWith('A1:'))) {
        expect(p.warningOnly).toBe(false);
        expect(p.editors).toEqual([COORDINATOR]);
      }
    }
    // A unit may not delete or rename them either.
    expect(() => look(w.wb, SMALL.caEditor).deleteSheet('Nhật ký')).toThrow(/protected/);
    // The coordinator may.
    expect(w.coordinator.edit('Tổng hợp 2025-Q3', 'Z9', 'Ghi chú').applied).toBe(true);
  });
});

describe('a unit without the add-on submits by ticking its box', () => {
  it('refused with the reasons beside the box, then recorded and counted', () => {
    const w = smallDistributed();
    const ca = unit(w);
    // Incomplete: nothing typed in the tasks it leads.
    expect(ca.edit(SMALL.caSheet, 'B7', 'TRUE')).toEqual({ applied: true });
    const [[box, reasons]] = w.look.values(SMALL.caSheet, 'B7:C7') as [[boolean, string]];
    expect(box).toBe(false);
    expect(reasons).toMatch(
      /^Chưa nộp được, 1 lỗi cần sửa rồi tích lại:\n• Phiếu chưa có nội dung/,
    );
    expect(reasons.split('\n').length).toBeLessThanOrEqual(6);
    expect(submittedCount(w)).toBe(0);
    // Complete: recorded. (The trigger runs as the coordinator, of another domain than the unit,
    // so Sheets does not tell it who ticked: the protection on the box is what vouches.)
    fillCa(w);
    w.clock.set('2025-09-15T10:30');
    expect(ca.edit(SMALL.caSheet, 'B7', 'TRUE')).toEqual({ applied: true });
    expect(w.look.values(SMALL.caSheet, 'B5:C7')).toEqual([
      [expect.stringMatching(/^Đã nộp lúc 2025-09-15 10:30 bởi /), ''],
      ['', ''],
      [true, expect.stringMatching(/^Đã nộp lúc 2025-09-15 10:30/)],
    ]);
    const m = merge(w);
    expect(m.stats.submitted).toBe(1);
    expect(m.stats.late).toBe(0);
    // The coordinator's trigger wrote the log row, with who ticked (or the unit when unknown).
    const log = w.look.data('Nhật ký').filter((r) => r[2] === 'Nộp báo cáo');
    expect(log).toHaveLength(1);
    expect(String(log[0]?.[5])).toContain('tích ô "Nộp báo cáo"');
  });

  it('Sheets gives no email across domains: the box still works, the record names the unit', () => {
    const w = smallDistributed();
    w.coordinator.call('setUnitEditors', { unit: SMALL.ca, editors: ['congan@gmail.com'] });
    w.coordinator.call('distributeReports', { period: SMALL.period });
    const other = unit(w, 'congan@gmail.com');
    const values = w.look.data(SMALL.caSheet);
    const at = (code: string) => values.findIndex((r) => r[0] === code) + 1;
    expect(other.edit(SMALL.caSheet, `E${at('I.1')}`, 'Đang thực hiện').applied).toBe(true);
    expect(other.edit(SMALL.caSheet, 'B7', 'TRUE').applied).toBe(true);
    expect(w.look.values(SMALL.caSheet, 'B5')).toEqual([
      [expect.stringMatching(new RegExp(`bởi ${SMALL.ca}$`))],
    ]);
    expect(submittedCount(w)).toBe(1);
    // Someone not on the list cannot tick it at all.
    expect(unit(w, SMALL.ktEditor).edit(SMALL.caSheet, 'B7', 'TRUE').applied).toBe(false);
  });

  it('an edit after submitting is not counted until the unit submits again', () => {
    const w = smallDistributed();
    fillCa(w);
    const ca = unit(w);
    expect(ca.edit(SMALL.caSheet, 'B7', 'TRUE').applied).toBe(true);
    expect(submittedCount(w)).toBe(1);
    const row = w.look.data(SMALL.caSheet).findIndex((r) => r[0] === 'I.3') + 1;
    expect(ca.edit(SMALL.caSheet, `F${row}`, '90').applied).toBe(true);
    // The sheet says so at once: a ticked box would tell the unit it is done.
    expect(w.look.values(SMALL.caSheet, 'B5:C7')).toEqual([
      ['Cần nộp lại (phiếu đã sửa sau khi nộp)', ''],
      ['', ''],
      [false, 'Phiếu đã sửa sau khi nộp: tích lại ô "Nộp báo cáo" khi đã sửa xong.'],
    ]);
    const m = merge(w);
    expect(m.stats.submitted).toBe(0);
    expect(m.stats.problems.filter((p) => p.kind === 'editedAfterSubmit')).toEqual([
      expect.objectContaining({
        unit: SMALL.ca,
        sheet: SMALL.caSheet,
        message: expect.stringContaining('đã sửa sau khi nộp — cần nộp lại'),
      }),
    ]);
    const summary = w.look.data('Tổng hợp 2025-Q3');
    expect(summary.some((r) => r[0] === 'Đã sửa sau khi nộp — cần nộp lại')).toBe(true);
    // Ticking again resubmits.
    expect(ca.edit(SMALL.caSheet, 'B7', 'TRUE').applied).toBe(true);
    expect(submittedCount(w)).toBe(1);
  });
});

describe('a sent-back entry on a sheet submitted by its box', () => {
  it('unticks the box and says which entry to fix; ticking again after the fix counts', () => {
    const w = smallDistributed();
    fillCa(w);
    const ca = unit(w);
    expect(ca.edit(SMALL.caSheet, 'B7', 'TRUE').applied).toBe(true);
    w.coordinator.call('sendBackEntry', {
      period: SMALL.period,
      unit: SMALL.ca,
      code: 'I.1',
      reason: 'Thiếu minh chứng',
    });
    expect(w.look.values(SMALL.caSheet, 'B5:C7')).toEqual([
      ['Cần nộp lại (có mục bị trả lại)', ''],
      [expect.stringMatching(/^I\.1: Thiếu minh chứng/), ''],
      [false, 'Mục I.1 bị trả lại: sửa rồi tích lại ô "Nộp báo cáo".'],
    ]);
    const row = w.look.data(SMALL.caSheet).findIndex((r) => r[0] === 'I.1') + 1;
    expect(ca.edit(SMALL.caSheet, `H${row}`, 'http://ca.vn/bb').applied).toBe(true);
    expect(ca.edit(SMALL.caSheet, 'B7', 'TRUE').applied).toBe(true);
    const [[box, result]] = w.look.values(SMALL.caSheet, 'B7:C7') as [[boolean, string]];
    expect(box).toBe(true);
    expect(result).toMatch(/^Đã nộp lúc /);
    expect(submittedCount(w)).toBe(1);
  });
});

describe('the summary, the log and odd names', () => {
  it('formulas elsewhere that point into the summary still work after a re-merge', () => {
    const w = smallDistributed();
    fillCa(w);
    w.coordinator.call('submitReport', { period: SMALL.period, unit: SMALL.ca });
    merge(w);
    w.look.addSheet('Báo cáo HĐND', [['Tỷ lệ']]);
    w.look.setValues('Báo cáo HĐND', 'B1', [["='Tổng hợp 2025-Q3'!B13"]]);
    const rate = w.look.values('Báo cáo HĐND', 'B1')[0]?.[0];
    expect(typeof rate).toBe('number');
    w.look.setValues('Tổng hợp 2025-Q3', 'Z3', [['Ghi chú của văn phòng']]);
    merge(w);
    expect(w.look.formulas('Báo cáo HĐND')[0]?.[1]).toBe("='Tổng hợp 2025-Q3'!B13");
    expect(w.look.values('Báo cáo HĐND', 'B1')[0]?.[0]).toBe(rate);
    expect(w.look.values('Tổng hợp 2025-Q3', 'Z3')).toEqual([['Ghi chú của văn phòng']]);
  });

  it('the log keeps every row short; long lists go to "Nhật ký chi tiết"', () => {
    const w = smallDistributed();
    merge(w);
    const log = w.look.data('Nhật ký');
    for (const row of log) {
      for (const cell of row) {
        const text = String(cell);
        expect(text.split('\n').length).toBeLessThanOrEqual(5);
        expect(text.length).toBeLessThanOrEqual(250);
      }
    }
  });

  it('a stopped run leaves nothing that lasts: the next run removes it and says so', () => {
    const w = smallDistributed();
    fillCa(w);
    w.coordinator.call('submitReport', { period: SMALL.period, unit: SMALL.ca });
    merge(w);
    w.coordinator.resetCounts();
    merge(w);
    // The merge alone: no dashboard was made, so none follows it.
    const calls = w.coordinator.totalCalls();
    // The 6-minute limit, late in the merge: every call from there on fails, so no clean-up runs.
    w.coordinator.failAtCall(calls - 15, { kill: true });
    expect(() => merge(w)).toThrow();
    w.coordinator.failAtCall(null);
    const leftovers = w.look.sheetNames().filter((n) => n.startsWith('Sáu Rõ tạm '));
    expect(leftovers.length).toBeGreaterThan(0);
    merge(w);
    expect(w.look.sheetNames().filter((n) => n.startsWith('Sáu Rõ tạm '))).toEqual([]);
    const tidy = w.look.data('Nhật ký').filter((r) => r[2] === 'Dọn dẹp');
    expect(tidy).toHaveLength(1);
    expect(String(tidy[0]?.[5])).toMatch(/Đã xoá \d+ trang tạm/);
  });

  it('a unit name that Sheets or Excel would refuse still gets a valid sheet', () => {
    const w = smallDistributed();
    const names = w.look.data('Đơn vị').map((r) => String(r[0]));
    const row = names.indexOf(SMALL.kt) + 1;
    w.look.setValues('Đơn vị', `A${row}:B${row}`, [["Phòng Kinh tế [KT]: đầu tư/hạ tầng*?'", '']]);
    w.look.setValues('Phụ lục I', 'D6:D7', [
      ["Phòng Kinh tế [KT]: đầu tư/hạ tầng*?'"],
      ["Phòng Kinh tế [KT]: đầu tư/hạ tầng*?'"],
    ]);
    const view = w.coordinator.call<{ sheets: Array<{ sheet: string }> }>('distributeReports', {
      period: SMALL.period,
    });
    for (const s of view.sheets) {
      expect(s.sheet.length).toBeLessThanOrEqual(31);
      expect(s.sheet).not.toMatch(/[[\]:*?/\\]|'$/);
    }
  });
});

describe('who is the coordinator', () => {
  it('the emails listed in "Cài đặt"; every protection moves to them', () => {
    const w = smallDistributed();
    const office = 'vanphong@camgiang.vn';
    w.coordinator.call('setCoordinators', { coordinators: [office] });
    const vp = unit(w, office);
    expect(vp.call<MergeView>('mergeReports', { period: SMALL.period }).stats.units).toBe(2);
    // The owner is no longer a coordinator (Sheets still keeps the owner in every protection).
    expect(() => merge(w)).toThrow(/hiện là vanphong@camgiang\.vn/);
    const inputs = w.look
      .protections(SMALL.caSheet)
      .filter((p) => p.description.includes('ô nhập liệu'));
    for (const p of inputs)
      expect(p.editors.sort()).toEqual([SMALL.caEditor, COORDINATOR, office].sort());
    expect(unit(w, office).edit('Đơn vị', 'D3', 'x@camgiang.vn').applied).toBe(true);
  });

  it('with no owner (a shared drive), the first person to set up the workbook', () => {
    const wb = createWorkbook('Xã');
    const first = 'canbo@camgiang.vn';
    const rt = addonRuntime({ workbook: wb, user: first });
    const other = addonRuntime({ workbook: wb, user: 'khac@camgiang.vn' });
    // A file on a shared drive: Sheets gives no owner.
    wb.owner = null;
    rt.call('scaffoldTemplate', { templateId: 'phu-luc' });
    expect(() => other.call('scaffoldTemplate', { templateId: 'chi-tieu' })).toThrow(
      /hiện là canbo@camgiang\.vn, người thiết lập bảng tính đầu tiên/,
    );
    rt.call('scaffoldTemplate', { templateId: 'chi-tieu' });
  });
});
