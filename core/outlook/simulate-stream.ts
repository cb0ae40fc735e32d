import type { Phrase } from '../lib/phrase';
import { quantile } from '../lib/random';
import type { Flag, IndicatorResult } from '../scorecards/engine';
import type { Settings } from '../settings/settings';
import { type FlagDrop, type FlagOdds, flagOdds, largestDrop } from './flag-odds';
import { type Action, type ActionStage, actionsFor } from './levers';
import { drawSamples, type SampleView, type Situation } from './monte-carlo';
import { scenarioRunner } from './scenario-runs';

export type Quantiles = { p10: number; p50: number; p90: number };
export type RankedAction = {
  id: string;
  label: string;
  /** The label's message key and substitutions (core/lib/phrase.ts); absent on an action built without one. */
  key?: string;
  params?: Phrase['params'];
  stage: ActionStage;
  /** Expected late dispatches avoided: the mean of the paired differences over the samples. */
  lateAvoided: number;
  /** Expected points gained (mean of paired differences), null where no sample is scored. */
  scoreGain: number | null;
  /** The predicted flag whose probability the action lowers most. */
  flagDrop?: FlagDrop | null;
};

export type StreamPrediction = {
  samples: number;
  /** Late dispatches among the orders paid by now. */
  lateKnown: Quantiles;
  /** Late dispatches among all the stream's orders, the forecast included. */
  lateAll: Quantiles;
  /** The score once the stream's orders have flowed through, when a scorer is given. */
  score: Quantiles | null;
  /** Best first: by expected score gain, then by the largest drop of a flag's probability, then by late avoided. */
  actions: RankedAction[];
  /** The scorecard's flags with the share of samples that cross them (core/outlook/flag-odds.ts). */
  flags: FlagOdds[];
  /** That sample's indicators (points and values), to say which one moves the score most. */
  indicators?: Record<string, IndicatorResult>;
};

/** The predicted score of one sample (the scorecard engine, given the history inside its window). */
export type SampleScore = {
  score: number;
  flags: Flag[];
  indicators?: Record<string, IndicatorResult>;
};
export type SampleScorer = (view: SampleView) => SampleScore;

export const quantiles = (v: ArrayLike<number>): Quantiles => ({
  p10: quantile(v, 0.1),
  p50: quantile(v, 0.5),
  p90: quantile(v, 0.9),
});

/** Late counts are expectations of whole orders; scores keep one decimal. */
const round = (q: Quantiles, digits: number): Quantiles => {
  const f = 10 ** digits;
  return { p10: Math.round(q.p10 * f) / f, p50: Math.round(q.p50 * f) / f, p90: Math.round(q.p90 * f) / f };
};

export function simulateStream(
  sit: Situation,
  settings: Settings,
  opts: { seed: number; scorer?: SampleScorer; actions?: Action[]; handlingCapacityPerDay?: number },
): StreamPrediction {
  const draws = drawSamples(settings, opts.seed);
  const run = scenarioRunner(sit, settings, draws, opts);
  const {
    result: base,
    scores: baseScores,
    samples: baseSamples,
  } = run({ id: 'plan', settings, forecastFactor: 1 }, { indicators: true });
  const odds = opts.scorer ? flagOdds(baseSamples) : [];
  const actions = (opts.actions ?? actionsFor(settings)).map((action): RankedAction => {
    const { result: r, scores, samples } = run(action.scenario);
    const avoided = base.lateAll.map((late, i) => late - r.lateAll[i]);
    // Paired differences on the samples scored in both scenarios (a shop still in its growth stage is not).
    const gain = finite(scores.map((s, i) => s - baseScores[i]));
    return {
      id: action.id,
      label: action.label,
      ...(action.key === undefined ? {} : { key: action.key, params: action.params ?? [] }),
      stage: action.stage,
      lateAvoided: Math.round(mean(avoided)),
      scoreGain: opts.scorer && gain.length > 0 ? Math.round(mean(gain) * 10) / 10 : null,
      ...(opts.scorer ? { flagDrop: largestDrop(odds, samples) } : {}),
    };
  });
  const drop = (a: RankedAction) => (a.flagDrop ? a.flagDrop.from - a.flagDrop.to : 0);
  actions.sort((a, b) => (b.scoreGain ?? 0) - (a.scoreGain ?? 0) || drop(b) - drop(a) || b.lateAvoided - a.lateAvoided);
  // A score only where most samples have one: below the scorecard's minimum orders there is none to show.
  const scored = finite(baseScores);
  const hasScore = opts.scorer !== undefined && scored.length * 2 >= draws.length;
  const median = hasScore ? medianIndex(baseScores) : firstIndex(baseSamples);
  return {
    samples: draws.length,
    lateKnown: round(quantiles(base.lateKnown), 0),
    lateAll: round(quantiles(base.lateAll), 0),
    score: hasScore ? round(quantiles(scored), 1) : null,
    flags: odds,
    indicators: opts.scorer ? baseSamples[median]?.indicators : undefined,
    actions,
  };
}

/** The index of the sample whose value is the median of the scored ones (nearest rank), ties to the first. */
function medianIndex(values: Float64Array): number {
  const target = quantile(finite(values), 0.5);
  return values.indexOf(target);
}

const finite = (values: Float64Array): Float64Array => values.filter(Number.isFinite);
const mean = (values: Float64Array): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const firstIndex = (samples: SampleScore[]): number => samples.findIndex((x) => x !== undefined);
