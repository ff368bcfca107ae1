/**
 * Fault injection: the Nth service call of each following execution throws, as a quota error or
 * a timeout would. `kill` models the 6-minute limit: that call and every later call of the same
 * execution throw, so clean-up code inside the script cannot reach the document either.
 */
export interface FaultPlan {
  /** 1-based index of the service call that fails in each execution. */
  at: number;
  kill: boolean;
}

export const FAULT_MESSAGE =
  'Service Spreadsheets failed while accessing document with id {id}. (emulated fault: call {n}, {call})';

export class FaultInjector {
  plan: FaultPlan | null = null;
  /** Calls counted in the current top-level execution. */
  private seen = 0;
  private dead = false;
  /** Faults thrown so far (tests report how many they injected). */
  injected = 0;

  startExecution(): void {
    this.seen = 0;
    this.dead = false;
  }

  /** Throws when this call is the planned one (or after it, when the execution was killed). */
  beforeCall(call: string, documentId: string): void {
    if (this.plan === null) return;
    this.seen++;
    if (this.dead || this.seen === this.plan.at) {
      if (this.seen === this.plan.at) this.injected++;
      if (this.plan.kill) this.dead = true;
      throw new Error(
        FAULT_MESSAGE.replace('{id}', documentId)
          .replace('{n}', String(this.seen))
          .replace('{call}', call),
      );
    }
  }
}
