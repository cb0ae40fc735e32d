import { DAY, localDayAt, localMinuteOfDay, MINUTE, type OffsetFn, offsetMinutes, parseClock } from '../lib/time';
import { isWeekdayInMask, parseWeekdays } from '../lib/weekdays';
import { type Settings, sellerCalendar } from '../settings/settings';

/**
 * The settings' carrier pickups as instants: they come at the same local times on the days they run, so
 * the pickup a parcel can make, or the last one that still meets a deadline, is found by arithmetic on
 * local days.
 */

const EVERY_DAY = 0x7f;

/**
 * Pickup times as sorted minutes of the local day, one entry per minute. `days` holds each minute's
 * weekday mask (bit 0 = Monday) and `closed` the carrier's closed local dates (`dayNumberOf`); both are
 * absent while every pickup runs every day, which keeps the scorecards' hot path plain arithmetic.
 */
export type PickupTimes = readonly number[] & {
  readonly days?: readonly number[];
  readonly closed?: ReadonlySet<number>;
};

/** A "YYYY-MM-DD" date as days since 1970-01-01 (a Thursday: the weekday, 0 = Monday, is (n + 3) % 7). */
export const dayNumberOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;

/** The local date of `t` as days since 1970-01-01. */
export const localDayNumber = (zone: OffsetFn, t: number): number => Math.floor((t + zone(t) * MINUTE) / DAY);

/** Whether pickup k of the schedule comes at `at` (its local weekday runs and its date is not closed). */
function runs(pickups: PickupTimes, k: number, zone: OffsetFn, at: number): boolean {
  if (pickups.days === undefined && pickups.closed === undefined) return true;
  const n = localDayNumber(zone, at);
  if (pickups.closed?.has(n)) return false;
  return pickups.days === undefined || isWeekdayInMask(pickups.days[k], (n + 3) % 7);
}

/** Local days to look ahead: one when pickups run daily, a week plus every closed date otherwise. */
const lookahead = (p: PickupTimes): number =>
  p.days === undefined && p.closed === undefined ? 1 : 7 + (p.closed?.size ?? 0);

/** The first scheduled pickup at or after `t` (a later day's when today's are past or off); NaN if none. */
export function nextPickupAt(zone: OffsetFn, pickups: PickupTimes, t: number): number {
  if (pickups.length === 0 || Number.isNaN(t)) return Number.NaN;
  const last = lookahead(pickups);
  for (let day = 0; day <= last; day++) {
    for (let k = 0; k < pickups.length; k++) {
      const at = localDayAt(zone, t, day, pickups[k]);
      if (at >= t && runs(pickups, k, zone, at)) return at;
    }
  }
  return Number.NaN;
}

/** The last scheduled pickup in [from, until], looking back at most `days` local days; NaN if none. */
export function lastPickupIn(zone: OffsetFn, pickups: PickupTimes, from: number, until: number, days = 40) {
  if (pickups.length === 0 || !(from <= until)) return Number.NaN;
  for (let day = 0; day >= -days; day--) {
    for (let k = pickups.length - 1; k >= 0; k--) {
      const at = localDayAt(zone, until, day, pickups[k]);
      if (at < from) return Number.NaN;
      if (at <= until && runs(pickups, k, zone, at)) return at;
    }
  }
  return Number.NaN;
}

type PickupSetting = { time: string; days?: string };
const maskOf = (p: PickupSetting): number => (p.days === undefined ? EVERY_DAY : (parseWeekdays(p.days) ?? 0));

/**
 * The settings' pickup times as sorted minutes of the day, with their weekdays and the carrier's closed
 * dates (`closed`, "YYYY-MM-DD" local dates) where those take pickups away.
 */
export function pickupMinutes(times: readonly PickupSetting[], closed: readonly string[] = []): number[] & PickupTimes {
  const masks = new Map<number, number>();
  for (const p of times) masks.set(parseClock(p.time), (masks.get(parseClock(p.time)) ?? 0) | maskOf(p));
  const minutes = [...masks.keys()].sort((a, b) => a - b);
  const out: number[] & { days?: number[]; closed?: Set<number> } = minutes;
  if (minutes.some((m) => masks.get(m) !== EVERY_DAY)) out.days = minutes.map((m) => masks.get(m) ?? 0);
  if (closed.length > 0) out.closed = new Set(closed.map(dayNumberOf));
  return out;
}

/** The settings' whole pickup schedule: times, weekdays and the carrier's closed days. */
export const pickupScheduleOf = (settings: Settings): PickupTimes =>
  pickupMinutes(settings.stages.ship.pickups, sellerCalendar(settings).carrierClosed);

/**
 * The next scheduled carrier pickup strictly after `now` on a day it runs, with the parcels the pickups
 * at that minute take together, or null when none is set.
 */
export function nextPickupAfter(now: number, settings: Settings): { at: number; maxParcels: number } | null {
  const tz = settings.timezone;
  const zone: OffsetFn = (t) => offsetMinutes(tz, t);
  const at = nextPickupAt(zone, pickupScheduleOf(settings), now + 1);
  if (Number.isNaN(at)) return null;
  const minute = localMinuteOfDay(zone, at);
  const weekday = (localDayNumber(zone, at) + 3) % 7;
  let maxParcels = 0;
  for (const p of settings.stages.ship.pickups) {
    if (parseClock(p.time) === minute && isWeekdayInMask(maskOf(p), weekday)) maxParcels += p.maxParcels;
  }
  return { at, maxParcels };
}
