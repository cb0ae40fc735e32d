import { MINUTE } from '../lib/time';
import type { ShippingPromise } from '../settings/settings';
import { type PipelineRun, valueAt } from './capacity';
import { type Dispatch, dispatchFromRun, shippedBy } from './dispatch';
import type { RuleClock } from './rule-clock';
import { type Deadlines, deadlineTable } from './ship-by-table';

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
  /** The orders at risk grouped by their ship-by deadline, earliest first (they add up to `atRisk`). */
  atRiskByDeadline: { deadline: number; orders: number }[];
};

/**
 * FIFO lateness without visiting single orders: the orders arriving in minute m are the k-th ones with
 * arrived[m-1] < k ≤ arrived[m]; each shares the same deadline, and order k is shipped by minute j
 * exactly when shipped[j] ≥ k. So the late ones are those above shipped[last minute before deadline].
 * Under Order Handling Capacity, the orders of a local day beyond the capacity get the later deadline.
 */
export function lateness(
  d: Dispatch,
  nowIndex: number,
  table: Deadlines,
  opts: { byDeadline?: boolean } = {},
): Lateness {
  let late = 0;
  let atRisk = 0;
  let earliestOpenDeadline: number | null = null;
  const byDeadline = new Map<number, number>();
  // Grouping costs a map update per minute: only the live estimate asks for it, not the Monte Carlo.
  const add = (deadline: number, n: number) =>
    opts.byDeadline && n > 0 && byDeadline.set(deadline, (byDeadline.get(deadline) ?? 0) + n);
  const shippedNow = shippedBy(d, nowIndex);
  for (let m = 0; m <= nowIndex; m++) {
    const first = m === 0 ? 0 : d.arrived[m - 1];
    const last = d.arrived[m];
    if (last <= first) continue;
    // Orders k ≤ split keep the normal deadline; above the day's capacity, the extended one.
    const dayStart = table.dayStart[m] <= 0 ? 0 : d.arrived[table.dayStart[m] - 1];
    const split = Math.min(last, Math.max(first, dayStart + table.capacityPerDay));
    const onTime = shippedBy(d, table.lastOnTime[m]);
    const onTimeExtended = shippedBy(d, table.lastOnTimeExtended[m]);
    late += Math.max(0, split - Math.max(first, onTime)) + Math.max(0, last - Math.max(split, onTimeExtended));
    const risk = Math.max(0, split - Math.max(first, onTime, shippedNow));
    const riskExtended = Math.max(0, last - Math.max(split, onTimeExtended, shippedNow));
    atRisk += risk + riskExtended;
    add(table.deadline[m], risk);
    // Above the day's capacity the deadline is one business day later: the end of its last on-time minute.
    add(table.t0 + (table.lastOnTimeExtended[m] + 1) * MINUTE, riskExtended);
    if (last > shippedNow && earliestOpenDeadline === null) earliestOpenDeadline = table.deadline[m];
  }
  const atRiskByDeadline = [...byDeadline]
    .sort((a, b) => a[0] - b[0])
    .map(([deadline, orders]) => ({ deadline, orders }));
  return { late, atRisk, earliestOpenDeadline, atRiskByDeadline };
}

/** `lateness` for one promise, building its deadline table (tests, one-off estimates). */
export function latenessFor(
  run: PipelineRun,
  nowIndex: number,
  promise: ShippingPromise,
  clock: RuleClock,
  handlingCapacityPerDay?: number,
): Lateness {
  const table = deadlineTable(run.t0, nowIndex + 1, { clock, promiseAt: () => promise, handlingCapacityPerDay });
  return lateness(dispatchFromRun(run, nowIndex + 1), nowIndex, table, { byDeadline: true });
}

/** Instant at which every order arrived by `nowIndex` has been picked up, or null if not within the run. */
export function clearTime(run: PipelineRun, nowIndex: number): number | null {
  const target = valueAt(run.arrived, run, nowIndex);
  for (let i = nowIndex; i < run.length; i++) {
    if (run.shipped[i] >= target) return run.t0 + i * MINUTE;
  }
  return null;
}
