// npx tsx bench/seedWorkbook.ts [units] [out.xlsx]: seed 001's plan (34 tasks, 9 units with a
// sheet) with more units in "Đơn vị" up to `units`, each supporting task I.1; every unit has an
// editor and the file is shared with them all, as in a commune. Not distributed yet, so that
// `npx sauro distribute --workbook out.xlsx --period 2025-Q3 --stats` measures a first
// distribute. Defaults: 20 units, /tmp/sauro-seed001-20.xlsx.
import { saveXlsx } from 'gas-emulator';
import { seedPlan, world } from '../tests/helpers/reportWorkbook.ts';

const units = Number(process.argv[2] ?? 20);
const out = process.argv[3] ?? `/tmp/sauro-seed001-${units}.xlsx`;
if (!Number.isInteger(units) || units < 9) {
  console.error('usage: tsx bench/seedWorkbook.ts [units ≥ 9] [out.xlsx]');
  process.exit(1);
}

const w = world('2025-09-01T08:00');
seedPlan(w, {});
const extra = units - 9;
if (extra > 0) {
  const start = w.look.data('Đơn vị').length + 1;
  const names = Array.from({ length: extra }, (_, i) => `Tổ công nghệ số thôn ${i + 1}`);
  w.look.setValues(
    'Đơn vị',
    `A${start}:E${start + extra - 1}`,
    names.map((n) => [n, '', '', '', 'Đơn vị']),
  );
  const plan = w.look.data('Phụ lục I');
  const row = plan.findIndex((r) => r[0] === 'I.1');
  const partners = [String(plan[row]?.[4] ?? ''), ...names].filter((s) => s !== '').join('; ');
  w.look.setValues('Phụ lục I', `E${row + 1}`, [[partners]]);
}
const rows = w.look.data('Đơn vị');
const emails = rows.slice(1).map((_, i) => `donvi${i + 1}@xa.gov.vn`);
w.look.setValues(
  'Đơn vị',
  `D2:D${rows.length}`,
  emails.map((e) => [e]),
);
w.wb.editors.push(...emails);
await saveXlsx(w.wb, out);
console.log(`${out}: seed 001, ${units} units (${rows.length - 1} in "Đơn vị"), not distributed`);
