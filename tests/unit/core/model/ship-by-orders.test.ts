import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../../core/lib/time';
import { dispatchedLate, fillDeadlines } from '../../../../core/model/ship-by-orders';
import { CancelledBy, OrderFlag, ordersFromRows } from '../../../../core/records/orders';
import { cardFor } from '../../../../core/scorecards';
import { settingsWith, sh } from '../../helpers';

// TikTok's card on the shop's zone (Shanghai), a 48 h promise: ship-by = paid + 48 h; 2026-11-25 is a Wednesday.
const tiktok = settingsWith((s) => {
  s.scorecard = 'tiktok-sea-2026';
  s.handlingCapacityPerDay = 1;
});
const douyin = settingsWith(); // douyin-2026-07, 48 h
const later = sh('2026-12-20', '12:00');

describe('fillDeadlines and dispatchedLate', () => {
  it('a pre-order gets no ship-by from the shop’s promise and leaves the day’s handling capacity to the others', () => {
    const o = ordersFromRows([
      { paidAt: sh('2026-11-25', '10:00'), shippedAt: sh('2026-12-10', '11:00'), flags: OrderFlag.preOrder },
      { paidAt: sh('2026-11-25', '10:05'), shippedAt: sh('2026-11-26', '11:00') },
      { paidAt: sh('2026-11-25', '10:10'), shippedAt: sh('2026-11-26', '11:00') },
    ]);
    fillDeadlines(o, tiktok, cardFor(tiktok));
    // TikTok judges a pre-order against its own promised date, which the export does not carry.
    expect(o.shipBy[0]).toBeNaN();
    expect(dispatchedLate(o, 0, later)).toBe(false); // shipped 15 days after payment, yet not late
    expect(o.deliverBy[0]).toBeNaN();
    // Capacity 1: the first NORMAL order keeps paid + 48 h (27/11 10:05); the second gets one more business day.
    expect(o.shipBy[1]).toBe(sh('2026-11-27', '10:05'));
    expect(o.shipBy[2]).toBeGreaterThan(sh('2026-11-27', '10:10'));
  });

  it('an order cancelled at an unknown time before it shipped is never a late dispatch; one that shipped is judged', () => {
    const paid = sh('2026-11-25', '20:00');
    const o = ordersFromRows([
      { paidAt: paid, cancelledBy: CancelledBy.buyer }, // a Douyin 已关闭 without 订单完成时间
      { paidAt: paid }, // never shipped, not cancelled
      { paidAt: paid, shippedAt: paid + 60 * HOUR, cancelledBy: CancelledBy.buyer }, // shipped anyway, 60 h > 48 h
    ]);
    fillDeadlines(o, douyin, cardFor(douyin));
    expect(o.shipBy[0]).toBeNaN();
    expect([0, 1, 2].map((i) => dispatchedLate(o, i, later))).toEqual([false, true, true]);
  });

  it('an unpaid order has no deadline and does not spoil the paid orders’ deadlines', () => {
    const o = ordersFromRows([
      { paidAt: Number.NaN, cancelledAt: sh('2026-11-25', '11:00'), cancelledBy: CancelledBy.system },
      { paidAt: sh('2026-11-25', '10:00') },
    ]);
    fillDeadlines(o, douyin, cardFor(douyin));
    expect(o.shipBy[0]).toBeNaN();
    expect(o.shipBy[1]).toBe(sh('2026-11-27', '10:00')); // paid + 48 h
  });

  it('an order whose export records no delivery (Douyin) gets no deliver-by, so no delivery measure judges it', () => {
    const shipped = { paidAt: sh('2026-11-25', '10:00'), shippedAt: sh('2026-11-25', '17:00') };
    const o = ordersFromRows([{ ...shipped, flags: OrderFlag.noDeliveryTime }, shipped]);
    fillDeadlines(o, douyin, cardFor(douyin));
    expect(o.deliverBy[0]).toBeNaN();
    expect(o.deliverBy[1]).not.toBeNaN(); // the assumed route standard after the pickup
    expect(o.flags[0] & OrderFlag.validTracking).toBe(OrderFlag.validTracking); // scanned: valid tracking
  });
});

describe('force majeure days (rule 101706’s exclusions)', () => {
  it('judge no order whose ship-by deadline falls on one, and keep judging the others', () => {
    // Douyin, 48 h: paid Tue 24 Nov 10:00 → due Thu 26 Nov 10:00; paid Wed 25 Nov 10:00 → due Fri 27 Nov 10:00.
    // 26 Nov declared force majeure (a storm closed the roads): the first order is not judged, the second is.
    const s = settingsWith((x) => {
      x.calendar = { platformExtensions: [], warehouseClosed: [], carrierClosed: [], forceMajeure: ['2026-11-26'] };
    });
    const o = ordersFromRows([{ paidAt: sh('2026-11-24', '10:00') }, { paidAt: sh('2026-11-25', '10:00') }]);
    fillDeadlines(o, s, cardFor(s));
    expect(Number.isNaN(o.shipBy[0])).toBe(true);
    expect(dispatchedLate(o, 0, later)).toBe(false); // never picked up, yet not late: excused
    expect(o.shipBy[1]).toBe(sh('2026-11-27', '10:00'));
    expect(dispatchedLate(o, 1, later)).toBe(true);
  });
});
