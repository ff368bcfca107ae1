// How much work resolving a cell takes, counted rather than timed (issue 13: a 50,000-character
// cell resolves in well under a second, and a directory is indexed once). The directory is an
// interface, so each test wraps a real one in a directory that counts how often it is consulted;
// the rows of the sheet count how often their spellings are read. Every expected count is derived
// by hand in the comment above it from the rule the splitter follows: each piece between "," and
// "và" is looked up alone, and joined with the pieces before it up to the most pieces a spelling
// or a title has (4 for the starting directory: "Phó Chủ tịch UBND xã phụ trách văn hóa, giáo dục,
// y tế và xã hội" is one title of 4 pieces, and no spelling has more); longer joins are looked up
// only when every piece is a kind of unit joined by commas (a catch-all), and never when longer
// than 300 characters (or three times the longest spelling and 60, if more).
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
    calls.find = 0;
    // The same after a semicolon, with a space before the comma: one look-up for each name.
    expect(resolveUnits('Phòng Kinh tế; , Công an xã', dir).map((r) => r.name)).toEqual([
      'Phòng Kinh tế',
      'Công an xã',
    ]);
    expect(calls.find).toBe(2);
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

describe('a sheet with a very long spelling', () => {
  it('looks up joins up to three times its length and 60 more', () => {
    // A commune listing the province's steering committee as a body outside it (seed 004's name).
    const board =
      'Ban Chỉ đạo của UBND tỉnh Ninh Bình về phát triển khoa học, công nghệ, đổi mới sáng tạo, ' +
      'chuyển đổi số và Đề án 06';
    const units: Unit[] = [
      ...defaultUnits(),
      { name: board, role: 'partner', aliases: [], editors: [] },
    ];
    // Its key, without "và": ban chi dao cua ubnd tinh ninh binh ve phat trien khoa hoc cong nghe
    // doi moi sang tao chuyen doi so de an 06, 84 letters and digits.
    expect(createUnitDirectory(units).longestKey()).toBe(84);
    const { dir, calls } = counting(units);
    expect(resolveUnits(board, dir).map((r) => r.name)).toEqual([board]);
    calls.find = 0;
    const names = [longName(1, 153), longName(2, 153), longName(3, 153)];
    expect(resolveUnits(names.join(', '), dir).map((r) => r.name)).toEqual(names);
    // Joins up to 3 × 84 + 60 = 312 characters are looked up: each name alone (3) and two joined
    // (153 + 2 + 153 = 308, twice); three joined (463) are not.
    expect(calls.find).toBe(3 + 2);
  });
});

describe('catch-alls longer than four pieces', () => {
  it('a list of kinds of units is looked up joined up to eight pieces', () => {
    const { dir, calls } = counting();
    const cell =
      'Các phòng, ban, ngành, đoàn thể, đơn vị, cơ quan, tổ chức, bộ phận, trường học, nhà ' +
      'trường có liên quan';
    // Ten pieces are more than one name holds: two groups.
    expect(resolveUnits(cell, dir).map((r) => r.catchAll)).toEqual([true, true]);
    // Ten pieces, each a kind of unit: each piece is looked up joined with the up to seven
    // before it (1 + 2 + … + 8 for the first eight, 8 for each of the last two); more than eight
    // pieces are never one name.
    expect(calls.find).toBe(36 + 8 + 8);
  });

  it('bodies after a group are not joined with it beyond four pieces', () => {
    const { dir, calls } = counting();
    const cell =
      'Các tổ chức đoàn thể, Hội Nông dân xã, Hội Cựu chiến binh xã, Hội Liên hiệp Phụ nữ xã, ' +
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã';
    expect(resolveUnits(cell, dir).map((r) => r.name)).toEqual([
      'Các tổ chức chính trị - xã hội',
      'Hội Nông dân xã',
      'Hội Cựu chiến binh xã',
      'Hội Liên hiệp Phụ nữ xã',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã',
    ]);
    // 1 + 2 + 3 + 4 for the first four pieces, 4 for the fifth: the five joined start with a group
    // but go on with "Hội…", no kind of unit, so they are not looked up.
    expect(calls.find).toBe(10 + 4);
  });

  it('a group after words that are no kind of unit is not joined beyond four pieces', () => {
    const { dir, calls } = counting();
    resolveUnits('Thủ trưởng các phòng, ban, ngành, đoàn thể, đơn vị trực thuộc', dir);
    // Five pieces: all joins of up to four (1 + 2 + 3 + 4 + 4); the five joined start with
    // "Thủ trưởng", no kind of unit, so they are not looked up.
    expect(calls.find).toBe(14);
    calls.find = 0;
    // The same without "các": "Thủ" is still no kind of unit, though "trưởng cơ quan" would be.
    resolveUnits('Thủ trưởng cơ quan, ban, ngành, đoàn thể, đơn vị', dir);
    expect(calls.find).toBe(14);
  });

  it('a list of kinds of units that trails off with "…" is one group', () => {
    const { dir, calls } = counting();
    const cell = 'Các phòng, ban, ngành, đoàn thể, đơn vị, …';
    expect(resolveUnits(cell, dir)).toEqual([
      { name: cell, known: false, input: cell, catchAll: true },
    ]);
    // Six pieces, "…" among them (no word, so nothing that is not a kind of unit): every join of
    // up to six is looked up, 1 + 2 + 3 + 4 + 5 + 6.
    expect(calls.find).toBe(21);
  });
});

