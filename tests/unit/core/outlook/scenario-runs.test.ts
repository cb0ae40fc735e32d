import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HORIZON_MINUTES, planPipeline } from '../../../../core/model/capacity';
import { capacityPrefix, emptyDispatch, simulateDispatch } from '../../../../core/model/dispatch';
import { forecastArrivals } from '../../../../core/model/forecast';
import { lateness } from '../../../../core/model/lateness';
import { ruleClockFor } from '../../../../core/model/rule-clock';
import { shipBy } from '../../../../core/model/ship-by';
import { deadlineTable } from '../../../../core/model/ship-by-table';
import {
  type Draw,
  drawSamples,
  missedVisits,
  prepareScenario,
  type SampleView,
  type Scenario,
  type Situation,
} from '../../../../core/outlook/monte-carlo';
import { historyTally } from '../../../../core/outlook/outlook';
import { streamScorer } from '../../../../core/outlook/sample-score';
import { scenarioRunner, simulatesAlike } from '../../../../core/outlook/scenario-runs';
import type { SampleScore } from '../../../../core/outlook/simulate-stream';
import { emptyOrders } from '../../../../core/records/orders';
import { scorecardFor } from '../../../../core/scorecards';
import type { Settings } from '../../../../core/settings/settings';
import { arrivals, settingsWith, sh } from '../../helpers';

const T0 = sh('2026-11-25', '10:00'); // a Wednesday
const MINUTE = 60_000;

/**
 * runScenario as it was before issue #17 (monte-carlo.ts at commit e9f3366), the reference: the plan and
 * deadlines built afresh for the scenario, lateness() twice per sample, the scorer called per sample.
 */
function before(sit: Situation, scenario: Scenario, draws: readonly Draw[], score: (v: SampleView) => SampleScore) {
  const { settings } = scenario;
  const paidMinutes = sit.known.length + sit.forecast.length;
  const now = sit.t0 + sit.nowIndex * MINUTE;
  const clock = ruleClockFor(settings);
  const lastDeadline = shipBy(now, scenario.newOrderPromise ?? settings.promise, clock.timeZone, clock.isBusinessDay);
  const horizon = Math.max(MAX_HORIZON_MINUTES, Math.ceil((lastDeadline - now) / MINUTE) + 1440);
  const plan = planPipeline(settings, sit.t0, paidMinutes + horizon);
  const prefix = capacityPrefix(plan);
  const open = plan.receiptOpen;
  const batch =
    settings.stages.receipt.mode === 'batch' ? Int32Array.from(open.keys()).filter((i) => open[i] === 1) : null;
  const deadlines = deadlineTable(sit.t0, paidMinutes, {
    clock,
    promiseAt: (m) => (m > sit.nowIndex && scenario.newOrderPromise) || settings.promise,
  });
  const dispatch = emptyDispatch(sit.t0, paidMinutes, plan);
  const arrivalsOf = new Float64Array(paidMinutes);
  const lateKnown = new Float64Array(draws.length);
  const lateAll = new Float64Array(draws.length);
  const scores = new Float64Array(draws.length);
  const samples: SampleScore[] = [];
  const missed = new Uint8Array(plan.pickupMinutes.length);
  draws.forEach((draw, index) => {
    // fillArrivals: whole orders, rounded on the cumulative count.
    const keep = 1 - draw.cancelRate;
    const level = draw.forecastLevel * scenario.forecastFactor;
    let expected = 0;
    let whole = 0;
    for (let i = 0; i < paidMinutes; i++) {
      const k = sit.known.length;
      expected += i < k ? sit.known[i] * keep : sit.forecast[i - k] * level * keep;
      const next = Math.round(expected);
      arrivalsOf[i] = next - whole;
      whole = next;
    }
    simulateDispatch(
      plan,
      prefix,
      batch,
      arrivalsOf,
      draw.packFactor,
      dispatch,
      missedVisits(plan.pickupMinutes, draw, missed),
    );
    lateKnown[index] = lateness(dispatch, sit.nowIndex, deadlines).late;
    lateAll[index] = lateness(dispatch, paidMinutes - 1, deadlines).late;
    const horizonEnd = sit.t0 + plan.length * MINUTE;
    const s = score({ index, dispatch, draw, lastPaidMinute: paidMinutes - 1, settings, deadlines, horizonEnd });
    scores[index] = s.score;
    samples[index] = s;
  });
  return { result: { lateKnown, lateAll }, scores, samples };
}

