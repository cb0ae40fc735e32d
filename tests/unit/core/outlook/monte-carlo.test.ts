import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRun, planPipeline, simulate } from '../../../../core/model/capacity';
import {
  capacityPrefix,
  dispatchFromRun,
  emptyDispatch,
  shippedBy,
  simulateDispatch,
} from '../../../../core/model/dispatch';
import { forecastArrivals } from '../../../../core/model/forecast';
import { lateness } from '../../../../core/model/lateness';
import { ruleClockFor } from '../../../../core/model/rule-clock';
import { deadlineTable } from '../../../../core/model/ship-by-table';
import { forEachShipment } from '../../../../core/model/shipments';
import { actionsFor, longerPromise } from '../../../../core/outlook/levers';
import { drawSamples, runScenario, type Situation } from '../../../../core/outlook/monte-carlo';
import { simulateStream } from '../../../../core/outlook/simulate-stream';
import { arrivals, settingsWith, sh } from '../../helpers';

const T0 = sh('2026-11-25', '10:00'); // a Wednesday

describe('forecast', () => {
  it('fades the recent rate with its half-life', () => {
    const f = forecastArrivals(10, 20);
    // minute k carries 10 · 2^(−(k + 0.5)/20): minute 0 → 9.83, minute 20 → 4.91
    expect(f[0]).toBeCloseTo(9.83, 2);
    expect(f[20]).toBeCloseTo(4.91, 2);
    // Cut at k = 20 · log2(100) = 132.9 → 133 minutes; the sum is about 10 · 20 / ln 2 = 288.5 (less the tail)
    expect(f.length).toBe(133);
    expect(f.reduce((a, b) => a + b, 0)).toBeCloseTo(285.6, 0);
  });
  it('forecasts nothing when nothing sells', () => expect(forecastArrivals(0, 20).length).toBe(0));
});

describe('shipment groups', () => {
  it('splits FIFO orders by payment minute and pickup minute, and adds up to every order', () => {
    // 150 orders at 10:00 and 100 at 10:05; 4 packers × 25/h = 1.667/min over minutes 0…59 (10:00–10:59)
    // → 60 × 1.667 = 100 packed before the 11:00 pickup (minute 60), which takes all 100. The 17:00 pickup
    // (minute 420) takes the other 150, all packed by 12:30.
    const plan = planPipeline(settingsWith(), T0, 3000);
    const run = simulate(plan, arrivals(6, { 0: 150, 5: 100 }));
    const groups: [number, number, number][] = [];
    forEachShipment(dispatchFromRun(run, 6), 5, (m, j, n) => groups.push([m, j, n]));
    const shippedAt11 = run.shipped[60];
    expect(shippedAt11).toBe(100);
    // Orders 1–100 (paid 10:00) leave at 11:00; 101–150 (paid 10:00) and 151–250 (paid 10:05) at 17:00.
    expect(groups).toEqual([
      [0, 60, 100],
      [0, 420, 50],
      [5, 420, 100],
    ]);
    expect(groups.reduce((a, g) => a + g[2], 0)).toBe(250);
  });
});

describe('deadline table', () => {
  it('gives orders above the daily handling capacity one more business day', () => {
    // Capacity 100/day, 48 h promise, 150 orders paid Wed 10:00, all picked up Sat 10:00.
    const s = settingsWith();
    const d = deadlineTable(T0, 1, { clock: ruleClockFor(s), promiseAt: () => s.promise, handlingCapacityPerDay: 100 });
    // Normal deadline Fri 10:00 (+48 h); extended: one business day later → Mon 10:00 (skips the weekend).
    expect(new Date(d.deadline[0]).toISOString()).toBe('2026-11-27T02:00:00.000Z');
    expect(d.lastOnTimeExtended[0] - d.lastOnTime[0]).toBe(3 * 1440);
    const sat = 3 * 1440;
    const run = emptyRun(T0, sat + 1);
    run.arrived.fill(150);
    run.received.fill(150);
    run.packed.fill(150);
    run.shipped.fill(150, sat);
    run.length = sat + 1;
    // The first 100 of the day missed Fri 10:00; the 50 above capacity were due only Mon 10:00.
    expect(lateness(dispatchFromRun(run, 1), 0, d).late).toBe(100);
    // Without the rule all 150 are late.
    const plain = deadlineTable(T0, 1, { clock: ruleClockFor(s), promiseAt: () => s.promise });
    expect(lateness(dispatchFromRun(run, 1), 0, plain).late).toBe(150);
  });
});

