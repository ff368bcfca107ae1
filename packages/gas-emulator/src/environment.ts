/** Per-runtime state the services consult: who is running, in which auth mode, which execution. */
import { projectSeconds, TIME_LIMIT_MESSAGE, type Budget, type ExecutionStats } from './budget.ts';
import { CallCounter } from './callCounter.ts';
import { FaultInjector } from './faults.ts';
import type { Execution } from './lockState.ts';
import { permissionError, type AuthModeName } from './permissions.ts';
import type { UiState } from './services/ui.ts';
import type { Workbook } from './workbook.ts';

let executionSeq = 0;

/** How many finished executions a runtime keeps in `executions`. */
const KEPT_EXECUTIONS = 1000;

interface Running {
  exec: Execution;
  name: string;
  mode: AuthModeName;
  counter: CallCounter;
}

export class Env {
  readonly counter = new CallCounter();
  readonly faults = new FaultInjector();
  /**
   * Session.getActiveUser() when it differs from the effective user: inside an installable
   * trigger the script runs as the trigger's owner, and the person who edited may be unknown ('').
   */
  activeUserOverride: string | null = null;
  readonly logs: string[] = [];
  private readonly authStack: AuthModeName[] = [];
  private readonly running: Running[] = [];
  /** Finished executions, oldest first (the last KEPT_EXECUTIONS). */
  readonly finished: ExecutionStats[] = [];
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
    readonly budget: Budget,
    /** The script project's id, stable across versions (developer metadata, triggers). */
    readonly projectId: string = scriptKey,
  ) {}

  /** The emulated clock: a firing trigger's slot, else the workbook's clock. */
  now(): Date {
    return this.clockOverride ?? (this.clock ?? this.workbook.clock)();
  }

  get authMode(): AuthModeName {
    return this.authStack[this.authStack.length - 1] ?? 'FULL';
  }

  get execution(): Execution | null {
    return this.running[this.running.length - 1]?.exec ?? null;
  }

  /** The function the innermost execution runs ('' outside any). */
  get functionName(): string {
    return this.running[this.running.length - 1]?.name ?? '';
  }

  /**
   * Run `fn` as one Apps Script execution named `name`: locks it takes are released at the end,
   * and its service calls are counted on their own (see `finished`).
   */
  runExecution<T>(mode: AuthModeName, fn: () => T, name = ''): T {
    const run: Running = { exec: { id: ++executionSeq }, name, mode, counter: new CallCounter() };
    if (this.running.length === 0) this.faults.startExecution();
    this.running.push(run);
    this.authStack.push(mode);
    try {
      return fn();
    } finally {
      this.authStack.pop();
      this.running.pop();
      const calls = run.counter.total();
      this.finished.push({
        name,
        mode,
        calls,
        byMethod: run.counter.snapshot(),
        projectedSeconds: projectSeconds(calls, this.budget),
      });
      if (this.finished.length > KEPT_EXECUTIONS) this.finished.shift();
      for (const lock of this.heldLocks.get(run.exec) ?? [])
        if (lock.holder === run.exec) lock.holder = null;
      this.heldLocks.delete(run.exec);
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

  afterCall(ms: number, cpuMs: number): void {
    this.counter.ms += ms;
    this.counter.cpuMs += cpuMs;
  }

  beforeCall(cls: string, method: string, counted: boolean): void {
    if (counted) {
      this.counter.increment(`${cls}.${method}`);
      if (this.authMode !== 'CUSTOM_FUNCTION')
        this.faults.beforeCall(`${cls}.${method}`, this.workbook.id);
      const run = this.running[this.running.length - 1];
      if (run) {
        run.counter.increment(`${cls}.${method}`);
        const limit =
          run.mode === 'CUSTOM_FUNCTION'
            ? this.budget.customFunctionSeconds
            : this.budget.executionSeconds;
        if ((run.counter.total() * this.budget.msPerCall) / 1000 > limit)
          throw new Error(TIME_LIMIT_MESSAGE);
      }
    }
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

  /** Session.getActiveUser(): the person at the keyboard, '' when Sheets does not tell. */
  get activeUserEmail(): string {
    if (this.authMode === 'CUSTOM_FUNCTION') return '';
    return this.activeUserOverride ?? this.user;
  }
}
