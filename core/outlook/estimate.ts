import { MINUTE } from '../lib/time';
import {
  type ArrivalCurve,
  arrivalCurve,
  arrivalsPerMinute,
  countAt,
  ordersInLastMinute,
  peakOrdersPerMinute,
} from '../model/arrivals';
import { MAX_HORIZON_MINUTES, planPipeline, simulate } from '../model/capacity';
import { forecastArrivals, recentRate } from '../model/forecast';
import { goneOrdersRun } from '../model/gone-orders';
import { clearTime, latenessFor, stageBacklog } from '../model/lateness';
import { observeWarehouse, type WarehouseView, withPackSpeed } from '../model/observed-warehouse';
import { judgedPickups } from '../model/pickup-watch';
import { nextPickupAfter } from '../model/pickups';
import { planFrom } from '../model/plan-from';
import { statusOf } from '../model/risk-level';
import { ruleClockFor } from '../model/rule-clock';
import { forecastWithPlan, type PlannedDrop } from '../model/run-of-show';
import { shipBy } from '../model/ship-by';
import type { Snapshot } from '../records/snapshot';
import type { StageReading } from '../records/stage-reading';
import { cardFor } from '../scorecards';
import type { Settings } from '../settings/settings';
import { type Estimate, FORECAST_HOURS } from './estimate-schema';
import { goneFigures } from './gone-figures';
import type { Situation } from './monte-carlo';
import { plannedFor } from './scenario-plans';

export type { Estimate };

/** The stream as known at `now`: its arrivals per minute since its first snapshot. */
function prepare(snapshots: readonly Snapshot[], now: number) {
  const known = snapshots.filter((s) => s.at <= now).sort((a, b) => a.seq - b.seq);
  if (known.length === 0) throw new Error('estimate: no snapshot at or before now');
  const curve = arrivalCurve(known);
  const t0 = Math.floor(known[0].at / MINUTE) * MINUTE;
  const nowIndex = Math.floor((now - t0) / MINUTE);
  return { known, curve, t0, nowIndex, arrivals: arrivalsPerMinute(curve, t0, nowIndex + 1) };
}

/** The orders still to come: the seller's run-of-show updated by the arrivals, or the recent rate fading. */
const forecastOf = (curve: ArrivalCurve, now: number, settings: Settings, drops: readonly PlannedDrop[]) =>
  drops.length > 0
    ? forecastWithPlan(drops, curve, now, settings.model.forecastHalfLifeMinutes)
    : forecastArrivals(recentRate(curve, now), settings.model.forecastHalfLifeMinutes);

/**
 * The warehouse's own counts as the model's starting point (core/model/observed-warehouse.ts), with the
 * settings the counts imply (the packers' measured speed in place); the settings as given without a reading.
 * `lateGone`: the late dispatches among the orders the counts say had gone before the reading, as the
 * settings' own run shipped them (core/model/gone-orders.ts): known, so added to every figure of late.
 */
export type ObservedStart = WarehouseView & { lateGone: number };

export function observedFor(
  snapshots: readonly Snapshot[],
  settings: Settings,
  now: number,
  readings: readonly StageReading[],
): { view: ObservedStart | null; settings: Settings } {
  if (readings.length === 0) return { view: null, settings };
  const { t0, curve, arrivals, nowIndex } = prepare(snapshots, now);
  const seen = observeWarehouse(readings, settings, t0, arrivals, now, (t) => countAt(curve, t));
  if (!seen) return { view: null, settings };
  const used = seen.speed ? withPackSpeed(settings, seen.speed.ratio) : settings;
  const { gone, start } = seen.anchored;
  let lateGone = 0;
  if (gone > 0) {
    const run0 = simulate(planPipeline(used, t0, start.minute + 1), arrivals);
    const goneRun = goneOrdersRun(run0, gone, start.minute, 0);
    const clock = ruleClockFor(used);
    const capacity = cardFor(used).handlingCapacityExtension ? used.handlingCapacityPerDay : undefined;
    lateGone = latenessFor(goneRun, nowIndex, used.promise, clock, capacity).late;
  }
  return { view: { ...seen, lateGone }, settings: used };
}

/** The Monte Carlo's starting point: the known arrivals (re-anchored on the counts, if any) and the forecast. */
export function situationOf(
  snapshots: readonly Snapshot[],
  settings: Settings,
  now: number,
  drops: readonly PlannedDrop[] = [],
  observed: ObservedStart | null = null,
): Situation {
  const { curve, t0, nowIndex, arrivals } = prepare(snapshots, now);
  const forecast = forecastOf(curve, now, settings, drops);
  if (!observed) return { t0, nowIndex, known: arrivals, forecast };
  const start = { ...observed.anchored.start, lateBefore: observed.lateGone };
  return { t0, nowIndex, known: observed.anchored.known, forecast, start };
}

