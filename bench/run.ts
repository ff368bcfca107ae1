// npm run bench: the merge of 100 units × 2,000 tasks in the emulator — its time and its number of
// service calls (the workbook is built, distributed, filled and submitted first, not timed here).
import type { MergeView } from '../src/gas/api.ts';
import { synthetic, SYNTHETIC_PERIOD } from './synthetic.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 100);
const TASKS = Number(process.env.BENCH_TASKS ?? 2000);

function main(): void {
  const t0 = performance.now();
  const s = synthetic(UNITS, TASKS);
  const rt = s.w.coordinator;
  const merge = (): { ms: number; calls: number; view: MergeView } => {
    rt.resetCounts();
    const start = performance.now();
    const view = rt.call<MergeView>('mergeReports', { period: SYNTHETIC_PERIOD });
    return { ms: Math.round(performance.now() - start), calls: rt.totalCalls(), view };
  };
  const first = merge();
  const again = merge();
  const top = Object.entries(rt.counts())
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const st = again.view.stats;
  const lines = [
    `Sáu Rõ merge bench: ${UNITS} units × ${TASKS} tasks (emulator)`,
    `setup: plan ${s.timings.plan} ms, distribute ${s.timings.distribute} ms, fill ${s.timings.fill} ms, submit ${s.timings.submit} ms`,
    `merge (new summary):      ${first.ms} ms, ${first.calls} service calls`,
    `merge (again, read back): ${again.ms} ms, ${again.calls} service calls`,
    `most called: ${top}`,
    `result: ${st.submitted}/${st.units} units submitted, ${st.tasks} tasks, ${st.due} due, ${st.done} done (${st.completion}%), ${st.problems.length} problems`,
    `total ${Math.round(performance.now() - t0)} ms`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main();
