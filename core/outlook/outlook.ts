import { DAY, MINUTE } from '../lib/time';
import type { Calibration } from '../model/calibration';
import { deliveryFromHistory } from '../model/carrier-figures';
import type { CarrierCard } from '../model/carriers';
import { emptyOrders, type OrderColumns } from '../records/orders';
import { cardFor } from '../scorecards';
import { type CardTally, scoreFromTally, tallyWindow } from '../scorecards/engine';
import type { LocalFacts } from '../scorecards/local-facts';
import { CLOCK_START, NEXT_DAY_END } from '../scorecards/pickup';
import type { Scorecard } from '../scorecards/schema';
import { scoreWindow } from '../scorecards/window';
import type { Settings } from '../settings/settings';
import { assumedFigures, assumedPhrases, type CountedSpeed } from './assumptions';
import { attribute, withTopAction } from './attribution';
import { type Action, actionsFor } from './levers';
import type { Situation } from './monte-carlo';
import type { Outlook } from './outlook-schema';
import { binPayments } from './payment-bins';
import { streamScorer } from './sample-score';
import { moverOf } from './score-mover';
import { simulateStream } from './simulate-stream';

/** The history's share of the score, computed once per history and reused by every estimate until it changes. */
export function historyTally(
  card: Scorecard,
  history: OrderColumns,
  now: number,
  timeZone: string,
  /** `facts`: the orders' local-time facts, worked out for this card and zone when the window was loaded. */
  opts: { paidUntil?: number; facts?: LocalFacts } = {},
): CardTally {
  const w = scoreWindow(history, card.windowDays, now, timeZone, opts);
  if (opts.facts) {
    w.memo.set(CLOCK_START, opts.facts.clockStart);
    w.memo.set(NEXT_DAY_END, opts.facts.nextDayEnd);
  }
  return tallyWindow(card, w);
}

/**
 * What the stream means for the score: the score now (history inside the window), the score once the
 * stream's orders have flowed through (P10/P50/P90), late dispatches, the flags the predicted score
 * crosses, and the actions ranked by what they would change. With the history's carrier scorecards, the
 * delivery stage runs on the main carrier's measured figures (core/model/carrier-figures.ts) and the faster
 * carrier action on the best measured alternative.
 */
export function outlook(
  sit: Situation,
  planned: Settings,
  opts: {
    seed: number;
    history?: CardTally;
    actions?: Action[];
    card?: Scorecard;
    attribution?: boolean;
    carriers?: readonly CarrierCard[];
    /** The fits already applied to `planned` (core/model/calibration.ts): said as measured, with their n. */
    calibration?: Calibration | null;
    /** The packers' speed the warehouse's counts measured, already applied to `planned`: said so. */
    countedSpeed?: CountedSpeed | null;
  },
): Outlook {
  const { settings, basis } = deliveryFromHistory(planned, opts.carriers);
  // The busiest carrier is the one the seller ships with now: never suggested as its own alternative.
  const current = opts.carriers?.find((c) => c.region === undefined)?.carrier ?? null;
  const actions = opts.actions ?? (opts.carriers ? actionsFor(settings, { cards: opts.carriers, current }) : undefined);
  const card = opts.card ?? cardFor(planned);
  const now = sit.t0 + sit.nowIndex * MINUTE;
  const history = opts.history ?? historyTally(card, emptyOrders(0), now, settings.timezone);
  const scorer = streamScorer(card, history, settings.timezone, now - card.windowDays * DAY);
  const handlingCapacityPerDay = card.handlingCapacityExtension ? settings.handlingCapacityPerDay : undefined;
  const binned = binPayments(sit);
  const p = simulateStream(binned, settings, { seed: opts.seed, scorer, actions, handlingCapacityPerDay });
  const nowScore = scoreFromTally(card, history, now);
  return {
    scorecard: card.id,
    samples: p.samples,
    scoreNow: nowScore.score,
    stageNow: nowScore.stage,
    historyOrders: history.validOrders,
    score: p.score,
    lateDispatch: { known: p.lateKnown, all: p.lateAll },
    flags: p.flags,
    mover: moverOf(card, nowScore.indicators, p.indicators),
    assumptions: assumedFigures(planned, basis, opts.calibration, opts.countedSpeed),
    assumptionPhrases: assumedPhrases(planned, basis, opts.calibration, opts.countedSpeed),
    actions: p.actions,
    // Five more scenarios: asked for where a seller reads it (the popup), not on every estimate.
    attribution: opts.attribution
      ? withTopAction(attribute(binned, settings, { seed: opts.seed, scorer, handlingCapacityPerDay }), p.actions)
      : null,
  };
}
