// The add-on against the rules real Sheets enforces and the emulator now enforces too (issue 9):
// the spreadsheet's own time zone, no volatile custom-function argument (the report date cell),
// units without the add-on, protections rebuilt from Users, and the execution budget.
import { describe, expect, it } from 'vitest';
import { createWorkbook, inspector, type Runtime } from 'gas-emulator';
import { readFileSync } from 'node:fs';
import type { MergeView } from '../../src/gas/api.ts';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import { synthetic, SYNTHETIC_PERIOD } from '../../bench/synthetic.ts';
import { CA, KT, look, seedPlan, world } from '../helpers/reportWorkbook.ts';
import { distributed, EMAILS, PERIOD, SHEETS, submitted } from '../helpers/reportScenario.ts';

const ZONES = ['Etc/GMT', 'Asia/Tokyo', 'America/New_York'] as const;

/** The custom functions of the built bundle (their names, from dist/globals.json). */
function customFunctionNames(): string[] {
  const globals = JSON.parse(
    readFileSync(new URL('../../dist/globals.json', import.meta.url), 'utf8'),
  ) as Array<{ name: string; isCustomFunction: boolean }>;
  return globals.filter((g) => g.isCustomFunction).map((g) => g.name);
}

/** 'YYYY-MM-DDTHH:mm' in Vietnam. */
const vn = (at: string) => new Date(`${at}:00+07:00`);

describe('the spreadsheet time zone', () => {
  for (const zone of ZONES) {
    it(`${zone}: DEADLINE_DATE shows the written day, and a task due yesterday in Vietnam is overdue`, () => {
      const workbook = createWorkbook('x', { timeZone: zone });
      // 1 July 2026, 22:00 in Vietnam: 15:00 in GMT, 2 July 00:00 in Tokyo, 11:00 in New York.
      const rt = addonRuntime({ workbook, now: () => vn('2026-07-01T22:00') });
      const l = inspector(workbook);
      l.setValues('Sheet1', 'A1', [['=DEADLINE_DATE("Quý II/2026")']]);
      expect(l.displayValues('Sheet1', 'A1')).toEqual([['30/06/2026']]);
      rt.call('scaffoldTemplate', { templateId: 'phu-luc' });
      l.setValues('Phụ lục I', 'F5:G6', [
        ['30/06/2026', 'Đang thực hiện'],
        ['Hằng quý', 'Đang thực hiện'],
      ]);
      expect(l.displayValues('Phụ lục I', 'L5:M6')).toEqual([
        ['30/06/2026', 'Quá hạn'],
        ['30/09/2026', 'Đang thực hiện'],
      ]);
      // The report date is today in the file's zone.
      const today = zone === 'Asia/Tokyo' ? '02/07/2026' : '01/07/2026';
      expect(l.displayValues('Cài đặt', 'A8:B8')).toEqual([['Ngày báo cáo', today]]);
    });
  }

  for (const zone of ZONES) {
    it(`${zone}: the Q3/2025 report gives the hand-counted rates and stamps local times`, () => {
      const { w } = submitted({ timeZone: zone });
      const view = w.coordinator.call<MergeView>('mergeReports', { period: PERIOD });
      const { problems: _problems, missing, ...stats } = view.stats;
      expect(stats).toMatchObject({ units: 5, submitted: 4, late: 2, due: 29, done: 15 });
      expect(missing).toEqual([CA]);
      // Phòng VH-XH submitted at 10:00 in Vietnam on 18/09/2025.
      const local = {
        'Etc/GMT': '2025-09-18 03:00',
        'Asia/Tokyo': '2025-09-18 12:00',
        'America/New_York': '2025-09-17 23:00',
      }[zone];
      expect(String(w.look.data(SHEETS.vhxh)[4]?.[1])).toBe(
        `Đã nộp lúc ${local} bởi coordinator@example.com`,
      );
    });
  }
});

describe('typed values in a vi_VN file', () => {
  it('reads "75,5%" and "1.000" typed as actuals as numbers, and judges them', () => {
    const workbook = createWorkbook('vi', { locale: 'vi_VN' });
    const rt = addonRuntime({ workbook, now: () => vn('2026-07-01T10:00') });
    rt.call('scaffoldTemplate', { templateId: 'chi-tieu' });
    const l = inspector(workbook);
    l.setValues('Chỉ tiêu', 'E5:E7', [['≥ 80%'], ['≥ 500'], ['≥ 1,5']]);
    l.setValues('Chỉ tiêu', 'G5:G7', [['75,5%'], ['1.000'], ['1,5']]);
    expect(l.values('Chỉ tiêu', 'G5:G7')).toEqual([[0.755], [1000], [1.5]]);
    expect(l.values('Chỉ tiêu', 'H5:H7')).toEqual([['Chưa đạt'], ['Vượt'], ['Đạt']]);
    expect(l.displayValues('Chỉ tiêu', 'G5')).toEqual([['75,50%']]);
  });
});

