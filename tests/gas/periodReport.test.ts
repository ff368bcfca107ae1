// "Báo cáo kỳ <kỳ>": the period report, from seed 001's Q3/2025 scenario.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeriodReportView } from '../../src/gas/api.ts';
import { COORDINATOR, KT, VP, look, type World } from '../helpers/reportWorkbook.ts';
import { EMAILS, PERIOD, distributed, submitted } from '../helpers/reportScenario.ts';

const REPORT = 'Báo cáo kỳ 2025-Q3';

function buildNow(w: World): PeriodReportView {
  return w.coordinator.call<PeriodReportView>('buildPeriodReport', { period: PERIOD });
}

function rowOf(values: unknown[][], first: string): number {
  return values.findIndex((r) => String(r[0]) === first);
}

describe('period report on seed 001, Q3/2025', () => {
  let w: World;
  let view: PeriodReportView;
  let values: unknown[][];

  beforeAll(() => {
    w = submitted().w;
    w.coordinator.call('mergeReports', { period: PERIOD });
    view = buildNow(w);
    values = w.look.data(REPORT);
  }, 120_000);

  it('writes the heading block, the title and the five parts', () => {
    expect(view).toMatchObject({ sheetName: REPORT, frozen: false, keptRows: 0 });
    expect(values[0]?.[0]).toBe('ỦY BAN NHÂN DÂN');
    expect(values[0]?.[3]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(values[1]?.[3]).toBe('Độc lập - Tự do - Hạnh phúc');
    // The office fills the number and the date.
    expect(values[2]?.[0]).toBe('Số: …/BC-UBND');
    expect(values[2]?.[3]).toMatch(/ngày … tháng … năm …$/);
    expect(values[4]?.[0]).toBe('BÁO CÁO');
    expect(values[5]?.[0]).toBe('Kết quả thực hiện Kế hoạch số … kỳ Quý III/2025');
    const parts = values.map((r) => String(r[0])).filter((t) => /^(I|II|III|IV|V)\. /.test(t));
    expect(parts).toEqual([
      'I. KẾT QUẢ CHUNG',
      'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
      'III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
      'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ',
      'V. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
    ]);
    expect(view.parts).toEqual(parts);
    expect(
      w.look
        .formulas(REPORT)
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it('part II lists every task with its four-way status, then the counts', () => {
    const header = values.findIndex((r) => r[0] === 'TT' && r[1] === 'Nhiệm vụ');
    expect(values[header]?.slice(0, 7)).toEqual([
      'TT',
      'Nhiệm vụ',
      'Chủ trì',
      'Thời hạn',
      'Kết quả / sản phẩm',
      'Minh chứng',
      'Tình hình thực hiện',
    ]);
    const status = (code: string) => values[rowOf(values, code)]?.[6];
    expect(status('I.3')).toBe('Đã hoàn thành quá hạn');
    expect(status('III.5')).toBe('Đã hoàn thành đúng hạn');
    expect(status('III.7')).toBe('Chưa hoàn thành, quá hạn');
    const total = values.findIndex((r) => r[1] === 'Tổng số nhiệm vụ');
    expect(values.slice(total, total + 5).map((r) => [r[1], r[6]])).toEqual([
      ['Tổng số nhiệm vụ', 34],
      ['Đã hoàn thành đúng hạn', 13],
      ['Đã hoàn thành quá hạn', 2],
      ['Chưa hoàn thành, trong hạn', 18],
      ['Chưa hoàn thành, quá hạn', 1],
    ]);
  });

  it('part III gives each KPI its period result, year to date, share of the target and judgement', () => {
    const header = values.findIndex((r) => r[1] === 'Chỉ tiêu' && r[2] === 'ĐVT');
    expect(values[header]).toEqual([
      'TT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch giao',
      'Kết quả kỳ',
      'Lũy kế từ đầu năm',
      'Tỷ lệ (%)',
      'Đánh giá',
    ]);
    // No closed period before Q3: the year to date is this period's result.
    expect(values.slice(header + 1, header + 4).map((r) => [r[0], r[4], r[5], r[6], r[7]])).toEqual(
      [
        ['CT-1', '85%', '85%', 100, 'Vượt'],
        ['CT-2', 1, 1, 50, 'Chưa đạt'],
        ['CT-3', '', '', '', 'Chưa có số liệu'],
      ],
    );
  });

  it('part IV groups difficulties by unit', () => {
    const at = rowOf(values, 'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ');
    const end = rowOf(values, 'V. NHIỆM VỤ TRỌNG TÂM KỲ TỚI');
    const lines = values
      .slice(at + 1, end)
      .filter((r) => r[1] !== '')
      .map((r) => r[1]);
    // VP wrote "Thiếu kinh phí" for III.13 in its imported tab.
    expect(lines).toEqual([VP, '– III.13: Thiếu kinh phí']);
  });

  it('keeps what the office typed in part V when the report is rebuilt, and freezes it on close', () => {
    const at = rowOf(values, 'V. NHIỆM VỤ TRỌNG TÂM KỲ TỚI') + 3; // title, hint, first row
    w.look.setValues(REPORT, `A${at}:B${at + 1}`, [
      ['1', 'Hoàn thành lắp camera an ninh (Công an xã)'],
      ['2', "'=Đẩy mạnh thanh toán không dùng tiền mặt"],
    ]);
    w.coordinator.call('mergeReports', { period: PERIOD });
    const again = buildNow(w);
    expect(again.keptRows).toBe(2);
    const rebuilt = w.look.data(REPORT);
    const v = rowOf(rebuilt, 'V. NHIỆM VỤ TRỌNG TÂM KỲ TỚI') + 2;
    expect(rebuilt.slice(v, v + 2).map((r) => r.slice(0, 2))).toEqual([
      ['1', 'Hoàn thành lắp camera an ninh (Công an xã)'],
      ['2', '=Đẩy mạnh thanh toán không dùng tiền mặt'],
    ]);
    expect(rebuilt.find((r) => String(r[0]).startsWith('Nơi nhận'))).toBeDefined();
    expect(w.look.sheetNames().filter((n) => n.startsWith('Báo cáo kỳ'))).toEqual([REPORT]);

    w.coordinator.call('closePeriod', { period: PERIOD });
    expect(buildNow(w)).toMatchObject({ frozen: true });
    expect(w.look.protections(REPORT)).toEqual([
      expect.objectContaining({ warningOnly: false, editors: [COORDINATOR] }),
    ]);
    expect(() => look(w.wb, EMAILS.kt).setValues(REPORT, 'B3', [['x']])).toThrow(/protected/);
  });
});

describe('"Lập báo cáo kỳ"', () => {
  it('refuses in one line when the period has no summary', () => {
    const w = distributed();
    expect(() => buildNow(w)).toThrow(
      'Chưa có bảng tổng hợp kỳ 2025-Q3 (trang "Tổng hợp 2025-Q3"). Hãy bấm "Tổng hợp" trước khi lập báo cáo kỳ.',
    );
    expect(w.look.sheetNames()).not.toContain(REPORT);
  });

  it('adds up the year to date of a count over the closed periods of the year', () => {
    const w = submitted().w;
    // Q3 closed with KT's 1 model; Q4: KT reports 2 more → 3 for the year, target ≥ 2 → Vượt.
    w.coordinator.call('mergeReports', { period: PERIOD });
    w.coordinator.call('closePeriod', { period: PERIOD });
    w.clock.set('2025-12-01T08:00');
    w.coordinator.call('distributeReports', { period: '2025-Q4' });
    const kt = look(w.wb, EMAILS.kt);
    const sheet = 'BC 2025-Q4 - Phòng Kinh tế';
    const data = kt.data(sheet);
    const row = data.findIndex((r) => r[0] === 'CT-2') + 1;
    kt.setValues(sheet, `E${row}`, [[2]]);
    const lead = data.findIndex((r) => r[0] === 'III.1') + 1;
    kt.setValues(sheet, `E${lead}`, [['Đang thực hiện']]);
    w.clock.set('2025-12-10T08:00');
    w.as(EMAILS.kt).call('submitReport', { period: '2025-Q4', unit: KT });
    w.coordinator.call('mergeReports', { period: '2025-Q4' });
    w.coordinator.call('buildPeriodReport', { period: '2025-Q4' });
    const values = w.look.data('Báo cáo kỳ 2025-Q4');
    const ct2 = values[rowOf(values, 'CT-2')] ?? [];
    expect([ct2[4], ct2[5], ct2[6], ct2[7]]).toEqual([2, 3, 100, 'Vượt']);
  });
});
