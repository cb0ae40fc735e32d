import { DAY, HOUR, MINUTE } from '../lib/time';
import type { Calibration } from '../model/calibration';
import { planPipeline, simulate } from '../model/capacity';
import { type CarrierCard, carrierCards, carrierRegionCards } from '../model/carriers';
import { forecastArrivals, RECENT_MINUTES } from '../model/forecast';
import { type StageCounts, stageBacklog } from '../model/lateness';
import { cancelledUnknownTime, dispatchedLate, fillDeadlines } from '../model/ship-by-orders';
import type { Situation } from '../outlook/monte-carlo';
import { historyTally, outlook } from '../outlook/outlook';
import type { Outlook } from '../outlook/outlook-schema';
import type { OrderColumns } from '../records/orders';
import { scoreAt } from '../scorecards/engine';
import type { Scorecard } from '../scorecards/schema';
import type { Settings } from '../settings/settings';
import { type ActualAttribution, actualAttribution } from './actual-attribution';
import { lateRules } from './late-stages';

/**
 * Replays an order export through the same model the worker runs, as known at `at`: how a seller
 * checks the model against a past stream. Orders paid up to `at` are known; events after `at` are not.
 * The model simulates the recent orders still in the warehouse's hands at `at` (the stream window,
 * from the oldest order then still open, at least the last 24 h, at most 72 h); older orders are
 * history, scored as they stand.
 */
export type ReplayResult = {
  scorecard: string;
  at: string;
  orders: { paid: number; cancelled: number };
  indicators: Record<string, number | null>;
  score: { now: number | null; predicted: Outlook['score'] };
  lateDispatch: {
    actual: number;
    predicted: { p10: number; p50: number; p90: number };
    /** The simulated stream window and its size; the other orders' lateness was known at `at`. */
    window: { from: string; orders: number };
  };
  backlog: StageCounts;
  flags: { id: string; label: string }[];
  actions: Omit<Outlook['actions'][number], 'key' | 'params'>[];
  /** Which stage the predicted late orders and lost points come from (counterfactual removal). */
  attribution: Omit<NonNullable<Outlook['attribution']>, 'sentence'> | null;
  /** Which stage really held the orders paid by `at`, as the file tells it to its end (core/report/late-stages.ts). */
  attributionActual: Omit<ActualAttribution, 'sentence'>;
  carriers: CarrierCard[];
  /** Per carrier and destination region, when the export has a region column. */
  carrierRegions: CarrierCard[];
  assumptions: string[];
};

export function replay(
  o: OrderColumns,
  settings: Settings,
  card: Scorecard,
  at: number,
  seed: number,
  carriers: readonly string[] = [],
  regionOf?: (i: number) => string,
  /** The CLI without --at: the indicators over every order of the file, whatever the card's windows. */
  wholeFile = false,
  /** The fits already applied to `settings`, so the assumptions say which figures were measured. */
  calibration: Calibration | null = null,
): ReplayResult {
  fillDeadlines(o, settings, card);
  const tz = settings.timezone;
  const end = lastEvent(o);
  let paid = 0;
  let cancelled = 0;
  let actualLate = 0;
  let oldestOpen = at;
  for (let i = 0; i < o.length; i++) {
    if (!(o.paidAt[i] <= at)) continue;
    paid++;
    const closedUnknown = cancelledUnknownTime(o, i);
    if (o.cancelledAt[i] <= at || closedUnknown) cancelled++;
    // As it really happened: the whole file, to its last event.
    if (dispatchedLate(o, i, end)) actualLate++;
    const open = !(o.shippedAt[i] <= at) && !(o.cancelledAt[i] <= at) && !closedUnknown;
    if (open) oldestOpen = Math.min(oldestOpen, o.paidAt[i]);
  }
  const t0 = Math.floor(Math.max(Math.min(oldestOpen, at - 24 * HOUR), at - 72 * HOUR) / MINUTE) * MINUTE;
  const nowIndex = Math.floor((at - t0) / MINUTE);
  const known = new Float64Array(nowIndex + 1);
  let windowOrders = 0;
  let knownLate = 0; // lateness of older orders, already known at `at`
  for (let i = 0; i < o.length; i++) {
    if (!(o.paidAt[i] <= at)) continue;
    if (o.paidAt[i] >= t0) {
      known[Math.floor((o.paidAt[i] - t0) / MINUTE)]++;
      windowOrders++;
    } else if (dispatchedLate(o, i, at)) {
      knownLate++;
    }
  }
  // The live rule: orders of the last ten minutes, over ten minutes.
  const recent = known.slice(-RECENT_MINUTES).reduce((a, b) => a + b, 0) / RECENT_MINUTES;
  const sit: Situation = {
    t0,
    nowIndex,
    known,
    forecast: forecastArrivals(recent, settings.model.forecastHalfLifeMinutes),
  };
  const history = historyTally(card, o, at, tz, { paidUntil: t0 - 1 });
  const asKnown = onlyKnownAt(o, at);
  const keptIndex = paidBy(o, at);
  const extras = {
    rtsAt: hasAny(asKnown.rtsAt) ? asKnown.rtsAt : undefined,
    regionOf: regionOf && ((k: number) => regionOf(keptIndex[k])),
  };
  const keptCarriers = keptIndex.map((i) => carriers[i] ?? '');
  // As the live estimator does: the delivery stage and the faster carrier from the carriers known at `at`.
  const cards = carrierCards(asKnown, keptCarriers, settings, extras);
  const out = outlook(sit, settings, { seed, history, card, attribution: true, carriers: cards, calibration });
  const nominal = simulate(planPipeline(settings, t0, known.length + 20 * 1440), known);
  const now = scoreAt(wholeFile ? spanning(card, o, at) : card, o, at, tz);
  const shift = (q: { p10: number; p50: number; p90: number }) => ({
    p10: q.p10 + knownLate,
    p50: q.p50 + knownLate,
    p90: q.p90 + knownLate,
  });
  return {
    scorecard: card.id,
    at: new Date(at).toISOString(),
    orders: { paid, cancelled },
    indicators: Object.fromEntries(Object.entries(now.indicators).map(([k, v]) => [k, v.value])),
    score: { now: now.score, predicted: out.score },
    lateDispatch: {
      actual: actualLate,
      predicted: shift(out.lateDispatch.known),
      window: { from: new Date(t0).toISOString(), orders: windowOrders },
    },
    backlog: stageBacklog(nominal, nowIndex),
    // The CLI's JSON is English: the phrases and Chinese labels beside the English text are the faces'.
    flags: out.flags.map(({ id, label, product }) => ({ id, label, ...(product ? { product } : {}) })),
    actions: out.actions.map(({ key: _k, params: _p, ...a }) => a),
    attribution: out.attribution && withoutSentence(out.attribution),
    attributionActual: withoutSentence(
      actualAttribution(
        o,
        keptIndex,
        lateRules(o, settings, end, hasAny(o.rtsAt) ? o.rtsAt : undefined),
        card,
        null,
        tz,
      ),
    ),
    carriers: cards,
    carrierRegions: carrierRegionCards(asKnown, keptCarriers, settings, extras),
    assumptions: [
      ...out.assumptions,
      `route standard: delivered by the end of the day ${Math.ceil(settings.stages.delivery.meanTransitHours / 24)} days after pickup`,
      'every scanned parcel had a valid tracking number (the export does not say)',
    ],
  };
}

