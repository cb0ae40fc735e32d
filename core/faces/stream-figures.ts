import type { StageCounts } from '../model/lateness';
import type { StatusLevel } from '../model/risk-level';
import type { Estimate } from '../outlook/estimate-schema';

/**
 * The one story of a stream at a moment: every face (overlay, popup, side panel, toolbar badge, report
 * list and stream page, the demo's summary) shows these figures, cut from one estimate by this one
 * function, under one message key each (`fig_*` in public/_locales). Two figures are easy to confuse:
 *
 * - **Late predicted** (`late`): the stream's orders predicted to be picked up after their ship-by
 *   deadline, the orders the forecast still expects included. With the score outlook, the median (P50) of
 *   its simulations, with P10–P90 beside it (basis 'outlook'). Before the outlook exists (an estimate made
 *   without the Monte Carlo), the plan's single run over the orders paid so far, with no range (basis
 *   'paid-so-far'): the faces say so instead of showing it as the same thing.
 * - **At risk** (`atRisk`): orders already paid and not picked up yet that the plan's run takes past their
 *   ship-by deadline — the late dispatches the seller can still prevent. From the plan's run, not the
 *   simulations, so it does not wobble with sampling; the status is red exactly when it is above zero.
 *
 * At risk counts paid orders in the plan's run; late predicted adds the orders still to come and the spread
 * of packer speed, cancellations and carriers, so it is usually the larger — two questions, two words.
 */
export type LatePredicted = {
  value: number;
  /** P10 and P90 of the simulations; null when the figure is the plan's single run. */
  range: { p10: number; p90: number } | null;
  basis: 'outlook' | 'paid-so-far';
};

export type FigureFlag = {
  id: string;
  label: string;
  labelZh?: string;
  product?: { code: string; name: string };
  /** The share of simulations that cross the flag (0–1), when the outlook says it; null otherwise. */
  probability: number | null;
};

export type StreamFigures = {
  streamId: string;
  at: number;
  timeZone: string;
  /** Orders paid since the stream was first seen. */
  streamOrders: number;
  ordersPerMinute: number;
  backlog: StageCounts;
  /** Waiting to ship: the three stages before delivery. */
  unshipped: number;
  late: LatePredicted;
  atRisk: number;
  atRiskByDeadline: { deadline: number; orders: number }[];
  earliestDeadline: number | null;
  nextPickupAt: number | null;
  /** When everything paid so far will have been picked up; null when not within the run. */
  clearAt: number | null;
  status: StatusLevel;
  /** Waiting to ship this many hours from now (the expected orders included), where the forecast reaches. */
  waitingIn: Partial<Record<(typeof AHEAD_HOURS)[number], number>>;
  /** The logistics sub-score now → after the stream; null until the outlook has run. */
  score: {
    scorecard: string;
    now: number | null;
    predicted: number | null;
    range: { p10: number; p90: number } | null;
    /** The shop is in its growth stage: not scored yet (never the platform's fixed total of 70). */
    growth: boolean;
  } | null;
  flags: FigureFlag[];
};

export const AHEAD_HOURS = [6, 24, 48] as const;

export function streamFigures(e: Estimate): StreamFigures {
  const o = e.outlook;
  const all = o?.lateDispatch.all;
  const waitingIn: StreamFigures['waitingIn'] = {};
  for (const h of AHEAD_HOURS) {
    const b = e.backlogForecast[h];
    if (b) waitingIn[h] = b.receipt + b.pickPack + b.shipTransport;
  }
  return {
    streamId: e.streamId,
    at: e.at,
    timeZone: e.timeZone,
    streamOrders: e.streamOrders,
    ordersPerMinute: e.ordersPerMinute,
    backlog: e.backlog,
    unshipped: e.unshipped,
    late: all
      ? { value: Math.round(all.p50), range: { p10: Math.round(all.p10), p90: Math.round(all.p90) }, basis: 'outlook' }
      : { value: e.late, range: null, basis: 'paid-so-far' },
    atRisk: e.atRisk,
    atRiskByDeadline: e.atRiskByDeadline,
    earliestDeadline: e.earliestDeadline,
    nextPickupAt: e.nextPickupAt,
    clearAt: e.clearAt,
    status: e.status,
    waitingIn,
    score: o
      ? {
          scorecard: o.scorecard,
          now: o.scoreNow,
          predicted: o.score?.p50 ?? null,
          range: o.score ? { p10: o.score.p10, p90: o.score.p90 } : null,
          growth: o.stageNow === 'growth',
        }
      : null,
    flags: (o?.flags ?? []).map((f) => ({ ...f, probability: probabilityOf(f) })),
  };
}

/** The outlook's flags may carry the share of simulations crossing them; older estimates do not. */
function probabilityOf(f: object): number | null {
  const p = (f as { probability?: unknown }).probability;
  return typeof p === 'number' && Number.isFinite(p) ? p : null;
}
