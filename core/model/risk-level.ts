export type StatusLevel = 'green' | 'amber' | 'red';

/**
 * Red: some orders will miss their ship-by deadline. Amber: not every waiting order leaves with the next
 * carrier pickup, so the backlog is building. Green: everything waiting leaves with the next pickup.
 */
export function statusOf(e: {
  unshipped: number;
  atRisk: number;
  clearAt: number | null;
  nextPickupAt: number | null;
}): StatusLevel {
  if (e.atRisk > 0) return 'red';
  if (e.unshipped === 0) return 'green';
  if (e.clearAt === null || e.nextPickupAt === null || e.clearAt > e.nextPickupAt) return 'amber';
  return 'green';
}
