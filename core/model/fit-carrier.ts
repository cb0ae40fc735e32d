import { HOUR, type OffsetFn, parseClock } from '../lib/time';
import type { Settings } from '../settings/settings';
import { type PickupScans, visitInstant } from './fit-pickups';
import type { WaitingCounter } from './waiting-parcels';

/**
 * What the carrier can take and how reliably it comes, from its visits: a pickup's parcel limit only from
 * visits that left ready parcels behind (a visit that took everything says nothing about its limit, only
 * that demand was lower), and the share of scheduled visits that never came while parcels were waiting.
 */
/** A visit that left fewer ready parcels than this (or 5 % of what it took) left nothing: stragglers are held orders. */
const LEFT_BEHIND = 3;
/** Full visits needed before their size is read as the limit. */
export const MIN_FULL_VISITS = 3;
/** Scheduled visits with parcels waiting needed before the miss rate is measured. */
export const MIN_VISITS = 10;
/** The scans of one visit: parcels still there an hour after its first scan were left behind. */
const VISIT_SPAN = HOUR;

export type FittedPickup = {
  time: string;
  /** Weekdays it runs ("Mon,Tue,…"); absent when every day. */
  days?: string;
  maxParcels: number;
  /** Where the limit comes from: visits that left parcels behind (n of them), or the largest visit seen. */
  limit: { from: 'full-visits' | 'largest-visit'; n: number };
  visits: number;
  share: number;
};

export type CarrierFit = {
  pickups: FittedPickup[];
  missRate: { value: number; missed: number; n: number } | null;
};

const NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const daysOf = (mask: number): string | undefined =>
  mask === 0x7f ? undefined : NAMES.filter((_, w) => mask & (1 << w)).join(',');

export function fitCarrier(
  scans: PickupScans,
  waiting: WaitingCounter,
  settings: Settings,
  zone: OffsetFn,
  /** Without RTS times "ready" is a guess: only a repeated plateau of full visits is read as a limit. */
  opts: {
    plateau: boolean;
    lastEvent: number;
    carrierClosed: ReadonlySet<number>;
    /** Packer-hours of the settings' shifts between two instants. */
    packerHours: (from: number, to: number) => number;
  },
): CarrierFit {
  const seen = new Set(scans.events.map((e) => e.day * 8 + e.cluster));
  type Check = { at: number; kind: 'visit'; parcels: number; cluster: number } | { at: number; kind: 'scheduled' };
  const checks: Check[] = scans.events.map((e) => ({
    at: e.at,
    kind: 'visit',
    parcels: e.parcels,
    cluster: e.cluster,
  }));
  scans.clusters.forEach((c, k) => {
    for (let d = scans.firstDay; d <= scans.lastDay; d++) {
      if (seen.has(d * 8 + k) || !(c.weekdays & (1 << ((d + 3) % 7))) || opts.carrierClosed.has(d)) continue;
      const at = visitInstant(zone, d, c.minute);
      if (at + VISIT_SPAN <= opts.lastEvent) checks.push({ at, kind: 'scheduled' });
    }
  });
  checks.sort((a, b) => a.at - b.at);
  const full: number[][] = scans.clusters.map(() => []);
  const hours: number[][] = scans.clusters.map(() => []);
  let missed = 0;
  let previous = Number.NaN;
  for (const c of checks) {
    if (c.kind === 'visit') {
      const left = waiting(c.at, c.at + VISIT_SPAN);
      if (left >= Math.max(LEFT_BEHIND, 0.05 * c.parcels)) {
        full[c.cluster].push(c.parcels);
        hours[c.cluster].push(Number.isNaN(previous) ? Number.NaN : opts.packerHours(previous, c.at));
      }
      previous = c.at;
    } else if (waiting(c.at, c.at) >= LEFT_BEHIND) missed++;
  }
  const packingBound = opts.plateau && sizesFollowHours(full, hours);
  const visits = scans.events.length;
  const n = visits + missed;
  const pickups = scans.clusters.map((c, k): FittedPickup => {
    const sizes = scans.events.filter((e) => e.cluster === k).map((e) => e.parcels);
    const largest = Math.max(...sizes);
    const top = opts.plateau ? full[k].filter((p) => p >= 0.9 * Math.max(...full[k])) : full[k];
    const fromFull = top.length >= MIN_FULL_VISITS && !packingBound;
    const set = setLimitNear(settings, c.minute);
    return {
      time: c.time,
      ...(daysOf(c.weekdays) ? { days: daysOf(c.weekdays) } : {}),
      // A hard limit caps every full visit at the same size: without RTS times the plateau's top is it (visits
      // below it were read as full on a guess); with them, the median resists one odd visit.
      // With one pickup a day a plateau cannot be told from a team that packs the same every day: without RTS
      // times the seller's own limit is never lowered then.
      maxParcels: fromFull
        ? opts.plateau
          ? Math.max(...top, fullClusters(full) < 2 ? (set ?? 0) : 0)
          : median(top)
        : Math.max(largest, set ?? 0),
      limit: { from: fromFull ? 'full-visits' : 'largest-visit', n: fromFull ? top.length : sizes.length },
      visits: sizes.length,
      share: c.share,
    };
  });
  return {
    pickups,
    missRate: n >= MIN_VISITS ? { value: Math.round((missed / n) * 1000) / 1000, missed, n } : null,
  };
}

/** The seller's limit for the set pickup within an hour of this one, if any: never lowered below what was seen. */
function setLimitNear(settings: Settings, minute: number): number | null {
  const near = settings.stages.ship.pickups.filter((p) => Math.abs(parseClock(p.time) - minute) <= 60);
  return near.length ? Math.max(...near.map((p) => p.maxParcels)) : null;
}

const fullClusters = (full: number[][]) => full.filter((f) => f.length >= MIN_FULL_VISITS).length;

/**
 * Without RTS times every visit after a slow team's day leaves orders behind, and each takes what was packed
 * since the visit before: the sizes then differ between the day's pickups in proportion to the packer-hours
 * before each (360 after 3 h, 720 after 6 h), where a carrier's limits would not follow the hours at all.
 */
function sizesFollowHours(full: number[][], hours: number[][]): boolean {
  const perCluster = full
    .map((sizes, k) => ({ size: median(sizes), h: median(hours[k].filter((x) => x > 0)) }))
    .filter((c, k) => full[k].length >= MIN_FULL_VISITS && c.h > 0);
  if (perCluster.length < 2) return false;
  const spread = (v: number[]) => Math.max(...v) / Math.min(...v);
  return spread(perCluster.map((c) => c.size)) > 1.15 && spread(perCluster.map((c) => c.size / c.h)) < 1.15;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}
