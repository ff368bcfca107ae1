// Bodies and titles a commune plan names that are not units of the commune's directory: provincial
// departments (Sở), former district offices, mass organisations, and the commune's leaders. Their
// names hold commas and "và" ("Phòng Văn hóa, Khoa học và Thông tin", "Sở Khoa học và Công nghệ"),
// so knowing them keeps them whole when a cell is split into names.
import { wordKey } from '../text/text.ts';

/** Bodies outside the commune, as plans write them (compared by unit key, so spellings vary). */
export const WELL_KNOWN_BODIES: readonly string[] = [
  'Ủy ban nhân dân tỉnh',
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Sở Khoa học và Công nghệ',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Tư pháp',
  'Sở Y tế',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Giáo dục và Đào tạo',
  'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch',
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
  'Phòng Văn hóa, Khoa học và Thông tin',
  'Phòng Văn hóa và Thông tin',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Kho bạc Nhà nước',
  'Viễn thông tỉnh',
  'Bưu điện tỉnh',
  'Ngân hàng Chính sách xã hội',
  'Bưu điện Văn hóa xã',
  'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
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

/** Titles that may be given a task ("Chủ tịch UBND xã"): [pattern over the word key, name]. */
const TITLES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^(?:pho chu tich|pct) (?:ubnd|uy ban nhan dan|ub)(?: xa)?(?: phu trach(?: [a-z ]*)?)?$/,
    'Phó Chủ tịch UBND xã',
  ],
  [/^(?:chu tich|ct) (?:ubnd|uy ban nhan dan|ub)(?: xa)?$/, 'Chủ tịch UBND xã'],
  [/^(?:pho chu tich|pct) (?:hdnd|hoi dong nhan dan)(?: xa)?$/, 'Phó Chủ tịch HĐND xã'],
  [/^(?:chu tich|ct) (?:hdnd|hoi dong nhan dan)(?: xa)?$/, 'Chủ tịch HĐND xã'],
  [
    /^chu tich (?:uy ban |ub )?(?:mttq|mat tran to quoc)(?: viet nam| vn)?(?: xa)?$/,
    'Chủ tịch Ủy ban MTTQ Việt Nam xã',
  ],
  [/^pho bi thu thuong truc (?:dang uy|du)(?: xa)?$/, 'Phó Bí thư Thường trực Đảng ủy xã'],
  [/^pho bi thu (?:dang uy|du)(?: xa)?$/, 'Phó Bí thư Đảng ủy xã'],
  [/^bi thu (?:dang uy|du)(?: xa)?$/, 'Bí thư Đảng ủy xã'],
  [/^truong ban chi dao(?: xa)?$/, 'Trưởng Ban Chỉ đạo'],
  [/^chu tich (?:uy ban nhan dan|ubnd) xa(?:,)? truong ban chi dao$/, 'Chủ tịch UBND xã'],
];

/** The title a name is, spelled canonically ("CT UBND xã" → "Chủ tịch UBND xã"), if any. */
export function readTitle(text: string): string | undefined {
  const key = wordKey(text.replace(/^\s*(?:đồng chí|đ\/c)\s+/iu, ''));
  return TITLES.find(([re]) => re.test(key))?.[1];
}

/**
 * First words that open the name of a body ("Phòng …", "Trung tâm …", "Công an …"). Not "UBND":
 * "Văn phòng HĐND và UBND" is one office.
 */
const BODY_HEADS =
  /^(?:phong|ban|van phong|trung tam|cong an|tram|truong|so|uy ban|hoi|doan|chi cuc|cuc|bo|doi|to|hop tac xa|buu dien|ngan hang|dang uy|kho bac|vien|cong ty|tt|p) /;

/** The name starts like a body ("Phòng Kinh tế", "Trung tâm Phục vụ…"), not like a field of work. */
export function startsLikeBody(text: string): boolean {
  return BODY_HEADS.test(`${wordKey(text)} `);
}
