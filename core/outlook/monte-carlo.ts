import { lognormalFactor, rateAround, seeded } from '../lib/random';
import { MINUTE } from '../lib/time';
import { MAX_HORIZON_MINUTES } from '../model/capacity';
import { type Dispatch, emptyDispatch, simulateDispatch } from '../model/dispatch';
import { planFrom } from '../model/plan-from';
import { ruleClockFor } from '../model/rule-clock';
import { shipBy } from '../model/ship-by';
import type { Deadlines } from '../model/ship-by-table';
import type { Settings, ShippingPromise } from '../settings/settings';
import { lateCounts } from './late-counts';
import { payingMinutes } from './payment-bins';
import { deadlinesFor, type Planned, plannedFor } from './scenario-plans';

/**
 * Monte Carlo over what the seller cannot know yet: how fast the packers really are, how many buyers
 * cancel, how good the carrier is this week, and how many more orders the stream brings. Every
 * scenario (the plan as set, and each what-if action) sees the same draws, so the difference between
 * two scenarios is the action's effect, not noise.
 */
export type Draw = {
  packFactor: number;
  cancelRate: number;
  onTimeRate: number;
  /** The rate it was drawn around (the plan's): a scenario with another carrier keeps this draw's deviation. */
  onTimeMean: number;
  forecastLevel: number;
  /** This sample's share of carrier visits that never come, and the seed that says which ones. */
  missRate: number;
  missSeed: number;
};

export function drawSamples(settings: Settings, seed: number): Draw[] {
  const m = settings.model;
  const rnd = seeded(seed);
  return Array.from({ length: m.samples }, () => ({
    packFactor: lognormalFactor(rnd, m.packerSpeedSpread),
    cancelRate: rateAround(rnd, m.buyerCancelRate, m.buyerCancelRateSpread),
    onTimeRate: rateAround(rnd, settings.stages.delivery.onTimeRate, m.onTimeRateSpread),
    onTimeMean: settings.stages.delivery.onTimeRate,
    forecastLevel: lognormalFactor(rnd, m.forecastSpread),
    missRate: rateAround(rnd, m.pickupMissRate, m.pickupMissRateSpread),
    missSeed: Math.floor(rnd() * 2 ** 32),
  }));
}

/**
 * Which visits of the plan never come in this sample. Decided by the visit's minute and the sample's seed,
 * not by its position in the plan, so a scenario with an extra pickup misses the same regular visits as
 * the plan and the difference between them stays the action's effect.
 */
