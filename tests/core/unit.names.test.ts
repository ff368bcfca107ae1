// Unit names as plans abbreviate and punctuate them, read against the default directory.
import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../src/core/unit/unit.ts';
import { defaultUnitDirectory } from '../../src/core/unit/unitDirectory.ts';

const read = (text: string) => resolveUnits(text, defaultUnitDirectory());

describe('abbreviations', () => {
  it.each([
    ['KT', 'Phòng Kinh tế'],
    ['Phòng KT', 'Phòng Kinh tế'],
    ['VH-XH', 'Phòng Văn hóa - Xã hội'],
    ['Phòng VH - XH', 'Phòng Văn hóa - Xã hội'],
    ['CA xã', 'Công an xã'],
    ['MTTQ', 'Ủy ban MTTQ Việt Nam xã'],
  ])('%s is %s', (input, name) => {
    expect(read(input)).toEqual([{ name, known: true, input }]);
  });

  it('"VP" alone is not known, but the office is suggested', () => {
    expect(read('VP')).toEqual([
      { name: 'VP', known: false, input: 'VP', suggestion: 'Văn phòng HĐND và UBND' },
    ]);
  });
});

describe('punctuation at the end of a name', () => {
  it('is dropped from a known name', () => {
    expect(read('Phòng Kinh tế.')).toEqual([
      { name: 'Phòng Kinh tế', known: true, input: 'Phòng Kinh tế' },
    ]);
    expect(read('Phòng Kinh tế xã;')).toEqual([
      { name: 'Phòng Kinh tế', known: true, input: 'Phòng Kinh tế xã' },
    ]);
  });

  it('is dropped from an unknown name, which is kept as written otherwise', () => {
    expect(read('Ban Quản lý chợ.')).toEqual([
      { name: 'Ban Quản lý chợ', known: false, input: 'Ban Quản lý chợ' },
    ]);
    expect(read('Ban Quản lý chợ xã,')).toEqual([
      { name: 'Ban Quản lý chợ xã', known: false, input: 'Ban Quản lý chợ xã' },
    ]);
  });
});

describe('"xã" in a name', () => {
  it('a name that is only "xã" names no unit of the directory', () => {
    expect(read('xã')).toEqual([{ name: 'Xã', known: false, input: 'Xã' }]);
  });

  it('"Hợp tác xã" is not a unit of the commune with "xã" dropped', () => {
    expect(read('Hợp tác xã')).toEqual([{ name: 'Hợp tác xã', known: false, input: 'Hợp tác xã' }]);
  });

  it('a blank cell names nobody', () => {
    expect(read('')).toEqual([]);
    expect(read(' ; , ')).toEqual([]);
  });
});
