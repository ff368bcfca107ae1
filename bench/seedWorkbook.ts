// npx tsx bench/seedWorkbook.ts [units] [out.xlsx]: seed 001's plan (34 tasks, 9 units with a
// sheet) with more units in "Đơn vị" up to `units`, each supporting task I.1; every unit has an
// editor and the file is shared with them all, as in a commune. Not distributed yet, so that
// `npx sauro distribute --workbook out.xlsx --period 2025-Q3 --stats` measures a first
// distribute. Defaults: 20 units, /tmp/sauro-seed001-20.xlsx.
import { saveXlsx } from 'gas-emulator';
import { seedWithUnits } from '../tests/helpers/reportWorkbook.ts';

const units = Number(process.argv[2] ?? 20);
const out = process.argv[3] ?? `/tmp/sauro-seed001-${units}.xlsx`;
if (!Number.isInteger(units) || units < 9) {
  console.error('usage: tsx bench/seedWorkbook.ts [units ≥ 9] [out.xlsx]');
  process.exit(1);
}

const w = seedWithUnits(units);
const rows = w.look.data('Đơn vị');
await saveXlsx(w.wb, out);
console.log(`${out}: seed 001, ${units} units (${rows.length - 1} in "Đơn vị"), not distributed`);
