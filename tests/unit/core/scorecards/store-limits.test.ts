import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { douyinStoreLimits } from '../../../../core/scorecards/douyin-2026-07';
import { flagOf } from '../../../../core/scorecards/engine';
import type { Scorecard } from '../../../../core/scorecards/schema';
import { type DayTally, storeLimitFlags } from '../../../../core/scorecards/store-limits';

const days = (...t: [number, number][]) =>
  new Map<number, DayTally>(t.map(([due, late], i) => [100 + i, { due, late }]));

describe('store-level late-shipment caps (rule 101706)', () => {
  it('caps at 0 a day after one day ≥ 30 % late with ≥ 200 late orders', () => {
    // 700 due, 210 late → 30.0 % and 210 ≥ 200: crossed.
    expect(storeLimitFlags(douyinStoreLimits, days([700, 210])).map((f) => f.id)).toEqual(['late-30-one-day']);
    // 700 due, 209 late → 29.9 %: not crossed. 600 due, 199 late → 33 % but only 199 late: not crossed.
    expect(storeLimitFlags(douyinStoreLimits, days([700, 209], [600, 199]))).toEqual([]);
  });

  it('caps at 100 a day only after two consecutive days ≥ 40 %', () => {
    // Day 1: 500 due, 210 late (42 %); day 2: 500 due, 205 late (41 %): both limits crossed.
    expect(storeLimitFlags(douyinStoreLimits, days([500, 210], [500, 205])).map((f) => f.id)).toEqual([
      'late-30-one-day',
      'late-40-two-days',
    ]);
    // Two such days with a calm day between are not consecutive.
    const gap = new Map<number, DayTally>([
      [100, { due: 500, late: 210 }],
      [101, { due: 500, late: 10 }],
      [102, { due: 500, late: 210 }],
    ]);
    expect(storeLimitFlags(douyinStoreLimits, gap).map((f) => f.id)).toEqual(['late-30-one-day']);
  });
});

/** The check as it was before issue #17: for each day, its `days` consecutive days listed and each looked up. */
function before(limits: Scorecard['storeLimits'], perDay: Map<number, DayTally>) {
  const days = [...perDay.keys()].sort((a, b) => a - b);
  const hits = (d: number, l: Scorecard['storeLimits'][number]) => {
    const t = perDay.get(d);
    return !!t && t.due > 0 && t.late >= l.minLateOrders && t.late / t.due >= l.minLateRate;
  };
  return limits
    .filter((l) => days.some((d) => Array.from({ length: l.days }, (_, k) => d + k).every((x) => hits(x, l))))
    .map(flagOf);
}

describe('store-level caps: one walk over the sorted days', () => {
  it('flags what listing each day’s run did, on random days with gaps, quiet days and runs', () => {
    const limits: Scorecard['storeLimits'] = [
      ...douyinStoreLimits,
      { ...douyinStoreLimits[1], id: 'three-days', days: 3, minLateOrders: 5, minLateRate: 0.2 },
    ];
    const day = fc.record({
      d: fc.integer({ min: 20_000, max: 20_012 }),
      due: fc.nat({ max: 900 }),
      late: fc.nat({ max: 900 }),
    });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 12 }), (entries) => {
        const perDay = new Map<number, DayTally>(
          entries.map((e) => [e.d, { due: e.due, late: Math.min(e.due, e.late) }]),
        );
        expect(storeLimitFlags(limits, perDay)).toEqual(before(limits, perDay));
      }),
      { numRuns: 500 },
    );
  });
});
