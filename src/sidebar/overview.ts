// The overview of the period (steps, board, settings) is loaded once and after every action;
// panels subscribe to draw their part of it.
import type { OverviewView } from '../gas/guide/guideApi.ts';
import { optionalInput } from './dom.ts';
import { callServer } from './server.ts';

type Listener = (view: OverviewView) => void;
const listeners: Listener[] = [];
let latest: OverviewView | null = null;
let failed: ((error: unknown) => void) | null = null;

export function onOverview(listener: Listener): void {
  listeners.push(listener);
  if (latest) listener(latest);
}

export function onOverviewError(handler: (error: unknown) => void): void {
  failed = handler;
}

export function currentOverview(): OverviewView | null {
  return latest;
}

/** { period } as typed in the period box, or {} for the current period. */
export function periodRequest(): { period?: string } {
  const p = optionalInput('report-period');
  return p === undefined ? {} : { period: p };
}

let seq = 0;
export async function refreshOverview(view?: OverviewView): Promise<void> {
  const mine = ++seq;
  try {
    const next = view ?? (await callServer('getOverview', periodRequest()));
    if (mine !== seq) return;
    latest = next;
    for (const l of listeners) l(next);
  } catch (error) {
    if (mine === seq) failed?.(error);
  }
}
