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
    // The 1,000-task summary needs more rows than a new sheet has: one insertRowsAfter.
    const extra = large.total - small.total;
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThanOrEqual(2);
    for (const key of Object.keys(large.counts)) {
      if (key === 'Sheet.insertRowsAfter') continue;
      expect(large.counts[key], key).toBe(small.counts[key]);
    }
    // One read per sheet, one write per block (the whole summary is one block of values).
    expect(large.counts['Range.getValues']).toBe(large.counts['Sheet.getDataRange']);
    // The summary, the dashboard rebuilt after it, and the audit log row.
    expect(large.counts['Range.setValues']).toBe(3);
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
    // Per extra unit sheet: a handful of calls (name, data range, values, formats).
    expect((b - a) / 4).toBeLessThan(10);
  });
});
