/** Loads the built bundle into a bare node:vm context with emulated Apps Script globals. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import vm from 'node:vm';
import { Boundary, type VmIntrinsics } from './boundary.ts';
import {
  addStats,
  budgetFrom,
  type BudgetOptions,
  type CallStats,
  type ExecutionStats,
} from './budget.ts';
import { findCustomFunctions } from './discovery.ts';
import { editorSeenBy, typedEdit, type EditEvent, type EditResult } from './edit.ts';
import { AuthMode } from './enums.ts';
import { Env } from './environment.ts';
import { ES2020_ONLY, NEWER_THAN_ES2020 } from './es2020.ts';
import type { CustomArg } from './hfPlugins.ts';
import type { AuthModeName } from './permissions.ts';
import { ChartsImpl } from './services/chart.ts';
import { HtmlServiceImpl } from './services/html.ts';
import { LockServiceImpl } from './services/lock.ts';
import { clockEvent, dueSlots, type FiredTrigger } from './services/clockTriggers.ts';
import { CONSUMER_MAIL_QUOTA, MailAppImpl } from './services/mail.ts';
import { PropertiesServiceImpl } from './services/properties.ts';
import {
  ConsoleImpl,
  LoggerImpl,
  SCRIPT_TIME_ZONE,
  ScriptAppImpl,
  SessionImpl,
  UtilitiesImpl,
} from './services/session.ts';
import { RangeImpl } from './services/range.ts';
import { SpreadsheetImpl } from './services/spreadsheet.ts';
import { SpreadsheetAppImpl } from './services/spreadsheetApp.ts';
import { AwaitingAnswer, createUiState, type UiState } from './services/ui.ts';
import { selectFromHost } from './active.ts';
import { UserImpl } from './services/user.ts';
import { checkArguments, checkResult, transfer } from './scriptRun.ts';
import { viewWorkbook, type ViewOptions, type WorkbookView } from './view.ts';
import { warn } from './warnings.ts';
import type { Workbook } from './workbook.ts';

export interface RuntimeOptions {
  workbook: Workbook;
  /** The built script to load; give this or bundleCode. */
  bundlePath?: string;
  bundleCode?: string;
  /** The add-on's name, the title Sheets gives createAddonMenu(); default 'Add-on'. */
  addonName?: string;
  /** Where createHtmlOutputFromFile reads <name>.html; default dirname(bundlePath). */
  htmlDir?: string;
  /** Session.getActiveUser().getEmail(); default 'coordinator@example.com'. */
  user?: string;
  /** Clock of the emulated world (formulas and the runtime); default real time. */
  now?: () => Date;
  /** Called by Utilities.sleep(ms) instead of sleeping: lets a test run another runtime "meanwhile". */
  onSleep?: (ms: number) => void;
  /**
   * Has this user installed the add-on? Default true. A user who has not gets no add-on menu
   * (onOpen does not run), cannot run its functions, and sees its custom-function cells as errors
   * (`view()`).
   */
  installed?: boolean;
  /** Projected time per call and the time limits; `false` turns the limits off. */
  budget?: BudgetOptions | false;
  /** MailApp recipients a day per sender; default 100 (consumer accounts; Workspace: 1500). */
  mailQuota?: number;
  /**
   * The script project's id, stable across versions of the code (as a script ID is): developer
   * metadata with PROJECT visibility and installable triggers belong to it. Default: a hash of
   * the code, so two different bundles are two projects.
   */
  projectId?: string;
}

