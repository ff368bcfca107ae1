// The KPI half of the merge: the lead unit's actual, judged against the target.
import { asData, cellString } from '../../sheet/cellText.ts';
import { carryOver, orphanProblem } from './mergeCarry.ts';
import { anyFilled, codeKey, collectRows, splitUnits, unitKey } from './mergeIntake.ts';
import { dataText, joinLabelled } from './mergeText.ts';
import type { MergeInput, MergeProblem, SummaryKpiRow } from './mergeTypes.ts';
import { formatVietnameseNumber, fractionToPercent } from '../../text/number.ts';
import type { Submission, SubmittedKpi } from '../submission.ts';

/**
 * A %-formatted actual (0.95) is passed on as the text people see ("95%"), written the Vietnamese
 * way so that judging it reads the same number back (0.12345 → "12,345%", not 12345%).
 */
function actualValue(k: SubmittedKpi): unknown {
  if (typeof k.actual === 'number' && k.actualFormat?.includes('%')) {
    return `${formatVietnameseNumber(fractionToPercent(k.actual))}%`;
  }
  return k.actual;
}

/** KPI summary rows in plan order, then orphans; unknown and repeated KPI codes as problems. */
export function mergeKpis(
  input: MergeInput,
  stamped: readonly Submission[],
): { rows: SummaryKpiRow[]; problems: MergeProblem[] } {
  const kpis = input.kpis ?? [];
  const known = new Set(kpis.map((k) => codeKey(k.code)));
  const { byCode, problems } = collectRows(
    stamped,
    (s) => s.kpis,
    known,
    'chỉ tiêu',
    (k) => anyFilled(k.actual, k.evidence, k.notes),
  );

  const carried = carryOver(input.previousKpis, known);
  const rows: SummaryKpiRow[] = kpis.map((k) => {
    const key = codeKey(k.code);
    const entries = byCode.get(key) ?? [];
    const leads = new Set(splitUnits(k.leadUnit).map(unitKey));
    const lead = entries.find((e) => leads.has(unitKey(e.unit)));
    const others = entries.filter((e) => e !== lead);
    const actual = lead ? actualValue(lead.row) : '';
    const othersNotes = others.map((e) => {
      const parts = [cellString(actualValue(e.row)), cellString(e.row.notes)].filter(
        (t) => t !== '',
      );
      return { unit: e.unit, value: parts.join('; ') };
    });
    return {
      kind: 'kpi',
      code: dataText(k.code),
      content: dataText(k.content),
      target: dataText(k.target),
      measureUnit: dataText(k.measureUnit),
      leadUnit: dataText(k.leadUnit),
      actual: asData(actual),
      kpiStatus: input.evaluateKpi(k.target, actual),
      evidence: joinLabelled(
        lead?.row.evidence,
        others.map((e) => ({ unit: e.unit, value: e.row.evidence })),
      ),
      notes: joinLabelled(lead?.row.notes, othersNotes),
      reported: lead !== undefined && anyFilled(lead.row.actual, lead.row.evidence),
      coordinator: carried.byCode.get(key) ?? {},
    };
  });
  for (const o of carried.orphans) {
    problems.push(orphanProblem(o.code, 'chỉ tiêu'));
    rows.push({
      kind: 'orphan',
      code: dataText(o.code),
      content: '',
      target: '',
      measureUnit: '',
      leadUnit: '',
      actual: '',
      kpiStatus: '',
      evidence: '',
      notes: '',
      reported: false,
      coordinator: o.coordinator,
    });
  }
  return { rows, problems };
}
