import { epochFromLocal, localDayAt, localParts, type OffsetFn, parseClock } from '../lib/time';
import type { Settings } from '../settings/settings';

/**
 * The settings' carrier pickups as instants: they come at the same local times every day, so the pickup
 * a parcel can make, or the last one that still meets a deadline, is found by arithmetic on local days.
 * `pickups` are minutes of the local day, sorted ascending.
 */

/** The first scheduled pickup at or after `t` (the next day's first when today's are past); NaN if none. */
export function nextPickupAt(zone: OffsetFn, pickups: readonly number[], t: number): number {
  if (pickups.length === 0 || Number.isNaN(t)) return Number.NaN;
  for (let day = 0; day <= 1; day++) {
    for (const p of pickups) {
      const at = localDayAt(zone, t, day, p);
      if (at >= t) return at;
    }
  }
  return Number.NaN;
}

/** The last scheduled pickup in [from, until], looking back at most `days` local days; NaN if none. */
export function lastPickupIn(zone: OffsetFn, pickups: readonly number[], from: number, until: number, days = 40) {
  if (pickups.length === 0 || !(from <= until)) return Number.NaN;
  for (let day = 0; day >= -days; day--) {
    for (let k = pickups.length - 1; k >= 0; k--) {
      const at = localDayAt(zone, until, day, pickups[k]);
      if (at < from) return Number.NaN;
      if (at <= until) return at;
    }
  }
  return Number.NaN;
}

/** The settings' pickup times as sorted minutes of the day. */
export const pickupMinutes = (times: readonly { time: string }[]): number[] =>
  times.map((p) => parseClock(p.time)).sort((a, b) => a - b);

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
