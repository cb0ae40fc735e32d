import { describe, expect, it } from 'vitest';
import { DAY } from '../../../../core/lib/time';
import { CancelledBy, OrderFlag, type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { douyin5pt } from '../../../../core/scorecards/douyin-5pt';
import { douyin202607 } from '../../../../core/scorecards/douyin-2026-07';
import { douyin202609 } from '../../../../core/scorecards/douyin-2026-09';
import { scoreAt } from '../../../../core/scorecards/engine';
import type { Scorecard } from '../../../../core/scorecards/schema';
import { NOW_SH, SH, sh, times } from './helpers';

// Douyin waybill on-time and logistics-fault return rates (§2.1.2–3), window edges and excluded orders.
const score = (rows: OrderRow[], card: Scorecard = douyin202607, now = NOW_SH) =>
  scoreAt(card, ordersFromRows(rows), now, SH);
const paid = sh('2026-11-10T10:00:00');

describe('waybillOnTimeRate: delivered by deliverBy ÷ waybills due', () => {
  it('counts delivered waybills at once and undelivered ones after their deliverBy', () => {
    const due = sh('2026-11-15T23:59:59');
    const later = sh('2026-11-21T23:59:59');
    const r = score([
      { paidAt: paid, deliverBy: due, deliveredAt: sh('2026-11-15T20:00:00') }, // on time
      { paidAt: paid, deliverBy: due, deliveredAt: sh('2026-11-16T09:00:00') }, // late
      { paidAt: paid, deliverBy: sh('2026-11-18T23:59:59') }, // undelivered, past deliverBy → late
      { paidAt: paid, deliverBy: later }, // undelivered, deliverBy tomorrow → not due
      { paidAt: paid, deliverBy: later, deliveredAt: sh('2026-11-19T12:00:00') }, // delivered early → on time
      { paidAt: paid, deliveredAt: sh('2026-11-12T12:00:00') }, // no route standard → not judged
    ]).indicators.waybillOnTimeRate;
    // on time 2 of 4 due → 0.5 → below 80 % → 50 points
    expect(r).toEqual({ value: 0.5, points: 50, weight: 70, sampleSize: 4 });
  });

  it('is on time when delivered at the deliverBy instant itself', () => {
    const due = sh('2026-11-15T23:59:59');
    expect(score([{ paidAt: paid, deliverBy: due, deliveredAt: due }]).indicators.waybillOnTimeRate.value).toBe(1);
  });

  it('judges an order cancelled before its deliverBy as not due, and one cancelled after it as late', () => {
    const due = sh('2026-11-15T23:59:59');
    const cancelled = { cancelledBy: CancelledBy.buyer } as const;
    const before = { paidAt: paid, deliverBy: due, cancelledAt: sh('2026-11-12T10:00:00'), ...cancelled };
    const after = { paidAt: paid, deliverBy: due, cancelledAt: sh('2026-11-17T10:00:00'), ...cancelled };
    expect(score([before]).indicators.waybillOnTimeRate.sampleSize).toBe(0);
    expect(score([after]).indicators.waybillOnTimeRate).toMatchObject({ value: 0, sampleSize: 1 });
  });

  it('ignores events after `now` when replaying an earlier instant', () => {
    // delivered Nov 16 09:00 after a Nov 15 deadline; seen from Nov 15 12:00 it is neither delivered nor due
    const row = { paidAt: paid, deliverBy: sh('2026-11-15T23:59:59'), deliveredAt: sh('2026-11-16T09:00:00') };
    expect(score([row], douyin202607, sh('2026-11-15T12:00:00')).indicators.waybillOnTimeRate.sampleSize).toBe(0);
  });
});

describe('nextDayDeliveryRate (2026-09): delivered by the end of the next day', () => {
  it('judges no order of an export that carries no delivery time (Douyin’s)', () => {
    // Ten orders of Tue 10 Nov read from a 抖店 export: its 订单完成时间 is the buyer's confirmation, so no
    // delivery time is known. Judged, they would all read late (0 %); unjudged, the rate has no data.
    const rows = times(10, () => ({ paidAt: paid, flags: OrderFlag.noDeliveryTime }));
    expect(score(rows, douyin202609).indicators.nextDayDeliveryRate).toMatchObject({ value: null, sampleSize: 0 });
  });
});

describe('logisticsReturnRate: logistics-fault returns ÷ valid paid orders', () => {
  it('maps the rate to its band outside small-shop protection', () => {
    // 4 fault returns in 1000 orders → 0.4 % → the ≤ 0.4 % band → 70
    const rows = times(1000, (k) => ({ paidAt: paid, flags: k < 4 ? OrderFlag.logisticsFaultReturn : 0 }));
    expect(score(rows).indicators.logisticsReturnRate).toEqual({
      value: 0.004,
      points: 70,
      weight: 15,
      sampleSize: 1000,
    });
  });

  it('gives 100 when there are none', () => {
    // 0 of 600 → 0 % ≤ 0.05 % → 100 (600 ≥ 500 orders: no protection)
    const rows = times(600, () => ({ paidAt: paid }));
    expect(score(rows).indicators.logisticsReturnRate.points).toBe(100);
  });
});

describe('window: valid orders paid in [now − windowDays, now]', () => {
  it('leaves an order paid 31 days ago out of the 30-day card and keeps it on the 90-day card', () => {
    const rows = [{ paidAt: NOW_SH - 31 * DAY }];
    expect(score(rows, douyin202607).validOrders).toBe(0);
    expect(score(rows, douyin5pt).validOrders).toBe(1);
  });

  it('includes both ends: exactly 30 days ago and now; not 1 ms earlier nor later', () => {
    const rows = [
      { paidAt: NOW_SH - 30 * DAY },
      { paidAt: NOW_SH },
      { paidAt: NOW_SH - 30 * DAY - 1 },
      { paidAt: NOW_SH + 1 },
    ];
    expect(score(rows).validOrders).toBe(2);
  });

  it('never counts excluded orders (gifts, lucky bags, instant refunds…)', () => {
    // 2 valid orders, one with a fault return; 3 excluded ones with fault returns → 1 / 2
    const bad = OrderFlag.excluded | OrderFlag.logisticsFaultReturn;
    const rows = [
      { paidAt: paid, flags: OrderFlag.logisticsFaultReturn },
      { paidAt: paid },
      ...times(3, () => ({ paidAt: paid, flags: bad })),
    ];
    const r = score(rows);
    expect(r.validOrders).toBe(2);
    expect(r.indicators.logisticsReturnRate.value).toBe(0.5);
  });
});
