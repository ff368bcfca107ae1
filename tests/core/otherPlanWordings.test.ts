// Wordings from plans other than the seeds (tests/fixtures/wordings/other-plans.tsv): each with the
// meaning a Vietnamese reader gives it, written by hand.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../helpers/fixtures.ts';
import { parseDeadline } from '../../src/core/deadline/deadline.ts';
import { parseTarget } from '../../src/core/kpi/target.ts';
import { normalizeTarget } from '../../src/core/kpi/targetWrite.ts';
import { resolveUnits } from '../../src/core/unit/unit.ts';
import { defaultUnitDirectory } from '../../src/core/unit/unitDirectory.ts';

interface Wording {
  kind: string;
  text: string;
  issued: string;
  expected: string;
  meaning: string;
}

const WORDINGS: Wording[] = fixtureText('wordings/other-plans.tsv')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [kind = '', text = '', issued = '', expected = '', meaning = ''] = l.split('\t');
    return { kind, text, issued, expected, meaning };
  });

const of = (kind: string) => WORDINGS.filter((w) => w.kind === kind);

describe('wordings of other plans', () => {
  it('holds at least 30 wordings, each with its meaning', () => {
    expect(WORDINGS.length).toBeGreaterThanOrEqual(30);
    for (const w of WORDINGS) expect(w.meaning, w.text).not.toBe('');
  });

  it.each(of('target').map((w) => [w.text, w] as const))('target %s', (_t, w) => {
    const t = parseTarget(w.text);
    expect(t.kind, w.meaning).not.toBe('invalid');
    expect(normalizeTarget(t), w.meaning).toBe(w.expected);
  });

  it.each(of('deadline').map((w) => [w.text, w] as const))('deadline %s', (_t, w) => {
    const d = parseDeadline(w.text, w.issued !== '' ? { issued: w.issued } : {});
    const [kind = '', ...rest] = w.expected.split(' ');
    expect(d.kind, w.meaning).toBe(kind);
    if (d.kind === 'invalid') {
      expect(d.message.startsWith(rest.join(' ')), `${d.message} — ${w.meaning}`).toBe(true);
      return;
    }
    const fields = Object.fromEntries(rest.map((kv) => kv.split('=')));
    const got: Record<string, string> = {};
    if (d.kind === 'date') got.due = d.due;
    if (d.kind === 'date' && d.every) got.every = d.every;
    if (d.kind === 'recurring') {
      got.every = d.every;
      if (d.month !== undefined) got.month = String(d.month);
      if (d.day !== undefined) got.day = String(d.day);
    }
    expect(got, w.meaning).toEqual(fields);
  });

  it.each(of('unit').map((w) => [w.text, w] as const))('unit %s', (_t, w) => {
    const names = resolveUnits(w.text, defaultUnitDirectory()).map(
      (u) => `${u.name}${u.wellKnown ? '+' : ''}${u.title ? '^' : ''}`,
    );
    expect(names.join('; '), w.meaning).toBe(w.expected);
  });
});