export interface Runtime {
  workbook: Workbook;
  /**
   * A server function called from a page through google.script.run: arguments and result must be
   * primitives, plain objects and arrays (no Date, no function); a thrown error reaches the caller
   * as a plain Error with its message only.
   */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /**
   * A function run from the host (a test harness, a command line, the editor's Run button): any
   * value crosses, and a thrown error keeps its own fields (e.g. `en`, `where`).
   */
  runFunction<T = unknown>(name: string, ...args: unknown[]): T;
  runTrigger(name: 'onOpen' | 'onInstall', authMode: 'NONE' | 'LIMITED' | 'FULL'): void;
  counts(): Record<string, number>;
  totalCalls(): number;
  /**
   * Milliseconds spent inside counted service calls since the last resetCounts (the emulator's
   * share of the executions), as wall-clock and as CPU time of the process.
   */
  serviceTime(): { wall: number; cpu: number };
  resetCounts(): void;
  /** Calls since the last resetCounts, with their projected real time. */
  stats(): CallStats;
  /** Finished executions (calls, triggers, custom-function evaluations), oldest first. */
  executions: readonly ExecutionStats[];
  /** Whether this runtime's user has installed the add-on. */
  readonly installed: boolean;
  setInstalled(installed: boolean): void;
  /** The workbook as this runtime's user sees it (custom-function cells are errors when not installed). */
  view(options?: ViewOptions): WorkbookView;
  ui: UiState;
  /** Logger.log / console output of every execution so far. */
  logs: string[];
  /** Custom function names found in the bundle. */
  customFunctions: string[];
  setUser(email: string): void;
  /**
   * Runs every time-driven trigger slot due up to `now` and not run yet, oldest first, each as
   * its owner with the clock at the slot's instant. Returns what ran (errors do not throw).
   */
  fireClockTriggers(now: Date): FiredTrigger[];
  /**
   * The user clicks a cell (or selects a range) of a sheet: it becomes the active sheet and range,
   * recorded in `ui.active`. False when the sheet or the A1 text is unknown.
   */
  select(sheet: string, a1: string): boolean;
  /**
   * Types `input` into one cell as the current user, as the Sheets UI would: refused by
   * protections and by data validation that rejects input, then fires installed onEdit triggers.
   */
  edit(sheet: string, a1: string, input: string): EditResult;
  /** The Nth service call of each following execution throws (null: no more faults). */
  failAtCall(n: number | null, options?: { kill?: boolean }): void;
  /** Faults thrown so far by failAtCall. */
  faultsInjected(): number;
}

const DEFAULT_USER = 'coordinator@example.com';

/** What google.script.run hands the page of a server error: its message, nothing else. */
function messageOnly(e: unknown): Error {
  return new Error(e instanceof Error ? e.message : String(e));
}

/** Turn whatever the bundle threw into a host Error with the same message (and its own fields). */
function hostError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const err = new Error(String((e as { message: unknown }).message));
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && name !== 'Error') err.name = name;
    // Extra fields (e.g. UserError's English text `en` and `where`) survive as JSON-like copies.
    for (const [k, v] of Object.entries(e)) {
      if (k === 'message' || k === 'name' || k === 'stack' || typeof v === 'function') continue;
      try {
        Object.assign(err, { [k]: v === undefined ? v : JSON.parse(JSON.stringify(v)) });
      } catch {
        // not JSON-like: drop it
      }
    }
    return err;
  }
  return new Error(String(e));
}

/**
 * The context's Date follows the emulated clock (the `now` option, else the real one) and reports
 * every read of the clock (so a custom function reading it can be flagged). The replacement shares
 * Date.prototype, so `instanceof Date` holds for every date.
 */
const CLOCK_SHIM = `(function (nowMs, onRead) {
  var RealDate = Date;
  function EmuDate() {
    if (!(this instanceof EmuDate)) { onRead('Date()'); return new RealDate(nowMs()).toString(); }
    if (arguments.length === 0) { onRead('new Date()'); return new RealDate(nowMs()); }
    return Reflect.construct(RealDate, arguments);
  }
  EmuDate.prototype = RealDate.prototype;
  EmuDate.now = function () { onRead('Date.now()'); return nowMs(); };
  EmuDate.UTC = RealDate.UTC;
  EmuDate.parse = RealDate.parse;
  Object.defineProperty(globalThis, 'Date', { value: EmuDate, writable: true, configurable: true, enumerable: false });
})`;

