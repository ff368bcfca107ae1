/** Per-runtime state the services consult: who is running, in which auth mode, which execution. */
import { CallCounter } from './callCounter.ts';
import type { Execution } from './lockState.ts';
import { permissionError, type AuthModeName } from './permissions.ts';
import type { UiState } from './services/ui.ts';
import type { Workbook } from './workbook.ts';

let executionSeq = 0;

export class Env {
  readonly counter = new CallCounter();
  readonly logs: string[] = [];
  private readonly authStack: AuthModeName[] = [];
  private readonly executions: Execution[] = [];
  /** Locks taken per execution, released when it ends. */
  readonly heldLocks = new Map<Execution, Set<{ holder: Execution | null }>>();
  /** MailApp recipients a day for this runtime's users (RuntimeOptions.mailQuota). */
  mailQuota = 100;
  /** While a clock trigger fires: the instant of its slot, which the script sees as now. */
  clockOverride: Date | null = null;
  /** The runtime's `now` option, when given. */
  clock: (() => Date) | null = null;

  constructor(
    readonly workbook: Workbook,
    public user: string,
    readonly ui: UiState,
    readonly htmlDir: string,
    /** Identifies the script project (for script/user locks and properties). */
    readonly scriptKey: string,
    readonly onSleep: ((ms: number) => void) | undefined,
  ) {}

  /** The emulated clock: a firing trigger's slot, else the workbook's clock. */
  now(): Date {
    return this.clockOverride ?? (this.clock ?? this.workbook.clock)();
  }

  get authMode(): AuthModeName {
    return this.authStack[this.authStack.length - 1] ?? 'FULL';
  }

  get execution(): Execution | null {
    return this.executions[this.executions.length - 1] ?? null;
  }

  /** Run `fn` as one Apps Script execution: locks it takes are released at the end. */
  runExecution<T>(mode: AuthModeName, fn: () => T): T {
    const exec: Execution = { id: ++executionSeq };
    this.executions.push(exec);
    this.authStack.push(mode);
    try {
      return fn();
    } finally {
      this.authStack.pop();
      this.executions.pop();
      for (const lock of this.heldLocks.get(exec) ?? [])
        if (lock.holder === exec) lock.holder = null;
      this.heldLocks.delete(exec);
    }
  }

  /** Custom functions run nested inside whatever triggered the recalculation. */
  runInMode<T>(mode: AuthModeName, fn: () => T): T {
    this.authStack.push(mode);
    try {
      return fn();
    } finally {
      this.authStack.pop();
    }
  }

  beforeCall(cls: string, method: string, counted: boolean): void {
    if (counted) this.counter.increment(`${cls}.${method}`);
    const denied = permissionError(this.authMode, cls, method);
    if (denied) throw new Error(denied);
  }

  log(line: string): void {
    this.logs.push(line);
    if (process.env.SAURO_DEBUG) process.stderr.write(`[gas] ${line}\n`);
  }

  /** Active user's email as Session reports it ('' inside custom functions, like Sheets). */
  get effectiveUserEmail(): string {
    return this.authMode === 'CUSTOM_FUNCTION' ? '' : this.user;
  }
}
