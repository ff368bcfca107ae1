// A merge reads each sheet once and writes each block once: its service calls grow with the
// number of units (sheets), not with the number of tasks. Counted by the emulator, never timed.
import { describe, expect, it } from 'vitest';
import type { MergeView } from '../../src/gas/api.ts';
import { synthetic, SYNTHETIC_PERIOD } from '../../bench/synthetic.ts';

const UNITS = 5;

function mergeCounts(tasks: number): {
  counts: Record<string, number>;
  total: number;
  view: MergeView;
} {
  const { w } = synthetic(UNITS, tasks);
  // The first merge makes the summary; the second also reads it back (coordinator columns).
  w.coordinator.call('mergeReports', { period: SYNTHETIC_PERIOD });
  w.coordinator.resetCounts();
  const view = w.coordinator.call<MergeView>('mergeReports', { period: SYNTHETIC_PERIOD });
  return { counts: w.coordinator.counts(), total: w.coordinator.totalCalls(), view };
}

describe('merge service calls', () => {
  it('are the same at 10 and at 1,000 tasks (same units), up to a constant', () => {
    const small = mergeCounts(10);
    const large = mergeCounts(1000);
    expect(small.view.stats.tasks).toBe(10);
    expect(large.view.stats.tasks).toBe(1000);
    expect(large.view.stats.submitted).toBe(UNITS);
    // The 1,000-task summary needs more rows than a sheet has: rows are added to the summary,
    // to its backup copy and to the scratch sheet it is prepared in (and their sizes are read).
    // (The large plan also has distribute notes, so "Nhật ký chi tiết" exists: one more sheet
    // whose name is read.)
    const rowCalls = new Set([
      'Sheet.insertRowsAfter',
      'Sheet.getMaxRows',
      'Sheet.deleteRows',
      'Sheet.getName',
    ]);
    for (const key of Object.keys(large.counts)) {
      if (rowCalls.has(key)) continue;
      expect(large.counts[key], key).toBe(small.counts[key]);
    }
    const extra = large.total - small.total;
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThanOrEqual(8);
    // One read per sheet (the summary's area is read once more, with its formats, to keep the
    // coordinator's notes beside the blocks); the summary is written once, in a scratch sheet,
    // and copied in with one call after a backup copy; the dashboard rebuilt after it also
    // keeps a backup copy until it stands.
    expect(large.counts['Range.copyTo']).toBe(3);
    expect(large.counts['Range.setValue'] ?? 0).toBe(0);
    console.log(`merge service calls: ${small.total} at 10 tasks, ${large.total} at 1,000 tasks`);
  });

  it('grow with the number of units', () => {
    const few = synthetic(2, 20);
    const many = synthetic(6, 20);
    const count = (s: typeof few) => {
      s.w.coordinator.call('mergeReports', { period: SYNTHETIC_PERIOD });
      s.w.coordinator.resetCounts();
      s.w.coordinator.call('mergeReports', { period: SYNTHETIC_PERIOD });
      return s.w.coordinator.totalCalls();
    };
    const a = count(few);
    const b = count(many);
    expect(b).toBeGreaterThan(a);
    // Per extra unit sheet: a handful of calls. The merge: its name twice (the scan for a stopped
    // run's leftovers, the scan for submission sheets), data range, values, formats, sheet id
    // (the key of its record) and its digest (Utilities.computeDigest, base64Encode); the
    // dashboard rebuilt after it: its name twice.
    expect((b - a) / 4).toBeLessThanOrEqual(10);
  });
});