interface Context {
  ctx: vm.Context;
  boundary: Boundary;
}

/**
 * Apps Script evaluates `new Date(y, m, d)` in the script time zone. node:vm shares the process
 * zone, so when TZ is unset we adopt the script's (documented in the README).
 */
function ensureScriptTimeZone(): void {
  if (process.env.TZ === undefined || process.env.TZ === '') process.env.TZ = SCRIPT_TIME_ZONE;
}

export function createRuntime(opts: RuntimeOptions): Runtime {
  ensureScriptTimeZone();
  const wb = opts.workbook;
  const bundlePath = opts.bundlePath;
  if (bundlePath === undefined && opts.bundleCode === undefined) {
    throw new Error('createRuntime needs bundlePath or bundleCode');
  }
  const code = opts.bundleCode ?? readFileSync(bundlePath ?? '', 'utf8');
  const htmlDir = opts.htmlDir ?? (bundlePath ? dirname(bundlePath) : process.cwd());
  const user = opts.user ?? DEFAULT_USER;
  const script = new vm.Script(code, { filename: 'Code.js' });
  const scriptKey = createHash('sha1').update(code).digest('hex');
  if (wb.owner === null) wb.owner = user;
  const addEditor = (email: string): void => {
    if (email && !wb.editors.some((e) => e.toLowerCase() === email.toLowerCase()))
      wb.editors.push(email);
  };
  addEditor(user);
  if (opts.now) wb.clock = opts.now;
  const budget = budgetFrom(opts.budget);
  const env = new Env(
    wb,
    user,
    createUiState(opts.addonName ?? 'Add-on'),
    htmlDir,
    scriptKey,
    opts.onSleep,
    budget,
    opts.projectId ?? scriptKey,
  );
  if (opts.now) env.clock = opts.now;
  env.mailQuota = opts.mailQuota ?? CONSUMER_MAIL_QUOTA;
  let installed = opts.installed ?? true;
  // The emulated clock: a firing clock trigger's slot, else `now`, else the real one.
  const nowMs = (): number => env.now().getTime();
  const onClockRead = (what: string): void => {
    if (env.authMode !== 'CUSTOM_FUNCTION') return;
    const fn = env.functionName;
    warn({
      kind: 'clock-in-custom-function',
      function: fn,
      message: `Custom function ${fn} read the clock (${what}). Sheets caches a custom function's result by its arguments, so the result goes stale: pass the day in as an argument.`,
    });
  };

  /** Apps Script re-evaluates the global scope for every execution: give each one a fresh context. */
  const freshContext = (): Context => {
    const ctx = vm.createContext({});
    (vm.runInContext(ES2020_ONLY, ctx) as (list: typeof NEWER_THAN_ES2020) => void)(
      NEWER_THAN_ES2020,
    );
    (vm.runInContext(CLOCK_SHIM, ctx) as (f: () => number, r: (w: string) => void) => void)(
      nowMs,
      onClockRead,
    );
    const intrinsics = vm.runInContext('({ Array, Object, Date, Error })', ctx) as VmIntrinsics;
    const boundary = new Boundary(intrinsics, env);
    const globals: Record<string, object> = {
      SpreadsheetApp: new SpreadsheetAppImpl(env),
      Charts: new ChartsImpl(),
      HtmlService: new HtmlServiceImpl(htmlDir),
      LockService: new LockServiceImpl(env),
      PropertiesService: new PropertiesServiceImpl(env),
      Session: new SessionImpl(env),
      ScriptApp: new ScriptAppImpl(env),
      MailApp: new MailAppImpl(env),
      Utilities: new UtilitiesImpl(env),
      Logger: new LoggerImpl(env),
      console: new ConsoleImpl(env),
    };
    for (const [name, impl] of Object.entries(globals)) {
      Object.defineProperty(ctx, name, {
        value: boundary.toVm(impl),
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
    script.runInContext(ctx);
    return { ctx, boundary };
  };

  const invoke = (
    mode: AuthModeName,
    name: string,
    args: (c: Context) => unknown[],
    missing: 'throw' | 'ignore',
  ): unknown =>
    env.runExecution(
      mode,
      () => {
        let c: Context;
        try {
          c = freshContext();
        } catch (e) {
          throw hostError(e);
        }
        const fn = (c.ctx as Record<string, unknown>)[name];
        if (typeof fn !== 'function') {
          if (missing === 'ignore') return undefined;
          throw new Error(`Script function not found: ${name}`);
        }
        try {
          return c.boundary.fromVm((fn as (...a: unknown[]) => unknown)(...args(c)));
        } catch (e) {
          throw hostError(e);
        }
      },
      name,
    );

  /**
   * One top-level execution. In interactive mode a question nobody answered stops it: whatever
   * the bundle did with the thrown error, the call ends with AwaitingAnswer, and the alerts,
   * prompts and toasts it recorded are taken back (the answered re-run records them again).
   */
  const topLevel = <T>(run: () => T): T => {
    const ui = env.ui;
    ui.awaiting = null;
    const marks = [ui.alerts.length, ui.prompts.length, ui.toasts.length] as const;
    const asked = (): AwaitingAnswer | null => {
      if (!ui.awaiting) return null;
      ui.alerts.length = marks[0];
      ui.prompts.length = marks[1];
      ui.toasts.length = marks[2];
      return new AwaitingAnswer(ui.awaiting);
    };
    let result: T;
    try {
      result = run();
    } catch (e) {
      throw asked() ?? e;
    }
    const question = asked();
    if (question) throw question;
    return result;
  };

  const assertInstalled = (): void => {
    if (!installed)
      throw new Error(
        `Emulator: ${env.ui.addonName} is not installed for ${env.user || 'this user'}`,
      );
  };

  const customFunctions = findCustomFunctions(code);
  const impls = new Map<string, (args: CustomArg[]) => unknown>();
  for (const name of customFunctions) {
    impls.set(name.toUpperCase(), (args) =>
      invoke('CUSTOM_FUNCTION', name, (c) => args.map((a) => c.boundary.toVm(a)), 'throw'),
    );
  }
  const register = (): void => {
    if (impls.size > 0) wb.engine.setCustomFunctions(impls, scriptKey);
  };
  if (installed) register();

  /** google.script.run's rules: plain values in and out, only an error's message crosses. */
  const callFromPage = <T>(name: string, args: unknown[]): T => {
    assertInstalled();
    checkArguments(args);
    const sent = args.map(transfer);
    let out: unknown;
    try {
      out = invoke('FULL', name, (c) => sent.map((a) => c.boundary.toVm(a)), 'throw');
    } catch (e) {
      throw messageOnly(e);
    }
    checkResult(name, out);
    return transfer(out) as T;
  };

  /** An onEdit event as Apps Script gives it: e.range, e.value, e.oldValue, e.source, e.user. */
  const editEvent = (c: Context, ev: EditEvent, mode: AuthModeName, who: string, uid?: string) =>
    c.boundary.toVm({
      authMode: AuthMode._get(mode),
      source: new SpreadsheetImpl(env),
      range: new RangeImpl(env, ev.sheet, ev.box),
      value: ev.value,
      oldValue: ev.oldValue,
      user: new UserImpl(who),
      ...(uid !== undefined ? { triggerUid: uid } : {}),
    });

  return {
    workbook: wb,
    edit(sheet, a1, input) {
      const editor = env.user;
      return typedEdit(wb, editor, env.projectId, sheet, a1, input, {
        runSimple: (ev) => {
          invoke('LIMITED', 'onEdit', (c) => [editEvent(c, ev, 'LIMITED', editor)], 'ignore');
        },
        runTrigger: (trigger, ev) => {
          // An installable trigger runs as its owner; the editor's email may be unknown.
          const seen = editorSeenBy(trigger.owner, editor);
          env.user = trigger.owner;
          env.activeUserOverride = seen;
          try {
            invoke(
              'FULL',
              trigger.handler,
              (c) => [editEvent(c, ev, 'FULL', seen, trigger.id)],
              'throw',
            );
          } finally {
            env.user = editor;
            env.activeUserOverride = null;
          }
        },
      });
    },
    failAtCall(n, options) {
      env.faults.plan = n === null ? null : { at: n, kill: options?.kill ?? false };
    },
    faultsInjected: () => env.faults.injected,
    call<T = unknown>(name: string, ...args: unknown[]): T {
      return topLevel(() => callFromPage<T>(name, args));
    },
    runFunction<T = unknown>(name: string, ...args: unknown[]): T {
      assertInstalled();
      return topLevel(
        () => invoke('FULL', name, (c) => args.map((a) => c.boundary.toVm(a)), 'throw') as T,
      );
    },
    runTrigger(name, authMode) {
      // Sheets runs an add-on's onOpen only for users who installed it: no menu otherwise.
      if (!installed) return;
      topLevel(() =>
        invoke(
          authMode,
          name,
          (c) => [
            c.boundary.toVm({
              authMode: AuthMode._get(authMode),
              source: new SpreadsheetImpl(env),
              user: new UserImpl(env.user),
            }),
          ],
          'ignore',
        ),
      );
    },
    counts: () => env.counter.snapshot(),
    totalCalls: () => env.counter.total(),
    serviceTime: () => ({ wall: env.counter.ms, cpu: env.counter.cpuMs }),
    resetCounts: () => env.counter.reset(),
    stats: () =>
      addStats(
        [{ calls: env.counter.total(), byMethod: env.counter.snapshot(), projectedSeconds: 0 }],
        budget,
      ),
    executions: env.finished,
    get installed() {
      return installed;
    },
    setInstalled(value: boolean) {
      installed = value;
      if (installed) register();
    },
    view(options: ViewOptions = {}) {
      return viewWorkbook(wb, {
        ...options,
        ...(installed ? {} : { unknownFunctions: customFunctions }),
      });
    },
    ui: env.ui,
    logs: env.logs,
    customFunctions,
    setUser(email: string) {
      env.user = email;
      addEditor(email);
    },
    fireClockTriggers(now: Date): FiredTrigger[] {
      const fired: FiredTrigger[] = [];
      for (const { trigger, at } of dueSlots(wb.triggers, now.getTime())) {
        // A trigger deleted by an earlier firing does not run.
        if (!wb.triggers.includes(trigger)) continue;
        trigger.lastFiredAt = at;
        const saved = { user: env.user, override: env.clockOverride, wbClock: wb.clock };
        const slot = new Date(at);
        env.user = trigger.owner;
        env.clockOverride = slot;
        wb.clock = () => slot;
        const report: FiredTrigger = {
          id: trigger.id,
          handler: trigger.handler,
          owner: trigger.owner,
          at: slot,
          ok: true,
        };
        try {
          invoke(
            'FULL',
            trigger.handler,
            (c) => [
              c.boundary.toVm({ authMode: AuthMode._get('FULL'), ...clockEvent(trigger, at) }),
            ],
            'throw',
          );
        } catch (e) {
          report.ok = false;
          report.error = e instanceof Error ? e.message : String(e);
          env.log(`ERROR trigger ${trigger.handler}: ${report.error}`);
        } finally {
          env.user = saved.user;
          env.clockOverride = saved.override;
          wb.clock = saved.wbClock;
        }
        fired.push(report);
      }
      return fired;
    },
    select: (sheet, a1) => selectFromHost(env, sheet, a1),
  };
}
