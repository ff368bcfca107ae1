// The starting "Đơn vị" sheet a commune gets, the bodies outside the commune a plan may name, and
// the titles of the commune's leaders: what each resolves to, as the coordinator sees it.
import { describe, expect, it } from 'vitest';
import { createUnitDirectory, resolveUnits, unknownUnitMessage } from '../../src/core/unit/unit.ts';
import { defaultUnitDirectory, defaultUnits } from '../../src/core/unit/unitDirectory.ts';
import { roleFromLabel, UNIT_ROLE_LABELS } from '../../src/core/unit/unitRoles.ts';
import { readTitle } from '../../src/core/unit/wellKnown.ts';

describe('the starting "Đơn vị" sheet', () => {
  it('lists the units of the seed plans with the role the sheet shows', () => {
    expect(defaultUnits().map((u) => [u.name, UNIT_ROLE_LABELS[u.role]])).toEqual([
      ['Phòng Văn hóa - Xã hội', 'Cơ quan thường trực'],
      ['Văn phòng HĐND và UBND', 'Đơn vị'],
      ['Phòng Kinh tế', 'Đơn vị'],
      ['Phòng Nông nghiệp và Môi trường', 'Đơn vị'],
      ['Công an xã', 'Đơn vị'],
      ['Ban Chỉ huy Quân sự xã', 'Đơn vị'],
      ['Trung tâm Phục vụ hành chính công', 'Đơn vị'],
      ['Trung tâm Văn hóa - Thể thao và Truyền thông', 'Đơn vị'],
      ['Trung tâm Dịch vụ tổng hợp', 'Đơn vị'],
      ['Trung tâm Dịch vụ sự nghiệp công', 'Đơn vị'],
      ['Trạm Y tế xã', 'Đơn vị'],
      ['Trường THCS', 'Trường học'],
      ['Trường Tiểu học', 'Trường học'],
      ['Trường Mầm non', 'Trường học'],
      ['Các thôn', 'Thôn, tổ dân phố'],
      ['Ủy ban MTTQ Việt Nam xã', 'Đơn vị ngoài'],
      ['Các tổ chức chính trị - xã hội', 'Đơn vị ngoài'],
      ['Tổ công nghệ số cộng đồng', 'Đơn vị ngoài'],
      ['Văn phòng Đảng ủy xã', 'Đơn vị ngoài'],
      ['Các cơ quan Đảng', 'Đơn vị ngoài'],
      ['Các doanh nghiệp viễn thông', 'Đơn vị ngoài'],
    ]);
  });

  it('reads a role typed in the sheet, in any case, or by its key', () => {
    expect(roleFromLabel('Cơ quan thường trực')).toBe('coordinator');
    expect(roleFromLabel(' đơn vị ')).toBe('unit');
    expect(roleFromLabel('THÔN, TỔ DÂN PHỐ')).toBe('village');
    expect(roleFromLabel('Trường học')).toBe('school');
    expect(roleFromLabel('Đơn vị ngoài')).toBe('partner');
    expect(roleFromLabel('partner')).toBe('partner');
    expect(roleFromLabel('Đơn vị phối hợp')).toBeUndefined();
  });

  it('short spellings plans use for the seed units', () => {
    const dir = defaultUnitDirectory();
    const names = (cell: string) => resolveUnits(cell, dir).map((r) => r.name);
    expect(names('Phòng NN-MT')).toEqual(['Phòng Nông nghiệp và Môi trường']);
    expect(names('Công an')).toEqual(['Công an xã']);
    expect(names('BCHQS; Quân sự xã')).toEqual(['Ban Chỉ huy Quân sự xã']);
    expect(names('Các ban Đảng')).toEqual(['Các cơ quan Đảng']);
    expect(names('TYT xã')).toEqual(['Trạm Y tế xã']);
    expect(names('TT DVTH')).toEqual(['Trung tâm Dịch vụ tổng hợp']);
  });
});

