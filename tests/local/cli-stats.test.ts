// sauro … --stats: every command can print its service calls by method and the real time they
// would take at 50 ms a call, as one JSON line on stderr (issue 13 reads it too).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sauro } from '../helpers/cli.ts';

const SEED = new URL('../fixtures/appendix/seed-001-plan.txt', import.meta.url).pathname;

interface Stats {
  calls: number;
  byMethod: Record<string, number>;
  projectedSeconds: number;
  customFunctionCalls: number;
}

function statsOf(stderr: string): Stats {
  const line = stderr.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Stats;
}

describe('sauro --stats', () => {
  it('prints the calls of an action by method and their projected time, and keeps stdout as it was', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sauro-stats-')), 'plan.xlsx');
    const imported = await sauro('import', '--text', SEED, '--workbook', file, '--stats');
    expect(imported.code).toBe(0);
    // The plan's custom-function columns compute after the import writes them: Sheets runs them
    // as executions of their own, so they are counted apart from the action's calls.
    const own = statsOf(imported.stderr);
    expect(own.customFunctionCalls).toBeGreaterThan(0);
    expect(own.calls).toBe(Object.values(own.byMethod).reduce((a, b) => a + b, 0));
    const plain = await sauro('distribute', '--workbook', file, '--period', '2025-Q3');
    const r = await sauro('distribute', '--workbook', file, '--period', '2025-Q3', '--stats');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.replace(/"created": (true|false)/g, '')).toBe(
      plain.stdout.replace(/"created": (true|false)/g, ''),
    );
    const stats = statsOf(r.stderr);
    expect(Object.keys(stats)).toEqual([
      'calls',
      'byMethod',
      'projectedSeconds',
      'customFunctionCalls',
    ]);
    const sum = Object.values(stats.byMethod).reduce((a, b) => a + b, 0);
    expect(stats.calls).toBe(sum);
    expect(stats.calls).toBeGreaterThan(50);
    expect(stats.byMethod['SpreadsheetApp.getActiveSpreadsheet']).toBeGreaterThanOrEqual(1);
    expect(stats.projectedSeconds).toBe(Math.round(stats.calls * 0.5) / 10);
  }, 120_000);

  it('works on commands that read text only, and takes no value', async () => {
    const ok = await sauro('deadline', 'Quý II/2026', '--stats');
    expect(ok.code).toBe(0);
    expect(statsOf(ok.stderr).calls).toBeGreaterThanOrEqual(0);
    const bad = await sauro('templates', '--stats', 'yes');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--stats takes no value');
  }, 60_000);
});