describe('Monte Carlo prediction', () => {
  const sit = (known: Float64Array, forecast: Float64Array = new Float64Array(0)): Situation => ({
    t0: T0,
    nowIndex: known.length - 1,
    known,
    forecast,
  });

  it('is repeatable for a seed and gives ordered quantiles', () => {
    const s = settingsWith((x) => {
      x.promise = { type: 'hours', hours: 2 };
      x.model.samples = 50;
    });
    const situation = sit(arrivals(10, { 0: 300 }), forecastArrivals(20, 20));
    const a = simulateStream(situation, s, { seed: 7, actions: [] });
    const b = simulateStream(situation, s, { seed: 7, actions: [] });
    expect(a).toEqual(b);
    expect(a.lateAll.p10).toBeLessThanOrEqual(a.lateAll.p50);
    expect(a.lateAll.p50).toBeLessThanOrEqual(a.lateAll.p90);
    // With a 2 h promise and 100 packed/h, most of the 300 orders miss 12:00; none can exceed 300 paid.
    expect(a.lateKnown.p90).toBeLessThanOrEqual(300);
    expect(a.lateKnown.p10).toBeGreaterThan(100);
  });

  it('never predicts more late orders with more packers, sample by sample (common random numbers)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer(),
        (orders, extra, seed) => {
          const s = settingsWith((x) => {
            x.promise = { type: 'next-day' };
            x.model.samples = 20;
          });
          const more = actionsFor(s).find((a) => a.id === 'packers+1')?.scenario.settings;
          if (!more) throw new Error('packers+1 missing');
          const draws = drawSamples(s, seed);
          const situation = sit(arrivals(1, { 0: orders }), forecastArrivals(extra * 5, 20));
          const base = runScenario(situation, { id: 'plan', settings: s, forecastFactor: 1 }, draws);
          const plus = runScenario(situation, { id: 'plus', settings: more, forecastFactor: 1 }, draws);
          for (let i = 0; i < draws.length; i++) expect(plus.lateAll[i]).toBeLessThanOrEqual(base.lateAll[i]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('ranks the actions and names the stage each acts on', () => {
    const s = settingsWith((x) => {
      x.model.samples = 40;
    });
    const p = simulateStream(sit(arrivals(1, { 0: 1200 })), s, { seed: 1 });
    expect(p.actions.map((a) => a.id).sort()).toEqual(
      [
        'cap-drop',
        'extra-pickup',
        'faster-carrier',
        'longer-promise',
        'longer-shift',
        'packers+1',
        'packers+2',
        'pause-drop',
      ].sort(),
    );
    expect(p.actions.find((a) => a.id === 'extra-pickup')?.stage).toBe('shipTransport');
    // Best first by late orders avoided while no scorer is given.
    const avoided = p.actions.map((a) => a.lateAvoided);
    expect(avoided).toEqual([...avoided].sort((x, y) => y - x));
    // Two more packers help at least as much as one.
    const by = (id: string) => p.actions.find((a) => a.id === id)?.lateAvoided ?? Number.NaN;
    expect(by('packers+2')).toBeGreaterThanOrEqual(by('packers+1'));
  });

  it('promises one step longer', () => {
    expect(longerPromise({ type: 'same-day', cutoff: '16:00' })).toEqual({ type: 'next-day' });
    expect(longerPromise({ type: 'business-days', days: 2, cutoff: '23:59' })).toEqual({
      type: 'business-days',
      days: 3,
      cutoff: '23:59',
    });
  });
});

describe('event-driven dispatch', () => {
  it('matches the minute-by-minute simulation exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(400), { minLength: 1, maxLength: 90 }),
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        fc.constantFrom<'auto' | 'batch'>('auto', 'batch'),
        fc.integer({ min: 0, max: 1439 }),
        (orders, packFactor, mode, startMinute) => {
          const s = settingsWith((x) => {
            x.stages.receipt = mode === 'auto' ? { mode } : { mode, everyMinutes: 30 };
          });
          const t0 = T0 + startMinute * 60_000;
          const plan = planPipeline(s, t0, orders.length + 14 * 1440);
          const arr = Float64Array.from(orders);
          const slow = dispatchFromRun(simulate(plan, arr, { packFactor }), arr.length);
          const batch =
            mode === 'batch' ? Int32Array.from(plan.receiptOpen.keys()).filter((i) => plan.receiptOpen[i] === 1) : null;
          const fast = simulateDispatch(
            plan,
            capacityPrefix(plan),
            batch,
            arr,
            packFactor,
            emptyDispatch(t0, arr.length, plan),
          );
          expect(Array.from(fast.arrived)).toEqual(Array.from(slow.arrived));
          for (const j of plan.pickupMinutes) expect(shippedBy(fast, j)).toBe(shippedBy(slow, j));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('missed carrier visits', () => {
  it('decides each visit by its minute, so two scenarios miss the same regular visits', async () => {
    const { missedVisits } = await import('../../../../core/outlook/monte-carlo');
    const draw = {
      packFactor: 1,
      cancelRate: 0,
      onTimeRate: 1,
      onTimeMean: 1,
      forecastLevel: 1,
      missRate: 0.5,
      missSeed: 12345,
    };
    const plan = missedVisits(Int32Array.from([660, 1020, 2100, 2460]), draw, new Uint8Array(4));
    // The same visits with an extra one at 1200 in between: the regular four keep their fate.
    const withExtra = missedVisits(Int32Array.from([660, 1020, 1200, 2100, 2460]), draw, new Uint8Array(5));
    expect([withExtra[0], withExtra[1], withExtra[3], withExtra[4]]).toEqual([...plan]);
    expect(missedVisits(Int32Array.from([660, 1020]), { ...draw, missRate: 0 }, new Uint8Array(2))).toEqual(
      Uint8Array.from([0, 0]),
    );
    expect(missedVisits(Int32Array.from([660, 1020]), { ...draw, missRate: 1 }, new Uint8Array(2))).toEqual(
      Uint8Array.from([1, 1]),
    );
  });

  it('misses about the set share of visits over many samples', async () => {
    const { drawSamples, missedVisits } = await import('../../../../core/outlook/monte-carlo');
    const { defaultSettings } = await import('../../../../core/settings/settings');
    const s = structuredClone(defaultSettings);
    s.model.samples = 2000;
    s.model.pickupMissRate = 0.1;
    s.model.pickupMissRateSpread = 0;
    const minutes = Int32Array.from({ length: 28 }, (_, k) => 660 + k * 720);
    let missed = 0;
    for (const d of drawSamples(s, 7))
      missed += missedVisits(minutes, d, new Uint8Array(28)).reduce((a, b) => a + b, 0);
    // 2,000 samples × 28 visits = 56,000 visits at 10 %: 5,600 expected, ± 3σ = ±213 (σ = √(56,000 × 0.09) ≈ 71).
    expect(missed).toBeGreaterThan(5600 - 213);
    expect(missed).toBeLessThan(5600 + 213);
  });
});
