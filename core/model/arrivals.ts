import { MINUTE } from '../lib/time';
import type { Snapshot } from '../records/snapshot';

/**
 * A stream's arrival curve: stream orders (paid orders since the first snapshot) over time.
 * Orders the page already counted before we first saw it are not the stream's: we cannot know when
 * they were paid. A counter that drops (a page reload restarting it) never un-counts orders: the
 * curve keeps its running maximum.
 */
export type ArrivalCurve = { times: Float64Array; counts: Float64Array; baseline: number };

export function arrivalCurve(snapshots: readonly Snapshot[]): ArrivalCurve {
  const sorted = [...snapshots].sort((a, b) => a.seq - b.seq);
  const times = new Float64Array(sorted.length);
  const counts = new Float64Array(sorted.length);
  const baseline = sorted[0]?.paidOrders ?? 0;
  let max = baseline;
  sorted.forEach((s, i) => {
    max = Math.max(max, s.paidOrders);
    times[i] = s.at;
    counts[i] = max - baseline;
  });
  return { times, counts, baseline };
}

/** Stream orders known at `at` (the last snapshot at or before it). */
export function countAt(curve: ArrivalCurve, at: number): number {
  let lo = 0;
  let hi = curve.times.length - 1;
  if (hi < 0 || curve.times[0] > at) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (curve.times[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return curve.counts[lo];
}

/** Orders per minute: the orders paid in the minute before `at`. */
export const ordersInLastMinute = (curve: ArrivalCurve, at: number): number =>
  countAt(curve, at) - countAt(curve, at - MINUTE);

/** The busiest minute of the stream so far, looking back from every snapshot (one pass, two pointers). */
export function peakOrdersPerMinute(curve: ArrivalCurve, until: number): number {
  let peak = 0;
  let back = -1; // the last snapshot at or before times[i] − 1 minute
  for (let i = 0; i < curve.times.length && curve.times[i] <= until; i++) {
    while (back + 1 < i && curve.times[back + 1] <= curve.times[i] - MINUTE) back++;
    peak = Math.max(peak, curve.counts[i] - (back >= 0 ? curve.counts[back] : 0));
  }
  return peak;
}

/** New stream orders in each whole minute from `t0` (minute-aligned) for `minutes` minutes. */
export function arrivalsPerMinute(curve: ArrivalCurve, t0: number, minutes: number): Float64Array {
  const out = new Float64Array(minutes);
  let prev = 0;
  for (let i = 0; i < curve.times.length; i++) {
    const m = Math.floor((curve.times[i] - t0) / MINUTE);
    if (m >= minutes) break;
    const inc = curve.counts[i] - prev;
    prev = curve.counts[i];
    if (inc > 0) out[Math.max(0, m)] += inc;
  }
  return out;
}
