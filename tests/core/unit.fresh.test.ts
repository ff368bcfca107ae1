// The seed spellings again, each test on freshly loaded unit modules: unit.ts keeps its keys,
// catch-all wordings and the default directory's index once built, so a test that shares the
// modules another test loaded would not see a change to those rules (mutation testing makes
// them). Expected names are the seed file's, written by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

async function freshUnits() {
  vi.resetModules();
  const unit = await import('../../src/core/unit/unit.ts');
  const { defaultUnitDirectory } = await import('../../src/core/unit/unitDirectory.ts');
  return { ...unit, dir: defaultUnitDirectory() };
}

function spellings(): Array<{ spelling: string; expected: string[] }> {
  const url = new URL('../fixtures/units/seed-spellings.tsv', import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [spelling = '', expected = ''] = l.split('\t');
      return { spelling, expected: expected.split('; ') };
    });
}

describe('unit names on freshly loaded modules', () => {
  it('every unit spelling of the seeds gives its canonical names', async () => {
    const { resolveUnits, dir } = await freshUnits();
    for (const { spelling, expected } of spellings())
      expect([
        spelling,
        resolveUnits(spelling, dir).map((r) => (r.catchAll ? `*${r.name}` : r.name)),
      ]).toEqual([spelling, expected]);
  });

  it('catch-all wordings, a misspelt unit and an unknown one', async () => {
    const { resolveUnits, unitNameFn, dir } = await freshUnits();
    expect(resolveUnits('các phòng ban ngành, đơn vị liên quan', dir)).toEqual([
      {
        name: 'Các phòng, ban, ngành, đơn vị có liên quan',
        known: false,
        input: 'Các phòng ban ngành, đơn vị liên quan',
        catchAll: true,
      },
    ]);
    expect(unitNameFn('Phòng Kinh tê; Hợp tác xã Tân Tiến', dir)).toBe(
      'Phòng Kinh tế; Không rõ đơn vị: Hợp tác xã Tân Tiến',
    );
  });
});
