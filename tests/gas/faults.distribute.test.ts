// Fault sweep (tests/helpers/faultSweep.ts) of "Tạo phiếu báo cáo": first, and again over the
// sheets it made (in place, with protections replaced new-first).
import { describe, it } from 'vitest';
import { COORDINATOR } from '../helpers/reportWorkbook.ts';
import { SWEEP_TIMEOUT, sweepAndCount } from '../helpers/faultSweep.ts';
import { SMALL, smallDistributed, smallPlan } from '../helpers/smallWorld.ts';

describe('fault sweep: every service call fails once', () => {
  it(
    'distribute',
    () =>
      sweepAndCount('distribute', {
        prepare: () => smallPlan(),
        user: COORDINATOR,
        act: (rt) => rt.call('distributeReports', { period: SMALL.period }),
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'distribute again',
    () =>
      sweepAndCount('distribute again', {
        prepare: () => smallDistributed(),
        user: COORDINATOR,
        act: (rt) => rt.call('distributeReports', { period: SMALL.period }),
      }),
    SWEEP_TIMEOUT,
  );
});
