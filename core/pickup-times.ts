import { localDayAt, type OffsetFn, parseClock } from './time';

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
