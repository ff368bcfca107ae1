// Fault sweep (tests/helpers/faultSweep.ts) of "Tổng hợp" (first, then again in place, keeping a
// note typed beside the summary, and again once a dashboard exists, which it then rebuilds after it
// as its own all-or-nothing step: a fault there leaves the merge done and the dashboard as it
// was), of the dashboard made on request, and of "Chốt kỳ".
import { describe, it } from 'vitest';
import { COORDINATOR } from '../helpers/reportWorkbook.ts';
import { SWEEP_TIMEOUT, sweepAndCount } from '../helpers/faultSweep.ts';
import { fillCa, SMALL, smallDistributed } from '../helpers/smallWorld.ts';

const DASHBOARD = 'Bảng điều khiển';

function submitted() {
  const w = smallDistributed();
  fillCa(w);
  w.coordinator.call('submitReport', { period: SMALL.period, unit: SMALL.ca });
  return w;
}

function merged() {
  const w = submitted();
  w.coordinator.call('mergeReports', { period: SMALL.period });
  w.look.setValues('Tổng hợp 2025-Q3', 'Z3', [['Ghi chú của văn phòng']]);
  return w;
}

describe('fault sweep: every service call fails once', () => {
  it(
    'merge',
    () =>
      sweepAndCount('merge', {
        prepare: submitted,
        user: COORDINATOR,
        act: (rt) => rt.call('mergeReports', { period: SMALL.period }),
        apart: [DASHBOARD],
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'merge again',
    () =>
      sweepAndCount('merge again', {
        prepare: merged,
        user: COORDINATOR,
        act: (rt) => rt.call('mergeReports', { period: SMALL.period }),
        apart: [DASHBOARD],
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'merge again, with a dashboard',
    () =>
      sweepAndCount('merge again (dashboard)', {
        prepare: () => {
          const w = merged();
          w.coordinator.call('updateDashboard', { period: SMALL.period });
          return w;
        },
        user: COORDINATOR,
        act: (rt) => rt.call('mergeReports', { period: SMALL.period }),
        apart: [DASHBOARD],
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'dashboard',
    () =>
      sweepAndCount('dashboard', {
        prepare: merged,
        user: COORDINATOR,
        act: (rt) => rt.call('updateDashboard', { period: SMALL.period }),
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'close',
    () =>
      sweepAndCount('close', {
        prepare: merged,
        user: COORDINATOR,
        act: (rt) => rt.call('closePeriod', { period: SMALL.period }),
      }),
    SWEEP_TIMEOUT,
  );
});
