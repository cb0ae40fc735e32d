import { describe, expect, it } from 'vitest';
import { douyinStoreLimits } from '../../../../core/scorecards/douyin-2026-07';
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
