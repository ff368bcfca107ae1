// Ranking units by completion, for emulation scoring (thi đua). The rules are in the README
// ("Xếp hạng đơn vị") so an officer can check them by hand.
import type { FourWayCounts } from './fourWay.ts';

export interface RankInput extends FourWayCounts {
  unit: string;
  /** Completion rate in %, null when nothing is due. */
  rate: number | null;
}

/**
 * Ranks in the input order's terms: higher rate first; equal rates → fewer "open, overdue" first;
 * still equal → fewer "done late" first; still equal → the same rank (1, 2, 2, 4), input order
 * kept. Units with no rate get no rank (null) and come last. Returns the units sorted.
 */
export function rankUnits<T extends RankInput>(
  units: readonly T[],
): Array<T & { rank: number | null }> {
  const order = new Map(units.map((u, i) => [u, i]));
  const cmp = (a: T, b: T) =>
    (b.rate ?? -1) - (a.rate ?? -1) || a.openOverdue - b.openOverdue || a.doneLate - b.doneLate;
  const rated = units.filter((u) => u.rate !== null);
  const sorted = [...rated].sort((a, b) => cmp(a, b) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const out: Array<T & { rank: number | null }> = [];
  sorted.forEach((u, i) => {
    const prev = out[i - 1];
    const prevUnit = sorted[i - 1];
    const rank = prev && prevUnit && cmp(prevUnit, u) === 0 ? prev.rank : i + 1;
    out.push({ ...u, rank });
  });
  for (const u of units) if (u.rate === null) out.push({ ...u, rank: null });
  return out;
}
