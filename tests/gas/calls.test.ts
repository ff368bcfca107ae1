// Service calls of every action, counted by the emulator at two sizes (never timed). In Sheets a
// call costs about 10–100 ms, so what grows with the workbook must be calls per sheet, never
// calls per row. Each size is its own fresh workbook.
import { describe, expect, it } from 'vitest';
import { createWorkbook, type Runtime } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import { synthetic, SYNTHETIC_PERIOD, syntheticPlanRows } from '../../bench/synthetic.ts';
import { seedWithUnits, world, type World } from '../helpers/reportWorkbook.ts';

interface Counted {
  total: number;
  counts: Record<string, number>;
}

/**
 * The calls of the action's own executions. Custom functions that recompute because the action
 * wrote their inputs run as executions of their own (in Sheets too, apart from the action).
 */
function counted(rt: Runtime, fn: () => unknown): Counted {
  const last = rt.executions[rt.executions.length - 1];
  fn();
  const runs = rt.executions.slice(last ? rt.executions.indexOf(last) + 1 : 0);
  const counts: Record<string, number> = {};
  let total = 0;
  for (const e of runs) {
    if (e.mode === 'CUSTOM_FUNCTION') continue;
    total += e.calls;
    for (const [k, n] of Object.entries(e.byMethod)) counts[k] = (counts[k] ?? 0) + n;
  }
  return { total, counts };
}

/** Builder calls (SpreadsheetApp.new…, …Builder.…, rule.copy) touch no spreadsheet. */
function spreadsheetCalls(c: Counted): number {
  return Object.entries(c.counts)
    .filter(([k]) => !/^SpreadsheetApp\.new|Builder\.|Rule\.copy$/.test(k))
    .reduce((n, [, v]) => n + v, 0);
}

describe('distribute', () => {
  const run = (extra: number) => {
    const w = seedWithUnits(9 + extra);
    let sheets = 0;
    const first = counted(w.coordinator, () => {
      sheets = w.coordinator.call<{ sheets: unknown[] }>('distributeReports', {
        period: '2025-Q3',
      }).sheets.length;
    });
    const again = counted(w.coordinator, () =>
      w.coordinator.call('distributeReports', { period: '2025-Q3' }),
    );
    return { sheets, first, again };
  };

  it('makes each new unit sheet in a constant number of calls: 19, and rewrites one in 50', () => {
    const small = run(0);
    const large = run(11);
    expect(small.sheets).toBe(9);
    expect(large.sheets).toBe(20);
    // Per new sheet: staged as a copy of the first (insertSheet, its real name at the end), one
    // range with values, formats, weights, colours, wraps and validations, the protected ranges
    // from one RangeList, the range protection of the input cells and the sheet protection, each
    // limited to its editors (protect, description, and the file's other editors removed: the
    // list a new protection starts with is read once per action, one email per file editor,
    // and the unit's editor already shares the file, so nobody is added); the sheet's also leaves
    // the input cells out.
    expect((large.first.total - small.first.total) / 11).toBe(19);
    const perSheet = (k: string) =>
      ((large.first.counts[k] ?? 0) - (small.first.counts[k] ?? 0)) / 11;
    expect(perSheet('Protection.getEditors')).toBe(0);
    expect(perSheet('Protection.addEditors')).toBe(0);
    expect(perSheet('Protection.removeEditors')).toBe(2);
    expect(perSheet('User.getEmail')).toBe(1);
    // Distributing again also reads each sheet (its values and name), keeps a backup copy of it,
    // and replaces its protections new-first (the old ones read to be undone).
    expect((large.again.total - small.again.total) / 11).toBe(50);
    // Widths, top alignment and the title's size are set once per action, on the first new
    // sheet; validations are one 2-D block per sheet.
    expect(large.first.counts['Sheet.setColumnWidths']).toBe(
      small.first.counts['Sheet.setColumnWidths'],
    );
    expect(large.first.counts['Range.setDataValidations']).toBe(
      (small.first.counts['Range.setDataValidations'] ?? 0) + 11,
    );
    for (const method of [
      'Range.setVerticalAlignment',
      'Range.setFontSize',
      'Sheet.setColumnWidth',
    ])
      expect(large.first.counts[method] ?? 0, method).toBe(small.first.counts[method] ?? 0);
    console.log(
      `distribute, seed 001: ${small.first.total} calls for ${small.sheets} sheets, ` +
        `${large.first.total} for ${large.sheets} (again: ${small.again.total}, ${large.again.total})`,
    );
  });
});

