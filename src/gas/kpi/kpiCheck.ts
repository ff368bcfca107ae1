// The KPI checker: every target must parse, every actual must be readable against it.
import { cellString, isBlank } from '../../core/sheet/cellText.ts';
import { evaluate, KpiStatus } from '../../core/kpi/kpiEvaluate.ts';
import { targetFromCell } from '../../core/kpi/kpiFunctions.ts';
import { applyMeasureUnit } from '../../core/kpi/targetWrite.ts';
import type { CellFinding, TableChecker } from '../check/check.ts';
import { isSectionCode } from '../sheet/table.ts';

export const checkKpiTable: TableChecker = (table) => {
  if (table.template.kind !== 'kpis') return [];
  const { index } = table.match;
  const targetCol = index.target;
  if (targetCol === undefined) return [];
  const actualCol = index.actual;
  const contentCol = index.content;
  const unitCol = index.measureUnit;
  const findings: CellFinding[] = [];
  table.rows.forEach((row, r) => {
    const targetCell = row[targetCol];
    const actualCell = actualCol === undefined ? '' : row[actualCol];
    const content = contentCol === undefined ? '' : row[contentCol];
    if (isBlank(targetCell)) {
      // Section rows ("I  Về phát triển hạ tầng") have neither target nor actual.
      if (!isBlank(actualCell) || (!isBlank(content) && !isSectionRow(row, table.match.index))) {
        findings.push({ row: r, col: targetCol, message: 'Chưa có chỉ tiêu cho dòng này.' });
      }
      return;
    }
    let target = targetFromCell(targetCell);
    if (unitCol !== undefined && typeof row[unitCol] === 'string') {
      target = applyMeasureUnit(target, String(row[unitCol]));
    }
    if (target.kind === 'invalid') {
      findings.push({
        row: r,
        col: targetCol,
        message: `Chỉ tiêu không hợp lệ: ${target.message}`,
      });
      return;
    }
    if (actualCol === undefined || isBlank(actualCell)) return;
    const result = evaluate(target, actualCell);
    if (result.status === KpiStatus.invalid) {
      findings.push({
        row: r,
        col: actualCol,
        message: `Kết quả không đọc được: ${result.message ?? ''}`.trim(),
      });
    }
  });
  return findings;
};

function isSectionRow(row: unknown[], index: Record<string, number>): boolean {
  for (const key of ['ordinal', 'code']) {
    const col = index[key];
    if (col !== undefined && isSectionCode(cellString(row[col]))) return true;
  }
  return false;
}