describe('a spelling of the sheet with a comma before "và"', () => {
  it('counts its pieces without the empty one between the comma and "và"', () => {
    const alias = 'Các thôn, bản, làng, khu phố, và tổ dân phố';
    const units = defaultUnits().map((u) =>
      u.name === 'Các thôn' ? { ...u, aliases: [...u.aliases, alias] } : u,
    );
    const { dir, calls } = counting(units);
    expect(resolveUnits(alias, dir).map((r) => r.name)).toEqual(['Các thôn']);
    calls.find = 0;
    const names = cooperatives(12);
    expect(resolveUnits(names.join(', '), dir).map((r) => r.name)).toEqual(names);
    // The alias has five pieces (thôn, bản, làng, khu phố, tổ dân phố), so names are now joined
    // up to five: 1 + 2 + 3 + 4 for the first four, 5 for each of the eight others.
    expect(calls.find).toBe(10 + 5 * 8);
  });
});

describe('the nearest unit of a very long name is not searched', () => {
  it('up to five times the longest spelling it is, beyond it is not', () => {
    // A commune's sheet of two villages: the longest spelling is "thon1", 5 letters.
    const rows = ['Thôn 1', 'Thôn 2'].map((name) => ({
      name,
      role: 'village' as const,
      aliases: [],
      editors: [],
    }));
    const { dir, calls } = counting(rows);
    // "hoptacxa" + "nongnghiep" + "tantien": 8 + 10 + 7 = 25 letters, five times 5.
    expect(resolveUnits('Hợp tác xã nông nghiệp Tân Tiến', dir)).toEqual([
      {
        name: 'Hợp tác xã nông nghiệp Tân Tiến',
        known: false,
        input: 'Hợp tác xã nông nghiệp Tân Tiến',
      },
    ]);
    expect(calls.closest).toBe(1);
    // One letter more: 26.
    expect(resolveUnits('Hợp tác xã nông nghiệp Tân Tiến 2', dir)[0]?.name).toBe(
      'Hợp tác xã nông nghiệp Tân Tiến 2',
    );
    expect(calls.closest).toBe(1);
  });
});

describe('a cell of 54,000 characters', () => {
  it('costs four look-ups per name', () => {
    const { dir, calls } = counting();
    const names = Array.from(
      { length: 1000 },
      (_, k) => `Hợp tác xã dịch vụ nông nghiệp tổng hợp thôn số ${1000 + k}`,
    );
    const cell = names.join(', ');
    // A name is 41 letters and digits and 11 spaces (52 characters), and 2 for ", " between names.
    expect(cell.length).toBe(1000 * 54 - 2);
    const got = resolveUnits(cell, dir);
    expect(got.map((r) => r.name)).toEqual(names);
    // 1 + 2 + 3 + 4 × 997 = 4 × 1000 − 6.
    expect(calls.find).toBe(3994);
    expect(calls.closest).toBe(1000);
    expect(calls.longestKey).toBe(1001);
  });
});
