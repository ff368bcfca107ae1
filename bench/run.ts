// npm run bench: every action of the add-on at two or three plan sizes, in the emulator, beside a
// naive peer (bench/peer.ts); then the custom functions and the bundle's cold start.
//
// Each measurement: one warm-up, then BENCH_RUNS runs (default 5); min and median are printed.
// Times are CPU milliseconds of this process (steadier than wall-clock on a shared machine; the
// wall-clock median is in results.json): "bundle" is the add-on's own code, "emulator" the time
// spent inside service calls (Sheets' side, which real Sheets does on its servers). Service calls
// are counted by the emulator; "Sheets s" projects them at 50 ms a call, plus the bundle's time.
//
// BENCH_SIZES="5x100,20x500,100x2000" (default) picks the sizes (units × tasks), BENCH_RUNS the
// runs, BENCH_GROWTH=0 skips the merge growth check. BENCH_SIZES= (empty) times no action: only
// the custom functions, the bundle's size and its cold start. Results also go to bench/results.json.
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { createRuntime, createWorkbook, type Runtime } from 'gas-emulator';
import type { MergeView } from '../src/gas/api.ts';
import { addonRuntime, DIST_CODE } from '../src/local/addonRuntime.ts';
import { look, world } from '../tests/helpers/reportWorkbook.ts';
import { functionCases, longUnitCell } from './functions.ts';
import { PEER_CODE } from './peer.ts';
import {
  synthetic,
  SYNTHETIC_PERIOD,
  syntheticPlanRows,
  syntheticPlanText,
  unitName,
} from './synthetic.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const SIZES = (process.env.BENCH_SIZES ?? '5x100,20x500,100x2000')
  .split(',')
  .filter((s) => s.trim() !== '')
  .map((s) => s.split('x').map(Number) as [number, number]);
const MS_PER_CALL = 50;

// ------------------------------------------------------------------------------------ measuring

interface Run {
  wall: number;
  cpu: number;
  emulator: number;
  bundle: number;
  calls: number;
}

