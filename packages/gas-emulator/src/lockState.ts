/** A mutual-exclusion slot held by one execution at a time (document, script or user lock). */
export interface Execution {
  readonly id: number;
}

export class LockState {
  holder: Execution | null = null;
}
