// Unit names with inner commas or "và", bodies outside the commune, and titles given a task.
import { describe, expect, it } from 'vitest';
import { checkSixClear } from '../../src/core/sixClear.ts';
import { createUnitDirectory, resolveUnits } from '../../src/core/unit/unit.ts';
import { defaultUnitDirectory } from '../../src/core/unit/unitDirectory.ts';

const names = (cell: string, dir = defaultUnitDirectory()) =>
  resolveUnits(cell, dir).map((r) => r.name);

describe('names kept whole or split', () => {
  it('keeps a well-known body whole across its commas and "và"', () => {
    // The district office of culture, science and information (one office, before 2025).
    expect(resolveUnits('Phòng Văn hóa, Khoa học và Thông tin', defaultUnitDirectory())).toEqual([
      {
        name: 'Phòng Văn hóa, Khoa học và Thông tin',
        known: false,
        input: 'Phòng Văn hóa, Khoa học và Thông tin',
        wellKnown: true,
      },
    ]);
    expect(names('Sở Khoa học và Công nghệ')).toEqual(['Sở Khoa học và Công nghệ']);
    expect(names('Sở Văn hóa, Thể thao và Du lịch; Công an xã')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Công an xã',
    ]);
  });

  it('keeps a directory name whole even when the directory is the commune’s own', () => {
    const dir = createUnitDirectory([
      {
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
        role: 'partner',
        aliases: [],
        editors: [],
      },
    ]);
    expect(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã', dir)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
    ]);
    // Without it in the directory, the list of well-known bodies still keeps it whole.
    expect(names('Ủy ban Mặt trận Tổ quốc Việt Nam xã', createUnitDirectory([]))).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
    ]);
  });

  it('splits two bodies joined by "và", known or not', () => {
    expect(names('Phòng Kinh tế và Trung tâm Phục vụ hành chính công')).toEqual([
      'Phòng Kinh tế',
      'Trung tâm Phục vụ hành chính công',
    ]);
    expect(
      names('Phòng Kinh tế và Trung tâm Phục vụ hành chính công', createUnitDirectory([])),
    ).toEqual(['Phòng Kinh tế', 'Trung tâm Phục vụ hành chính công']);
    // One office whose name holds "và": not two bodies.
    expect(names('Văn phòng HĐND và UBND', createUnitDirectory([]))).toEqual([
      'Văn phòng HĐND và UBND',
    ]);
    expect(names('Trung tâm Văn hóa - Thể thao và Truyền thông', createUnitDirectory([]))).toEqual([
      'Trung tâm Văn hóa - Thể thao và Truyền thông',
    ]);
  });
});

describe('unknown bodies joined by "và"', () => {
  it('a body whose name holds "và", then "và" and another body: the second starts at the last "và"', () => {
    // The provincial party board of propaganda and mass mobilisation, and a training centre: two
    // bodies no commune directory lists. Read either way they cost the same, and the second body's
    // name is the one that starts like a body ("Trung tâm …").
    expect(names('Ban Tuyên giáo và Dân vận Tỉnh ủy và Trung tâm Chính trị')).toEqual([
      'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      'Trung tâm Chính trị',
    ]);
    expect(
      names('Ban Quản lý dự án và Phát triển quỹ đất và Trung tâm Phát triển quỹ đất'),
    ).toEqual(['Ban Quản lý dự án và Phát triển quỹ đất', 'Trung tâm Phát triển quỹ đất']);
  });

  it('"và" before a body’s name only splits a name that starts like a body', () => {
    // A commune whose sheet names its villages one by one: "Các thôn và tổ dân phố" is one group,
    // though "Tổ …" starts like a body ("Tổ công nghệ số").
    const dir = createUnitDirectory([
      { name: 'Thôn Đông', role: 'village', aliases: [], editors: [] },
      { name: 'Phòng Kinh tế', role: 'unit', aliases: [], editors: [] },
    ]);
    expect(resolveUnits('Các thôn và tổ dân phố', dir)).toEqual([
      { name: 'Các thôn và tổ dân phố', known: false, input: 'Các thôn và tổ dân phố' },
    ]);
  });
});

describe('titles as the responsible party', () => {
  it('reads a leader’s title as a title, spelled one way', () => {
    const read = (cell: string) =>
      resolveUnits(cell, defaultUnitDirectory()).map((r) => [r.name, r.title ?? false]);
    expect(read('Chủ tịch UBND xã')).toEqual([['Chủ tịch UBND xã', true]]);
    expect(read('Chủ tịch Ủy ban nhân dân xã')).toEqual([['Chủ tịch UBND xã', true]]);
    expect(read('Bí thư Đảng ủy')).toEqual([['Bí thư Đảng ủy xã', true]]);
    expect(read('Đ/c Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội')).toEqual([
      ['Phó Chủ tịch UBND xã', true],
    ]);
    expect(read('Chủ tịch UBND xã; Văn phòng HĐND-UBND xã')).toEqual([
      ['Chủ tịch UBND xã', true],
      ['Văn phòng HĐND và UBND', false],
    ]);
  });

  it('a title is accountable and has the authority (6 rõ)', () => {
    const issues = checkSixClear(
      {
        content: 'Chỉ đạo triển khai Kế hoạch',
        lead: ['Chủ tịch UBND xã'],
        deadline: { kind: 'continuous', raw: 'Thường xuyên' },
      },
      { layout: 'phu-luc', directory: defaultUnitDirectory() },
    );
    expect(issues).toEqual([]);
  });
});
