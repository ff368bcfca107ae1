// A merge is all or nothing: a failure while writing leaves the summary as it was, and a sheet
// edited after it was submitted no longer counts; two merges started together do not interleave
// (one document lock each). The fault sweep (tests/gas/faults.*.test.ts) fails every service call
// of every action; these are the stories.
import { describe, expect, it } from 'vitest';
import type { MergeView } from '../../src/gas/api.ts';
import { type Workbook } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import { COORDINATOR, TTVH, type World } from '../helpers/reportWorkbook.ts';
import { EMAILS, PERIOD, SHEETS, submitted } from '../helpers/reportScenario.ts';

interface Snapshot {
  names: string[];
  values: unknown[][];
  backgrounds: string[][];
  log: number;
}

function snapshot(w: World): Snapshot {
  return {
    names: w.look.sheetNames(),
    values: w.look.data(SHEETS.summary),
    backgrounds: w.look.backgrounds(SHEETS.summary),
    log: w.look.data('Nhật ký').length,
  };
}

/** Replaces a method of a host object for the duration of `run`. */
function patched<T extends object, K extends keyof T>(
  target: T,
  key: K,
  replacement: (original: T[K]) => T[K],
  run: () => void,
): void {
  const original = target[key];
  target[key] = replacement(original);
  try {
    run();
  } finally {
    target[key] = original;
  }
}

/** Sheets the add-on writes before they take their name (scratch and backup copies too). */
const TEMP = 'Sáu Rõ tạm ';

/**
 * The shared fixture: seed 001's Q3/2025 reports submitted and merged once, with a coordinator
 * note in the summary that every later merge must keep. Each `it` builds its own.
 */
function mergedWithNote(): { w: World; before: Snapshot; note: { row: number; col: number } } {
  const w = submitted().w;
  w.coordinator.call('mergeReports', { period: PERIOD });
  // A heading right of the task block: the coordinator's own column.
  const values = w.look.data(SHEETS.summary);
  const header = values.findIndex((r) => r[0] === 'Mã');
  const free = (values[header] ?? []).filter((h) => h !== '').length;
  w.look.setValues(SHEETS.summary, `${String.fromCharCode(65 + free)}${header + 1}`, [
    ['Nhận xét'],
  ]);
  return { w, before: snapshot(w), note: { row: header, col: free } };
}

/** Makes the `failAt`-th write into the summary being built throw; gives the number of writes. */
function failingWrites(w: World, failAt: number, run: () => void): number {
  const engine = w.wb.engine;
  let writes = 0;
  patched(
    engine,
    'setContents',
    (original) =>
      function (this: typeof engine, sheet, row, col, data) {
        if (w.wb.sheetByHfId(sheet)?.name.startsWith(TEMP) === true && ++writes === failAt) {
          throw new Error('Service Spreadsheets failed (injected)');
        }
        return original.call(this, sheet, row, col, data);
      },
    run,
  );
  return writes;
}

describe('a merge that fails changes nothing', () => {
  it('an error on the first write into the new summary (the values, in one bulk write)', () => {
    const { w, before } = mergedWithNote();
    const writes = failingWrites(w, 1, () => {
      expectUnexpectedError(w, () => w.coordinator.call('mergeReports', { period: PERIOD }));
    });
    expect(writes).toBe(1);
    expect(snapshot(w)).toEqual(before);
  });

  it('an error half-way through rewriting the summary', () => {
    const { w } = mergedWithNote();
    w.coordinator.resetCounts();
    w.coordinator.call('mergeReports', { period: PERIOD });
    const calls = w.coordinator.totalCalls();
    const before = snapshot(w);
    w.coordinator.failAtCall(Math.round(calls * 0.3));
    try {
      expectUnexpectedError(w, () => w.coordinator.call('mergeReports', { period: PERIOD }));
    } finally {
      w.coordinator.failAtCall(null);
    }
    expect(snapshot(w)).toEqual(before);
  });

  it('an error at the very last write of the merge (its audit row)', () => {
    const { w } = mergedWithNote();
    // No dashboard was made (it is made on request), so the merge's calls are its own.
    expect(w.look.sheetNames()).not.toContain('Bảng điều khiển');
    w.coordinator.resetCounts();
    w.coordinator.call('mergeReports', { period: PERIOD });
    const calls = w.coordinator.totalCalls();
    const before = snapshot(w);
    const log = w.look.data('Nhật ký').length;
    // After the audit row come seven calls that write nothing of the state: the backup and the
    // scratch sheet deleted, the lock released, the summary put in front (4).
    w.coordinator.failAtCall(calls - 7);
    try {
      expectUnexpectedError(w, () => w.coordinator.call('mergeReports', { period: PERIOD }));
    } finally {
      w.coordinator.failAtCall(null);
    }
    expect(snapshot(w)).toEqual(before);
    expect(w.look.data('Nhật ký')).toHaveLength(log);
  });

  it('a submitted sheet whose heading was changed no longer counts: it was edited after submitting', () => {
    const { w } = mergedWithNote();
    const values = w.look.data(SHEETS.ttvh);
    const header = values.findIndex((r) => r[0] === 'Mã');
    const col = (values[header] ?? []).indexOf('Tình trạng');
    const letter = String.fromCharCode(65 + col);
    w.look.setValues(SHEETS.ttvh, `${letter}${header + 1}`, [['Ghi nhận']]);
    // The changed heading also changes the digest: the sheet no longer counts as submitted.
    const view = w.coordinator.call<MergeView>('mergeReports', { period: PERIOD });
    expect(view.stats.problems.filter((p) => p.kind === 'editedAfterSubmit')).toEqual([
      expect.objectContaining({ unit: TTVH, sheet: SHEETS.ttvh }),
    ]);
  });

  it('after a failed merge, the next merge works and keeps the note', () => {
    const { w, before, note } = mergedWithNote();
    failingWrites(w, 1, () => {
      expectUnexpectedError(w, () => w.coordinator.call('mergeReports', { period: PERIOD }));
    });
    w.coordinator.call('mergeReports', { period: PERIOD });
    const after = snapshot(w);
    expect(after.names).toEqual(before.names);
    expect(after.values).toEqual(before.values);
    expect(after.values[note.row]?.[note.col]).toBe('Nhận xét');
  });
});

