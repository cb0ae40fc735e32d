import { type PipelineRun, valueAt } from './capacity-model';
import { shipBy } from './deadlines';
import type { ShippingPromise } from './settings';
import { DAY, MINUTE, offsetFn } from './time';

export type StageCounts = { receipt: number; pickPack: number; shipTransport: number; delivery: number };

/** Whole orders waiting in each stage at minute `i`; with the delivered ones they add up to the arrivals. */
export function stageBacklog(run: PipelineRun, i: number): StageCounts {
  const a = valueAt(run.arrived, run, i);
  const r = valueAt(run.received, run, i);
  const p = Math.floor(valueAt(run.packed, run, i) + 1e-9);
  const s = valueAt(run.shipped, run, i);
  const d = valueAt(run.delivered, run, i);
  return { receipt: a - r, pickPack: r - p, shipTransport: p - s, delivery: s - d };
}

export type Lateness = {
  /** Orders paid up to `nowIndex` whose pickup scan comes after their ship-by deadline. */
  late: number;
  /** Of those, the ones not picked up yet at `nowIndex`: the ones the seller can still act on. */
  atRisk: number;
  /** Earliest ship-by deadline among orders still waiting for pickup at `nowIndex`. */
  earliestOpenDeadline: number | null;
};

/**
 * FIFO lateness without visiting single orders: the orders arriving in minute m are the k-th ones with
 * arrived[m-1] < k ≤ arrived[m]; each shares the same deadline, and order k is shipped by minute j
 * exactly when shipped[j] ≥ k. So the late ones are those above shipped[last minute before deadline].
 */
export function lateness(run: PipelineRun, nowIndex: number, promise: ShippingPromise, timeZone: string): Lateness {
  let late = 0;
  let atRisk = 0;
  let earliestOpenDeadline: number | null = null;
  const shippedNow = valueAt(run.shipped, run, nowIndex);
  const zone = offsetFn(timeZone, run.t0, run.t0 + nowIndex * MINUTE + 30 * DAY);
  for (let m = 0; m <= nowIndex; m++) {
    const first = m === 0 ? 0 : valueAt(run.arrived, run, m - 1);
    const last = valueAt(run.arrived, run, m);
    if (last <= first) continue;
    const deadline = shipBy(run.t0 + m * MINUTE, promise, zone);
    // A pickup scan at the start of minute j is on time when t0 + j·MINUTE ≤ deadline.
    const lastOnTimeMinute = Math.floor((deadline - run.t0) / MINUTE);
    const shippedInTime = lastOnTimeMinute < 0 ? 0 : valueAt(run.shipped, run, lastOnTimeMinute);
    late += Math.max(0, last - Math.max(first, shippedInTime));
    atRisk += Math.max(0, last - Math.max(first, shippedInTime, shippedNow));
    if (last > shippedNow && earliestOpenDeadline === null) earliestOpenDeadline = deadline;
  }
  return { late, atRisk, earliestOpenDeadline };
}

/** Instant at which every order arrived by `nowIndex` has been picked up, or null if not within the run. */
export function clearTime(run: PipelineRun, nowIndex: number): number | null {
  const target = valueAt(run.arrived, run, nowIndex);
  for (let i = nowIndex; i < run.length; i++) {
    if (run.shipped[i] >= target) return run.t0 + i * MINUTE;
  }
  return null;
}
