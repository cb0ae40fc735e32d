import { DAY, HOUR, localMinuteOfDay, MINUTE, offsetFn } from '../lib/time';
import { type OrderColumns, OrderFlag } from '../records/orders';
import type { Settings } from '../settings/settings';
import { nextPickupAt, pickupScheduleOf } from './pickups';

/**
 * Carrier scorecards from the seller's own history: pickup punctuality, the share of packed parcels the
 * first pickup after packing takes, transit times, on-time delivery and logistics-fault returns per
 * carrier (and per carrier and destination region where the export has one), each with its sample size
 * and a 95 % Wilson interval, and "not enough data" (null) under MIN_ORDERS.
 */
export const MIN_ORDERS = 30;
/** A scan counts as punctual within 15 minutes before to 45 minutes after a scheduled pickup [assumed]. */
const EARLY = 15;
const LATE = 45;

export type Rate = { value: number; low: number; high: number; n: number };
export type CarrierCard = {
  carrier: string;
  /** The destination region, on the per-region cards only. */
  region?: string;
  orders: number;
  pickupPunctuality: Rate | null;
  /** Of the parcels with a ready-to-ship time, the share scanned by the first scheduled pickup after it. */
  firstPickupShare: Rate | null;
  transitHours: { p50: number; p90: number; n: number } | null;
  onTimeDelivery: Rate | null;
  faultReturns: Rate | null;
};

/** Per-order facts not every export has: the ready-to-ship time and the destination region ('' if none). */
export type CarrierExtras = { rtsAt?: Float64Array; regionOf?: (i: number) => string };

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

/** One card per carrier, busiest first; only picked-up orders count. */
export function carrierCards(
  o: OrderColumns,
  carriers: readonly string[],
  settings: Settings,
  extras: CarrierExtras = {},
): CarrierCard[] {
  return scoreGroups(o, settings, extras, (i) => carriers[i] || '(no carrier)');
}

/** One card per carrier and destination region (empty when the export names no region). */
export function carrierRegionCards(
  o: OrderColumns,
  carriers: readonly string[],
  settings: Settings,
  extras: CarrierExtras,
): CarrierCard[] {
  const regionOf = extras.regionOf;
  if (!regionOf) return [];
  let any = false;
  for (let i = 0; i < o.length && !any; i++) any = regionOf(i) !== '';
  if (!any) return [];
  return scoreGroups(
    o,
    settings,
    extras,
    (i) => `${carriers[i] || '(no carrier)'}\u0000${regionOf(i) || '(no region)'}`,
  );
}

function scoreGroups(
  o: OrderColumns,
  settings: Settings,
  extras: CarrierExtras,
  keyOf: (i: number) => string,
): CarrierCard[] {
  const groups = new Map<string, number[]>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    const t = o.shippedAt[i];
    if (Number.isNaN(t)) continue;
    if (t < first) first = t;
    if (t > last) last = t;
    const key = keyOf(i);
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  }
  const zone = Number.isFinite(first) ? offsetFn(settings.timezone, first - 2 * DAY, last + DAY) : null;
  const pickups = pickupScheduleOf(settings);
  return [...groups.entries()]
    .map(([key, rows]) => {
      const [carrier, region] = key.split('\u0000');
      let punctual = 0;
      let packed = 0;
      let firstTaken = 0;
      let due = 0;
      let onTime = 0;
      let faults = 0;
      const transit: number[] = [];
      for (const i of rows) {
        const shipped = o.shippedAt[i];
        if (zone) {
          const m = localMinuteOfDay(zone, shipped);
          if (pickups.some((p) => m >= p - EARLY && m <= p + LATE)) punctual++;
          const rts = extras.rtsAt?.[i] ?? Number.NaN;
          if (!Number.isNaN(rts)) {
            packed++;
            // The first pickup scheduled after the parcel was ready (RTS to the minute), with the same grace.
            const next = nextPickupAt(zone, pickups, Math.floor(rts / MINUTE) * MINUTE);
            if (shipped <= next + LATE * MINUTE) firstTaken++;
          }
        }
        if (!Number.isNaN(o.deliveredAt[i])) transit.push((o.deliveredAt[i] - shipped) / HOUR);
        if (!Number.isNaN(o.deliverBy[i]) && !Number.isNaN(o.deliveredAt[i])) {
          due++;
          if (o.deliveredAt[i] <= o.deliverBy[i]) onTime++;
        }
        if (o.flags[i] & OrderFlag.logisticsFaultReturn) faults++;
      }
      transit.sort((a, b) => a - b);
      const q = (f: number) =>
        Math.round(transit[Math.min(transit.length - 1, Math.ceil(f * transit.length) - 1)] * 10) / 10;
      const card: CarrierCard = {
        carrier,
        orders: rows.length,
        pickupPunctuality: enough(rows.length, zone && pickups.length ? wilson(punctual, rows.length) : null),
        firstPickupShare: enough(packed, pickups.length ? wilson(firstTaken, packed) : null),
        transitHours: enough(transit.length, { p50: q(0.5), p90: q(0.9), n: transit.length }),
        onTimeDelivery: enough(due, wilson(onTime, due)),
        faultReturns: enough(rows.length, wilson(faults, rows.length)),
      };
      return region === undefined ? card : { ...card, region };
    })
    .sort((a, b) => b.orders - a.orders || a.carrier.localeCompare(b.carrier));
}
