import type { PipelinePlan, PipelineRun } from './capacity';

/**
 * What lateness and the score need from a run: the cumulative arrivals per paid minute and the
 * cumulative pickups after each carrier pickup. The per-minute simulation stays for the live backlog;
 * the Monte Carlo uses `simulateDispatch`, which jumps from event to event (an arrival minute, a pickup,
 * a batch receipt) instead of walking every minute: a few hundred steps instead of twenty thousand.
 */
export type Dispatch = {
  t0: number;
  /** Cumulative paid orders at the end of each paid minute. */
  arrived: Float64Array;
  /**
   * The paid minutes that can hold payments, ascending: `arrived` rises at no other. The Monte Carlo's
   * payments sit at the first minute of each 5-minute bin, so walking these skips four minutes in five.
   */
  paying: Int32Array;
  pickupMinutes: Int32Array;
  /** Cumulative orders picked up once pickup k has happened. */
  shippedAfter: Float64Array;
  /** How many pickups the run reached (it stops once every order has left). */
  pickups: number;
};

/** Orders picked up by the start of minute j (inclusive of a pickup at j). */
export function shippedBy(d: Dispatch, minute: number): number {
  let lo = 0;
  let hi = d.pickups; // first pickup after `minute`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.pickupMinutes[mid] <= minute) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : d.shippedAfter[lo - 1];
}

/** The dispatch view of a per-minute run: the minutes where its shipped curve rises. */
export function dispatchFromRun(run: PipelineRun, paidMinutes: number): Dispatch {
  const minutes: number[] = [];
  const after: number[] = [];
  for (let j = 0; j < run.length; j++) {
    if (run.shipped[j] > (j === 0 ? 0 : run.shipped[j - 1])) {
      minutes.push(j);
      after.push(run.shipped[j]);
    }
  }
  const arrived = new Float64Array(paidMinutes);
  for (let m = 0; m < paidMinutes; m++) arrived[m] = run.arrived[Math.min(m, run.length - 1)];
  return {
    t0: run.t0,
    arrived,
    paying: everyMinute(paidMinutes),
    pickupMinutes: Int32Array.from(minutes),
    shippedAfter: Float64Array.from(after),
    pickups: minutes.length,
  };
}

export function emptyDispatch(
  t0: number,
  paidMinutes: number,
  plan: PipelinePlan,
  paying: Int32Array = everyMinute(paidMinutes),
): Dispatch {
  return {
    t0,
    arrived: new Float64Array(paidMinutes),
    paying,
    pickupMinutes: plan.pickupMinutes,
    shippedAfter: new Float64Array(plan.pickupMinutes.length),
    pickups: 0,
  };
}

const everyMinute = (n: number): Int32Array => Int32Array.from({ length: n }, (_, m) => m);

/** Prefix sums of the pack capacity, so a stretch without events is packed in one step. */
export function capacityPrefix(plan: PipelinePlan): Float64Array {
  const out = new Float64Array(plan.length + 1);
  for (let i = 0; i < plan.length; i++) out[i + 1] = out[i] + plan.packCap[i];
  return out;
}

/**
 * The same recurrence as `simulate`, minute for minute, evaluated only where something changes:
 * between two events receipt is fixed, so packing over the stretch is min(received, packed + capacity).
 */
export function simulateDispatch(
  plan: PipelinePlan,
  prefix: Float64Array,
  batchMinutes: Int32Array | null,
  arrivals: Float64Array,
  packFactor: number,
  into: Dispatch,
  /** 1 for each pickup of the plan that never comes (a missed carrier visit takes nothing). */
  missed?: Uint8Array,
  /** Orders already packed at an observed minute (core/model/plan-from.ts): added to the packed curve there. */
  start?: { minute: number; packed: number },
): Dispatch {
  const { packCap, pickupCap, pickupMinutes } = plan;
  const last = arrivals.length - 1;
  let a = 0;
  let r = 0;
  let p = 0;
  let s = 0;
  let t = 0; // next minute whose packing has not been applied
  let i = 0; // next arrival minute
  let k = 0; // next pickup
  let b = 0; // next batch receipt
  let observed = start === undefined; // whether the observed packed orders are in
  into.pickups = 0;
  while (t < plan.length) {
    const nextPickup = k < pickupMinutes.length ? pickupMinutes[k] : plan.length;
    const nextBatch = batchMinutes && b < batchMinutes.length ? batchMinutes[b] : plan.length;
    // The observed start is an event of its own: with batch receipt no other event may fall on its minute.
    const nextStart = !observed && start ? start.minute : plan.length;
    const e = Math.min(i <= last ? i : plan.length, nextPickup, nextBatch, nextStart);
    if (e >= plan.length) break;
    p = Math.min(r, p + packFactor * (prefix[e] - prefix[t]));
    if (!observed && start && e >= start.minute) {
      // Every order open at the observed minute is in the warehouse's hands, whatever the receipt clock says.
      r = Math.max(r, a);
      p = Math.min(r, p + start.packed);
      observed = true;
    }
    if (e === nextPickup) {
      if (missed?.[k] !== 1) s = Math.min(Math.floor(p + 1e-9), s + pickupCap[e]);
      into.shippedAfter[k++] = s;
      into.pickups = k;
    }
    if (i <= last && e === i) {
      a = into.arrived[i++] = a + arrivals[e];
      // Minutes without payments change nothing but the arrived curve: fill them in one go.
      while (i <= last && arrivals[i] === 0) into.arrived[i++] = a;
    }
    if (batchMinutes === null) r = a;
    else if (e === nextBatch) {
      r = a;
      b++;
    }
    p = Math.min(r, p + packFactor * packCap[e]);
    t = e + 1;
    if (i > last && s >= a) break;
  }
  return into;
}
