import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../../../core/lib/time';
import { ordersFromRows } from '../../../../core/records/orders';
import { scorePath } from '../../../../core/report/score-path';
import { settingsWith, sh } from '../../helpers';

describe('scorePath', () => {
  // 40 orders paid on 2026-11-25 at 10:00 Shanghai, picked up at 16:00 (6 h), delivered the next morning.
  const paid = sh('2026-11-25', '10:00');
  const rows = Array.from({ length: 40 }, () => ({
    paidAt: paid,
    shippedAt: paid + 6 * HOUR,
    deliveredAt: paid + 24 * HOUR,
  }));
  const settings = settingsWith(); // Douyin 2026-07: 30-day window, not scored in the growth stage
  const from = sh('2026-11-24', '12:00');
  const path = scorePath(ordersFromRows(rows), settings, { from, to: from + 32 * DAY });

  it('scores one instant a day across the span', () => {
    // 32 days from the first: 33 instants a day apart (32 / 60 days → a step of 1).
    expect(path.at).toHaveLength(33);
    expect(path.at[2]).toBe(sh('2026-11-26', '12:00'));
  });

  it('shows the stream entering the 30-day window and leaving it', () => {
    // The day before: no order in the window, the growth stage: not scored (the platform's fixed 70 is the total).
    expect(path.score[0]).toBeNull();
    // The day after: 40 valid orders (≥ 30, scored). Pickup in 6 h → 100 points × 15; all waybills on
    // time → 100 × 70; under 500 orders the return rate gets the small-shop 80 × 15:
    // (1,500 + 7,000 + 1,200) / 100 = 97.
    expect(path.score[2]).toBe(97);
    // 12-24 12:00: its window (11-24 12:00 … 12-24 12:00] still holds the 11-25 orders.
    expect(path.score[30]).toBe(97);
    // 12-26: the window starts on 11-26 12:00, after the orders: back in the growth stage, not scored.
    expect(path.score[32]).toBeNull();
  });

  it('takes the lines drawn on the score from the scorecard data', () => {
    expect(path.scale).toEqual({ min: 50, max: 100 });
    expect(path.thresholds).toEqual([expect.objectContaining({ id: 'below-70', comparison: 'lt', value: 70 })]);
    expect(path.indicatorThresholds).toEqual([]);
  });

  it('names the indicator lines of a card that draws none on the score', () => {
    const us = scorePath(
      ordersFromRows(rows),
      settingsWith((s) => {
        s.scorecard = 'tiktok-us-2026';
      }),
      { from, to: from },
    );
    expect(us.thresholds).toEqual([]);
    expect(us.indicatorThresholds).toContain('LDR above 10 %: enforcement');
  });
});
