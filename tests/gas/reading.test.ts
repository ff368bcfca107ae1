// Issue 11 in the workbook, through the built bundle: KPI tables pasted into the "Chỉ tiêu" panel,
// PDF text imported, codes shared by two plans found by "Kiểm tra" and "Tạo phiếu báo cáo", and a
// plan imported again updating its table in place.
import { describe, expect, it } from 'vitest';
import { createWorkbook, inspector } from 'gas-emulator';
import { fixtureText } from '../helpers/fixtures.ts';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import type {
  CheckResponse,
  ImportPreview,
  ImportResponse,
  KpiExtractView,
  WriteKpiResponse,
} from '../../src/gas/api.ts';

const SEED_003_KPI = fixtureText('kpi/seed003-chi-tieu.tsv');
const PLAN_001 = fixtureText('appendix/seed-001-plan.txt');
const PDF_001 = fixtureText('appendix/seed-001-phu-luc-i.pdf.txt');
const TAN_HOA = fixtureText('plans/tan-hoa-phu-luc.word.txt');

function fresh() {
  const workbook = createWorkbook('Xã');
  const rt = addonRuntime({ workbook, now: () => new Date('2026-03-02T02:00:00Z') });
  return { rt, look: inspector(workbook) };
}

/**
 * Seed 003's table rows that carry a target: [STT, indicator, unit, target, unit in charge], as
 * written except the eight LaTeX targets of the Word copy ("$\\geq 10\\%$"), shown as printed.
 */
const SEED_ROWS = SEED_003_KPI.split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => l.split('\t'))
  .filter((c) => (c[3] ?? '').trim() !== '')
  .map((c) => c.map((v, i) => (i === 3 ? v.replace(/^\$\\geq (\d+)\\%\$$/, '≥ $1%') : v)));

describe('"Chỉ tiêu" panel: seed 003’s KPI table pasted from Word', () => {
  it('previews exactly its rows, refuses to write until the problems are accepted, then writes them once', () => {
    const { rt, look } = fresh();
    const view = rt.call<KpiExtractView>('extractKpiRows', { text: SEED_003_KPI });
    expect(SEED_ROWS).toHaveLength(39);
    expect(view.rows.map((r) => [r.ordinal, r.indicator, r.measureUnit, r.target])).toEqual(
      SEED_ROWS.map((c) => [c[0], c[1], c[2], c[3]]),
    );
    expect(view.problems.map((p) => p.kind)).toEqual(['sectionTarget', 'noLead']);

    expect(() => rt.call('writeKpiRows', { text: SEED_003_KPI })).toThrow(
      /^Chưa ghi: có 2 vấn đề chỉ tiêu cần xem lại/,
    );
    expect(look.sheetNames()).toEqual(['Sheet1']);

    const r = rt.call<WriteKpiResponse>('writeKpiRows', { text: SEED_003_KPI, accept: true });
    expect(r).toMatchObject({ sheetName: 'Chỉ tiêu', written: 39, firstRow: 5, accepted: 2 });
    // A: Mã, B: STT, C: Nội dung, D: ĐVT, E: Chỉ tiêu, F: Đơn vị chủ trì
    const sheet = look.values('Chỉ tiêu', 'A5:F47');
    const kpis = sheet.filter((row) => String(row[4]) !== '');
    expect(kpis.map((row) => [row[1], row[2], row[3], row[4]])).toEqual(
      SEED_ROWS.map((c) => [c[0], c[1], c[2], c[3]]),
    );
    // Units in charge are written as the directory names them ("Phòng VHXXH" → Phòng Văn hóa - Xã hội).
    expect(kpis[0]?.[5]).toBe('Phòng Văn hóa - Xã hội');
    expect(kpis.find((row) => row[2] === 'Tỷ lệ giao dịch không dùng tiền mặt')?.[5]).toBe('');
    expect(sheet.filter((row) => String(row[4]) === '').map((row) => row[0])).toEqual([
      'CT-I',
      'CT-II',
      'CT-III',
      'CT-V',
    ]);
  });

  it('pasted twice, the second copy gets codes no row has, and Kiểm tra finds no duplicate', () => {
    const { rt, look } = fresh();
    rt.call('writeKpiRows', { text: SEED_003_KPI, accept: true });
    const preview = rt.call<KpiExtractView>('extractKpiRows', { text: SEED_003_KPI });
    expect(preview.codeNotice).toContain('CT2-');
    // Each target already in the table is a problem to accept.
    expect(preview.problems.filter((p) => p.kind === 'existing')).toHaveLength(39);
    const second = rt.call<WriteKpiResponse>('writeKpiRows', { text: SEED_003_KPI, accept: true });
    expect(second.codes[0]).toBe('CT2-I.1');
    const codes = look
      .values('Chỉ tiêu', 'A5:A100')
      .map((row) => String(row[0]))
      .filter((c) => c !== '');
    expect(codes).toHaveLength(2 * (39 + 4));
    expect(new Set(codes).size).toBe(codes.length);
    expect(rt.call<CheckResponse>('checkWorkbook').duplicates).toEqual([]);
  });
});

