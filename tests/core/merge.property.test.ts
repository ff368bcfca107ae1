import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  mergeSubmissions,
  type MasterTask,
  type MergeInput,
} from '../../src/core/report/merge/merge.ts';
import { makePeriod } from '../../src/core/report/period.ts';
import type { Submission, SubmittedTask } from '../../src/core/report/submission.ts';

interface FixtureTask {
  code: string;
  section: string;
  leadUnit: string;
  deadlineText: string;
  deadline: { kind: string; due?: string; every?: string };
  content: string;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/merge/seed001-tasks.json', import.meta.url), 'utf8'),
) as { tasks: FixtureTask[] };

const tasks: MasterTask[] = fixture.tasks.map((t) => ({
  code: t.code,
  section: t.section,
  content: t.content,
  leadUnit: t.leadUnit,
  partnerUnits: [],
  deadline: { ...t.deadline, raw: t.deadlineText },
}));
const units = [...new Set(tasks.flatMap((t) => t.leadUnit.split('; ')))];
const codes = tasks.map((t) => t.code);

const cell = fc.oneof(
  fc.constantFrom(
    '',
    'Hoàn thành',
    'hoan thanh',
    'Đang thực hiện',
    'Quá hạn',
    '=1+1',
    '+84',
    '-',
    '@x',
    '70%',
    '1.234,5',
  ),
  fc.string(),
  fc.integer({ min: -50, max: 200 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);

const taskRow: fc.Arbitrary<SubmittedTask> = fc.record({
  row: fc.integer({ min: 1, max: 200 }),
  code: fc.oneof(
    fc.constantFrom(...codes),
    fc.constantFrom('', 'X.1', ' i.1 ', 'III.4.'),
    fc.string(),
  ),
  status: cell,
  progress: cell,
  actual: cell,
  evidence: cell,
  issuesRaised: cell,
  notes: cell,
  role: fc.constantFrom('lead' as const, 'partner' as const),
});

const submission: fc.Arbitrary<Submission> = fc.record({
  unit: fc.oneof(fc.constantFrom(...units), fc.string()),
  sheet: fc.string(),
  submittedAt: fc.option(
    fc.constantFrom('2025-09-01T08:00', '2025-09-20T23:59', '2025-09-21T00:00', ''),
    { nil: null },
  ),
  tasks: fc.array(taskRow, { maxLength: 12 }),
  kpis: fc.array(
    fc.record({
      row: fc.nat(99),
      code: fc.constantFrom('CT1', 'CT9', ''),
      actual: cell,
      notes: cell,
    }),
    { maxLength: 3 },
  ),
});

const previous = fc.array(
  fc.record({
    code: fc.oneof(fc.constantFrom(...codes), fc.string()),
    coordinator: fc.dictionary(fc.constantFrom('Nhận xét', 'Đánh giá'), cell),
  }),
  { maxLength: 5 },
);

function input(submissions: Submission[], prev: MergeInput['previous']): MergeInput {
  return {
    tasks,
    kpis: [
      { code: 'CT1', content: 'Tỷ lệ', target: '100%', measureUnit: '%', leadUnit: units[0] ?? '' },
    ],
    period: makePeriod('quarter', 2025, 3),
    asOf: '2025-09-25',
    submissionDeadline: '2025-09-20',
    expectedUnits: units,
    submissions,
    previous: prev,
    evaluateKpi: (_target, actual) => (actual === '' ? 'Chưa có số liệu' : 'Cần đánh giá'),
  };
}

describe('mergeSubmissions on random submissions', () => {
  it('never throws, keeps the master rows and sane stats, and is idempotent', () => {
    fc.assert(
      fc.property(fc.array(submission, { maxLength: 6 }), previous, (subs, prev) => {
        const out = mergeSubmissions(input(subs, prev));
        const taskRows = out.rows.filter((r) => r.kind === 'task');
        expect(taskRows.map((r) => r.code)).toEqual(codes);
        expect(out.stats.done).toBeLessThanOrEqual(out.stats.tasks);
        expect(out.stats.submitted + out.stats.missing.length).toBe(out.stats.units);
        if (out.stats.completion !== null) {
          expect(out.stats.completion).toBeGreaterThanOrEqual(0);
          expect(out.stats.completion).toBeLessThanOrEqual(100);
        }
        for (const r of out.rows) {
          for (const text of [r.actual, r.evidence, r.notes, r.issuesRaised]) {
            expect(text).not.toMatch(/^[=+\-@]/);
          }
        }
        const again = mergeSubmissions(input(subs, out.rows));
        expect(again).toEqual(out);
      }),
      { numRuns: 150 },
    );
  });
});
