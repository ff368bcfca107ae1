import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAppendix, type ImportResult } from '../../src/core/appendix/appendix.ts';
import {
  checkSixClear,
  summarizeSixClear,
  type SixClearResult,
  type SixClearTask,
} from '../../src/core/sixClear.ts';
import type { UnitDirectory } from '../../src/core/unit/unit.ts';
import { defaultUnitDirectory } from '../../src/core/unit/unitDirectory.ts';

const directory = defaultUnitDirectory();

/** Every task of an import checked, as the sheet check does row by row. */
function checkImportSixClear(result: ImportResult, dir: UnitDirectory): SixClearResult[] {
  return result.tasks.map((task) => ({
    task,
    issues: checkSixClear(task, { layout: result.layout, directory: dir }),
  }));
}

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/appendix/${name}`, import.meta.url), 'utf8');
}

const clearTask: SixClearTask = {
  content: 'Số hóa hồ sơ hộ tịch',
  lead: ['Văn phòng HĐND và UBND'],
  deadline: { kind: 'date', raw: 'Năm 2026' },
  output: 'Cơ sở dữ liệu hộ tịch',
};

describe('checkSixClear', () => {
  it('a task clear on all six points has no issues', () => {
    expect(checkSixClear(clearTask, { layout: 'sau-ro', directory })).toEqual([]);
  });

  it('flags each unclear point with its column and a Vietnamese message', () => {
    const issues = checkSixClear(
      {
        content: ' ',
        lead: [],
        deadline: { kind: 'invalid', raw: '', message: 'Chưa có thời hạn' },
      },
      { layout: 'sau-ro', directory },
    );
    expect(issues.map((i) => [i.point, i.field])).toEqual([
      ['việc', 'content'],
      ['người', 'leadUnit'],
      ['thời gian', 'deadline'],
      ['trách nhiệm', 'leadUnit'],
      ['sản phẩm', 'output'],
    ]);
    expect(issues[2]?.message).toBe('Chưa rõ thời gian: Chưa có thời hạn');
  });

  it('several leads leave accountability unclear', () => {
    const issues = checkSixClear(
      { ...clearTask, lead: ['Phòng Văn hóa - Xã hội', 'Phòng Kinh tế'] },
      { layout: 'phu-luc', directory },
    );
    expect(issues).toEqual([
      {
        point: 'trách nhiệm',
        field: 'leadUnit',
        message:
          'Chưa rõ trách nhiệm: 2 đơn vị cùng chủ trì (Phòng Văn hóa - Xã hội; Phòng Kinh tế), cần một đơn vị chịu trách nhiệm chính',
      },
    ]);
  });

  it('a lead outside the directory leaves authority unclear', () => {
    const issues = checkSixClear(
      { ...clearTask, lead: ['Sở Khoa học và Công nghệ'] },
      {
        layout: 'phu-luc',
        directory,
      },
    );
    expect(issues.map((i) => i.point)).toEqual(['thẩm quyền']);
  });

  it('the output is required only where the layout has one', () => {
    const { output: _output, ...noOutput } = clearTask;
    expect(checkSixClear(noOutput, { layout: 'phu-luc', directory })).toEqual([]);
    expect(checkSixClear(noOutput, { layout: 'sau-ro', directory }).map((i) => i.point)).toEqual([
      'sản phẩm',
    ]);
  });

  it('a general task is checked for its wording only', () => {
    const general: SixClearTask = {
      content: 'Hoàn thiện thể chế',
      lead: [],
      deadline: { kind: 'invalid', raw: '' },
      output: '',
      level: 'general',
    };
    expect(checkSixClear(general, { layout: 'sau-ro', directory })).toEqual([]);
  });

  it('a conditional deadline is still a deadline', () => {
    const t = {
      ...clearTask,
      deadline: { kind: 'conditional', raw: 'Khi có văn bản của cấp trên' },
    };
    expect(checkSixClear(t, { layout: 'sau-ro', directory })).toEqual([]);
  });
});

/** Seed 001 imported and checked afresh, and the issues of one of its tasks. */
function seed001() {
  const results = checkImportSixClear(importAppendix(fixture('seed-001-plan.txt')), directory);
  const issuesOf = (code: string) => results.find((r) => r.task.code === code)?.issues ?? [];
  return { results, issuesOf };
}

describe('seed 001', () => {
  it('flags VI.2 (catch-all lead) on who and accountability', () => {
    const { issuesOf } = seed001();
    expect(issuesOf('VI.2').map((i) => i.point)).toEqual(['người', 'trách nhiệm']);
    expect(issuesOf('VI.2')[0]?.message).toBe(
      'Chưa rõ người: «Các phòng, ban, ngành, đơn vị có liên quan» là cách ghi chung, cần ghi một đơn vị cụ thể',
    );
  });

  it('flags III.20 (no deadline) on time only', () => {
    const { issuesOf } = seed001();
    expect(issuesOf('III.20')).toEqual([
      { point: 'thời gian', field: 'deadline', message: 'Chưa rõ thời gian: Chưa có thời hạn' },
    ]);
  });

  it('flags III.8 (two leads) on accountability; the other tasks are clear', () => {
    const { results, issuesOf } = seed001();
    expect(issuesOf('III.8').map((i) => i.point)).toEqual(['trách nhiệm']);
    const unclear = results.filter((r) => r.issues.length > 0).map((r) => r.task.code);
    expect(unclear).toEqual(['III.8', 'III.20', 'VI.2']);
  });

  it('summarizes per lead unit', () => {
    const { results } = seed001();
    const summary = summarizeSixClear(results);
    const of = (unit: string) => summary.find((s) => s.unit === unit);
    expect(of('Phòng Văn hóa - Xã hội')).toMatchObject({ tasks: 17, clear: 16 });
    expect(of('Phòng Kinh tế')).toMatchObject({ tasks: 5, clear: 3 });
    expect(of('Phòng Kinh tế')?.missing).toMatchObject({ 'thời gian': 1, 'trách nhiệm': 1 });
    expect(of('Các phòng, ban, ngành, đơn vị có liên quan')).toMatchObject({
      tasks: 1,
      clear: 0,
      missing: { người: 1, 'trách nhiệm': 1 },
    });
    expect(summary.reduce((n, s) => n + s.tasks, 0)).toBe(35); // III.8 counts for both leads
  });
});

describe('seed 003', () => {
  it('flags the sub-tasks led by a catch-all', () => {
    const result = importAppendix(fixture('seed-003-plan.txt'));
    const unclear = checkImportSixClear(result, directory)
      .filter((r) => r.issues.length > 0)
      .map((r) => [r.task.code, r.issues.map((i) => i.point)]);
    expect(unclear).toEqual([
      ['I.1.a', ['người', 'trách nhiệm']],
      ['IV.1.a', ['người', 'trách nhiệm']],
    ]);
  });
});