describe('import: seed 001’s Phụ lục I as PDF text', () => {
  it('writes the same 34 task rows as the Word paste', () => {
    const word = fresh();
    const pdf = fresh();
    const a = word.rt.call<ImportResponse>('importPlanText', { text: PLAN_001 });
    const b = pdf.rt.call<ImportResponse>('importPlanText', { text: PDF_001 });
    expect(b).toMatchObject({ layout: 'phu-luc', tasks: 34, sections: 4 });
    expect(pdf.look.values(b.sheetName, 'A5:F45')).toEqual(word.look.values(a.sheetName, 'A5:F45'));
  });
});

describe('codes shared by two plans', () => {
  function twoPlans() {
    const w = fresh();
    w.rt.call('importPlanText', { text: PLAN_001 });
    const second = w.rt.call<ImportResponse>('importPlanText', { text: TAN_HOA });
    return { ...w, second };
  }

  it('the import of the second plan names each code already used, with its sheet and row', () => {
    const { second } = twoPlans();
    expect(second.sheetName).toBe('Phụ lục I (2)');
    expect(second.warnings.filter((x) => x.kind === 'duplicateCode').map((x) => x.code)).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'II.1',
      'II.2',
      'III.1',
      'III.2',
      'III.3',
    ]);
  });

  it('"Kiểm tra" lists every shared code with both sheets and rows, and marks the cells', () => {
    const { rt, look } = twoPlans();
    const report = rt.call<CheckResponse>('checkWorkbook');
    // By hand: seed 001 has I.1–I.7, II.1–II.2, III.1–III.22, VI.1–VI.3; Tân Hòa has
    // I.1–I.3, II.1–II.3, III.1–III.3. Shared: 8 codes.
    const rowOf = (sheet: string, code: string) =>
      look.values(sheet, 'A1:A60').findIndex((r) => r[0] === code) + 1;
    const shared = ['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'III.1', 'III.2', 'III.3'];
    expect(report.duplicates).toEqual(
      shared.map((code) => ({
        code,
        places: [
          { sheet: 'Phụ lục I', row: rowOf('Phụ lục I', code) },
          { sheet: 'Phụ lục I (2)', row: rowOf('Phụ lục I (2)', code) },
        ],
      })),
    );
    const marked = report.problems.filter((p) => p.message.startsWith('Mã '));
    expect(marked).toHaveLength(16);
    expect(marked.find((p) => p.sheet === 'Phụ lục I' && p.value === 'I.1')?.message).toBe(
      `Mã I.1 bị trùng: cũng có ở trang "Phụ lục I (2)" dòng ${rowOf('Phụ lục I (2)', 'I.1')}. Mỗi nhiệm vụ, chỉ tiêu cần một mã riêng để báo cáo không bị gộp nhầm.`,
    );
    expect(look.notes('Phụ lục I', `A${rowOf('Phụ lục I', 'III.3')}`)[0]?.[0]).toMatch(
      /^⚠ Sáu Rõ: Mã III\.3 bị trùng/,
    );
  });

  it('"Tạo phiếu báo cáo" notes every shared code at each of its rows', () => {
    const { rt } = twoPlans();
    const view = rt.call<{ notes: Array<{ sheet: string; row: number; message: string }> }>(
      'distributeReports',
      { period: '2026-Q1' },
    );
    const dupes = view.notes.filter((n) => /^Mã .* bị trùng/.test(n.message));
    expect(dupes).toHaveLength(16);
    expect(new Set(dupes.map((n) => n.message.split(' ')[1]))).toEqual(
      new Set(['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'III.1', 'III.2', 'III.3']),
    );
  });
});

describe('a plan imported again', () => {
  it('is offered as an update of its table, which keeps what was typed in the tracking columns', () => {
    const { rt, look } = fresh();
    rt.call('importPlanText', { text: PLAN_001 });
    const rowOf = (code: string) =>
      look.values('Phụ lục I', 'A1:A60').findIndex((r) => r[0] === code) + 1;
    // G: Trạng thái, H: Tiến độ, I: Kết quả thực hiện, J: Minh chứng, K: Ghi chú
    look.setValues('Phụ lục I', `G${rowOf('I.1')}:K${rowOf('I.1')}`, [
      ['Đang thực hiện', 40, 'Đã đăng 12 tin', 'https://x.vn/1', 'Chậm do mưa bão'],
    ]);
    look.setValues('Phụ lục I', `G${rowOf('III.20')}:H${rowOf('III.20')}`, [['Hoàn thành', 100]]);
    const preview = rt.call<ImportPreview>('previewImport', { text: PLAN_001 });
    expect(preview.existing).toEqual({
      sheetName: 'Phụ lục I',
      shared: 34,
      sameContent: 34,
      tasks: 34,
    });

    // The plan was edited: III.20 left it, and I.1 now reads differently.
    const edited = PLAN_001.replace(/\n20\tXây dựng nền tảng số[^\n]*\n/, '\n').replace(
      '\n1\tTriển khai tuyên truyền thường xuyên',
      '\n1\tTuyên truyền thường xuyên',
    );
    const r = rt.call<ImportResponse>('importPlanText', { text: edited, mode: 'update' });
    expect(r).toMatchObject({ mode: 'update', sheetName: 'Phụ lục I', tasks: 33 });
    expect(r.updated).toEqual({ carried: 1, added: 0, kept: ['III.20'], dropped: [] });
    expect(look.sheetNames()).not.toContain('Phụ lục I (2)');
    const i1 = rowOf('I.1');
    expect(look.values('Phụ lục I', `C${i1}`)[0]?.[0]).toMatch(/^Tuyên truyền thường xuyên/);
    expect(look.values('Phụ lục I', `G${i1}:K${i1}`)).toEqual([
      ['Đang thực hiện', 40, 'Đã đăng 12 tin', 'https://x.vn/1', 'Chậm do mưa bão'],
    ]);
    // The task that left the plan stays, at the end, with what was typed and a note saying why.
    const iii20 = rowOf('III.20');
    expect(iii20).toBeGreaterThan(rowOf('VI.3'));
    expect(look.values('Phụ lục I', `G${iii20}:H${iii20}`)).toEqual([['Hoàn thành', 100]]);
    expect(String(look.values('Phụ lục I', `K${iii20}`)[0]?.[0])).toMatch(
      /^Không còn trong kế hoạch nhập lại/,
    );
    expect(rt.call<CheckResponse>('checkWorkbook').duplicates).toEqual([]);
  });
});
