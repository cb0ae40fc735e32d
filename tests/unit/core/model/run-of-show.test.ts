import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../../core/lib/time';
import { arrivalCurve } from '../../../../core/model/arrivals';
import { forecastArrivals } from '../../../../core/model/forecast';
import { forecastWithPlan, PRIOR_ORDERS, planLevel } from '../../../../core/model/run-of-show';
import { sh, snap } from '../../helpers';

const t0 = sh('2026-11-25', '20:00');
/** A stream that sold `n` orders in its first minute, then nothing until `now`. */
const curveOf = (n: number) => arrivalCurve([snap(0, t0, 0), snap(1, t0 + MINUTE, n)]);
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('the run-of-show as the forecast’s prior', () => {
  it('adds a planned drop as a burst of its expected orders from its minute on', () => {
    // Now 20:30, nothing sold in the last ten minutes (no tail); one drop at 20:40 of 500 orders, and the
    // stream on plan so far (no drop before now): level (0 + 50) / (0 + 50) = 1.
    const now = t0 + 30 * MINUTE;
    const drops = [{ at: t0 + 40 * MINUTE, orders: 500 }];
    const f = forecastWithPlan(drops, curveOf(0), now, 20);
    expect(planLevel(drops, curveOf(0), now, 20)).toBe(1);
    // Nothing before 20:40 (minute 10 after now), then the burst: its first minute holds 500 × (1 − 2^(−1/20)) = 17.1.
    expect(sum(f.subarray(0, 10))).toBe(0);
    expect(f[10]).toBeCloseTo(500 * (1 - 2 ** (-1 / 20)), 6);
    // The whole burst is the drop's 500 orders, but for the tail cut at a tenth of an order a minute.
    expect(sum(f)).toBeGreaterThan(495);
    expect(sum(f)).toBeLessThanOrEqual(500);
  });

  it('scales the drops to come by how the stream has run against its plan so far', () => {
    // A drop at 20:00 of 1,000 planned; by 21:00 (3 half-lives of 20 min) the plan expected 1,000 × (1 − 1/8) = 875;
    // the stream sold 400 (in its first minute). Level = (400 + 50) / (875 + 50) = 0.486.
    const now = t0 + 60 * MINUTE;
    const drops = [
      { at: t0, orders: 1000 },
      { at: t0 + 70 * MINUTE, orders: 1000 },
    ];
    const level = planLevel(drops, curveOf(400), now, 20);
    expect(level).toBeCloseTo((400 + PRIOR_ORDERS) / (875 + PRIOR_ORDERS), 6);
    // The next drop brings about 486 orders, not 1,000.
    const f = forecastWithPlan(drops, curveOf(400), now, 20);
    expect(sum(f)).toBeGreaterThan(0.99 * 1000 * level - 1);
    expect(sum(f)).toBeLessThanOrEqual(1000 * level + 1e-9);
  });

  it('is the recent rate fading when no drop is ahead', () => {
    const now = t0 + 5 * MINUTE;
    const curve = curveOf(100);
    expect(forecastWithPlan([{ at: t0, orders: 100 }], curve, now, 20)).toEqual(forecastArrivals(10, 20));
  });
});

describe('the plan level before any drop has begun', () => {
  it('is 1: the sales of the stream’s opening do not scale a drop planned for later', () => {
    // 400 sold in the first minute, the only drop planned at 20:40, now 20:30: not (400 + 50) / 50 = 9.
    expect(planLevel([{ at: t0 + 40 * MINUTE, orders: 500 }], curveOf(400), t0 + 30 * MINUTE, 20)).toBe(1);
  });

  it('counts only the orders since the first drop began', () => {
    // 400 sold at 20:00–20:01, a drop of 1,000 at 20:10; at 20:30 (one half-life in) the plan expected 500 and
    // nothing more came: (0 + 50) / (500 + 50) = 0.091.
    const level = planLevel([{ at: t0 + 10 * MINUTE, orders: 1000 }], curveOf(400), t0 + 30 * MINUTE, 20);
    expect(level).toBeCloseTo(50 / 550, 6);
  });
});
