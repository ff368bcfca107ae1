import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createUnitDirectory,
  isCatchAll,
  normalizeUnitName,
  resolveUnits,
  unitNameFn,
} from '../../src/core/unit/unit.ts';
import { defaultUnits } from '../../src/core/unit/unitDirectory.ts';
import { foldDashes, foldText, foldTonePlacement } from '../../src/core/text/text.ts';

// The starting directory, built afresh in each test: a directory keeps its index and nearest
// spellings once computed, so a shared one would hide from a test what another computed first.
function dir() {
  return createUnitDirectory(defaultUnits());
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

describe('resolveUnits: every unit spelling in the seeds', () => {
  it.each(spellings())('$spelling', ({ spelling, expected }) => {
    const got = resolveUnits(spelling, dir());
    expect(got.map((r) => (r.catchAll ? `*${r.name}` : r.name))).toEqual(expected);
    for (const r of got) expect(r.known || r.catchAll === true).toBe(true);
  });
});

describe('text helpers behind unit keys', () => {
  it('folds old and new tone placement, but leaves "quý" alone', () => {
    expect(foldTonePlacement('Văn hoá, Uỷ ban, thuỷ lợi, hoà')).toBe(
      'Văn hóa, Ủy ban, thủy lợi, hòa',
    );
    expect(foldTonePlacement('Quý II, hoàn thành, khuya')).toBe('Quý II, hoàn thành, khuya');
    expect(foldTonePlacement('hoá'.normalize('NFD'))).toBe('hóa');
  });

  it('folds dashes and diacritics for comparison', () => {
    expect(foldDashes('A – B — C − D')).toBe('A - B - C - D');
    expect(foldText('  Đổi  MỚI – Sáng tạo ')).toBe('doi moi - sang tao');
  });
});

describe('normalizeUnitName', () => {
  it('folds NFC, tone placement, dashes, "&", "xã", case and abbreviations to one key', () => {
    const key = 'phong van hoa xa hoi';
    for (const s of [
      'Phòng Văn hóa - Xã hội',
      'Phòng Văn hoá – Xã hội xã',
      'PHÒNG VĂN HÓA — XÃ HỘI',
      'Phòng VH-XH',
      'Phòng VH- XH xã',
      'Phòng VHXH',
      'P. VHXH',
      'Phòng Văn hóa - Xã hội (VHXH)',
      'Phòng Văn hóa - Xã hội'.normalize('NFD'),
    ])
      expect(normalizeUnitName(s)).toBe(key);
    const office = normalizeUnitName('Văn phòng HĐND và UBND');
    for (const s of ['Văn phòng HĐND&UBND', 'Văn phòng HĐND - UBND xã', 'VP HĐND-UBND'])
      expect(normalizeUnitName(s)).toBe(office);
    expect(normalizeUnitName('Uỷ ban MTTQ xã')).toBe(normalizeUnitName('Ủy ban MTTQ Việt Nam xã'));
  });
});

describe('splitting a cell', () => {
  it('keeps names that contain commas, dashes or "và" whole', () => {
    expect(resolveUnits('Các phòng, ban, ngành, đơn vị thuộc xã', dir())).toHaveLength(1);
    expect(resolveUnits('Trung tâm Văn hoá - Thể thao và Truyền thông xã', dir())).toHaveLength(1);
    expect(resolveUnits('Văn phòng HĐND và UBND', dir())).toHaveLength(1);
    expect(resolveUnits('Phòng Nông nghiệp và Môi trường', dir())).toHaveLength(1);
  });

  it('keeps an unknown name whole across "và" but splits unknown names at commas', () => {
    expect(resolveUnits('Sở Khoa học và Công nghệ', dir()).map((r) => r.name)).toEqual([
      'Sở Khoa học và Công nghệ',
    ]);
    expect(resolveUnits('Sở Tư pháp, Sở Nội vụ', dir()).map((r) => r.name)).toEqual([
      'Sở Tư pháp',
      'Sở Nội vụ',
    ]);
    expect(resolveUnits('Sở KH&CN và Phòng Kinh tế', dir()).map((r) => r.name)).toEqual([
      'Sở KH&CN',
      'Phòng Kinh tế',
    ]);
  });

  it('lists each unit once, with the text it came from', () => {
    const got = resolveUnits('Phòng VHXH; Phòng Văn hoá – Xã hội xã, CA xã', dir());
    expect(got).toEqual([
      { name: 'Phòng Văn hóa - Xã hội', known: true, input: 'Phòng VHXH' },
      { name: 'Công an xã', known: true, input: 'CA xã' },
    ]);
  });

  it('is empty for a blank cell', () => {
    expect(resolveUnits('  ;  , ', dir())).toEqual([]);
  });
});

describe('unknown names and catch-alls', () => {
  it('suggests the closest known unit', () => {
    const [r] = resolveUnits('Phòng Văn hóa', dir());
    expect(r).toEqual({
      name: 'Phòng Văn hóa',
      known: false,
      input: 'Phòng Văn hóa',
      suggestion: 'Phòng Văn hóa - Xã hội',
    });
    expect(resolveUnits('Công an huyen', dir())[0]?.suggestion).toBe('Công an xã');
    expect(resolveUnits('Sở Khoa học và Công nghệ', dir())[0]?.suggestion).toBeUndefined();
  });

  it('recognises catch-alls', () => {
    for (const s of [
      'Các phòng, ban, ngành, đơn vị có liên quan',
      'Các cơ quan, đơn vị có liên quan',
      'Các phòng, đơn vị trên địa bàn xã',
      'đơn vị có liên quan',
      'Các phòng, ban, ngành, đơn vị thuộc xã',
      'Các cơ quan, đơn vị trực thuộc UBND xã',
      // Two kinds of units or more, without "Các".
      'Ban, ngành, đoàn thể',
      'Ban, ngành, đoàn thể xã',
      'Cơ quan, đơn vị',
      'Phòng, ban chuyên môn',
    ])
      expect(isCatchAll(s)).toBe(true);
    for (const s of [
      'Ban',
      'Đơn vị',
      'Trên địa bàn xã',
      'Ban Chỉ huy Quân sự xã',
      'Phòng Kinh tế',
      'Các thôn',
      'Các tổ chức chính trị - xã hội',
      'Các cơ quan Đảng',
      'Phòng',
    ])
      expect(isCatchAll(s)).toBe(false);
    const [r] = resolveUnits('Các phòng, ban, ngành, đơn vị có liên quan', dir());
    expect(r).toMatchObject({ known: false, catchAll: true });
    // One group, not three unknown units "Ban", "Ngành", "Đoàn thể".
    expect(resolveUnits('Ban, ngành, đoàn thể xã; Phòng Kinh tế', dir())).toEqual([
      {
        name: 'Ban, ngành, đoàn thể xã',
        known: false,
        input: 'Ban, ngành, đoàn thể xã',
        catchAll: true,
      },
      { name: 'Phòng Kinh tế', known: true, input: 'Phòng Kinh tế' },
    ]);
  });

  it('gives catch-alls their usual wording', () => {
    expect(resolveUnits('các đơn vị liên quan', dir())[0]?.name).toBe('Các đơn vị có liên quan');
  });
});

describe('directories', () => {
  it('the default directory names the seed units with their roles', () => {
    const units = defaultUnits();
    const role = (name: string) => units.find((u) => u.name === name)?.role;
    expect(role('Phòng Văn hóa - Xã hội')).toBe('coordinator');
    expect(role('Các thôn')).toBe('village');
    expect(role('Trường THCS')).toBe('school');
    expect(role('Ủy ban MTTQ Việt Nam xã')).toBe('partner');
    expect(role('Công an xã')).toBe('unit');
    expect(units.filter((u) => u.role === 'coordinator')).toHaveLength(1);
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
    for (const u of units) expect(u.editors).toEqual([]);
  });

  it('every spelling of the default directory finds its own unit', () => {
    const all = dir();
    for (const u of defaultUnits())
      for (const s of [u.name, u.shortName ?? u.name, ...u.aliases])
        expect(all.find(s)?.name, s).toBe(u.name);
  });

  it('a commune directory with its own aliases', () => {
    const own = createUnitDirectory([
      { name: 'Phòng Văn hóa - Xã hội', role: 'coordinator', aliases: ['VP3'], editors: [] },
    ]);
    expect(resolveUnits('VP3', own)).toEqual([
      { name: 'Phòng Văn hóa - Xã hội', known: true, input: 'VP3' },
    ]);
    expect(resolveUnits('Công an xã', own)[0]?.known).toBe(false);
  });
});

describe('UNIT_NAME', () => {
  it('joins canonical names and explains unknown ones', () => {
    expect(unitNameFn('Phòng VH- XH xã; CA xã', dir())).toBe('Phòng Văn hóa - Xã hội; Công an xã');
    expect(unitNameFn('Phòng Văn hóa', dir())).toBe(
      'Không rõ đơn vị: Phòng Văn hóa (gần nhất: Phòng Văn hóa - Xã hội)',
    );
    expect(unitNameFn([['VHXH'], [''], ['Các cơ quan, đơn vị có liên quan']], dir())).toEqual([
      ['Phòng Văn hóa - Xã hội'],
      [''],
      ['Các cơ quan, đơn vị có liên quan'],
    ]);
  });
});

describe('properties', () => {
  const words = fc.constantFrom(
    'Phòng',
    'Văn hoá',
    '–',
    'Xã hội',
    'xã',
    ',',
    ';',
    'và',
    'Các',
    'phòng',
    'ban',
    'ngành',
    'đơn vị',
    'có liên quan',
    'HĐND&UBND',
    '(',
    ')',
    'CA',
    'P.',
  );

  it('resolveUnits never throws, and every name it gives is non-empty', () => {
    const starting = dir();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words, { maxLength: 15 }).map((w) => w.join(' ')),
        ),
        (text) => {
          for (const r of resolveUnits(text, starting)) {
            expect(r.name).not.toBe('');
            expect(r.known && r.catchAll).toBeFalsy();
          }
          unitNameFn(text, starting);
        },
      ),
      { numRuns: 500 },
    );
  });
});
