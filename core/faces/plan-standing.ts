import { type PlannedDrop, planLevel } from '../model/run-of-show';
import type { Outlook } from '../outlook/outlook-schema';

/** The run-of-show as the popup sums it up. */
export type PlanStanding = {
  /** Orders the plan's drops bring in all. */
  planned: number;
  /** The stream's orders so far against the plan's by now: the factor the forecast scales the drops to come by. */
  level: number;
  /** Whether a planned drop has begun: before one, the level only says the stream sold more than a plan of none. */
  started: boolean;
};

/**
 * The plan's standing at the estimate's moment, from the same planLevel the forecast uses (so the share the
 * popup shows is the one the forecast applies); null without a plan. The estimate carries the stream's orders
 * so far, which is all of the arrival curve planLevel reads at that moment.
 */
export function planStanding(
  drops: readonly PlannedDrop[],
  streamOrders: number,
  at: number,
  halfLifeMinutes: number,
): PlanStanding | null {
  if (drops.length === 0) return null;
  const curve = { times: Float64Array.of(at), counts: Float64Array.of(streamOrders), baseline: 0 };
  return {
    planned: drops.reduce((sum, d) => sum + d.orders, 0),
    level: planLevel(drops, curve, at, halfLifeMinutes),
    started: drops.some((d) => d.at <= at),
  };
}

/**
 * The half-life the estimate's forecast ran on, as its outlook states it among its assumptions (the saved one,
 * or the one measured on the seller's past streams); null before the outlook, when the saved one stands in.
 */
export function halfLifeOf(outlook: Outlook | null): number | null {
  const fade = outlook?.assumptionPhrases?.find((p) => p.key === 'assume_fade' || p.key === 'assume_measured_fade');
  const minutes = Number(fade?.params[0]);
  return typeof fade?.params[0] === 'string' && minutes > 0 ? minutes : null;
}
