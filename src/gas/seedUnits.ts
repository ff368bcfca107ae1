// Units the "Đơn vị" sheet starts with: those named in the seed plans.
import type { UnitRow } from '../core/unitRoles.ts';

export function seedUnits(): UnitRow[] {
  // TODO(import issue): replace with defaultUnitDirectory() from src/core/unitDirectory.ts.
  const u = (name: string, role: UnitRow['role'], shortName?: string, aliases: string[] = []) => ({
    name,
    role,
    aliases,
    editors: [],
    ...(shortName ? { shortName } : {}),
  });
  return [
    u('Phòng Văn hóa - Xã hội', 'coordinator', 'VHXH', ['Phòng VH-XH', 'Phòng VHXH']),
    u('Văn phòng HĐND-UBND', 'unit', 'VP', ['Văn phòng HĐND&UBND']),
    u('Phòng Kinh tế', 'unit', 'PKT'),
    u('Công an xã', 'unit', 'CA'),
    u('Trung tâm Phục vụ hành chính công', 'unit', 'PVHCC'),
  ];
}
