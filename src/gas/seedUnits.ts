// Units the "Đơn vị" sheet starts with: those named in the seed plans, with their spellings.
import type { UnitRow } from '../core/unitRoles.ts';
import { defaultUnits } from '../core/unitDirectory.ts';

export function seedUnits(): UnitRow[] {
  return defaultUnits();
}
