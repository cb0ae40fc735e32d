import { MINUTE } from '../lib/time';
import { type ArrivalCurve, countAt } from './arrivals';
import { forecastArrivals, recentRate } from './forecast';

/**
 * The seller's run-of-show: the drops planned for the stream, each with the orders it is expected to bring,
 * entered in the popup before or during the stream. It is the forecast's prior: a drop's orders arrive as a
 * burst fading with the forecast's half-life from its planned minute. The live arrivals update it: the stream's
 * orders so far against what the plan expected by now scale the drops still to come (shrunk towards the plan
 * while little is known), and the current drop's tail is the recent rate fading, as without a plan.
 */
export type PlannedDrop = { at: number; orders: number };

/** Orders of plan the evidence must outweigh before it moves the level far: a small stream is mostly noise. */
export const PRIOR_ORDERS = 50;

/** Share of a drop's orders that arrived `minutes` after it started (the burst's cumulative curve). */
const arrivedShare = (minutes: number, halfLife: number) => (minutes <= 0 ? 0 : 1 - 2 ** (-minutes / halfLife));

/**
 * How the stream runs against its plan so far: (orders seen since the first drop began + prior) ÷ (orders the
 * plan's drops brought by now + prior); 1 before any drop has begun — the sales before it are not the plan's,
 * and counting them would scale a drop planned later by a stream's quiet opening.
 */
export function planLevel(drops: readonly PlannedDrop[], curve: ArrivalCurve, now: number, halfLife: number): number {
  const begun = drops.filter((d) => d.at <= now);
  if (begun.length === 0) return 1;
  const first = Math.min(...begun.map((d) => d.at));
  let planned = 0;
  for (const d of begun) planned += d.orders * arrivedShare((now - d.at) / MINUTE, halfLife);
  return (countAt(curve, now) - countAt(curve, first) + PRIOR_ORDERS) / (planned + PRIOR_ORDERS);
}

/**
 * Orders per minute after now: the recent rate fading, plus each drop not reached yet as a burst at its
 * minute, its orders scaled by the stream's level against the plan.
 */
export function forecastWithPlan(
  drops: readonly PlannedDrop[],
  curve: ArrivalCurve,
  now: number,
  halfLife: number,
): Float64Array {
  const tail = forecastArrivals(recentRate(curve, now), halfLife);
  const ahead = drops.filter((d) => d.at > now && d.orders > 0);
  if (ahead.length === 0) return tail;
  const level = planLevel(drops, curve, now, halfLife);
  // Until the last drop has faded to a tenth of an order a minute.
  const last = Math.max(...ahead.map((d) => Math.ceil((d.at - now) / MINUTE)));
  const peak = Math.max(...ahead.map((d) => d.orders * level * (Math.LN2 / halfLife)));
  const length = Math.max(tail.length, last + Math.ceil(halfLife * Math.log2(Math.max(2, 10 * peak))));
  const out = new Float64Array(length);
  out.set(tail);
  for (const d of ahead) {
    const start = Math.ceil((d.at - now) / MINUTE);
    const orders = d.orders * level;
    // The orders of each minute of the burst: the difference of its cumulative curve, so they sum to the drop.
    for (let k = start; k < length; k++) {
      out[k] += orders * (arrivedShare(k - start + 1, halfLife) - arrivedShare(k - start, halfLife));
    }
  }
  return out;
}
