import { DAY, HOUR, MINUTE } from '../lib/time';
import type { Calibration } from '../model/calibration';
import { type CarrierCard, carrierCards, carrierRegionCards } from '../model/carriers';
import { forecastArrivals, RECENT_MINUTES } from '../model/forecast';
import type { StageCounts } from '../model/lateness';
import { cancelledUnknownTime, dispatchedLate, fillDeadlines } from '../model/ship-by-orders';
import type { Situation } from '../outlook/monte-carlo';
import { historyTally, outlook } from '../outlook/outlook';
import type { Outlook } from '../outlook/outlook-schema';
import { hasAny, lastEvent, onlyKnownAt, paidBy } from '../records/known-rows';
import type { OrderColumns } from '../records/orders';
import { takeRows } from '../records/take-rows';
import { scoreAt } from '../scorecards/engine';
import type { Scorecard } from '../scorecards/schema';
import type { Settings } from '../settings/settings';
import { type ActualAttribution, actualAttribution } from './actual-attribution';
import { lateRules } from './late-stages';
import { type ObservedFigures, observedFigures, observedRun, type StageReading } from './replay-observed';
import { openAt } from './stage-truth';

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
    /** The simulated window's start and the orders in it still open at `at` (the ones simulated); the
     * other orders' lateness was known at `at`. */
    window: { from: string; orders: number };
  };
  /** The state the run starts from: the file's own at `at`, or the warehouse's counts when observed. */
  backlog: StageCounts;
  /** The warehouse's counts the run started from (`ReplayOptions.observed`), beside what the file gave. */
  observed?: ObservedFigures;
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

export type ReplayOptions = {
  carriers?: readonly string[];
  regionOf?: (i: number) => string;
  /** The CLI without --at: the indicators over every order of the file, whatever the card's windows. */
  wholeFile?: boolean;
  /** The fits already applied to `settings`, so the assumptions say which figures were measured. */
  calibration?: Calibration | null;
  /** The warehouse's counts (issue #15), oldest first or not, the last at or before `at` (core/report/replay-observed.ts). */
  observed?: readonly StageReading[];
  /** Only the late-dispatch band (the backtest): no what-if actions, no attribution; the same draws, the same band. */
  bandOnly?: boolean;
};

