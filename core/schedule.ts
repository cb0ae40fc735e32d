import type { Settings } from './settings';
import { epochFromLocal, localParts, parseClock } from './time';

/** The next scheduled carrier pickup strictly after `now` (pickups run every day), or null when none is set. */
export function nextPickupAfter(now: number, settings: Settings): { at: number; maxParcels: number } | null {
  const pickups = settings.stages.ship.pickups
    .map((p) => ({ minute: parseClock(p.time), maxParcels: p.maxParcels }))
    .sort((a, b) => a.minute - b.minute);
  if (pickups.length === 0) return null;
  const tz = settings.timezone;
  const local = localParts(tz, now);
  const today = pickups.find((p) => epochFromLocal(tz, local.year, local.month, local.day, p.minute) > now);
  const next = today ?? pickups[0];
  const day = today ? local.day : local.day + 1;
  return { at: epochFromLocal(tz, local.year, local.month, day, next.minute), maxParcels: next.maxParcels };
}
