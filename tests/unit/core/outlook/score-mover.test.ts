import { describe, expect, it } from 'vitest';
import { moverOf } from '../../../../core/outlook/score-mover';
import { scorecardFor } from '../../../../core/scorecards';
import type { IndicatorResult } from '../../../../core/scorecards/engine';

// Douyin 2026-07 weighs pickup-time score 15, waybill on-time rate 70, logistics-fault returns 15 (and the
// growth check 0): the weighted part of the score is Σ points × weight / 100.
const card = scorecardFor('douyin-2026-07');
const r = (value: number | null, points: number | null, weight: number): IndicatorResult => ({
  value,
  points,
  weight,
  sampleSize: 100,
});

describe('the indicator that moves the score most', () => {
  it('is the one whose points change most times its share of the weights', () => {
    const now = {
      pickupScoreAvg: r(92, 92, 15),
      waybillOnTimeRate: r(0.95, 90, 70),
      logisticsReturnRate: r(0.001, 100, 15),
      pickupOnTimeRate: r(0.99, null, 0),
    };
    const after = {
      pickupScoreAvg: r(60, 60, 15), // −32 points × 15 % = −4.8 score points
      waybillOnTimeRate: r(0.93, 85, 70), // −5 × 70 % = −3.5
      logisticsReturnRate: r(0.001, 100, 15), // no change
      pickupOnTimeRate: r(0.7, null, 0),
    };
    expect(moverOf(card, now, after)).toEqual({
      id: 'pickupScoreAvg',
      label: 'Average pickup-time score (揽收时长平均得分)',
      labelZh: '揽收时长平均得分',
      unit: 'points',
      now: 92,
      predicted: 60,
      scorePoints: -4.8,
      window: { days: 30, assumed: false }, // Douyin measures every indicator over the card's 30 days (rule)
    });
  });

  it('names the window a TikTok indicator is measured over, marked assumed (no rule page says it)', () => {
    const tiktok = scorecardFor('tiktok-us-2026');
    const m = moverOf(tiktok, { otdr: r(0.95, 5, 50), sfcr: r(0, 5, 50) }, { otdr: r(0.7, 3, 50), sfcr: r(0, 5, 50) });
    // OTDR: −2 points × 50 % = −1.0, over the 30 days the seller guides report.
    expect(m).toMatchObject({ id: 'otdr', scorePoints: -1, window: { days: 30, assumed: true } });
  });

  it('says nothing without history (no points now) or when nothing moves', () => {
    const same = {
      pickupScoreAvg: r(92, 92, 15),
      waybillOnTimeRate: r(0.95, 90, 70),
      logisticsReturnRate: r(0, 100, 15),
    };
    const none = {
      pickupScoreAvg: r(null, null, 15),
      waybillOnTimeRate: r(null, null, 70),
      logisticsReturnRate: r(null, null, 15),
    };
    expect(moverOf(card, same, same)).toBeNull();
    expect(moverOf(card, none, same)).toBeNull();
    // Points without a measurement (small-shop protection before any order): not a change either.
    const protectedOnly = { ...none, logisticsReturnRate: r(null, 100, 15) };
    expect(moverOf(card, protectedOnly, { ...same, logisticsReturnRate: r(0, 70, 15) })).toBeNull();
    expect(moverOf(card, same, undefined)).toBeNull();
  });
});