interface Stats {
  runs: number;
  min: Run;
  median: Run;
  calls: number;
  counts: Record<string, number>;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function pick(runs: Run[], key: keyof Run, at: 'min' | 'median'): number {
  const v = runs.map((r) => r[key]).sort((a, b) => a - b);
  return at === 'min' ? (v[0] ?? 0) : (v[Math.floor((v.length - 1) / 2)] ?? 0);
}

/**
 * Times `action` on `rt`: `prepare` (not timed) before each run, one warm-up, then RUNS runs.
 * The bundle's time is the run's CPU time minus the emulator's (inside service calls).
 */
function measure(
  rt: () => Runtime,
  action: (rt: Runtime) => void,
  prepare: () => void = () => undefined,
): Stats {
  const runs: Run[] = [];
  let counts: Record<string, number> = {};
  for (let i = 0; i <= RUNS; i++) {
    prepare();
    const r = rt();
    r.resetCounts();
    const c0 = cpuNow();
    const t0 = performance.now();
    action(r);
    const wall = performance.now() - t0;
    const cpu = cpuNow() - c0;
    const emulator = r.serviceTime().cpu;
    counts = r.counts();
    if (i > 0)
      runs.push({
        wall,
        cpu,
        emulator,
        bundle: Math.max(0, cpu - emulator),
        calls: r.totalCalls(),
      });
  }
  const stat = (at: 'min' | 'median'): Run => ({
    wall: pick(runs, 'wall', at),
    cpu: pick(runs, 'cpu', at),
    emulator: pick(runs, 'emulator', at),
    bundle: pick(runs, 'bundle', at),
    calls: pick(runs, 'calls', at),
  });
  return {
    runs: runs.length,
    min: stat('min'),
    median: stat('median'),
    calls: stat('median').calls,
    counts,
  };
}

// ------------------------------------------------------------------------------------ actions

interface Row {
  size: string;
  action: string;
  add: Stats;
  peer?: Stats;
  note?: string;
}

const rows: Row[] = [];

function peerRuntime(rt: Runtime): Runtime {
  // No execution budget: Sheets would stop the peer at 6 minutes of calls (marked "!" below).
  return createRuntime({
    workbook: rt.workbook,
    bundleCode: PEER_CODE,
    user: 'coordinator@example.com',
    budget: false,
  });
}

function benchSize(units: number, tasks: number): void {
  const size = `${units}×${tasks}`;
  const log = (s: string) => process.stderr.write(`[bench ${size}] ${s}\n`);
  log('building the workbook (plan, distribute, fill, submit; not timed)…');
  const c0 = cpuNow();
  const s = synthetic(units, tasks);
  log(`built in ${Math.round(cpuNow() - c0)} ms CPU`);
  const rt = s.w.coordinator;
  const peer = peerRuntime(rt);
  const period = { period: SYNTHETIC_PERIOD };

  // Scaffold: a table in a new workbook (with its "Đơn vị" directory).
  rows.push({
    size,
    action: 'scaffold',
    add: measure(
      () => addonRuntime({ workbook: createWorkbook('bench') }),
      (r) => r.call('scaffoldTemplate', { templateId: 'phu-luc' }),
    ),
  });

  // Import: the plan as pasted text into a workbook that knows the units.
  const text = syntheticPlanText(units, tasks);
  let fresh: Runtime | undefined;
  const freshWorld = () => {
    const w = world('2025-09-10T09:00');
    w.coordinator.call('scaffoldTemplate', { templateId: 'chi-tieu' });
    const start = w.look.data('Đơn vị').length + 1;
    w.look.setValues(
      'Đơn vị',
      `A${start}:E${start + units - 1}`,
      Array.from({ length: units }, (_, i) => [unitName(i), '', '', '', 'Đơn vị']),
    );
    fresh = w.coordinator;
  };
  const planRows = syntheticPlanRows(units, tasks).map((r) => [r[1], r[2], r[3], r[4], r[5]]);
  let peerFresh: Runtime | undefined;
  rows.push({
    size,
    action: 'import',
    add: measure(
      () => fresh as Runtime,
      (r) => r.call('importPlanText', { text }),
      freshWorld,
    ),
    peer: measure(
      () => peerFresh as Runtime,
      (r) =>
        r.call(
          'peerImport',
          'Peer import',
          ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
          planRows,
        ),
      () => {
        freshWorld();
        peerFresh = peerRuntime(fresh as Runtime);
      },
    ),
  });

  rows.push({
    size,
    action: 'check',
    add: measure(
      () => rt,
      (r) => r.call('checkWorkbook'),
    ),
  });

  rows.push({
    size,
    action: 'distribute',
    note: `again (rewrites ${units} sheets); the first: ${s.distributeCalls} calls, ${s.timings.distribute} ms wall`,
    add: measure(
      () => rt,
      (r) => r.call('distributeReports', period),
    ),
    peer: measure(
      () => peer,
      (r) => r.call('peerDistribute', 'Phụ lục I', 'Peer BC '),
      () => peer.call('peerCleanup', 'Peer BC '),
    ),
  });
  peer.call('peerCleanup', 'Peer BC ');

  rows.push({
    size,
    action: 'submit',
    add: measure(
      () => rt,
      (r) => r.call('submitReport', { ...period, unit: unitName(0) }),
    ),
  });

  let merged: MergeView | undefined;
  rows.push({
    size,
    action: 'merge',
    add: measure(
      () => rt,
      (r) => {
        merged = r.call<MergeView>('mergeReports', period);
      },
    ),
    peer: measure(
      () => peer,
      (r) => r.call('peerMerge', `BC ${SYNTHETIC_PERIOD}`, 'Peer merge'),
      () => peer.call('peerCleanup', 'Peer merge'),
    ),
  });
  peer.call('peerCleanup', 'Peer merge');
  const st = merged?.stats;
  if (st) log(`merge: ${st.submitted}/${st.units} units, ${st.tasks} tasks, ${st.done} done`);
  void look;
}

// ------------------------------------------------------------------------------------ growth

interface Growth {
  base: string;
  bundleMs: number;
  units4: { size: string; bundleMs: number; ratio: number };
  tasks4: { size: string; bundleMs: number; ratio: number };
}

function mergeBundle(units: number, tasks: number): number {
  process.stderr.write(`[bench growth] building ${units}×${tasks}…\n`);
  const s = synthetic(units, tasks);
  return measure(
    () => s.w.coordinator,
    (r) => r.call('mergeReports', { period: SYNTHETIC_PERIOD }),
  ).min.bundle;
}

// ------------------------------------------------------------------------------------ functions

interface FunctionRow {
  name: string;
  rows: number;
  warm: { min: number; median: number };
  fresh: { min: number; median: number };
}

function cpuStats(samples: number[]): { min: number; median: number } {
  const v = [...samples].sort((a, b) => a - b);
  return { min: v[0] ?? 0, median: v[Math.floor((v.length - 1) / 2)] ?? 0 };
}

/**
 * A context like a custom function's execution: the bundle loaded, and the one read-only service
 * the date functions call (the spreadsheet's time zone), answered at once.
 */
function loadedContext(script: vm.Script): vm.Context {
  const ctx = vm.createContext(serviceStubs());
  script.runInContext(ctx);
  return ctx;
}

function serviceStubs(): Record<string, unknown> {
  const ss = { getSpreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh' };
  return {
    SpreadsheetApp: { getActiveSpreadsheet: () => ss },
    Utilities: { formatDate: () => '+0700' },
  };
}

function toContext(ctx: vm.Context, v: unknown): unknown {
  const { Date: D, Array: A } = vm.runInContext('({ Date, Array })', ctx) as {
    Date: DateConstructor;
    Array: ArrayConstructor;
  };
  const conv = (x: unknown): unknown => {
    if (x instanceof Date) return new D(x.getTime());
    if (Array.isArray(x)) {
      const out = new A();
      for (const y of x) out.push(conv(y));
      return out;
    }
    return x;
  };
  return conv(v);
}

function benchFunctions(code: string): FunctionRow[] {
  const script = new vm.Script(code, { filename: 'Code.js' });
  const out: FunctionRow[] = [];
  const rowsN = 10_000;
  for (const c of functionCases(rowsN)) {
    // Warm: the same execution calls it again (its caches and compiled code kept).
    const ctx = loadedContext(script);
    const fn = (ctx as Record<string, (...a: unknown[]) => unknown>)[c.name];
    if (!fn) throw new Error(`no ${c.name}`);
    const args = c.args.map((a) => toContext(ctx, a));
    const warm: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t = cpuNow();
      fn(...args);
      if (i > 0) warm.push(cpuNow() - t);
    }
    // Fresh: a new execution each time (new context, bundle loaded again), the script compiled
    // once, as a server that keeps compiled code would.
    const fresh: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const ctx2 = loadedContext(script);
      const args2 = c.args.map((a) => toContext(ctx2, a));
      const t = cpuNow();
      (ctx2 as Record<string, (...a: unknown[]) => unknown>)[c.name]?.(...args2);
      if (i > 0) fresh.push(cpuNow() - t);
    }
    out.push({ name: c.name, rows: rowsN, warm: cpuStats(warm), fresh: cpuStats(fresh) });
  }
  const cell = longUnitCell();
  const long: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const ctx = loadedContext(script);
    const t = cpuNow();
    (ctx as Record<string, (...a: unknown[]) => unknown>).UNIT_NAME?.(cell);
    if (i > 0) long.push(cpuNow() - t);
  }
  out.push({
    name: 'UNIT_NAME, one 50,000-character cell',
    rows: 1,
    warm: cpuStats(long),
    fresh: cpuStats(long),
  });
  return out;
}