export function replay(
  o: OrderColumns,
  settings: Settings,
  card: Scorecard,
  at: number,
  seed: number,
  opts: ReplayOptions = {},
): ReplayResult {
  const { carriers = [], regionOf, wholeFile = false, calibration = null, observed } = opts;
  fillDeadlines(o, settings, card);
  const tz = settings.timezone;
  const end = lastEvent(o);
  let paid = 0;
  let cancelled = 0;
  let actualLate = 0;
  let oldestOpen = at;
  const isOpen = new Uint8Array(o.length);
  for (let i = 0; i < o.length; i++) {
    if (!(o.paidAt[i] <= at)) continue;
    paid++;
    const closedUnknown = cancelledUnknownTime(o, i);
    if (o.cancelledAt[i] <= at || closedUnknown) cancelled++;
    // As it really happened: the whole file, to its last event.
    if (dispatchedLate(o, i, end)) actualLate++;
    isOpen[i] = openAt(o, i, at) ? 1 : 0;
    if (isOpen[i]) oldestOpen = Math.min(oldestOpen, o.paidAt[i]);
  }
  // From the oldest order still open (at least a day back, at most MAX_WINDOW_DAYS: older ones sit at its start).
  const t0 = Math.floor(Math.max(Math.min(oldestOpen, at - 24 * HOUR), at - MAX_WINDOW_DAYS * DAY) / MINUTE) * MINUTE;
  const nowIndex = Math.floor((at - t0) / MINUTE);
  const known = new Float64Array(nowIndex + 1);
  const paidInWindow = new Float64Array(nowIndex + 1); // open or not: what an observation re-anchors
  let windowOrders = 0;
  let packed = 0;
  let recentOrders = 0;
  let knownLate = 0; // lateness of the orders no longer open at `at`: already known then
  const closed: number[] = [];
  for (let i = 0; i < o.length; i++) {
    if (!(o.paidAt[i] <= at)) continue;
    if (o.paidAt[i] > at - RECENT_MINUTES * MINUTE) recentOrders++;
    if (o.paidAt[i] >= t0) paidInWindow[Math.floor((o.paidAt[i] - t0) / MINUTE)]++;
    if (!isOpen[i]) {
      closed.push(i);
      if (dispatchedLate(o, i, at)) knownLate++;
      continue;
    }
    // The run starts from the file's own state at `at`: the open orders, those marked RTS already packed.
    known[Math.max(0, Math.floor((o.paidAt[i] - t0) / MINUTE))]++;
    windowOrders++;
    if (o.rtsAt && o.rtsAt[i] <= at) packed++;
  }
  const run = observed?.length ? observedRun(observed, { t0, at, paid: paidInWindow }, settings) : null;
  const simulated = run ? run.known.reduce((a, b) => a + b, 0) : windowOrders;
  const startPacked = run ? run.start.packed : packed;
  // The live rule: orders of the last ten minutes, over ten minutes.
  const sit: Situation = {
    t0,
    nowIndex,
    known: run ? run.known : known,
    forecast: forecastArrivals(recentOrders / RECENT_MINUTES, settings.model.forecastHalfLifeMinutes),
    start: run ? run.start : { minute: nowIndex, packed },
  };
  // The score's history: every order settled by `at` (shipped or cancelled), whenever it was paid.
  const history = historyTally(card, takeRows(o, closed), at, tz, { paidUntil: at });
  const asKnown = onlyKnownAt(o, at);
  const keptIndex = paidBy(o, at);
  const extras = {
    rtsAt: hasAny(asKnown.rtsAt) ? asKnown.rtsAt : undefined,
    regionOf: regionOf && ((k: number) => regionOf(keptIndex[k])),
  };
  const keptCarriers = keptIndex.map((i) => carriers[i] ?? '');
  // As the live estimator does: the delivery stage and the faster carrier from the carriers known at `at`.
  const cards = carrierCards(asKnown, keptCarriers, settings, extras);
  const used = run ? run.settings : settings;
  // A speed measured from the counts replaces the history's: the assumptions must not claim the fit.
  const fits = calibration && run?.speed ? { ...calibration, packing: null } : calibration;
  const lean = opts.bandOnly ? { actions: [], attribution: false } : { attribution: true };
  const out = outlook(sit, used, { seed, history, card, ...lean, carriers: cards, calibration: fits });

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
      window: { from: new Date(t0).toISOString(), orders: simulated },
    },
    // As the file shows it at `at` (open orders not yet marked RTS wait to be packed, the others for the carrier), or as observed.
    backlog: { receipt: 0, pickPack: simulated - startPacked, shipTransport: startPacked, delivery: 0 },
    ...(run && observed
      ? { observed: observedFigures(observed, run, { pickPack: windowOrders - packed, shipTransport: packed }) }
      : {}),
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
      ...(run?.assumption ? [run.assumption] : []),
      `route standard: delivered by the end of the day ${Math.ceil(settings.stages.delivery.meanTransitHours / 24)} days after pickup`,
      'every scanned parcel had a valid tracking number (the export does not say)',
    ],
  };
}

const withoutSentence = <T extends { sentence?: unknown; stages: { leversKey?: string }[] }>({
  sentence: _,
  ...rest
}: T): Omit<T, 'sentence'> => ({ ...rest, stages: rest.stages.map(({ leversKey: _k, ...st }) => st) });

/** The days a replay's window reaches back for the oldest order still open. */
const MAX_WINDOW_DAYS = 30;

/** The card with one window over every order paid up to `at` (and no narrower indicator windows). */
function spanning(card: Scorecard, o: OrderColumns, at: number): Scorecard {
  let first = at;
  for (let i = 0; i < o.length; i++) if (o.paidAt[i] < first) first = o.paidAt[i];
  const windowDays = Math.max(card.windowDays, Math.ceil((at - first) / DAY) + 1);
  return { ...card, windowDays, indicators: card.indicators.map(({ window: _w, ...ind }) => ind) };
}
