import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastArrivals } from '../../../../core/model/forecast';
import { ruleClockFor } from '../../../../core/model/rule-clock';
import { drawSamples, runScenario, type SampleView, type Situation } from '../../../../core/outlook/monte-carlo';
import { historyTally } from '../../../../core/outlook/outlook';
import { streamScorer } from '../../../../core/outlook/sample-score';
import { simulateStream } from '../../../../core/outlook/simulate-stream';
import { emptyOrders } from '../../../../core/records/orders';
import { scorecardFor, scorecardIds } from '../../../../core/scorecards';
import type { Settings } from '../../../../core/settings/settings';
import { arrivals, settingsWith } from '../../helpers';
import { streamScorerBefore } from './sample-score-before';

// 2,000 orders paid Mon 30 Nov 2026 10:00 Pacific in a Los Angeles TikTok US shop with no history.
// Deliver-by: 6 business days from the order date → Tue 8 Dec 23:59 Pacific (domain §3).
const T0 = Date.parse('2026-11-30T10:00:00-08:00');
const DAY_MS = 86_400_000;
const card = scorecardFor('tiktok-us-2026');
const sit: Situation = { t0: T0, nowIndex: 0, known: arrivals(1, { 0: 2000 }), forecast: new Float64Array(0) };

function predictedOtdr(packers: number): number {
  const s: Settings = settingsWith((x) => {
    x.scorecard = 'tiktok-us-2026';
    x.timezone = 'America/Los_Angeles';
    x.promise = { type: 'business-days', days: 2, cutoff: '23:59' };
    x.model.samples = 40;
    x.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers }];
    x.stages.ship.pickups = [{ time: '17:00', maxParcels: 5000 }];
  });
  const history = historyTally(card, emptyOrders(0), T0, s.timezone);
  const scorer = streamScorer(card, history, s.timezone, T0 - card.windowDays * DAY_MS);
  expect(ruleClockFor(s).timeZone).toBe('America/Los_Angeles');
  const p = simulateStream(sit, s, { seed: 7, scorer, actions: [] });
  return p.indicators?.otdr.value as number;
}

describe('predicted on-time delivery follows dispatch', () => {
  it('keeps the carrier’s on-time rate when every order leaves the same day', () => {
    // 50 packers × 25/h pack 2,000 orders by 11:36; all leave with the 17:00 pickup and arrive ~52 h later,
    // days before 8 Dec: on time at the carrier's rate (the default draws around 93 %).
    expect(predictedOtdr(50)).toBeGreaterThan(0.85);
  });

  it('loses on-time delivery when the warehouse is swamped', () => {
    // 1 packer × 25/h, 09:00–18:00: by Sun 6 Dec's 17:00 pickup 200 (Mon) + 5 × 225 (Tue–Sat) + 200 (Sun) =
    // 1,525 packed; they arrive by Tue 8 Dec 21:00, on time. The other 475 leave Mon 7 Dec or later and arrive
    // after 8 Dec: late whatever the carrier does. At the planned speed OTDR ≈ 93 % × 1,525 / 2,000 ≈ 0.71;
    // a flat draw (the old model) would have said ~0.93.
    const swamped = predictedOtdr(1);
    expect(swamped).toBeGreaterThan(0.55);
    expect(swamped).toBeLessThan(0.82);
  });
});

describe('streamScorer against the scorer before issue #17', () => {
  it('scores every sample of every scenario as the window of written-out rows did, to the last bit', () => {
    // One scorer across all samples and scenarios (its kept per-minute facts must not leak between them);
    // the reference afresh for each sample. Every card, a stream with a forecast, a longer-promise scenario.
    fc.assert(
      fc.property(
        fc.constantFrom(...scorecardIds),
        fc.integer({ min: 20, max: 3000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        (id, orders, rate, nowIndex, packers, seed) => {
          const us = id === 'tiktok-us-2026';
          const s = settingsWith((x) => {
            x.scorecard = id;
            if (us) x.timezone = 'America/Los_Angeles';
            x.model.samples = 6;
            x.stages.pickPack.shifts[0].packers = packers;
          });
          const c = scorecardFor(id);
          const t0 = T0 + seed * 60_000;
          const sitOf: Situation = {
            t0,
            nowIndex,
            known: arrivals(nowIndex + 1, { 0: orders }),
            forecast: forecastArrivals(rate, 20),
          };
          const history = historyTally(c, emptyOrders(0), t0, s.timezone);
          const from = t0 - c.windowDays * DAY_MS;
          const scorer = streamScorer(c, history, s.timezone, from);
          const draws = drawSamples(s, seed);
          const check = (view: SampleView) =>
            expect(scorer(view)).toEqual(streamScorerBefore(c, history, s.timezone, from)(view));
          runScenario(sitOf, { id: 'plan', settings: s, forecastFactor: 1 }, draws, check);
          const later = { type: 'hours' as const, hours: 96 };
          runScenario(sitOf, { id: 'promise', settings: s, forecastFactor: 1, newOrderPromise: later }, draws, check);
        },
      ),
      { numRuns: 40 },
    );
  });
});
