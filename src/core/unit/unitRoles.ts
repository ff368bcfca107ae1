// Roles a unit plays in the plan, and the Vietnamese words the directory sheet shows for them.

export type UnitRole = 'coordinator' | 'unit' | 'village' | 'school' | 'partner';

export const UNIT_ROLE_LABELS: Record<UnitRole, string> = {
  coordinator: 'Cơ quan thường trực',
  unit: 'Đơn vị',
  village: 'Thôn, tổ dân phố',
  school: 'Trường học',
  partner: 'Đơn vị ngoài',
};

/** One row of the directory sheet. */
export interface UnitRow {
  name: string;
  shortName?: string;
  aliases: string[];
  editors: string[];
  role: UnitRole;
}

export function roleFromLabel(label: string): UnitRole | undefined {
  const wanted = label.trim().toLowerCase();
  const hit = (Object.keys(UNIT_ROLE_LABELS) as UnitRole[]).find(
    (r) => UNIT_ROLE_LABELS[r].toLowerCase() === wanted || r === wanted,
  );
  return hit;
}