describe('merge', () => {
  const run = (units: number) => {
    const { w } = synthetic(units, 40);
    w.coordinator.call('mergeReports', { period: SYNTHETIC_PERIOD });
    return counted(w.coordinator, () =>
      w.coordinator.call('mergeReports', { period: SYNTHETIC_PERIOD }),
    );
  };

  it('reads each unit sheet in two calls (its name and its values) and writes once per block', () => {
    const few = run(3);
    const many = run(9);
    const perUnit = (many.total - few.total) / 6;
    expect(perUnit).toBe(2);
    const grew = (k: string) => (many.counts[k] ?? 0) - (few.counts[k] ?? 0);
    expect(grew('Sheet.getName')).toBe(6); // one scan of the sheets for the whole click
    expect(grew('Sheet.getSheetValues')).toBe(6); // one read per unit sheet
    // The record is kept by the sheet's name and its digest computed in the script.
    expect(many.counts['Sheet.getSheetId'] ?? 0).toBe(0);
    expect(many.counts['Utilities.computeDigest'] ?? 0).toBe(0);
    // Units type whole numbers: no % format could change them, so no sheet's formats are read.
    expect(many.counts['Range.getNumberFormats'] ?? 0).toBe(few.counts['Range.getNumberFormats']);
    // The fixed part of merging again: lock, role check, settings (read once for both), plan,
    // records, the summary prepared in a scratch sheet and copied over after a backup, its
    // protection renewed, the audit row, the summary shown.
    expect(few.total - 3 * perUnit).toBe(126);
    const at100 = few.total + (100 - 3) * perUnit;
    console.log(`merge: ${few.total} calls at 3 units, ${many.total} at 9 (${at100} at 100)`);
  });

  it('does not grow with the number of tasks', () => {
    const at = (tasks: number) => {
      const { w } = synthetic(3, tasks);
      w.coordinator.call('mergeReports', { period: SYNTHETIC_PERIOD });
      return counted(w.coordinator, () =>
        w.coordinator.call('mergeReports', { period: SYNTHETIC_PERIOD }),
      );
    };
    const small = at(10);
    const large = at(1100);
    // The longer summary needs more rows than a sheet has: rows are added to the sheet it is
    // prepared in and to its backup copy (and their sizes read); nothing else grows.
    const rowCalls = new Set(['Sheet.insertRowsAfter', 'Sheet.getMaxRows', 'Sheet.deleteRows']);
    for (const k of Object.keys(large.counts))
      if (!rowCalls.has(k)) expect(large.counts[k], k).toBe(small.counts[k]);
    expect(large.total - small.total).toBeLessThanOrEqual(8);
  });
});

describe('scaffold', () => {
  it('makes a table in a fixed number of calls, whatever the template', () => {
    const rt = addonRuntime({ workbook: createWorkbook('x') });
    const first = counted(rt, () => rt.call('scaffoldTemplate', { templateId: 'phu-luc' }));
    const byTemplate = Object.fromEntries(
      ['phu-luc', 'sau-ro', 'chi-tieu'].map((id) => {
        const c = counted(rt, () => rt.call('scaffoldTemplate', { templateId: id }));
        return [id, { total: c.total, sheets: spreadsheetCalls(c) }];
      }),
    );
    // The first table also makes the "Đơn vị" directory and "Cài đặt" (its report date), each
    // with its sheet protection for the coordinators.
    expect(first.total - (byTemplate['phu-luc']?.total ?? 0)).toBe(62);
    // Per table: the sheet staged and named at the end, one range with values, formats and
    // validation, widths per run of equal widths, the header, key and formula columns' warnings
    // from one RangeList, the conditional formats, the sheet protection for the coordinators,
    // the named range (with what it pointed at before, for the undo). Builder calls
    // (SpreadsheetApp.new…, …Builder.…) touch no spreadsheet.
    expect(byTemplate).toEqual({
      'phu-luc': { total: 123, sheets: 87 },
      'sau-ro': { total: 123, sheets: 87 },
      'chi-tieu': { total: 90, sheets: 76 },
    });
  });
});

