// Fault sweep (tests/helpers/faultSweep.ts) of submitting (by the coordinator, by the unit from
// the menu, by the unit ticking the box) and sending back (also on a sheet submitted by its box,
// where the send-back unticks the box too).
import { describe, it } from 'vitest';
import type { Runtime } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import { COORDINATOR } from '../helpers/reportWorkbook.ts';
import { SWEEP_TIMEOUT, sweepAndCount } from '../helpers/faultSweep.ts';
import { expect } from 'vitest';
import { fillCa, SMALL, smallDistributed } from '../helpers/smallWorld.ts';

function filled() {
  const w = smallDistributed();
  fillCa(w);
  return w;
}

/** The coordinator sends I.1 of the police's sheet back. */
function sendBackI1(rt: Runtime): unknown {
  return rt.call('sendBackEntry', {
    period: SMALL.period,
    unit: SMALL.ca,
    code: 'I.1',
    reason: 'Thiếu minh chứng',
  });
}

describe('fault sweep: every service call fails once', () => {
  it(
    'submit by the coordinator',
    () =>
      sweepAndCount('submit (coordinator)', {
        prepare: filled,
        user: COORDINATOR,
        act: (rt) => rt.call('submitReport', { period: SMALL.period, unit: SMALL.ca }),
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'submit by the unit, from the menu',
    () =>
      sweepAndCount('submit (unit, menu)', {
        prepare: filled,
        user: SMALL.caEditor,
        act: (rt) => rt.call('submitReport', { period: SMALL.period, unit: SMALL.ca }),
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'submit by the unit, ticking the box (the faults hit the edit trigger)',
    () =>
      sweepAndCount('submit (unit, box)', {
        prepare: filled,
        user: SMALL.caEditor,
        act: (rt) => {
          expect(rt.edit(SMALL.caSheet, 'B7', 'TRUE').applied).toBe(true);
        },
        own: { sheet: SMALL.caSheet, cells: ['7,2', '7,3'] },
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'send back',
    () =>
      sweepAndCount('send back', {
        prepare: () => {
          const w = filled();
          w.coordinator.call('submitReport', { period: SMALL.period, unit: SMALL.ca });
          return w;
        },
        user: COORDINATOR,
        act: sendBackI1,
      }),
    SWEEP_TIMEOUT,
  );

  it(
    'send back on a sheet submitted by its box',
    () =>
      sweepAndCount('send back (box)', {
        prepare: () => {
          const w = filled();
          const ca = addonRuntime({ workbook: w.wb, user: SMALL.caEditor, now: w.clock.now });
          expect(ca.edit(SMALL.caSheet, 'B7', 'TRUE').applied).toBe(true);
          return w;
        },
        user: COORDINATOR,
        act: sendBackI1,
      }),
    SWEEP_TIMEOUT,
  );
});