interface ColdStart {
  bytes: number;
  compiled: { min: number; median: number; load: number; call: number };
  cached: { min: number; median: number };
}

/**
 * A custom function's cold call on one cell: a fresh context, the file loaded, one call.
 * `compiled`: the source compiled each time (nothing cached); `cached`: compiled once.
 */
function benchColdStart(code: string): ColdStart {
  const n = Math.max(20, RUNS * 4);
  const total: number[] = [];
  const load: number[] = [];
  const call: number[] = [];
  for (let i = 0; i <= n; i++) {
    const t0 = cpuNow();
    const ctx = vm.createContext(serviceStubs());
    // A unique tail: V8 would otherwise reuse the compilation of the same source.
    new vm.Script(`${code}\n// cold ${i} ${Math.random()}`, { filename: 'Code.js' }).runInContext(
      ctx,
    );
    const t1 = cpuNow();
    (ctx as Record<string, (...a: unknown[]) => unknown>).KPI_STATUS?.('≥ 60%', 0.7);
    const t2 = cpuNow();
    if (i > 0) {
      total.push(t2 - t0);
      load.push(t1 - t0);
      call.push(t2 - t1);
    }
  }
  const script = new vm.Script(code, { filename: 'Code.js' });
  const cached: number[] = [];
  for (let i = 0; i <= n; i++) {
    const t0 = cpuNow();
    const ctx = loadedContext(script);
    (ctx as Record<string, (...a: unknown[]) => unknown>).KPI_STATUS?.('≥ 60%', 0.7);
    if (i > 0) cached.push(cpuNow() - t0);
  }
  const t = cpuStats(total);
  return {
    bytes: Buffer.byteLength(code),
    compiled: { ...t, load: cpuStats(load).median, call: cpuStats(call).median },
    cached: cpuStats(cached),
  };
}

// ------------------------------------------------------------------------------------ printing

const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const f1 = (n: number) => n.toFixed(1);
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const sheetsSeconds = (s: Stats) => (s.calls * MS_PER_CALL + s.median.bundle) / 1000;

