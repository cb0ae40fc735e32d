import { DAY, formatClock, localMinuteOfDay, MINUTE, type OffsetFn } from '../lib/time';
import type { OrderColumns } from '../records/orders';
import { localDayNumber } from './pickups';

/**
 * The carrier's real pickups, read from the pickup scans: scans cluster within the quarter hours of a
 * visit, so quarter-hour slots holding many of them are pickups. Each visit of each day is one event with
 * its first scan and its size; the fits (limits, reliability) are computed from these events.
 */
export const SLOT_MINUTES = 15;
/** A cluster of slots holding this share of all scans is a pickup. */
const PICKUP_SHARE = 0.1;
/** A slot holding less than this share ends a cluster (a straggler between visits is noise). */
const SLOT_SHARE = 0.02;
/** A visit lasts at most an hour: a wider cluster is scans spread over the day (a merchant's ship clicks). */
const MAX_SLOTS = 4;

export type PickupEvent = {
  /** Which cluster (pickup of the day) it belongs to. */
  cluster: number;
  /** The local date, as days since 1970-01-01. */
  day: number;
  /** The first scan of the visit. */
  at: number;
  parcels: number;
};

export type PickupCluster = {
  /** The typical time of the visit: the median first scan, on the local clock, in 5-minute steps. */
  minute: number;
  time: string;
  share: number;
  /** Days with scans at this pickup. */
  days: number;
  /** Weekdays (bit 0 = Monday) it was seen on, or every weekday too rarely seen to tell. */
  weekdays: number;
};

export type PickupScans = { clusters: PickupCluster[]; events: PickupEvent[]; firstDay: number; lastDay: number };

export function pickupScans(o: OrderColumns, zone: OffsetFn, minScans: number): PickupScans | null {
  const slots = new Float64Array(1440 / SLOT_MINUTES);
  let scans = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    const t = o.shippedAt[i];
    if (!(t > 0)) continue;
    slots[Math.floor(localMinuteOfDay(zone, t) / SLOT_MINUTES)]++;
    const day = localDayNumber(zone, t);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
    scans++;
  }
  if (scans < minScans) return null;
  const runs = clusterSlots(slots, scans);
  if (runs.length === 0) return null;
  const clusterOfSlot = new Int8Array(slots.length).fill(-1);
  runs.forEach((r, c) => {
    for (let s = r.from; s <= r.to; s++) clusterOfSlot[s] = c;
  });
  const byVisit = new Map<number, PickupEvent>();
  for (let i = 0; i < o.length; i++) {
    const t = o.shippedAt[i];
    if (!(t > 0)) continue;
    const cluster = clusterOfSlot[Math.floor(localMinuteOfDay(zone, t) / SLOT_MINUTES)];
    if (cluster < 0) continue;
    const day = localDayNumber(zone, t);
    const key = day * 8 + cluster;
    const e = byVisit.get(key);
    if (e) {
      e.parcels++;
      if (t < e.at) e.at = t;
    } else byVisit.set(key, { cluster, day, at: t, parcels: 1 });
  }
  const events = [...byVisit.values()].sort((a, b) => a.at - b.at);
  const clusters = runs.map((r, c) => describeCluster(c, r.scans / scans, events, zone, firstDay, lastDay));
  return { clusters, events, firstDay, lastDay };
}

/** Runs of adjacent busy slots (wrapping past midnight is not handled: no carrier collects at 00:00). */
function clusterSlots(slots: Float64Array, scans: number) {
  const runs: { from: number; to: number; scans: number }[] = [];
  let s = 0;
  while (s < slots.length) {
    if (slots[s] < SLOT_SHARE * scans) {
      s++;
      continue;
    }
    const from = s;
    let sum = 0;
    while (s < slots.length && slots[s] >= SLOT_SHARE * scans) sum += slots[s++];
    if (sum >= PICKUP_SHARE * scans && s - from <= MAX_SLOTS) runs.push({ from, to: s - 1, scans: sum });
  }
  return runs.slice(0, 8);
}

function describeCluster(
  c: number,
  share: number,
  events: PickupEvent[],
  zone: OffsetFn,
  firstDay: number,
  lastDay: number,
): PickupCluster {
  const mine = events.filter((e) => e.cluster === c);
  const minutes = mine.map((e) => localMinuteOfDay(zone, e.at)).sort((a, b) => a - b);
  const minute = Math.floor(minutes[Math.floor((minutes.length - 1) / 2)] / 5) * 5;
  const seen = new Set(mine.map((e) => e.day));
  let weekdays = 0;
  for (let w = 0; w < 7; w++) {
    let dates = 0;
    let hits = 0;
    for (let d = firstDay; d <= lastDay; d++) {
      if ((d + 3) % 7 !== w) continue;
      dates++;
      if (seen.has(d)) hits++;
    }
    // A weekday seen twice without a single visit is a day the carrier does not come.
    if (hits > 0 || dates < 2) weekdays |= 1 << w;
  }
  return { minute, time: formatClock(minute), share: Math.round(share * 1000) / 1000, days: seen.size, weekdays };
}

/** The instant of a cluster's visit on a local date (its typical minute). */
export const visitInstant = (zone: OffsetFn, day: number, minute: number): number => {
  const local = day * DAY + minute * MINUTE;
  return local - zone(local - zone(local) * MINUTE) * MINUTE;
};