describe('no volatile custom-function argument', () => {
  it('no formula the add-on writes, in any template or generated sheet, is volatile', () => {
    const { w } = submitted();
    w.coordinator.call('scaffoldTemplate', { templateId: 'sau-ro' });
    w.coordinator.runTrigger('onOpen', 'LIMITED');
    w.coordinator.call('mergeReports', { period: PERIOD });
    w.coordinator.call('closePeriod', { period: PERIOD });
    const custom = customFunctionNames();
    expect(custom).toContain('TASK_STATUS');
    const calls = new RegExp(`\\b(${custom.join('|')})\\s*\\(`, 'i');
    const volatile = /\b(NOW|TODAY|RAND|RANDBETWEEN)\s*\(/i;
    let customFormulas = 0;
    for (const name of w.look.sheetNames()) {
      for (const row of w.look.formulas(name))
        for (const f of row) {
          if (f === '') continue;
          expect(volatile.test(f), `${name}: ${f}`).toBe(false);
          if (calls.test(f)) customFormulas++;
        }
    }
    expect(customFormulas).toBeGreaterThanOrEqual(4); // Phụ lục I, Nhiệm vụ 6 rõ, Chỉ tiêu
    // No cell anywhere shows Sheets' error for a volatile argument.
    for (const message of w.wb.engine.errorMessages.values())
      expect(message).not.toMatch(/not allowed to reference a cell with NOW/);
    // Every template's formula reads the report date cell, which holds a value.
    const ranges = inspector(w.wb).namedRanges();
    expect(ranges).toContainEqual({ name: 'SAURO_REPORT_DATE', sheet: 'Cài đặt', a1: 'B8' });
  });

  it('the report date is written on open, distribute and merge; the statuses follow it', () => {
    const w = world('2026-06-29T09:00');
    seedPlan(w);
    const l = inspector(w.wb);
    l.setValues('Phụ lục I', 'F5:G5', [['Quý II/2026', 'Đang thực hiện']]);
    expect(l.displayValues('Phụ lục I', 'M5')).toEqual([['Sắp đến hạn']]);
    const reportDate = () => l.displayValues('Cài đặt', 'B8')[0]?.[0];
    expect(reportDate()).toBe('29/06/2026');
    w.clock.set('2026-07-02T08:00');
    w.coordinator.runTrigger('onOpen', 'NONE'); // before authorisation: menu only
    expect(reportDate()).toBe('29/06/2026');
    w.coordinator.runTrigger('onOpen', 'LIMITED');
    expect(reportDate()).toBe('02/07/2026');
    expect(l.displayValues('Phụ lục I', 'M5')).toEqual([['Quá hạn']]);
    w.clock.set('2026-07-03T08:00');
    w.coordinator.call('distributeReports', {});
    expect(reportDate()).toBe('03/07/2026');
    w.clock.set('2026-07-04T08:00');
    w.coordinator.call('mergeReports', {});
    expect(reportDate()).toBe('04/07/2026');
  });
});

describe('a unit without the add-on', () => {
  it('opens a distributed workbook and sees no error in its own sheet', () => {
    const w = distributed();
    const unit: Runtime = addonRuntime({ workbook: w.wb, user: EMAILS.ca, installed: false });
    unit.runTrigger('onOpen', 'LIMITED');
    expect(unit.ui.menus).toEqual([]);
    const view = unit.view({ only: [SHEETS.ca] });
    const sheet = view.sheets.find((s) => s.name === SHEETS.ca);
    const cells = (sheet?.cells ?? []).flat().filter((c) => c !== null);
    expect(cells.length).toBeGreaterThan(20);
    for (const c of cells) {
      expect(c.v.startsWith('#'), c.v).toBe(false);
      expect(c.error).toBeUndefined();
    }
    // Sheets given to units hold values or built-in formulas only.
    const custom = new RegExp(`\\b(${customFunctionNames().join('|')})\\s*\\(`, 'i');
    for (const name of Object.values(SHEETS).filter((n) => n.startsWith('BC ')))
      for (const row of w.look.formulas(name))
        for (const f of row) expect(custom.test(f), `${name}: ${f}`).toBe(false);
    // The coordinator's task table, which uses the add-on's functions, shows errors to them.
    const plan = unit.view({ only: ['Phụ lục I'] }).sheets.find((s) => s.name === 'Phụ lục I');
    expect(plan?.cells[4]?.[11]?.v).toBe('#NAME?');
  });
});

describe('protections', () => {
  it('are rebuilt from Users: an editor whose email is hidden loses access on redistribution', () => {
    const w = distributed();
    const hidden = 'stranger@other-domain.vn';
    const l = look(w.wb);
    // Someone added by hand to the inputs of Công an xã's sheet, whose email a policy hides.
    const before = l.protections(SHEETS.ca);
    const inputs = before.find((p) => p.description.includes('ô nhập liệu'));
    expect(inputs).toBeDefined();
    l.rt.runFunction('addProtectionEditor', SHEETS.ca, inputs?.description, hidden);
    w.wb.hiddenEmails.add(hidden);
    expect(
      l.protections(SHEETS.ca).find((p) => p.description === inputs?.description)?.editors,
    ).toContain('');
    w.coordinator.call('distributeReports', { period: PERIOD });
    for (const p of l.protections(SHEETS.ca)) expect(p.editors).not.toContain('');
    w.wb.hiddenEmails.delete(hidden);
    for (const p of l.protections(SHEETS.ca)) expect(p.editors).not.toContain(hidden);
  });
});

describe('new protections', () => {
  it('leave out every other editor of the file, those whose email is hidden too', () => {
    const w = world('2025-09-01T08:00');
    seedPlan(w, { [CA]: [EMAILS.ca], [KT]: [EMAILS.kt] });
    // The file is shared with both units and with someone whose email a policy hides.
    const hidden = 'stranger@other-domain.vn';
    w.wb.editors.push(EMAILS.ca, EMAILS.kt, hidden);
    w.wb.hiddenEmails.add(hidden);
    w.coordinator.call('distributeReports', { period: PERIOD });
    const l = look(w.wb);
    const inputs = l.protections(SHEETS.ca).find((p) => p.description.includes('ô nhập liệu'));
    expect(inputs?.editors).toContain(EMAILS.ca);
    for (const p of l.protections(SHEETS.ca)) {
      expect(p.editors).not.toContain('');
      expect(p.editors).not.toContain(EMAILS.kt);
    }
    w.wb.hiddenEmails.delete(hidden);
    for (const p of l.protections(SHEETS.ca)) expect(p.editors).not.toContain(hidden);
  });
});

describe('execution budget at 100 units', () => {
  it('every action projects under 5 minutes at 50 ms a call', () => {
    const s = synthetic(100, 300);
    const rt = s.w.coordinator;
    const projected = (name: string, run: () => unknown): number => {
      run();
      const last = rt.executions[rt.executions.length - 1];
      expect(last?.name).toBe(name);
      return last?.projectedSeconds ?? Infinity;
    };
    const distributions = rt.executions.filter((e) => e.name === 'distributeReports');
    const seconds = {
      distribute: distributions[distributions.length - 1]?.projectedSeconds ?? Infinity,
      submit: projected('submitReport', () =>
        rt.call('submitReport', { period: SYNTHETIC_PERIOD, unit: s.units[0] }),
      ),
      merge: projected('mergeReports', () =>
        rt.call<MergeView>('mergeReports', { period: SYNTHETIC_PERIOD }),
      ),
      'merge again': projected('mergeReports', () =>
        rt.call('mergeReports', { period: SYNTHETIC_PERIOD }),
      ),
      'send back': projected('sendBackEntry', () =>
        rt.call('sendBackEntry', {
          period: SYNTHETIC_PERIOD,
          unit: s.units[1],
          code: 'I.2',
          reason: 'Thiếu minh chứng',
        }),
      ),
      close: projected('closePeriod', () => rt.call('closePeriod', { period: SYNTHETIC_PERIOD })),
    };
    console.log(`projected seconds at 100 units: ${JSON.stringify(seconds)}`);
    for (const [action, s2] of Object.entries(seconds))
      expect(s2, `${action} projects ${s2} s`).toBeLessThan(300);
  }, 240_000); // 100 units × 300 tasks through the emulator: slow on a shared 2-core machine
});
