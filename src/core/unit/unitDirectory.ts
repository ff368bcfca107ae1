// The directory a commune starts with: the units the five seed plans name, with the spellings
// they use. Communes edit it in the "Đơn vị" sheet; this is only the starting point.
import { createUnitDirectory, type Unit, type UnitDirectory } from './unit.ts';
import type { UnitRole } from './unitRoles.ts';

type Entry = [name: string, role: UnitRole, shortName: string | undefined, aliases: string[]];

// Plain data; turned into units only when asked for.
const ENTRIES: Entry[] = [
  [
    'Phòng Văn hóa - Xã hội',
    'coordinator',
    'Phòng VH-XH',
    ['Phòng VHXH', 'VHXH', 'VH-XH', 'Phòng VHXXH', 'Văn hóa - Xã hội', 'Phòng Văn hóa và Xã hội'],
  ],
  [
    'Văn phòng HĐND và UBND',
    'unit',
    'VP HĐND-UBND',
    [
      'Văn phòng HĐND - UBND',
      'Văn phòng HĐND&UBND',
      'HĐND-UBND',
      'Văn phòng HĐND',
      'Văn phòng UBND',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    ],
  ],
  ['Phòng Kinh tế', 'unit', 'Phòng KT', ['Kinh tế']],
  ['Phòng Nông nghiệp và Môi trường', 'unit', 'Phòng NN&MT', ['Phòng NN-MT']],
  ['Công an xã', 'unit', 'CA xã', ['Công an']],
  ['Ban Chỉ huy Quân sự xã', 'unit', 'Ban CHQS xã', ['BCHQS', 'Quân sự xã']],
  [
    'Trung tâm Phục vụ hành chính công',
    'unit',
    'Trung tâm PVHCC',
    ['PVHCC', 'Trung tâm phục vụ hành chính', 'Trung tâm hành chính công', 'Bộ phận một cửa'],
  ],
  [
    'Trung tâm Văn hóa - Thể thao và Truyền thông',
    'unit',
    'Trung tâm VH-TT&TT',
    ['Trung tâm VHTT&TT', 'Trung tâm Văn hóa Thông tin và Truyền thông'],
  ],
  ['Trung tâm Dịch vụ tổng hợp', 'unit', 'TT DVTH', []],
  ['Trung tâm Dịch vụ sự nghiệp công', 'unit', undefined, []],
  ['Trạm Y tế xã', 'unit', 'TYT xã', []],
  ['Trường THCS', 'school', undefined, ['THCS', 'Trường Trung học cơ sở', 'Trung học cơ sở']],
  ['Trường Tiểu học', 'school', undefined, ['Tiểu học']],
  ['Trường Mầm non', 'school', undefined, ['Mầm non']],
  [
    'Các thôn',
    'village',
    undefined,
    [
      'Ban điều hành các thôn',
      'Thôn',
      'Các thôn, khu dân cư',
      'Khu dân cư',
      'Các thôn, bản, tổ dân phố',
      'Thôn, bản, tổ dân phố',
      'Tổ dân phố',
    ],
  ],
  [
    'Ủy ban MTTQ Việt Nam xã',
    'partner',
    'UB MTTQ',
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Mặt trận Tổ quốc Việt Nam', 'MTTQ'],
  ],
  [
    'Các tổ chức chính trị - xã hội',
    'partner',
    'Các tổ chức CT-XH',
    [
      'Các tổ chức đoàn thể chính trị - xã hội',
      'Các đoàn thể chính trị - xã hội',
      'Các tổ chức đoàn thể',
      'Các đoàn thể',
    ],
  ],
  [
    'Tổ công nghệ số cộng đồng',
    'partner',
    'Tổ CNSCĐ',
    ['Tổ chuyển đổi số cộng đồng', 'Các Tổ công nghệ số cộng đồng'],
  ],
  ['Văn phòng Đảng ủy xã', 'partner', undefined, []],
  ['Các cơ quan Đảng', 'partner', undefined, ['Các ban Đảng']],
  [
    'Các doanh nghiệp viễn thông',
    'partner',
    undefined,
    ['Doanh nghiệp viễn thông', 'Các đơn vị viễn thông', 'VNPT', 'Viettel'],
  ],
];

/** The starting units as rows of the "Đơn vị" sheet (fresh copies). */
export function defaultUnits(): Unit[] {
  return ENTRIES.map(([name, role, shortName, aliases]) => ({
    name,
    role,
    aliases: [...aliases],
    editors: [],
    ...(shortName !== undefined ? { shortName } : {}),
  }));
}

let cached: UnitDirectory | undefined;

/** The directory seeded from the units the seed plans name. */
export function defaultUnitDirectory(): UnitDirectory {
  cached ??= createUnitDirectory(defaultUnits());
  return cached;
}