export function missedVisits(pickupMinutes: Int32Array, draw: Draw, into: Uint8Array): Uint8Array {
  for (let k = 0; k < pickupMinutes.length; k++) {
    let h = Math.imul(pickupMinutes[k] ^ draw.missSeed, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    h ^= h >>> 13;
    into[k] = (h >>> 0) / 2 ** 32 < draw.missRate ? 1 : 0;
  }
  return into;
}

/**
 * The stream as known at now: paid orders per minute since t0, and the expected arrivals to come. With
 * `start`, the run begins from an observed state at that minute (core/model/plan-from.ts): `known` holds only
 * the orders still open then, the first `packed` of them already packed; `lateBefore` counts the late
 * dispatches among the orders that had left by then (known, added to every sample).
 */
export type Situation = {
  t0: number;
  nowIndex: number;
  known: Float64Array;
  forecast: Float64Array;
  start?: { minute: number; packed: number; lateBefore?: number };
};

export type Scenario = {
  id: string;
  settings: Settings;
  /** Multiplies the forecast: 0 when the next drop is paused, 0.5 when it is capped. */
  forecastFactor: number;
  /** The promise made to orders paid after now (a what-if may promise longer). */
  newOrderPromise?: ShippingPromise;
};

export type SampleView = {
  index: number;
  dispatch: Dispatch;
  draw: Draw;
  lastPaidMinute: number;
  settings: Settings;
  deadlines: Deadlines;
  /** The end of the simulated span: every order has been picked up by then, or never will be. */
  horizonEnd: number;
};

export type ScenarioResult = {
  /** Late dispatches among the orders paid by now, one figure per sample. */
  lateKnown: Float64Array;
  /** Late dispatches among all the stream's orders, the forecast included. */
  lateAll: Float64Array;
};

/** What a scenario runs on, laid out once: the same objects for scenarios that read the same settings. */
export type Prepared = {
  planned: Planned;
  plan: Planned['plan'];
  prefix: Float64Array;
  batch: Int32Array | null;
  deadlines: Deadlines;
  paidMinutes: number;
  horizonEnd: number;
};

export function prepareScenario(sit: Situation, scenario: Scenario, handlingCapacityPerDay?: number): Prepared {
  const { settings } = scenario;
  const paidMinutes = sit.known.length + sit.forecast.length;
  const now = sit.t0 + sit.nowIndex * MINUTE;
  const clock = ruleClockFor(settings);
  const lastDeadline = shipBy(now, scenario.newOrderPromise ?? settings.promise, clock.timeZone, clock.isBusinessDay);
  const horizon = Math.max(MAX_HORIZON_MINUTES, Math.ceil((lastDeadline - now) / MINUTE) + 1440);
  const planned = plannedFor(settings, sit.t0, paidMinutes + horizon);
  const { plan, prefix, batch } = sit.start ? planFrom(planned.plan, planned.batch, sit.start.minute) : planned;
  const deadlines = deadlinesFor(sit.t0, paidMinutes, {
    clock,
    promise: settings.promise,
    later: scenario.newOrderPromise,
    nowIndex: sit.nowIndex,
    handlingCapacityPerDay,
  });
  return { planned, plan, prefix, batch, deadlines, paidMinutes, horizonEnd: sit.t0 + plan.length * MINUTE };
}

export function runScenario(
  sit: Situation,
  scenario: Scenario,
  draws: readonly Draw[],
  onSample?: (view: SampleView) => void,
  /** Orders a day that keep the normal deadline, where the platform has that rule. */
  handlingCapacityPerDay?: number,
  prepared: Prepared = prepareScenario(sit, scenario, handlingCapacityPerDay),
  /** Each sample's dispatch kept (`record`), or taken from a run that simulates alike (`replay`): see simulatesAlike. */
  dispatches?: { record?: Dispatch[]; replay?: readonly Dispatch[] },
): ScenarioResult {
  const { settings } = scenario;
  const { plan, prefix, batch, deadlines, paidMinutes, horizonEnd } = prepared;
  const dispatch = emptyDispatch(sit.t0, paidMinutes, plan, payingMinutes(sit));
  const arrivals = new Float64Array(paidMinutes);
  const result: ScenarioResult = {
    lateKnown: new Float64Array(draws.length),
    lateAll: new Float64Array(draws.length),
  };
  const missed = new Uint8Array(plan.pickupMinutes.length);
  draws.forEach((draw, index) => {
    let d = dispatch;
    if (dispatches?.replay) d = dispatches.replay[index];
    else {
      fillArrivals(arrivals, sit, dispatch.paying, 1 - draw.cancelRate, draw.forecastLevel * scenario.forecastFactor);
      simulateDispatch(
        plan,
        prefix,
        batch,
        arrivals,
        draw.packFactor,
        dispatch,
        missedVisits(plan.pickupMinutes, draw, missed),
        sit.start,
      );
      if (dispatches?.record) dispatches.record[index] = copyOf(dispatch);
    }
    const [known, all] = lateCounts(d, sit.nowIndex, paidMinutes - 1, deadlines);
    const before = sit.start?.lateBefore ?? 0;
    result.lateKnown[index] = known + before;
    result.lateAll[index] = all + before;
    onSample?.({ index, dispatch: d, draw, lastPaidMinute: paidMinutes - 1, settings, deadlines, horizonEnd });
  });
  return result;
}

/** A sample's dispatch as it stands (the run reuses one object from sample to sample). */
const copyOf = (d: Dispatch): Dispatch => ({
  ...d,
  arrived: d.arrived.slice(),
  shippedAfter: d.shippedAfter.slice(0, d.pickups),
});

/**
 * This sample's arrivals: cancelled orders left out, the forecast scaled. Whole orders only (rounded on
 * the cumulative count, so nothing drifts): a fraction of an order would never be picked up. The orders
 * open at an observed start are the warehouse's own count, its cancellations already out: none is cut.
 */
function fillArrivals(out: Float64Array, sit: Situation, paying: Int32Array, keep: number, level: number): void {
  let expected = 0;
  let whole = 0;
  const counted = sit.start?.minute ?? 0;
  const k = sit.known.length;
  // Every other minute stays 0 in `out` (a new array per scenario): nothing is expected there.
  for (let x = 0; x < paying.length; x++) {
    const i = paying[x];
    const cut = i < counted ? 1 : keep;
    expected += i < k ? sit.known[i] * cut : sit.forecast[i - k] * level * keep;
    const next = Math.round(expected);
    out[i] = next - whole;
    whole = next;
  }
}