function printActions(): string[] {
  const out: string[] = [];
  out.push(
    [
      pad('size', 9),
      pad('action', 11),
      lpad('wall med', 9),
      lpad('bundle min', 11),
      lpad('bundle med', 11),
      lpad('emul. med', 10),
      lpad('calls', 6),
      lpad('Sheets s', 9),
      ' |',
      lpad('peer calls', 11),
      lpad('peer Sh. s', 11),
      lpad('ratio', 7),
    ].join(''),
  );
  for (const r of rows) {
    const a = r.add;
    const p = r.peer;
    out.push(
      [
        pad(r.size, 9),
        pad(r.action, 11),
        lpad(f0(a.median.wall), 9),
        lpad(f0(a.min.bundle), 11),
        lpad(f0(a.median.bundle), 11),
        lpad(f0(a.median.emulator), 10),
        lpad(f0(a.calls), 6),
        lpad(f1(sheetsSeconds(a)), 9),
        ' |',
        lpad(p ? f0(p.calls) : '—', 11),
        lpad(p ? f1(sheetsSeconds(p)) + (sheetsSeconds(p) > 360 ? '!' : '') : '—', 11),
        lpad(p ? `${f1(sheetsSeconds(p) / sheetsSeconds(a))}×` : '—', 7),
      ].join('') + (r.note ? `   (${r.note})` : ''),
    );
  }
  return out;
}

function main(): void {
  const started = performance.now();
  const lines: string[] = [];
  const code = readFileSync(DIST_CODE, 'utf8');
  for (const [units, tasks] of SIZES) benchSize(units, tasks);

  let growth: Growth | undefined;
  const largest = SIZES.at(-1);
  if (process.env.BENCH_GROWTH !== '0' && largest) {
    const [u, t] = largest;
    const base =
      rows.find((r) => r.size === `${u}×${t}` && r.action === 'merge')?.add.min.bundle ?? 0;
    const u4 = Math.max(1, Math.round(u / 4));
    const t4 = Math.max(1, Math.round(t / 4));
    const byUnits = mergeBundle(u4, t);
    const byTasks = mergeBundle(u, t4);
    growth = {
      base: `${u}×${t}`,
      bundleMs: base,
      units4: { size: `${u4}×${t}`, bundleMs: byUnits, ratio: base / byUnits },
      tasks4: { size: `${u}×${t4}`, bundleMs: byTasks, ratio: base / byTasks },
    };
  }
  process.stderr.write('[bench] custom functions and cold start…\n');
  const functions = benchFunctions(code);
  const cold = benchColdStart(code);

  lines.push(
    `Sáu Rõ bench: ${RUNS} runs after a warm-up; CPU ms (min / median), service calls, projected seconds in Sheets at ${MS_PER_CALL} ms a call`,
    '',
  );
  lines.push(...printActions());
  lines.push('(!: past the 6 minutes an Apps Script execution may run; Sheets would stop it)');
  if (growth) {
    lines.push(
      '',
      `merge growth (bundle CPU, min): ${growth.base} ${f0(growth.bundleMs)} ms; ` +
        `4× the units (${growth.units4.size} → ${growth.base}) ${f1(growth.units4.ratio)}×, ` +
        `4× the tasks (${growth.tasks4.size} → ${growth.base}) ${f1(growth.tasks4.ratio)}×`,
    );
  }
  lines.push('', 'custom functions (one call over whole columns; CPU ms min / median)');
  for (const fr of functions) {
    lines.push(
      `  ${pad(fr.name, 38)} ${lpad(f0(fr.rows), 6)} rows   warm ${lpad(f1(fr.warm.min), 6)} / ${lpad(f1(fr.warm.median), 6)}   fresh execution ${lpad(f1(fr.fresh.min), 6)} / ${lpad(f1(fr.fresh.median), 6)}`,
    );
  }
  lines.push(
    '',
    `bundle: dist/Code.js ${f0(cold.bytes)} bytes (${f1(cold.bytes / 1024)} KiB)`,
    `cold custom-function call on one cell (fresh context, load, KPI_STATUS): compiled each time ` +
      `${f1(cold.compiled.min)} / ${f1(cold.compiled.median)} ms (load ${f1(cold.compiled.load)}, call ${f1(cold.compiled.call)}); ` +
      `script compiled once ${f1(cold.cached.min)} / ${f1(cold.cached.median)} ms`,
    '',
    `total ${f0((performance.now() - started) / 1000)} s wall`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  const results = {
    at: new Date().toISOString(),
    runs: RUNS,
    msPerCall: MS_PER_CALL,
    actions: rows.map((r) => ({
      size: r.size,
      action: r.action,
      note: r.note,
      addon: {
        runs: r.add.runs,
        min: r.add.min,
        median: r.add.median,
        calls: r.add.calls,
        sheetsSeconds: sheetsSeconds(r.add),
        counts: r.add.counts,
      },
      peer: r.peer && {
        min: r.peer.min,
        median: r.peer.median,
        calls: r.peer.calls,
        sheetsSeconds: sheetsSeconds(r.peer),
      },
    })),
    growth,
    functions,
    cold,
  };
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}

main();
