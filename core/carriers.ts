import { type OrderColumns, OrderFlag } from './orders';
import type { Settings } from './settings';
import { DAY, HOUR, localMinuteOfDay, offsetFn, parseClock } from './time';

/**
 * Carrier scorecards from the seller's own history: pickup punctuality, transit times, on-time
 * delivery and logistics-fault returns per carrier, each with its sample size and a 95 % Wilson
 * interval, and "not enough data" (null) under MIN_ORDERS.
 */
export const MIN_ORDERS = 30;
/** A scan counts as punctual within 15 minutes before to 45 minutes after a scheduled pickup [assumed]. */
const EARLY = 15;
const LATE = 45;

export type Rate = { value: number; low: number; high: number; n: number };
export type CarrierCard = {
  carrier: string;
  orders: number;
  pickupPunctuality: Rate | null;
  transitHours: { p50: number; p90: number; n: number } | null;
  onTimeDelivery: Rate | null;
  faultReturns: Rate | null;
};

/** The 95 % Wilson score interval of k successes in n trials (sound for small n and rates near 0 or 1). */
export function wilson(k: number, n: number): Rate | null {
  if (n === 0) return null;
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  const r = (x: number) => Math.round(x * 10_000) / 10_000;
  return { value: r(p), low: r(Math.max(0, centre - half)), high: r(Math.min(1, centre + half)), n };
}

const enough = <T>(n: number, v: T): T | null => (n >= MIN_ORDERS ? v : null);

export function carrierCards(o: OrderColumns, carriers: readonly string[], settings: Settings): CarrierCard[] {
  const pickups = settings.stages.ship.pickups.map((p) => parseClock(p.time));
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    if (o.shippedAt[i] < first) first = o.shippedAt[i];
    if (o.shippedAt[i] > last) last = o.shippedAt[i];
  }
  const zone = Number.isFinite(first) ? offsetFn(settings.timezone, first - DAY, last + DAY) : null;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < o.length; i++) {
    if (Number.isNaN(o.shippedAt[i])) continue;
    const c = carriers[i] || '(no carrier)';
    groups.set(c, [...(groups.get(c) ?? []), i]);
  }
  return [...groups.entries()]
    .map(([carrier, rows]) => {
      let punctual = 0;
      let due = 0;
      let onTime = 0;
      let faults = 0;
      const transit: number[] = [];
      for (const i of rows) {
        if (zone) {
          const m = localMinuteOfDay(zone, o.shippedAt[i]);
          if (pickups.some((p) => m >= p - EARLY && m <= p + LATE)) punctual++;
        }
        if (!Number.isNaN(o.deliveredAt[i])) transit.push((o.deliveredAt[i] - o.shippedAt[i]) / HOUR);
        if (!Number.isNaN(o.deliverBy[i]) && !Number.isNaN(o.deliveredAt[i])) {
          due++;
          if (o.deliveredAt[i] <= o.deliverBy[i]) onTime++;
        }
        if (o.flags[i] & OrderFlag.logisticsFaultReturn) faults++;
      }
      transit.sort((a, b) => a - b);
      const q = (f: number) =>
        Math.round(transit[Math.min(transit.length - 1, Math.ceil(f * transit.length) - 1)] * 10) / 10;
      return {
        carrier,
        orders: rows.length,
        pickupPunctuality: enough(rows.length, zone && pickups.length ? wilson(punctual, rows.length) : null),
        transitHours: enough(transit.length, { p50: q(0.5), p90: q(0.9), n: transit.length }),
        onTimeDelivery: enough(due, wilson(onTime, due)),
        faultReturns: enough(rows.length, wilson(faults, rows.length)),
      };
    })
    .sort((a, b) => b.orders - a.orders);
}
