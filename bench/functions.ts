// Inputs for timing the custom functions the way Sheets calls them: one call with whole columns
// (10,000 rows), whose cells repeat the few distinct values real plans hold (the seeds' targets,
// deadlines, statuses and unit spellings, from tests/fixtures).
import { readFileSync } from 'node:fs';

type Cell = string | number | Date;
type Column = Cell[][];

function fixture(path: string): string[][] {
  return readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** A column of `rows` cells cycling through `values`, with every `blankEvery`-th row blank. */
function column(values: readonly Cell[], rows: number, blankEvery = 7): Column {
  return Array.from({ length: rows }, (_, i) =>
    i % blankEvery === blankEvery - 1 ? [''] : [values[(i * 7) % values.length] ?? ''],
  );
}

export interface FunctionCase {
  name: string;
  args: unknown[];
}

/** The seven custom functions with `rows`-row columns of seed-like values. */
export function functionCases(rows: number): FunctionCase[] {
  const targets = fixture('kpi/seed003-chi-tieu.tsv')
    .map((r) => r[3] ?? '')
    .filter((t) => t !== '' && t !== 'Kết quả');
  const actuals: Cell[] = [0.55, 0.7, 0.95, 1, '75%', '80,5 %', 12, 3, 'Có', 'Chưa có', 150, '2'];
  const deadlines = fixture('appendix/deadlines.tsv').map((r) => r[0] ?? '');
  const statuses = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'hoan thanh', ''];
  const progress: Cell[] = [100, 50, 0, 1, 0.5, '100%', 80, ''];
  const units = fixture('units/seed-spellings.tsv').map((r) => r[0] ?? '');
  const asOf = new Date(Date.UTC(2026, 5, 15) - 7 * 3_600_000); // 15/06/2026, midnight in Vietnam
  return [
    { name: 'KPI_STATUS', args: [column(targets, rows), column(actuals, rows, 5)] },
    { name: 'KPI_PROGRESS', args: [column(targets, rows), column(actuals, rows, 5)] },
    { name: 'KPI_TARGET', args: [column(targets, rows)] },
    { name: 'DEADLINE_DATE', args: [column(deadlines, rows)] },
    {
      name: 'TASK_STATUS',
      args: [column(deadlines, rows), column(statuses, rows, 11), asOf],
    },
    { name: 'COMPLETION_RATE', args: [column(statuses, rows), column(progress, rows, 9)] },
    { name: 'UNIT_NAME', args: [column(units, rows)] },
  ];
}

/** A 50,000-character cell naming units, as pasted from a long list (the most a cell holds). */
export function longUnitCell(length = 50_000): string {
  let text = '';
  for (let i = 0; text.length < length; i++)
    text += `Tổ dân phố số ${i}, Phòng VH-XH, Công an xã và Trạm Y tế; `;
  return text.slice(0, length);
}