/** Everything the overlay, popup and report show about a stream at `now`, from its snapshots alone. */
export function computeEstimate(
  snapshots: readonly Snapshot[],
  settings: Settings,
  now: number,
  drops: readonly PlannedDrop[] = [],
  /** The stage counters' readings, and their view (observedFor, with `settings` its settings). */
  observed: { view: ObservedStart | null; readings: readonly StageReading[]; watchNow?: number } | null = null,
): Estimate {
  const { known, curve, t0, nowIndex, arrivals } = prepare(snapshots, now);
  // Run at least until the deadline of an order paid now, so a long promise is judged, not cut off.
  const clock = ruleClockFor(settings);
  const lastDeadline = shipBy(now, settings.promise, clock.timeZone, clock.isBusinessDay);
  const horizonMinutes = Math.max(MAX_HORIZON_MINUTES, Math.ceil((lastDeadline - now) / MINUTE) + 1440);
  // The expected orders still to come ride along: they cannot change the past (FIFO), only the forecast.
  const forecast = forecastOf(curve, now, settings, drops);
  const view = observed?.view ?? null;
  const withForecast = new Float64Array(arrivals.length + forecast.length);
  withForecast.set(view ? view.anchored.known : arrivals);
  withForecast.set(forecast.map(Math.round), arrivals.length);
  // From the warehouse's counts where a page showed them: nothing before that minute is simulated again.
  // The layout the Monte Carlo also reads, kept across refreshes (scenario-plans.ts): not laid out anew each time.
  const whole = plannedFor(settings, t0, withForecast.length + horizonMinutes).plan;
  const start = view?.anchored.start;
  const run = simulate(start ? planFrom(whole, null, start.minute).plan : whole, withForecast, { start });
  // The orders gone before the reading, as the settings' own run shipped them (core/outlook/gone-figures.ts).
  const paid = new Float64Array(withForecast);
  paid.set(arrivals);
  const gone = goneFigures(view, whole, paid);
  const stagesAt = (i: number) => {
    const b = stageBacklog(run, i);
    return { ...b, delivery: b.delivery + gone.inTransit(i) };
  };
  const backlog = stagesAt(nowIndex);
  const backlogForecast = Array.from({ length: FORECAST_HOURS + 1 }, (_, h) => ({
    at: t0 + (nowIndex + h * 60) * MINUTE,
    ...stagesAt(nowIndex + h * 60),
  }));
  const capacity = cardFor(settings).handlingCapacityExtension ? settings.handlingCapacityPerDay : undefined;
  const lateOf = (r: typeof run) => latenessFor(r, nowIndex, settings.promise, clock, capacity);
  const late = lateOf(run);
  const lateGone = view?.lateGone ?? 0;
  let peakUnshipped = 0;
  for (let i = 0; i <= nowIndex; i++) {
    peakUnshipped = Math.max(peakUnshipped, gone.unshippedBefore(i) ?? run.arrived[i] - run.shipped[i]);
  }
  const unshipped = backlog.receipt + backlog.pickPack + backlog.shipTransport;
  const nextPickupAt = nextPickupAfter(now, settings)?.at ?? null;
  const clearAt = clearTime(run, nowIndex);
  return {
    streamId: known[0].streamId,
    at: now,
    timeZone: settings.timezone,
    paidOrders: known[known.length - 1].paidOrders,
    streamOrders: arrivals.reduce((a, b) => a + b, 0),
    ordersPerMinute: ordersInLastMinute(curve, now),
    peakOrdersPerMinute: peakOrdersPerMinute(curve, now),
    backlog,
    unshipped,
    peakUnshipped,
    late: late.late + lateGone,
    atRisk: late.atRisk,
    atRiskByDeadline: late.atRiskByDeadline,
    nextPickupAt,
    clearAt,
    earliestDeadline: late.earliestOpenDeadline,
    status: statusOf({ unshipped, atRisk: late.atRisk, clearAt, nextPickupAt }),
    backlogForecast,
    observed: view && {
      at: view.at,
      source: view.source,
      pickPack: view.pickPack,
      shipTransport: view.shipTransport,
      observedRoles: view.observedRoles,
      inferred: view.inferred,
      older: view.anchored.older,
      speed: view.speed && { ratio: view.speed.ratio, minutes: view.speed.toMinute - view.speed.fromMinute },
    },
    // Judged at the clock, not at an ended stream's last reading: the next morning's pickups carry its backlog.
    missedPickup: missedPickupOf(
      observed?.readings ?? [],
      settings,
      observed?.watchNow ?? now,
      late.earliestOpenDeadline,
    ),
    outlook: null,
  };
}

/** The latest judged pickup, when it was missed: what the popup, overlay and badge say (pickup-watch.ts). */
function missedPickupOf(readings: readonly StageReading[], settings: Settings, now: number, deadline: number | null) {
  const missed = judgedPickups(readings, settings, now).pop();
  if (!missed?.missed) return null;
  const timeout = cardFor(settings).scanTimeout;
  return {
    pickupAt: missed.pickupAt,
    parcels: missed.before,
    nextPickupAt: nextPickupAfter(now, settings)?.at ?? null,
    dispatchDeadline: deadline,
    scanDeadline: timeout ? missed.waitingSince + timeout.hours * 3_600_000 : null,
  };
}
