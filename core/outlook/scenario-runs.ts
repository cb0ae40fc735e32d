import type { Dispatch } from '../model/dispatch';
import type { Deadlines } from '../model/ship-by-table';
import type { Settings } from '../settings/settings';
import {
  type Draw,
  type Prepared,
  prepareScenario,
  runScenario,
  type Scenario,
  type ScenarioResult,
  type Situation,
} from './monte-carlo';
import type { Planned } from './scenario-plans';
import type { SampleScore, SampleScorer } from './simulate-stream';

/**
 * A scenario's samples: late counts, scores (0 where nothing scores them) and what the scorer said of each —
 * its indicators only where asked for (the plan's median sample names the indicator that moves the score):
 * 2,600 samples' indicators kept through a refresh were most of what its garbage collections copied.
 */
export type Ran = { result: ScenarioResult; scores: Float64Array; samples: SampleScore[]; indicators: boolean };

type Opts = { seed: number; scorer?: SampleScorer; handlingCapacityPerDay?: number };
type Runs = {
  settings: Settings;
  opts: Opts;
  byLayout: Map<Planned, Map<Deadlines, Map<string, Ran>>>;
  /** The first scenario's dispatches (the plan's: simulateStream and attribute both start with it), to replay. */
  first: { prepared: Prepared; forecastFactor: number; dispatches: Dispatch[] } | null;
};

/**
 * One outlook's scenarios, each run once (issue #17). The attribution (attribution.ts) runs the plan again
 * beside its four removals: what a sample reads of a scenario is its layout, its deadlines, its forecast
 * factor and its carrier's on-time rate (the scorer shifts the draw's luck onto the scenario's rate; the
 * transit is part of the layout), so two scenarios alike in those four give the same samples, and the
 * second is the first's. ("Every waybill on time" is not the plan: its carrier is.) Kept per situation object, for the same settings,
 * seed, scorer and handling capacity only: those give the draws and the scores.
 */
const kept = new WeakMap<Situation, Runs>();

export function scenarioRunner(
  sit: Situation,
  settings: Settings,
  draws: readonly Draw[],
  opts: Opts,
): (scenario: Scenario, keep?: { indicators: boolean }) => Ran {
  let runs = kept.get(sit);
  const same =
    runs &&
    runs.settings === settings &&
    runs.opts.seed === opts.seed &&
    runs.opts.scorer === opts.scorer &&
    runs.opts.handlingCapacityPerDay === opts.handlingCapacityPerDay;
  if (!runs || !same) {
    runs = { settings, opts, byLayout: new Map(), first: null };
    kept.set(sit, runs);
  }
  const state = runs;
  const byLayout = runs.byLayout;
  return (scenario, keep = { indicators: false }) => {
    const prepared = prepareScenario(sit, scenario, opts.handlingCapacityPerDay);
    const byDeadlines = byLayout.get(prepared.planned) ?? new Map<Deadlines, Map<string, Ran>>();
    byLayout.set(prepared.planned, byDeadlines);
    const byFactor = byDeadlines.get(prepared.deadlines) ?? new Map<string, Ran>();
    byDeadlines.set(prepared.deadlines, byFactor);
    const key = `${scenario.forecastFactor} ${scenario.settings.stages.delivery.onTimeRate}`;
    const hit = byFactor.get(key);
    if (hit && (hit.indicators || !keep.indicators)) return hit;
    const scores = new Float64Array(draws.length);
    const samples: SampleScore[] = [];
    const dispatches = dispatchesFor(state, prepared, scenario.forecastFactor);
    const scorer = opts.scorer;
    const result = runScenario(
      sit,
      scenario,
      draws,
      scorer &&
        ((view) => {
          const s = scorer(view);
          scores[view.index] = s.score;
          samples[view.index] = keep.indicators ? s : { score: s.score, flags: s.flags };
        }),
      opts.handlingCapacityPerDay,
      prepared,
      dispatches,
    );
    // Kept once the run is whole: a run that threw leaves nothing half-recorded to replay.
    if (dispatches?.record)
      state.first = { prepared, forecastFactor: scenario.forecastFactor, dispatches: dispatches.record };
    const ran = { result, scores, samples, indicators: keep.indicators };
    byFactor.set(key, ran);
    return ran;
  };
}

/** Record the first scenario's dispatches; replay them for a later one that simulates alike. */
function dispatchesFor(runs: Runs, prepared: Prepared, forecastFactor: number) {
  const first = runs.first;
  if (!first) return { record: [] as Dispatch[] };
  const alike = first.forecastFactor === forecastFactor && simulatesAlike(prepared, first.prepared);
  return alike ? { replay: first.dispatches } : undefined;
}

/**
 * Whether two scenarios' samples dispatch alike: the same packing capacity, pickups and receipt batches
 * (what simulateDispatch reads of a layout) and the same forecast. A longer promise changes only deadlines,
 * every waybill on time or a faster carrier only the delivery after pickup: their samples' dispatches are
 * the plan's, replayed rather than simulated again (the late counts and the scores are still their own).
 */
export function simulatesAlike(a: Prepared, b: Prepared): boolean {
  if (a.plan === b.plan && a.batch === b.batch) return true;
  const same = (x: ArrayLike<number> | null, y: ArrayLike<number> | null) => {
    if (x === y) return true;
    if (!x || !y || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  };
  return (
    a.plan.length === b.plan.length &&
    same(a.plan.packCap, b.plan.packCap) &&
    same(a.plan.pickupCap, b.plan.pickupCap) &&
    same(a.plan.pickupMinutes, b.plan.pickupMinutes) &&
    same(a.batch, b.batch)
  );
}
