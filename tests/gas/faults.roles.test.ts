// Fault sweep (tests/helpers/faultSweep.ts) of the settings (new coordinators: every protection
// moves to them) and of a unit's editors in the directory.
import { describe, it } from 'vitest';
import { COORDINATOR } from '../helpers/reportWorkbook.ts';
import { SWEEP_TIMEOUT, sweepAndCount } from '../helpers/faultSweep.ts';
import { SMALL, smallDistributed } from '../helpers/smallWorld.ts';

describe('fault sweep: every service call fails once', () => {
  it(
    'settings',
    () =>
      sweepAndCount('settings', {
        prepare: () => smallDistributed(),
        user: COORDINATOR,
        act: (rt) =>
          rt.call('setCoordinators', { coordinators: ['vanphong@camgiang.vn', COORDINATOR] }),
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'directory',
    () =>
      sweepAndCount('directory', {
        prepare: () => smallDistributed(),
        user: COORDINATOR,
        act: (rt) =>
          rt.call('setUnitEditors', {
            unit: SMALL.kt,
            editors: ['kt@camgiang.vn', 'kt2@camgiang.vn'],
          }),
      }),
    SWEEP_TIMEOUT,
  );
});
