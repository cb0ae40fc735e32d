import { MINUTE } from '../lib/time';
import {
  type ArrivalCurve,
  arrivalCurve,
  arrivalsPerMinute,
  ordersInLastMinute,
  peakOrdersPerMinute,
} from '../model/arrivals';
import { MAX_HORIZON_MINUTES, runPipeline } from '../model/capacity';
import { forecastArrivals, recentRate } from '../model/forecast';
import { clearTime, latenessFor, stageBacklog } from '../model/lateness';
import { nextPickupAfter } from '../model/pickups';
import { statusOf } from '../model/risk-level';
import { ruleClockFor } from '../model/rule-clock';
import { forecastWithPlan, type PlannedDrop } from '../model/run-of-show';
import { shipBy } from '../model/ship-by';
import type { Snapshot } from '../records/snapshot';
import { cardFor } from '../scorecards';
import type { Settings } from '../settings/settings';
import { type Estimate, FORECAST_HOURS } from './estimate-schema';
import type { Situation } from './monte-carlo';

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

/** The Monte Carlo's starting point: the known arrivals and the forecast of those still to come. */
export function situationOf(
  snapshots: readonly Snapshot[],
  settings: Settings,
  now: number,
  drops: readonly PlannedDrop[] = [],
): Situation {
  const { curve, t0, nowIndex, arrivals } = prepare(snapshots, now);
  return { t0, nowIndex, known: arrivals, forecast: forecastOf(curve, now, settings, drops) };
}

/** Everything the overlay, popup and report show about a stream at `now`, from its snapshots alone. */
export function computeEstimate(
  snapshots: readonly Snapshot[],
  settings: Settings,
  now: number,
  drops: readonly PlannedDrop[] = [],
): Estimate {
  const { known, curve, t0, nowIndex, arrivals } = prepare(snapshots, now);
  // Run at least until the deadline of an order paid now, so a long promise is judged, not cut off.
  const clock = ruleClockFor(settings);
  const lastDeadline = shipBy(now, settings.promise, clock.timeZone, clock.isBusinessDay);
  const horizonMinutes = Math.max(MAX_HORIZON_MINUTES, Math.ceil((lastDeadline - now) / MINUTE) + 1440);
  // The expected orders still to come ride along: they cannot change the past (FIFO), only the forecast.
  const forecast = forecastOf(curve, now, settings, drops);
  const withForecast = new Float64Array(arrivals.length + forecast.length);
  withForecast.set(arrivals);
  withForecast.set(forecast.map(Math.round), arrivals.length);
  const run = runPipeline({ settings, t0, arrivals: withForecast, horizonMinutes });
  const backlog = stageBacklog(run, nowIndex);
  const backlogForecast = Array.from({ length: FORECAST_HOURS + 1 }, (_, h) => ({
    at: t0 + (nowIndex + h * 60) * MINUTE,
    ...stageBacklog(run, nowIndex + h * 60),
  }));
  const capacity = cardFor(settings).handlingCapacityExtension ? settings.handlingCapacityPerDay : undefined;
  const late = latenessFor(run, nowIndex, settings.promise, clock, capacity);
  let peakUnshipped = 0;
  for (let i = 0; i <= nowIndex; i++) {
    peakUnshipped = Math.max(peakUnshipped, run.arrived[i] - run.shipped[i]);
  }
  const unshipped = backlog.receipt + backlog.pickPack + backlog.shipTransport;
  const nextPickupAt = nextPickupAfter(now, settings)?.at ?? null;
  const clearAt = clearTime(run, nowIndex);
  return {
    streamId: known[0].streamId,
    at: now,
    timeZone: settings.timezone,
    paidOrders: known[known.length - 1].paidOrders,
    streamOrders: run.arrived[nowIndex],
    ordersPerMinute: ordersInLastMinute(curve, now),
    peakOrdersPerMinute: peakOrdersPerMinute(curve, now),
    backlog,
    unshipped,
    peakUnshipped,
    late: late.late,
    atRisk: late.atRisk,
    atRiskByDeadline: late.atRiskByDeadline,
    nextPickupAt,
    clearAt,
    earliestDeadline: late.earliestOpenDeadline,
    status: statusOf({ unshipped, atRisk: late.atRisk, clearAt, nextPickupAt }),
    backlogForecast,
    outlook: null,
  };
}