const card = scorecardFor('douyin-2026-07');
const scorerFor = (s: Settings) =>
  streamScorer(card, historyTally(card, emptyOrders(0), T0, s.timezone), s.timezone, T0 - 30 * 86_400_000);

const scenarioArb = fc.record({
  orders: fc.integer({ min: 50, max: 4000 }),
  rate: fc.integer({ min: 0, max: 40 }),
  nowIndex: fc.integer({ min: 0, max: 90 }),
  packers: fc.integer({ min: 1, max: 10 }),
  pickupLimit: fc.integer({ min: 100, max: 3000 }),
  seed: fc.nat(),
});

describe('scenarioRunner: each scenario run once per outlook', () => {
  it('gives every scenario what the run before issue #17 gave it, sample by sample', () => {
    fc.assert(
      fc.property(scenarioArb, (g) => {
        const s = settingsWith((x) => {
          x.model.samples = 12;
          x.stages.pickPack.shifts[0].packers = g.packers;
          x.stages.ship.pickups = x.stages.ship.pickups.map((p) => ({ ...p, maxParcels: g.pickupLimit }));
        });
        const sit: Situation = {
          t0: T0,
          nowIndex: g.nowIndex,
          known: arrivals(g.nowIndex + 1, { 0: g.orders }),
          forecast: forecastArrivals(g.rate, 20),
        };
        const draws = drawSamples(s, g.seed);
        const onTime = structuredClone(s);
        onTime.stages.delivery.onTimeRate = 1;
        const more = structuredClone(s);
        more.stages.pickPack.shifts[0].packers += 1;
        const faster = structuredClone(s);
        faster.stages.delivery = { onTimeRate: 0.97, meanTransitHours: 30 };
        const scenarios: Scenario[] = [
          { id: 'plan', settings: s, forecastFactor: 1 },
          { id: 'packers+1', settings: more, forecastFactor: 1 },
          { id: 'cap-drop', settings: s, forecastFactor: 0.5 },
          { id: 'longer-promise', settings: s, forecastFactor: 1, newOrderPromise: { type: 'hours', hours: 72 } },
          { id: 'every waybill on time', settings: onTime, forecastFactor: 1 },
          { id: 'plan again', settings: structuredClone(s), forecastFactor: 1 },
          // Another layout object, alike in all the dispatch reads: the plan's dispatches are replayed.
          { id: 'faster carrier', settings: faster, forecastFactor: 1 },
        ];
        const scorer = scorerFor(s);
        const run = scenarioRunner(sit, s, draws, { seed: g.seed, scorer });
        for (const scenario of scenarios) {
          // A fresh scorer for the reference: nothing it kept from other scenarios may matter. Without the
          // indicators asked for, each sample keeps its score and flags; asked for, the scenario runs again.
          // (A scenario alike to one run before returns that run, with whatever it kept.)
          const was = before(sit, scenario, draws, scorerFor(s));
          const slim = (samples: SampleScore[]) => samples.map((x) => x && { score: x.score, flags: x.flags });
          const plain = run(scenario);
          expect({ ...plain, samples: slim(plain.samples), indicators: null }).toEqual({
            ...was,
            samples: slim(was.samples),
            indicators: null,
          });
          expect(run(scenario, { indicators: true })).toEqual({ ...was, indicators: true });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('reuses the plan’s samples for a scenario that lays out the same warehouse and deadlines', () => {
    // The plan run again (the attribution's) is the plan's samples, the same object; "every waybill on time"
    // is another carrier, whose rate the scorer reads: its own samples. One more packer is its own too.
    const s = settingsWith((x) => {
      x.model.samples = 5;
    });
    const sit: Situation = { t0: T0, nowIndex: 0, known: arrivals(1, { 0: 900 }), forecast: new Float64Array(0) };
    const draws = drawSamples(s, 3);
    const run = scenarioRunner(sit, s, draws, { seed: 3 });
    const plan = run({ id: 'plan', settings: s, forecastFactor: 1 });
    const onTime = settingsWith((x) => {
      x.model.samples = 5;
      x.stages.delivery.onTimeRate = 1;
    });
    const more = settingsWith((x) => {
      x.model.samples = 5;
      x.stages.pickPack.shifts[0].packers += 1;
    });
    expect(run({ id: 'plan again', settings: structuredClone(s), forecastFactor: 1 })).toBe(plan);
    expect(run({ id: 'on time', settings: onTime, forecastFactor: 1 })).not.toBe(plan);
    expect(run({ id: 'packers+1', settings: more, forecastFactor: 1 })).not.toBe(plan);
    // Another scorer is another outlook: nothing is shared with it.
    expect(
      scenarioRunner(sit, s, draws, { seed: 3, scorer: scorerFor(s) })({ id: 'plan', settings: s, forecastFactor: 1 }),
    ).not.toBe(plan);
  });
});

describe('a scenario’s carrier counts in its score', () => {
  it('scores "every waybill on time" above the plan’s 93 % carrier, sample by sample (the draws’ luck kept)', () => {
    // 2,000 orders, enough for the card's minimum: the waybill on-time rate is the plan's draw (around 93 %) in
    // the plan, and 100 % where every waybill is on time, so no sample scores lower and the mean rises.
    const s = settingsWith((x) => {
      x.model.samples = 20;
    });
    const sit: Situation = { t0: T0, nowIndex: 0, known: arrivals(1, { 0: 2000 }), forecast: new Float64Array(0) };
    const draws = drawSamples(s, 5);
    const run = scenarioRunner(sit, s, draws, { seed: 5, scorer: scorerFor(s) });
    const plan = run({ id: 'plan', settings: s, forecastFactor: 1 });
    const onTime = structuredClone(s);
    onTime.stages.delivery.onTimeRate = 1;
    const best = run({ id: 'every waybill on time', settings: onTime, forecastFactor: 1 });
    const mean = (a: Float64Array) => a.reduce((x, y) => x + y, 0) / a.length;
    expect([...best.scores].every((v, i) => v >= plan.scores[i])).toBe(true);
    expect(mean(best.scores)).toBeGreaterThan(mean(plan.scores));
  });
});

describe('simulatesAlike: which scenarios replay the plan’s dispatches', () => {
  it('holds for a longer promise and another carrier, not for more packers or another pickup', () => {
    const s = settingsWith();
    const sit: Situation = { t0: T0, nowIndex: 30, known: arrivals(31, { 0: 900 }), forecast: new Float64Array(0) };
    const faster = structuredClone(s);
    faster.stages.delivery = { onTimeRate: 0.97, meanTransitHours: 30 };
    const more = structuredClone(s);
    more.stages.pickPack.shifts[0].packers += 1;
    const pickup = structuredClone(s);
    pickup.stages.ship.pickups = [...pickup.stages.ship.pickups, { time: '14:00', maxParcels: 300 }];
    const plan = prepareScenario(sit, { id: 'plan', settings: s, forecastFactor: 1 });
    const prepared = (settings: Settings, newOrderPromise?: Scenario['newOrderPromise']) =>
      prepareScenario(sit, { id: 'x', settings, forecastFactor: 1, newOrderPromise });
    expect(simulatesAlike(prepared(s, { type: 'hours', hours: 72 }), plan)).toBe(true);
    // The faster carrier's layout is another object (its transit differs) with the same capacities.
    expect(prepared(faster).planned).not.toBe(plan.planned);
    expect(simulatesAlike(prepared(faster), plan)).toBe(true);
    expect(simulatesAlike(prepared(more), plan)).toBe(false);
    expect(simulatesAlike(prepared(pickup), plan)).toBe(false);
  });
});

describe('scenarioRunner after a run that threw', () => {
  it('replays nothing half-recorded: the scenario runs again whole', () => {
    const s = settingsWith((x) => {
      x.model.samples = 10;
    });
    const sit: Situation = { t0: T0, nowIndex: 30, known: arrivals(31, { 0: 900 }), forecast: new Float64Array(0) };
    const draws = drawSamples(s, 3);
    const score = scorerFor(s);
    let calls = 0;
    // The scorer fails on the plan's fourth sample, once; the seller's next refresh asks again.
    const scorer = (v: SampleView) => {
      if (++calls === 4) throw new Error('interrupted');
      return score(v);
    };
    const run = scenarioRunner(sit, s, draws, { seed: 3, scorer });
    const plan: Scenario = { id: 'plan', settings: s, forecastFactor: 1 };
    expect(() => run(plan)).toThrow('interrupted');
    const whole = run(plan);
    expect(whole.scores.every(Number.isFinite)).toBe(true);
    // A longer promise dispatches alike: it replays the whole run's ten samples.
    const longer = run({ ...plan, id: 'longer-promise', newOrderPromise: { type: 'hours', hours: 72 } });
    expect(longer.result.lateAll.length).toBe(10);
    expect(longer.scores.every(Number.isFinite)).toBe(true);
  });
});