describe('two merges started together', () => {
  it('do not interleave: the second waits for the lock and is told to retry', () => {
    const { w } = submitted();
    // The same coordinator in another browser tab.
    const other = addonRuntime({ workbook: w.wb, user: COORDINATOR, now: w.clock.now });
    let second: string | MergeView | undefined;
    patched(
      w.wb as Workbook,
      'addSheet',
      (original) =>
        function (this: Workbook, name, index) {
          // The first merge holds the lock and is about to write: the second one starts now.
          if (String(name).startsWith(TEMP) && second === undefined) {
            try {
              second = other.call<MergeView>('mergeReports', { period: PERIOD });
            } catch (e) {
              second = (e as Error).message;
            }
          }
          return original.call(this, name, index);
        },
      () => {
        const first = w.coordinator.call<MergeView>('mergeReports', { period: PERIOD });
        expect(first.stats.completion).toBe(51.7);
      },
    );
    expect(second).toBe(
      'Một người khác đang cập nhật bảng tính này. Vui lòng thử lại sau ít phút.',
    );
    const log = w.look.data('Nhật ký').filter((r) => r[2] === 'Tổng hợp');
    expect(log).toHaveLength(1);
    // Once the first is done, the other succeeds, and both leave the same sheet.
    const values = w.look.data(SHEETS.summary);
    other.call('mergeReports', { period: PERIOD });
    expect(w.look.data(SHEETS.summary)).toEqual(values);
    expect(w.look.sheetNames().filter((n) => n.startsWith('Tổng hợp'))).toEqual([SHEETS.summary]);
  });

  it('a submit started during a merge is refused the same way, and changes nothing', () => {
    const { w } = submitted();
    const ttvh = addonRuntime({ workbook: w.wb, user: EMAILS.ttvh, now: w.clock.now });
    let refused = '';
    patched(
      w.wb as Workbook,
      'addSheet',
      (original) =>
        function (this: Workbook, name, index) {
          if (String(name).startsWith(TEMP) && refused === '') {
            try {
              ttvh.call('submitReport', { period: PERIOD, unit: TTVH });
            } catch (e) {
              refused = (e as Error).message;
            }
          }
          return original.call(this, name, index);
        },
      () => {
        w.coordinator.call('mergeReports', { period: PERIOD });
      },
    );
    expect(refused).toMatch(/Một người khác đang cập nhật/);
    expect(w.look.data(SHEETS.ttvh)[4]?.[1]).toBe(
      'Đã nộp lúc 2025-09-22 08:00 bởi ttvh@camgiang.vn',
    );
  });
});

/**
 * A failed service call reaches the user as one Vietnamese line that says nothing changed, with a
 * reference; the log keeps the detail under that reference.
 */
function expectUnexpectedError(
  w: { coordinator: { logs: string[] } },
  action: () => unknown,
): void {
  let message = '';
  try {
    action();
  } catch (e) {
    message = e instanceof Error ? e.message : String(e);
  }
  expect(message).toMatch(/^Không tổng hợp báo cáo được vì Google Sheets báo lỗi \(mã /);
  expect(message).toMatch(/chưa có gì thay đổi/);
  const ref = /\(mã ([0-9A-Z]+)\)/.exec(message)?.[1];
  expect(ref, message).toBeDefined();
  expect(w.coordinator.logs.some((l) => l.includes(`[${ref}] merge the reports:`))).toBe(true);
}
