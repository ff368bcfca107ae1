// How much work resolving a cell takes, counted rather than timed (issue 13: a 50,000-character
// cell resolves in well under a second, and a directory is indexed once). The directory is an
// interface, so each test wraps a real one in a directory that counts how often it is consulted;
// the rows of the sheet count how often their spellings are read. Every expected count is derived
// by hand in the comment above it from the rule the splitter follows: each piece between "," and
// "và" is looked up alone, and joined with the pieces before it up to the most pieces a spelling
// or a title has (4 for the starting directory: "Phó Chủ tịch UBND xã phụ trách văn hóa, giáo dục,
// y tế và xã hội" is one title of 4 pieces, and no spelling has more); longer joins are looked up
// only when every piece is a kind of unit joined by commas (a catch-all), and never when longer
// than 300 characters.
import { describe, expect, it } from 'vitest';
import {
  createUnitDirectory,
  resolveUnits,
  type Unit,
  type UnitDirectory,
} from '../../src/core/unit/unit.ts';
import { defaultUnits } from '../../src/core/unit/unitDirectory.ts';

interface Calls {
  find: number;
  closest: number;
  longestKey: number;
  units: number;
}

/** A real directory over `units`, wrapped so that every consultation is counted. */
function counting(units: readonly Unit[] = defaultUnits()): { dir: UnitDirectory; calls: Calls } {
  const inner = createUnitDirectory(units);
  const calls: Calls = { find: 0, closest: 0, longestKey: 0, units: 0 };
  const dir: UnitDirectory = {
    get units() {
      calls.units++;
      return inner.units;
    },
    find: (text) => {
      calls.find++;
      return inner.find(text);
    },
    closest: (text, within) => {
      calls.closest++;
      return inner.closest(text, within);
    },
    longestKey: () => {
      calls.longestKey++;
      return inner.longestKey();
    },
  };
  return { dir, calls };
}

/** "Hợp tác xã số 1, Hợp tác xã số 2, …": `n` cooperatives no directory knows. */
function cooperatives(n: number, from = 1): string[] {
  return Array.from({ length: n }, (_, k) => `Hợp tác xã số ${from + k}`);
}

describe('a cell of names no directory knows, separated by commas', () => {
  it('looks each name up alone and joined with at most the three before it', () => {
    const { dir, calls } = counting();
    const names = cooperatives(12);
    const got = resolveUnits(names.join(', '), dir);
    expect(got.map((r) => r.name)).toEqual(names);
    // The k-th piece is looked up alone and joined with the 1, 2, 3 before it (a join of 4
    // pieces), as far as there are pieces before it: 1 + 2 + 3 for the first three, 4 for each
    // of the nine others. A cooperative is no kind of unit, so no join of 5 or more is read.
    expect(calls.find).toBe(1 + 2 + 3 + 4 * 9);
    // The nearest unit is searched once per unknown name, and the longest spelling is asked once
    // for the cell and once per unknown name (is it worth searching?).
    expect(calls.closest).toBe(12);
    expect(calls.longestKey).toBe(1 + 12);
  });

  it('four times the names cost four times the look-ups, give or take the first three', () => {
    const { dir, calls } = counting();
    const names = cooperatives(48);
    expect(resolveUnits(names.join(', '), dir).map((r) => r.name)).toEqual(names);
    // 1 + 2 + 3 + 4 × 45 = 186 = 4 × 48 − 6, against 4 × 12 − 6 = 42 for 12 names.
    expect(calls.find).toBe(186);
    expect(calls.closest).toBe(48);
  });
});

describe('a directory is indexed once', () => {
  it('reads each row’s spellings twice however many cells it resolves', () => {
    // Rows of the starting sheet whose aliases count how often they are read.
    let reads = 0;
    const rows = defaultUnits().map((u) => {
      const aliases = u.aliases;
      return {
        ...u,
        get aliases() {
          reads++;
          return aliases;
        },
      };
    });
    const { dir, calls } = counting(rows);
    const cells = [
      'Phòng VH-XH',
      'Công an xã, Trạm Y tế xã',
      'Phòng Văn hóa',
      'Các phòng, ban, ngành, đơn vị có liên quan',
      'VP HĐND-UBND và Phòng Kinh tế',
    ];
    expect(resolveUnits(cells[0] ?? '', dir).map((r) => r.name)).toEqual([
      'Phòng Văn hóa - Xã hội',
    ]);
    // 21 rows: each row's aliases are read once to build the lookup index and once to learn the
    // most pieces a spelling has.
    expect(reads).toBe(2 * 21);
    for (let round = 0; round < 10; round++) for (const cell of cells) resolveUnits(cell, dir);
    expect(reads).toBe(2 * 21);
    // The list of rows itself is asked for once, for the most pieces.
    expect(calls.units).toBe(1);
  });
});

describe('pieces that need no look-up', () => {
  it('a stray comma before the first name', () => {
    const { dir, calls } = counting();
    expect(resolveUnits(', Công an xã', dir)).toEqual([
      { name: 'Công an xã', known: true, input: 'Công an xã' },
    ]);
    // Nothing before the comma: "Công an xã" is the only piece, looked up once.
    expect(calls.find).toBe(1);
  });

  it('a name written twice is looked up once', () => {
    const { dir, calls } = counting();
    expect(resolveUnits('Công an xã, Công an xã, Công an xã', dir)).toEqual([
      { name: 'Công an xã', known: true, input: 'Công an xã' },
    ]);
    // "Công an xã" (the first piece, then the same text again twice), the two pieces joined
    // (twice the same text), and the three joined: 3 different texts.
    expect(calls.find).toBe(3);
  });
});

/** An unknown name of exactly `length` characters: "Hợp tác xã k " padded with letters. */
function longName(k: number, length: number): string {
  return `Hợp tác xã ${k} `.padEnd(length, 'x');
}

describe('joins longer than 300 characters are never looked up', () => {
  it('two names of 149 characters joined make 300 and are looked up; three are not', () => {
    const { dir, calls } = counting();
    const names = [longName(1, 149), longName(2, 149), longName(3, 149)];
    expect(names.map((n) => n.length)).toEqual([149, 149, 149]);
    expect(resolveUnits(names.join(', '), dir).map((r) => r.name)).toEqual(names);
    // Each name alone (3), the first two and the last two joined (149 + 2 + 149 = 300, 2); the
    // three joined (451 characters) are not looked up.
    expect(calls.find).toBe(3 + 2);
  });

  it('a name longer than 300 characters is still looked up alone', () => {
    const { dir, calls } = counting();
    const name = longName(1, 320);
    expect(resolveUnits(`Công an xã, ${name}`, dir).map((r) => r.name)).toEqual([
      'Công an xã',
      name,
    ]);
    // "Công an xã" and the long name alone; joined they are 332 characters.
    expect(calls.find).toBe(2);
    // Its key (well over five times the 34 letters of the longest spelling) is not searched for a
    // nearest unit.
    expect(calls.closest).toBe(0);
  });

  it('notes in parentheses do not count towards the 300', () => {
    const { dir, calls } = counting();
    // 140 characters, a space and "(phối hợp)": 151 characters, 141 without the note.
    const names = [1, 2, 3].map((k) => `${longName(k, 140)} (phối hợp)`);
    expect(names.map((n) => n.length)).toEqual([151, 151, 151]);
    expect(resolveUnits(names.join(', '), dir).map((r) => r.name)).toEqual(names);
    // Each alone (3); two joined are 304 characters, 284 without their notes (2); three joined
    // are 457, 427 without their notes.
    expect(calls.find).toBe(3 + 2);
  });
});