describe('bodies outside the commune', () => {
  it('are kept whole as written, known as bodies, never "Không rõ đơn vị"', () => {
    const dir = defaultUnitDirectory();
    const bodies = [
      'Ủy ban nhân dân tỉnh',
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Tư pháp',
      'Sở Y tế',
      'Sở Xây dựng',
      'Sở Công Thương',
      'Sở Giáo dục và Đào tạo',
      'Sở Nông nghiệp và Môi trường',
      'Sở Thông tin và Truyền thông',
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài nguyên và Môi trường',
      'Sở Lao động - Thương binh và Xã hội',
      'Công an tỉnh',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Bộ Khoa học và Công nghệ',
      'Bộ Công an',
      'Trung tâm Chuyển đổi số tỉnh',
      'Trung tâm Công nghệ thông tin và Truyền thông',
      'Phòng Văn hóa và Thông tin',
      'Phòng Tài chính - Kế hoạch',
      'Phòng Tài nguyên và Môi trường',
      'Phòng Giáo dục và Đào tạo',
      'Phòng Lao động - Thương binh và Xã hội',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Phòng Nội vụ',
      'Phòng Tư pháp',
      'Kho bạc Nhà nước',
      'Bưu điện tỉnh',
      'Ngân hàng Chính sách xã hội',
      'Bưu điện Văn hóa xã',
      'Hội Liên hiệp Phụ nữ xã',
      'Hội Nông dân xã',
      'Hội Cựu chiến binh xã',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã',
      'Hội Người cao tuổi xã',
      'Hội Chữ thập đỏ xã',
      'Liên đoàn Lao động',
      'Đảng ủy xã',
      'Hội đồng nhân dân xã',
      'Ủy ban nhân dân xã',
      'Ban Chỉ đạo xã',
    ];
    for (const body of bodies)
      expect(resolveUnits(body, dir)).toEqual([
        { name: body, known: false, input: body, wellKnown: true },
      ]);
  });

  it('the Front’s full name is a body outside the commune when the directory lacks it', () => {
    const own = createUnitDirectory([
      { name: 'Phòng Văn hóa - Xã hội', role: 'coordinator', aliases: [], editors: [] },
    ]);
    const front = 'Ủy ban Mặt trận Tổ quốc Việt Nam xã';
    expect(resolveUnits(front, own)).toEqual([
      { name: front, known: false, input: front, wellKnown: true },
    ]);
  });
});

describe('leaders’ titles', () => {
  it('each title, with or without "xã", spelled one way', () => {
    const cases: Array<[string, string]> = [
      ['Phó Chủ tịch UBND', 'Phó Chủ tịch UBND xã'],
      ['PCT UBND xã phụ trách', 'Phó Chủ tịch UBND xã'],
      ['Phó Chủ tịch Ủy ban nhân dân xã phụ trách văn hóa xã hội', 'Phó Chủ tịch UBND xã'],
      ['Chủ tịch UBND', 'Chủ tịch UBND xã'],
      ['CT Ủy ban nhân dân xã', 'Chủ tịch UBND xã'],
      ['Phó Chủ tịch HĐND', 'Phó Chủ tịch HĐND xã'],
      ['PCT Hội đồng nhân dân xã', 'Phó Chủ tịch HĐND xã'],
      ['Chủ tịch HĐND', 'Chủ tịch HĐND xã'],
      ['CT Hội đồng nhân dân xã', 'Chủ tịch HĐND xã'],
      ['Chủ tịch MTTQ', 'Chủ tịch Ủy ban MTTQ Việt Nam xã'],
      ['Chủ tịch UB MTTQ VN xã', 'Chủ tịch Ủy ban MTTQ Việt Nam xã'],
      ['Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam', 'Chủ tịch Ủy ban MTTQ Việt Nam xã'],
      ['Phó Bí thư Thường trực Đảng ủy', 'Phó Bí thư Thường trực Đảng ủy xã'],
      ['Phó Bí thư ĐU xã', 'Phó Bí thư Đảng ủy xã'],
      ['Phó Bí thư Đảng ủy', 'Phó Bí thư Đảng ủy xã'],
      ['Bí thư Đảng ủy', 'Bí thư Đảng ủy xã'],
      ['Trưởng Ban Chỉ đạo', 'Trưởng Ban Chỉ đạo'],
      ['Trưởng Ban Chỉ đạo xã', 'Trưởng Ban Chỉ đạo'],
      ['Chủ tịch UBND xã, Trưởng Ban Chỉ đạo', 'Chủ tịch UBND xã'],
      ['Chủ tịch Ủy ban nhân dân xã Trưởng Ban Chỉ đạo', 'Chủ tịch UBND xã'],
      ['Đồng chí Chủ tịch UBND xã', 'Chủ tịch UBND xã'],
      ['đ/c Bí thư Đảng ủy xã', 'Bí thư Đảng ủy xã'],
    ];
    for (const [text, title] of cases) expect([text, readTitle(text)]).toEqual([text, title]);
  });

  it('a former leader, a leader’s aide or a deputy head is not the title', () => {
    for (const text of [
      'Nguyên Phó Chủ tịch UBND xã',
      'Thư ký Chủ tịch UBND xã',
      'Nguyên Phó Chủ tịch HĐND xã',
      'Nguyên Chủ tịch HĐND xã',
      'Nguyên Chủ tịch Ủy ban MTTQ Việt Nam xã',
      'Nguyên Phó Bí thư Thường trực Đảng ủy xã',
      'Nguyên Phó Bí thư Đảng ủy xã',
      'Nguyên Bí thư Đảng ủy xã',
      'Phó Trưởng Ban Chỉ đạo xã',
      'Nguyên Chủ tịch UBND xã, Trưởng Ban Chỉ đạo',
      'Văn phòng đồng chí Chủ tịch UBND xã',
    ])
      expect([text, readTitle(text)]).toEqual([text, undefined]);
  });
});

