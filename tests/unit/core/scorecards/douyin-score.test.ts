import { describe, expect, it } from 'vitest';
import { DAY } from '../../../../core/lib/time';
import { OrderFlag, type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { starsFor } from '../../../../core/scorecards/bands';
import { douyin5pt } from '../../../../core/scorecards/douyin-5pt';
import { douyin202607, douyinStarRows } from '../../../../core/scorecards/douyin-2026-07';
import { douyin202609 } from '../../../../core/scorecards/douyin-2026-09';
import { scoreAt } from '../../../../core/scorecards/engine';
import type { Scorecard } from '../../../../core/scorecards/schema';
import { hours, NOW_SH, SH, sh, times } from './helpers';

// The Douyin score (§2.1, §2.2): growth stage, small-shop protection, stars, clamping, the 70 line,
// deductions and the 2026-09 bonus. Weights 15 / 70 / 15 (pickup / on-time / returns).
const score = (rows: OrderRow[], card: Scorecard = douyin202607) => scoreAt(card, ordersFromRows(rows), NOW_SH, SH);

/** Paid day k before Nov 18 at 10:00, scanned 2 h later (100), delivered next day, due in 3 days. */
const good = (k: number, flags = 0): OrderRow => {
  const paidAt = sh('2026-11-18T10:00:00') - (k % 20) * DAY;
  return { paidAt, shippedAt: paidAt + hours(2), deliveredAt: paidAt + DAY, deliverBy: paidAt + 3 * DAY, flags };
};
/** Like `good`, but delivered after its deliverBy. */
const lateWaybill = (k: number): OrderRow => ({ ...good(k), deliveredAt: good(k).paidAt + 4 * DAY });

describe('growth stage: fewer than 30 valid orders → not scored yet, the total fixed at 70', () => {
  it('does not score the logistics part with 29 valid orders: the fixed 70 is the total score', () => {
    // The growth stage's 70 (and its stars) belong to the total 商家体验分, never to the logistics sub-score.
    const r = score(times(29, good));
    expect(r).toMatchObject({ stage: 'growth', score: null, growthScore: 70, validOrders: 29 });
    expect(r.stars).toBeUndefined();
  });

  it('scores from 30 orders on: 15 × 100 + 70 × 100 + 15 × 80 (small shop) = 97', () => {
    const r = score(times(30, good));
    expect(r).toMatchObject({ stage: 'scored', score: 97, stars: 5 });
  });

  it('does not count excluded orders towards the 30', () => {
    const rows = [...times(29, good), ...times(5, (k) => good(k, OrderFlag.excluded))];
    expect(score(rows)).toMatchObject({ stage: 'growth', validOrders: 29 });
  });

  it('gives 60 when the growth check fails (pickup by the day after payment, assumed pass rate 90 %)', () => {
    // 26 of 29 on time = 89.7 % < 90 % → 60; the 3 late ones were scanned 3 days after payment
    const rows = times(29, (k) => (k < 3 ? { ...good(k), shippedAt: good(k).paidAt + 3 * DAY } : good(k)));
    expect(score(rows)).toMatchObject({ stage: 'growth', score: null, growthScore: 60 });
  });
});

describe('small-shop protection: < 500 valid orders and ≤ 3 fault returns → returns fixed at 80', () => {
  const shop = (orders: number, returns: number) =>
    score(times(orders, (k) => good(k, k < returns ? OrderFlag.logisticsFaultReturn : 0))).indicators
      .logisticsReturnRate;

  it('fixes the points at 80 with 499 orders and 3 returns, keeping the measured rate', () => {
    expect(shop(499, 3)).toMatchObject({ value: 3 / 499, points: 80 });
  });

  it('lifts the protection at 4 returns: 4 / 499 = 0.80 % > 0.8 % → 50', () => {
    expect(shop(499, 4).points).toBe(50);
  });

  it('lifts the protection at 500 orders: 3 / 500 = 0.6 % → 60', () => {
    expect(shop(500, 3).points).toBe(60);
  });

  it('also lifts a perfect small shop to 80, never to 100', () => {
    expect(shop(40, 0)).toMatchObject({ value: 0, points: 80 });
  });
});

describe('star display', () => {
  it.each([
    [100, 5.0],
    [97, 5.0],
    [96, 4.9],
    [96.9, 4.9], // a fractional score keeps the row of its whole part
    [93, 4.9],
    [64, 4.1],
    [61, 4.1],
    [60.5, 4.0],
    [60, 4.0],
    [59, 3.9],
    [55, 3.5],
    [50, 3.0],
  ])('shows score %s as %s stars', (s, stars) => {
    expect(starsFor(douyinStarRows, s)).toBe(stars);
  });
});

describe('score, the 70 line and clamping', () => {
  it('flags a score below 70: 15 × 100 + 70 × 50 + 15 × 80 = 62 → 4.1 stars', () => {
    const r = score(times(30, lateWaybill));
    expect(r).toMatchObject({ score: 62, stars: 4.1, flags: [{ id: 'below-70' }] });
  });

  it('does not flag the growth score of 70 itself', () => {
    expect(score(times(10, lateWaybill)).flags).toEqual([]);
  });

  it('deducts 15 for a day with 3 fraudulent-shipping orders', () => {
    // pickup (27 × 100 + 3 × 50) / 30 = 95 → 0.15 × 95 + 70 + 12 = 96.25; − 15 = 81.25
    const rows = times(30, (k) => (k < 3 ? { ...good(0), flags: OrderFlag.shippingViolation } : good(k)));
    const r = score(rows);
    expect(r.score).toBeCloseTo(81.25, 9);
    expect(r.adjustments).toEqual([{ id: 'fraudulent-shipping', label: expect.any(String), points: -15 }]);
  });

  it('does not deduct for 2 such orders on each of two days', () => {
    // pickup (26 × 100 + 4 × 50) / 30 = 93.33 → 14 + 70 + 12 = 96 → 4.9 stars
    const rows = times(30, (k) => (k < 4 ? { ...good(k % 2), flags: OrderFlag.shippingViolation } : good(k)));
    expect(score(rows)).toMatchObject({ score: 96, stars: 4.9, adjustments: [] });
  });

  it('clamps at the bottom of the scale: 10 days × −15 from 89.5 → 50', () => {
    const rows = times(30, (k) => good(k % 10, OrderFlag.shippingViolation));
    expect(score(rows)).toMatchObject({ score: 50, stars: 3 });
  });
});

describe('the 2026-09 revision', () => {
  it('adds 5 when ≥ 20 % are delivered next day and clamps at 100: 97 + 5 → 100', () => {
    const r = score(times(30, good), douyin202609);
    expect(r.indicators.nextDayDeliveryRate.value).toBe(1);
    expect(r.score).toBe(100);
    expect(r.adjustments.map((a) => a.points)).toEqual([5]);
  });

  it('scores the mean pickup hours: 2 h → 100', () => {
    expect(score(times(30, good), douyin202609).indicators.pickupHoursAvg).toMatchObject({ value: 2, points: 100 });
  });

  it('deducts 10 per fraudulent-shipping order, at most 10: two orders → −10', () => {
    // no next-day bonus (delivered on day 2); mean pickup 2 h → 100 (violations do not touch hours): 97 − 10 = 87
    const slow = (k: number) => ({ ...good(k), deliveredAt: good(k).paidAt + 2 * DAY });
    const rows = times(30, (k) => (k < 2 ? { ...slow(k), flags: OrderFlag.shippingViolation } : slow(k)));
    const r = score(rows, douyin202609);
    expect(r.indicators.nextDayDeliveryRate.value).toBe(0);
    expect(r.score).toBe(87);
    expect(r.adjustments.map((a) => a.points)).toEqual([-10]);
  });
});

describe('the older 5-point card (assumed tables)', () => {
  const paidAt = sh('2026-11-10T20:00:00');
  const deliverBy = paidAt + 5 * DAY;

  it('scores one order without a growth stage or night clock: (4.2 + 5) / 2 = 4.6', () => {
    // paid 20:00, scanned 30 h later (no 06:00 start on this card) → 4.2; delivered in time → 5.0
    const r = score([{ paidAt, shippedAt: paidAt + hours(30), deliverBy, deliveredAt: paidAt + 2 * DAY }], douyin5pt);
    expect(r.stage).toBe('scored');
    expect(r.score).toBeCloseTo(4.6, 9);
    expect(r.stars).toBeUndefined();
    expect(r.flags).toEqual([]);
  });

  it('flags a score below 3.2: scanned after 48 h and delivered late → 3.0', () => {
    const r = score([{ paidAt, shippedAt: paidAt + hours(49), deliverBy, deliveredAt: paidAt + 6 * DAY }], douyin5pt);
    expect(r).toMatchObject({ score: 3, flags: [{ id: 'below-3.2' }] });
  });
});
