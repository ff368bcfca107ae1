// Seed excerpts copied into tests/fixtures, and the canonical unit names the seeds use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file under tests/fixtures, e.g. 'appendix/seed-001-plan.txt'. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Canonical names of the units seed 001 assigns work to (src/core/unitDirectory.ts). */
export const UNITS = {
  VHXH: 'Phòng Văn hóa - Xã hội',
  VP: 'Văn phòng HĐND và UBND',
  KT: 'Phòng Kinh tế',
  CA: 'Công an xã',
  TTVH: 'Trung tâm Văn hóa - Thể thao và Truyền thông',
  ALL: 'Các phòng, ban, ngành, đơn vị có liên quan',
} as const;
