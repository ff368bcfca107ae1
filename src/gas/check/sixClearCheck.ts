// "Kiểm tra 6 rõ": every task row of a task table (phu-luc, sau-ro) must make clear who, what,
// when, who answers for it, what it delivers and under whose authority. The cell at fault gets the
// same note and highlight as the KPI check; counts per lead unit come back with the check.
import { readPlanInfo } from '../../core/appendix/appendixPlan.ts';
import { cellString } from '../../core/sheet/cellText.ts';
import { headsSubTasks } from '../../core/sheet/codes.ts';
import type { CellValue } from '../../core/sheet/cellArgs.ts';
import { deadlineFromCell } from '../../core/deadline/deadlineFunctions.ts';
import {
  isGeneralRow,
  checkSixClear,
  summarizeSixClear,
  type SixClearResult,
  type SixClearTask,
} from '../../core/sixClear.ts';
import { resolveUnits, type UnitDirectory } from '../../core/unit/unit.ts';
import type { SixClearView } from '../api.ts';
import type { CellFinding, TableChecker } from './check.ts';
import { isSectionCode, type TableBlock } from '../sheet/table.ts';
import { readUnitDirectory } from '../units/units.ts';

/**
 * The "6 rõ" checker of one "Kiểm tra" run and the counts it gathers: the directory is read once,
 * at the first task table, and every checked task is kept for the per-unit counts.
 */
export function sixClearChecker(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  check: TableChecker;
  summary: () => SixClearView | undefined;
} {
  let directory: UnitDirectory | undefined;
  const results: SixClearResult[] = [];
  const check: TableChecker = (table) => {
    if (table.template.kind !== 'tasks') return [];
    directory ??= readUnitDirectory(ss);
    return checkTable(table, directory, results);
  };
  return { check, summary: () => summarize(results) };
}

function summarize(results: SixClearResult[]): SixClearView | undefined {
  const tasks = results.filter((r) => r.task.level !== 'general');
  if (tasks.length === 0) return undefined;
  return {
    tasks: tasks.length,
    clear: tasks.filter((r) => r.issues.length === 0).length,
    byUnit: summarizeSixClear(results).map((s) => ({ ...s, missing: { ...s.missing } })),
  };
}

/** The plan's issue date from the title rows ("Kèm theo Kế hoạch số … ngày 07/07/2025 …"). */
function issuedFrom(table: TableBlock): string | undefined {
  const lines = table.above.map((row) =>
    row
      .map(cellString)
      .filter((t) => t !== '')
      .join(' '),
  );
  return readPlanInfo(lines).date;
}

function checkTable(
  table: TableBlock,
  dir: UnitDirectory,
  results: SixClearResult[],
): CellFinding[] {
  const layout = table.template.id === 'sau-ro' ? 'sau-ro' : 'phu-luc';
  const { index } = table.match;
  const keyCol = index.code ?? 0;
  const colOf: Record<string, number> = {
    content: index.content ?? index.parent ?? keyCol,
    leadUnit: index.leadUnit ?? keyCol,
    deadline: index.deadline ?? keyCol,
    output: index.output ?? keyCol,
  };
  const issued = issuedFrom(table);
  // The same unit cells repeat down a table: resolve each spelling once.
  const leadsOf = new Map<string, string[]>();
  const findings: CellFinding[] = [];

  const codeCol = index.code;
  const heads = headsSubTasks(
    table.rows.map((row) => cellString(codeCol === undefined ? '' : row[codeCol])),
  );

  table.rows.forEach((row, r) => {
    const at = (key: string): unknown => {
      const col = index[key];
      return col === undefined ? '' : row[col];
    };
    const code = cellString(at('code'));
    const content = cellString(at('content'));
    const parentText = layout === 'sau-ro' ? cellString(at('parent')) : '';
    const lead = cellString(at('leadUnit'));
    const deadlineCell = at('deadline') as CellValue;
    const output = cellString(at('output'));
    const filled = [content, parentText, lead, cellString(deadlineCell), output];
    if (filled.every((t) => t === '')) return; // blank row, or a row with only a code
    const ordinal = cellString(at('ordinal'));
    const heading = isSectionCode(code) || (code === '' && isSectionCode(ordinal));
    if (heading && lead === '' && cellString(deadlineCell) === '') return;

    // A general task only names the work; its sub-tasks carry the rest.
    const general = isGeneralRow(
      { content, general: parentText, lead, deadline: cellString(deadlineCell), output },
      heads[r] ?? false,
    );
    const generalText = general && content === '';
    let leads = leadsOf.get(lead);
    if (!leads) {
      leads = resolveUnits(lead, dir).map((u) => u.name);
      leadsOf.set(lead, leads);
    }
    const task: SixClearTask & { code: string } = {
      code,
      content: generalText ? parentText : content,
      lead: leads,
      deadline: deadlineFromCell(deadlineCell, issued),
      output,
      level: general ? 'general' : code.split('.').length >= 3 ? 'subtask' : 'task',
    };
    const issues = checkSixClear(task, { layout, directory: dir });
    results.push({ task, issues });
    for (const issue of issues)
      findings.push({
        row: r,
        col:
          generalText && issue.field === 'content'
            ? (index.parent ?? keyCol)
            : (colOf[issue.field] ?? keyCol),
        message: issue.message,
      });
  });
  return findings;
}