describe('abbreviations, titles and line breaks in a cell', () => {
  it('abbreviations plans use, alone or mixed with full words', () => {
    const dir = defaultUnitDirectory();
    const names = (cell: string) => resolveUnits(cell, dir).map((r) => r.name);
    expect(names('UBMTTQ xã')).toEqual(['Ủy ban MTTQ Việt Nam xã']);
    expect(names('VHXXH')).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(names('BCH QS xã')).toEqual(['Ban Chỉ huy Quân sự xã']);
    expect(names('KDC')).toEqual(['Các thôn']);
    expect(names('TDP')).toEqual(['Các thôn']);
    expect(names('Các đoàn thể CT-XH')).toEqual(['Các tổ chức chính trị - xã hội']);
    expect(names('CA')).toEqual(['Công an xã']);
    expect(names('Phòng NN và MT')).toEqual(['Phòng Nông nghiệp và Môi trường']);
  });

  it('a leader’s title is marked as a title', () => {
    expect(resolveUnits('Chủ tịch UBND xã', defaultUnitDirectory())).toEqual([
      { name: 'Chủ tịch UBND xã', known: false, input: 'Chủ tịch UBND xã', title: true },
    ]);
  });

  it('a line break inside a cell separates units, from Windows or not', () => {
    const dir = defaultUnitDirectory();
    for (const cell of ['Công an xã\nPhòng Kinh tế', 'Công an xã\r\nPhòng Kinh tế'])
      expect(resolveUnits(cell, dir).map((r) => r.name)).toEqual(['Công an xã', 'Phòng Kinh tế']);
  });

  it('an unknown name with no unit near it is named alone in the message', () => {
    const [r] = resolveUnits('Hợp tác xã Nông nghiệp Tân Tiến', defaultUnitDirectory());
    expect(r).toEqual({
      name: 'Hợp tác xã Nông nghiệp Tân Tiến',
      known: false,
      input: 'Hợp tác xã Nông nghiệp Tân Tiến',
    });
    expect(r && unknownUnitMessage(r)).toBe('Không rõ đơn vị: Hợp tác xã Nông nghiệp Tân Tiến');
  });
});

describe('catch-alls ("các phòng, ban, ngành…")', () => {
  const read = (cell: string) =>
    resolveUnits(cell, defaultUnitDirectory()).map((r) => [r.name, r.catchAll === true]);

  it('short or lower-case wordings get the usual wording', () => {
    expect(read('các phòng ban ngành, đơn vị liên quan')).toEqual([
      ['Các phòng, ban, ngành, đơn vị có liên quan', true],
    ]);
    expect(read('các phòng, ban, ngành, đơn vị thuộc')).toEqual([
      ['Các phòng, ban, ngành, đơn vị thuộc xã', true],
    ]);
    expect(read('cơ quan, đơn vị liên quan')).toEqual([['Các cơ quan, đơn vị có liên quan', true]]);
    expect(read('Các cơ quan, đơn vị trực thuộc UBND')).toEqual([
      ['Các cơ quan, đơn vị trực thuộc UBND xã', true],
    ]);
    expect(read('các phòng, đơn vị trên địa bàn')).toEqual([
      ['Các phòng, đơn vị trên địa bàn xã', true],
    ]);
    expect(read('Các trường học trên địa bàn')).toEqual([['Các trường học trên địa bàn xã', true]]);
  });

  it('each kind of unit makes a group; other communes do not', () => {
    for (const cell of [
      'Các phòng có liên quan',
      'Các ngành liên quan',
      'Các cơ quan liên quan',
      'Các tổ chức liên quan',
      'Các nhà trường trên địa bàn',
      'Các đoàn thể có liên quan',
      'Các bộ phận có liên quan',
      'Đơn vị thuộc UBND xã',
    ])
      expect(read(cell)).toEqual([[cell, true]]);
    expect(read('Các xã có liên quan')).toEqual([['Các xã có liên quan', false]]);
  });

  it('a catch-all of five pieces stays one; unknown bodies are split at commas and between bodies', () => {
    expect(read('Các phòng, ban, ngành, đoàn thể, đơn vị có liên quan')).toEqual([
      ['Các phòng, ban, ngành, đoàn thể, đơn vị có liên quan', true],
    ]);
    expect(read('Hợp tác xã Tân Tiến, Hợp tác xã Tân Lập')).toEqual([
      ['Hợp tác xã Tân Tiến', false],
      ['Hợp tác xã Tân Lập', false],
    ]);
    expect(read('Công ty Tân Tiến, Công ty Tân Lập và Công ty Hòa Bình')).toEqual([
      ['Công ty Tân Tiến', false],
      ['Công ty Tân Lập', false],
      ['Công ty Hòa Bình', false],
    ]);
  });
});
