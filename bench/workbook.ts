// npx tsx bench/workbook.ts [units] [tasks] [out.xlsx]: the bench's synthetic workbook (the plan,
// "Đơn vị", every unit's sheet filled and submitted for 2025-Q3) saved as .xlsx, so the CLI can be
// measured on it: `npx sauro merge --workbook out.xlsx --period 2025-Q3 --stats`.
// Defaults: 100 units, 2,000 tasks, /tmp/sauro-bench-100x2000.xlsx.
import { saveXlsx } from 'gas-emulator';
import { synthetic } from './synthetic.ts';

const units = Number(process.argv[2] ?? 100);
const tasks = Number(process.argv[3] ?? 2000);
const out = process.argv[4] ?? `/tmp/sauro-bench-${units}x${tasks}.xlsx`;
if (!Number.isInteger(units) || units < 1 || !Number.isInteger(tasks) || tasks < 1) {
  console.error('usage: tsx bench/workbook.ts [units] [tasks] [out.xlsx]');
  process.exit(1);
}

const made = synthetic(units, tasks);
await saveXlsx(made.w.wb, out);
console.log(
  `${out}: ${units} units, ${tasks} tasks, distributed (${made.distributeCalls} calls) and submitted`,
);
