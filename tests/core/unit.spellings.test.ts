// Unit names as a commune's own "Đơn vị" sheet and its plans write them: abbreviations the sheet
// does not list, notes in parentheses, villages named "… Nam" or "Việt …", typos of a known name,
// long aliases, and cells that name nobody. Each test builds its own directory, so nothing one
// test computes (a lookup index, the nearest spellings) is reused by another.
import { describe, expect, it } from 'vitest';
import {
  createUnitDirectory,
  isCatchAll,
  normalizeUnitName,
  resolveUnits,
} from '../../src/core/unit/unit.ts';
import { defaultUnits } from '../../src/core/unit/unitDirectory.ts';

/** The starting directory, built afresh. */
function starting() {
  return createUnitDirectory(defaultUnits());
}

/** A commune's own directory: [name, short name, aliases] per row of the "Đơn vị" sheet. */
function own(rows: Array<[name: string, shortName?: string, aliases?: string[]]>) {
  return createUnitDirectory(
    rows.map(([name, shortName, aliases]) => ({
      name,
      role: 'unit' as const,
      aliases: aliases ?? [],
      editors: [],
      ...(shortName !== undefined ? { shortName } : {}),
    })),
  );
}

describe('abbreviations the commune’s sheet does not list', () => {
  it('"VP", "BCH QS", "TT DVTH" are read as the full names', () => {
    const dir = own([
      ['Văn phòng HĐND và UBND'],
      ['Ban Chỉ huy Quân sự xã'],
      ['Trung tâm Dịch vụ tổng hợp'],
    ]);
    expect(resolveUnits('VP HĐND-UBND; BCH QS xã; TT DVTH', dir)).toEqual([
      { name: 'Văn phòng HĐND và UBND', known: true, input: 'VP HĐND-UBND' },
      { name: 'Ban Chỉ huy Quân sự xã', known: true, input: 'BCH QS xã' },
      { name: 'Trung tâm Dịch vụ tổng hợp', known: true, input: 'TT DVTH' },
    ]);
  });

  it('the Front written in full is the sheet’s "Ủy ban MTTQ xã"', () => {
    const dir = own([['Ủy ban MTTQ xã']]);
    expect(resolveUnits('Ủy ban Mặt trận Tổ quốc Việt Nam xã', dir)).toEqual([
      { name: 'Ủy ban MTTQ xã', known: true, input: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã' },
    ]);
  });

  it('the comparison keys the CLI report matches unit names by', () => {
    expect(normalizeUnitName('UB MTTQ VN xã')).toBe('uy ban mat tran to quoc');
    expect(normalizeUnitName('VP HĐND-UBND')).toBe('van phong hdnd ubnd');
    expect(normalizeUnitName('BCH QS xã')).toBe('ban chi huy quan su');
    expect(normalizeUnitName('TT DVTH')).toBe('trung tam dich vu tong hop');
    expect(normalizeUnitName('Phòng Nông nghiệp and Môi trường')).toBe(
      'phong nong nghiep moi truong',
    );
    expect(normalizeUnitName('Đề nghị Công an xã')).toBe('cong an');
    expect(normalizeUnitName('Trên địa bàn xã')).toBe('tren dia ban');
    // "P", "TT", "CA" are "Phòng", "Trung tâm", "Công an" only as a name's first word.
    expect(normalizeUnitName('P. Kinh tế')).toBe('phong kinh te');
    expect(normalizeUnitName('Trung tâm VH-TT&TT')).toBe('trung tam van hoa tt tt');
    expect(normalizeUnitName('Mặt trận Tổ quốc Việt Nam')).toBe('mat tran to quoc');
  });
});

describe('words that are not a unit’s', () => {
  it('a note in parentheses typed without spaces around it', () => {
    expect(resolveUnits('Trạm Y tế(TYT)xã', starting())).toEqual([
      { name: 'Trạm Y tế xã', known: true, input: 'Trạm Y tế(TYT)xã' },
    ]);
  });

  it('a cell that is only a note names no unit of the directory', () => {
    expect(resolveUnits('(chủ trì)', starting())).toEqual([
      { name: '(chủ trì)', known: false, input: '(chủ trì)' },
    ]);
    expect(resolveUnits('Việt Nam', starting())).toEqual([
      { name: 'Việt Nam', known: false, input: 'Việt Nam' },
    ]);
  });

  it('"Các" alone is no group of units', () => {
    expect(isCatchAll('Các')).toBe(false);
    expect(resolveUnits('các', starting())).toEqual([{ name: 'Các', known: false, input: 'Các' }]);
  });

  it('a cell that is not text names nobody', () => {
    expect(resolveUnits(undefined as unknown as string, starting())).toEqual([]);
    expect(resolveUnits(42 as unknown as string, starting())).toEqual([]);
  });
});

describe('villages are not "Các thôn"', () => {
  it('"Thôn Hòa Nam" and "Thôn Việt Hưng" stay the villages written, with nothing suggested', () => {
    expect(resolveUnits('Thôn Hòa Nam; Thôn Việt Hưng', starting())).toEqual([
      { name: 'Thôn Hòa Nam', known: false, input: 'Thôn Hòa Nam' },
      { name: 'Thôn Việt Hưng', known: false, input: 'Thôn Việt Hưng' },
    ]);
  });

  it('a commune’s villages, each its own unit', () => {
    const dir = own([['Thôn Hòa Nam'], ['Thôn Hòa'], ['Thôn Việt Hưng'], ['Thôn Hưng']]);
    expect(resolveUnits('Thôn Hòa; Thôn Hưng; Thôn Việt Hưng; Thôn Hòa Nam', dir)).toEqual([
      { name: 'Thôn Hòa', known: true, input: 'Thôn Hòa' },
      { name: 'Thôn Hưng', known: true, input: 'Thôn Hưng' },
      { name: 'Thôn Việt Hưng', known: true, input: 'Thôn Việt Hưng' },
      { name: 'Thôn Hòa Nam', known: true, input: 'Thôn Hòa Nam' },
    ]);
  });
});

describe('a body that is not the commune’s unit', () => {
  it('the HĐND’s "Ban Văn hóa - Xã hội" is not the Phòng, which is only suggested', () => {
    expect(resolveUnits('Ban Văn hóa - Xã hội', starting())).toEqual([
      {
        name: 'Ban Văn hóa - Xã hội',
        known: false,
        input: 'Ban Văn hóa - Xã hội',
        suggestion: 'Phòng Văn hóa - Xã hội',
      },
    ]);
  });

  it('a well-known body after a unit is kept whole across its commas', () => {
    expect(resolveUnits('Công an xã, Phòng Văn hóa, Khoa học và Thông tin', starting())).toEqual([
      { name: 'Công an xã', known: true, input: 'Công an xã' },
      {
        name: 'Phòng Văn hóa, Khoa học và Thông tin',
        known: false,
        input: 'Phòng Văn hóa, Khoa học và Thông tin',
        wellKnown: true,
      },
    ]);
  });

  it('a Vice-Chairman in charge of four fields is one title', () => {
    const cell = 'Phó Chủ tịch UBND xã phụ trách văn hóa, giáo dục, y tế và xã hội';
    expect(resolveUnits(cell, starting())).toEqual([
      { name: 'Phó Chủ tịch UBND xã', known: false, input: cell, title: true },
    ]);
  });
});

describe('a spelling of the sheet with five pieces', () => {
  it('is read whole, alone or after another unit', () => {
    const alias = 'Thôn, bản, làng, tổ dân phố, khu phố';
    const dir = own([['Phòng Kinh tế'], ['Các thôn', undefined, [alias]]]);
    expect(resolveUnits(alias, dir)).toEqual([{ name: 'Các thôn', known: true, input: alias }]);
    expect(resolveUnits(`Phòng Kinh tế, ${alias}`, dir)).toEqual([
      { name: 'Phòng Kinh tế', known: true, input: 'Phòng Kinh tế' },
      { name: 'Các thôn', known: true, input: alias },
    ]);
  });
});

describe('a long catch-all', () => {
  it('of eight pieces and 172 characters stays one group', () => {
    const cell =
      'Các phòng chuyên môn, ban chuyên môn, ngành chuyên môn, đơn vị chuyên môn, cơ quan chuyên ' +
      'môn, tổ chức đoàn thể, bộ phận chuyên môn, nhà trường trên địa bàn xã có liên quan';
    expect(resolveUnits(cell, starting())).toEqual([
      { name: cell, known: false, input: cell, catchAll: true },
    ]);
  });
});

describe('two rows of the sheet with the same spelling', () => {
  it('the upper row’s unit is the one named', () => {
    const dir = own([
      ['Văn phòng HĐND và UBND', undefined, ['Văn phòng']],
      ['Văn phòng Đảng ủy xã', undefined, ['Văn phòng']],
    ]);
    expect(resolveUnits('Văn phòng', dir)).toEqual([
      { name: 'Văn phòng HĐND và UBND', known: true, input: 'Văn phòng' },
    ]);
  });
});

describe('typos and the nearest unit', () => {
  it('"Viettle" and "VNTP", two letters off, suggest the telecom companies', () => {
    expect(resolveUnits('Viettle; VNTP', starting())).toEqual([
      {
        name: 'Viettle',
        known: false,
        input: 'Viettle',
        suggestion: 'Các doanh nghiệp viễn thông',
      },
      { name: 'VNTP', known: false, input: 'VNTP', suggestion: 'Các doanh nghiệp viễn thông' },
    ]);
  });

  it('the nearest unit of a directory, and how far it is', () => {
    const dir = own([['Thôn 1'], ['Thôn 2']]);
    expect(dir.closest('Thôn 2')).toEqual({
      unit: { name: 'Thôn 2', role: 'unit', aliases: [], editors: [] },
      distance: 0,
    });
    expect(dir.closest('Thôn 3')).toEqual({
      unit: { name: 'Thôn 1', role: 'unit', aliases: [], editors: [] },
      distance: 1,
    });
    expect(dir.closest('Thôn 3', 0)).toBeUndefined();
    // "xã" alone keeps its word: "thcs" is four letters from "xa".
    expect(starting().closest('xã')?.distance).toBe(4);
    expect(starting().closest('xã')?.unit.name).toBe('Trường THCS');
    // A text with no word of a name is near nothing.
    expect(starting().closest('(chủ trì)')).toBeUndefined();
  });

  it('the longest comparison key of a directory', () => {
    // "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân": vanphong hoidong nhandan uyban nhandan.
    expect(starting().longestKey()).toBe(34);
    expect(createUnitDirectory([]).longestKey()).toBe(0);
  });
});
