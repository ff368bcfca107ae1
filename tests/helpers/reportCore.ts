// Builders shared by the core tests of periods and submissions: a period or a deadline rule read
// from its wording (failing the test when it cannot be read), and a unit's task row as typed.
import {
  parsePeriod,
  parseSubmissionRule,
  type Period,
  type SubmissionRule,
} from '../../src/core/report/period.ts';
import type { SubmittedTask } from '../../src/core/report/submission.ts';

export function period(text: string): Period {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export function rule(text: string): SubmissionRule {
  const r = parseSubmissionRule(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Row `row` of a unit's sheet, lead unit's row of task I.<row>, blank but for `fields`. */
export function submittedTask(row: number, fields: Partial<SubmittedTask>): SubmittedTask {
  return {
    row,
    code: `I.${row}`,
    status: '',
    progress: '',
    actual: '',
    evidence: '',
    role: 'lead',
    ...fields,
  };
}