describe('other actions', () => {
  /** A phu-luc table of `tasks` tasks and a chi-tieu table, directory units leading. */
  const plan = (tasks: number): { rt: Runtime; w: World } => {
    const w = world('2025-09-10T09:00');
    w.coordinator.call('scaffoldTemplate', { templateId: 'phu-luc' });
    const rows = syntheticPlanRows(3, tasks).map((r) => [
      ...r.slice(0, 3),
      ...(r[3] === '' ? ['', ''] : ['Công an xã', 'Phòng Kinh tế']),
      r[5],
    ]);
    w.look.ensureRows('Phụ lục I', rows.length + 10);
    w.look.setValues('Phụ lục I', `A5:F${4 + rows.length}`, rows);
    return { rt: w.coordinator, w };
  };

  it('check, distribute, submit, send back and close: the same calls at 20 and at 400 tasks', () => {
    const flow = (tasks: number) => {
      const { rt, w } = plan(tasks);
      const out: Record<string, Counted> = {};
      out.check = counted(rt, () => rt.call('checkWorkbook'));
      out.setup = counted(rt, () => rt.call('getReportSetup', {}));
      out.distribute = counted(rt, () => rt.call('distributeReports', { period: '2025-Q3' }));
      const sheet = 'BC 2025-Q3 - Công an xã';
      const values = w.look.data(sheet);
      const first = values.findIndex((r) => r[0] === 'I.1');
      w.look.setValues(sheet, `E${first + 1}:F${first + 1}`, [['Đang thực hiện', 50]]);
      out.submit = counted(rt, () =>
        rt.call('submitReport', { period: '2025-Q3', unit: 'Công an xã' }),
      );
      out.merge = counted(rt, () => rt.call('mergeReports', { period: '2025-Q3' }));
      out.sendBack = counted(rt, () =>
        rt.call('sendBackEntry', {
          period: '2025-Q3',
          unit: 'Công an xã',
          code: 'I.1',
          reason: 'Thiếu minh chứng',
        }),
      );
      out.close = counted(rt, () => rt.call('closePeriod', { period: '2025-Q3' }));
      return out;
    };
    const small = flow(20);
    const large = flow(400);
    for (const action of Object.keys(small)) {
      const a = small[action] as Counted;
      const b = large[action] as Counted;
      const grow = Object.keys(b.counts).filter((k) => k !== 'Sheet.insertRowsAfter');
      for (const k of grow) expect(b.counts[k], `${action}: ${k}`).toBe(a.counts[k]);
    }
  });

  it('import: the same calls at 20 and at 1,200 tasks, but for the rows it inserts', () => {
    const text = (tasks: number) =>
      [
        'PHỤ LỤC I: DANH MỤC NHIỆM VỤ',
        'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
        ...syntheticPlanRows(3, tasks).map((r) => [r[1], r[2], 'Công an xã', '', r[5]].join('\t')),
      ].join('\n');
    const at = (tasks: number) => {
      const rt = addonRuntime({ workbook: createWorkbook('x') });
      rt.call('scaffoldTemplate', { templateId: 'chi-tieu' });
      return counted(rt, () => rt.call('importPlanText', { text: text(tasks) }));
    };
    const small = at(20);
    const large = at(1200);
    expect(large.counts['Sheet.insertRowsBefore']).toBe(1);
    expect(large.total - small.total).toBe(1);
  });
});
