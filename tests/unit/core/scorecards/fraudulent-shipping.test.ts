import { describe, expect, it } from 'vitest';
import { OrderFlag, type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { douyin202607 } from '../../../../core/scorecards/douyin-2026-07';
import { scoreAt } from '../../../../core/scorecards/engine';
import { NOW_SH, SH, sh, times } from './helpers';

const product = (k: number) => ({ code: `SKU-${k}`, name: `Product ${k}` });

/** 40 ordinary orders (the shop is past the 30-order growth stage) and `violations` on 18 Nov. */
function shop(violations: OrderRow[]): OrderRow[] {
  const paidAt = sh('2026-11-17T10:00:00');
  const ordinary = times(40, () => ({ paidAt, shippedAt: paidAt + 3600_000, item: product(9) }));
  return [...ordinary, ...violations];
}
const fraud = (k: number, hour: number): OrderRow => ({
  paidAt: sh(`2026-11-18T${String(hour).padStart(2, '0')}:00:00`),
  shippedAt: sh('2026-11-18T20:00:00'),
  flags: OrderFlag.shippingViolation,
  item: product(k),
});
const deduction = (rows: OrderRow[]) =>
  scoreAt(douyin202607, ordersFromRows(rows), NOW_SH, SH).adjustments.find((a) => a.id === 'fraudulent-shipping');

describe('fraudulent shipping, counted per product per day (Douyin 101706)', () => {
  it('three such orders of one product on a day are one violation: −15', () => {
    // Product 1: 3 orders on 18 Nov (≥ 3) → 1 violation × 15 points.
    expect(deduction(shop([fraud(1, 9), fraud(1, 10), fraud(1, 11)]))?.points).toBe(-15);
  });

  it('three such orders spread over three products are none', () => {
    // Products 1, 2, 3: 1 order each on 18 Nov (< 3 each) → 0 violations.
    expect(deduction(shop([fraud(1, 9), fraud(2, 10), fraud(3, 11)]))).toBeUndefined();
  });

  it('three orders of one product on two days are none; a history without products counts the day', () => {
    // Product 1: 2 on 18 Nov and 1 on 19 Nov (< 3 each day) → none.
    const day2 = { ...fraud(1, 9), paidAt: sh('2026-11-19T09:00:00') };
    expect(deduction(shop([fraud(1, 9), fraud(1, 10), day2]))).toBeUndefined();
    // No product column at all (an older stored history): the three orders of 18 Nov count as one product → −15.
    const bare = shop([fraud(1, 9), fraud(2, 10), fraud(3, 11)]).map(({ item: _, ...r }) => r);
    expect(deduction(bare)?.points).toBe(-15);
  });
});

describe('a logistics anomaly is its own violation', () => {
  const anomaly = (hour: number): OrderRow => ({ ...fraud(1, hour), flags: OrderFlag.logisticsAnomaly });

  it('is never counted as fraudulent shipping, yet scores the pickup minimum', () => {
    // Three anomaly compensations of one product on 18 Nov: no fraudulent-shipping deduction (it would be −15).
    const rows = shop([anomaly(9), anomaly(10), anomaly(11)]);
    expect(deduction(rows)).toBeUndefined();
    // Pickup score: 40 orders picked up in 1 h → 100 each, 3 anomalies → 50 each: (4,000 + 150) / 43 ≈ 96.51.
    const r = scoreAt(douyin202607, ordersFromRows(rows), NOW_SH, SH).indicators.pickupScoreAvg;
    expect(r.value).toBeCloseTo(4150 / 43, 6);
  });
});