const withoutSentence = <T extends { sentence?: unknown; stages: { leversKey?: string }[] }>({
  sentence: _,
  ...rest
}: T): Omit<T, 'sentence'> => ({ ...rest, stages: rest.stages.map(({ leversKey: _k, ...st }) => st) });

/** The latest instant anything in the file happened: "the whole file as it happened" ends there. */
export function lastEvent(o: OrderColumns): number {
  let end = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    for (const v of [o.paidAt[i], o.shippedAt[i], o.deliveredAt[i], o.cancelledAt[i]]) if (v > end) end = v;
  }
  return end;
}

/** The rows paid by `at`, in file order. */
function paidBy(o: OrderColumns, at: number): number[] {
  const keep: number[] = [];
  for (let i = 0; i < o.length; i++) if (o.paidAt[i] <= at) keep.push(i);
  return keep;
}

const hasAny = (c: Float64Array | undefined): boolean => c?.some((t) => !Number.isNaN(t)) ?? false;

/** A copy holding only what was known at `at`: later events are erased, later orders dropped. */
export function onlyKnownAt(o: OrderColumns, at: number): OrderColumns {
  const keep = paidBy(o, at);
  const pick = (c: Float64Array) => Float64Array.from(keep, (i) => (c[i] <= at ? c[i] : Number.NaN));
  return {
    ...(o.rtsAt && { rtsAt: pick(o.rtsAt) }),
    length: keep.length,
    paidAt: Float64Array.from(keep, (i) => o.paidAt[i]),
    shippedAt: pick(o.shippedAt),
    deliveredAt: pick(o.deliveredAt),
    deliverBy: Float64Array.from(keep, (i) => o.deliverBy[i]),
    shipBy: Float64Array.from(keep, (i) => o.shipBy[i]),
    cancelledAt: pick(o.cancelledAt),
    cancelledBy: Uint8Array.from(keep, (i) => (o.cancelledAt[i] <= at ? o.cancelledBy[i] : 0)),
    flags: Uint8Array.from(keep, (i) => o.flags[i]),
  };
}

/** The card with one window over every order paid up to `at` (and no narrower indicator windows). */
function spanning(card: Scorecard, o: OrderColumns, at: number): Scorecard {
  let first = at;
  for (let i = 0; i < o.length; i++) if (o.paidAt[i] < first) first = o.paidAt[i];
  const windowDays = Math.max(card.windowDays, Math.ceil((at - first) / DAY) + 1);
  return { ...card, windowDays, indicators: card.indicators.map(({ window: _w, ...ind }) => ind) };
}
