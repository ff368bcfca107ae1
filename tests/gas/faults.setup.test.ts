// Fault sweep (tests/helpers/faultSweep.ts) of the actions that build the plan: scaffold, import,
// write KPI rows.
import { describe, it } from 'vitest';
import { COORDINATOR, world } from '../helpers/reportWorkbook.ts';
import { SWEEP_TIMEOUT, sweepAndCount } from '../helpers/faultSweep.ts';
import { fixtureText } from '../helpers/fixtures.ts';
import { SMALL_APPENDIX, smallPlan } from '../helpers/smallWorld.ts';

describe('fault sweep: every service call fails once', () => {
  it(
    'scaffold',
    () =>
      sweepAndCount('scaffold', {
        prepare: () => world('2025-09-10T09:00'),
        user: COORDINATOR,
        act: (rt) => rt.call('scaffoldTemplate', { templateId: 'phu-luc', commune: 'Cẩm Giàng' }),
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'import',
    () =>
      sweepAndCount('import', {
        prepare: () => world('2025-09-10T09:00'),
        user: COORDINATOR,
        act: (rt) => rt.call('importPlanText', { text: SMALL_APPENDIX }),
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'write KPI rows',
    () =>
      sweepAndCount('write KPI rows', {
        prepare: () => smallPlan(),
        user: COORDINATOR,
        act: (rt) =>
          rt.call('writeKpiRows', { text: fixtureText('kpi/seed000-muc-tieu-cu-the.txt') }),
      }),
    SWEEP_TIMEOUT,
  );
});
