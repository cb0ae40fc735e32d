import { describe, expect, it } from 'vitest';
import { type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { historyInsights } from '../../../../core/report/history-insights';
import { historyInsightsSchema } from '../../../../core/report/insights-schema';
import { settingsWith, sh } from '../../helpers';

// 24 h promise, pickups 11:00 and 17:00 (Asia/Shanghai). A stream recorded Wed 09:55–10:30.
const settings = settingsWith((s) => {
  s.promise = { type: 'hours', hours: 24 };
});
const NOW = sh('2026-11-27', '12:00'); // Friday noon: no parcel below is due for delivery yet
const stream = { streamId: 'demo:7301', firstAt: sh('2026-11-25', '09:55'), lastAt: sh('2026-11-25', '10:30') };

const rows: OrderRow[] = [
  // The stream's three orders, paid Wed 10:00 (due Thu 10:00; last pickup before that: Wed 17:00).
  { paidAt: sh('2026-11-25', '10:00'), rtsAt: sh('2026-11-25', '18:30'), shippedAt: sh('2026-11-26', '11:05') }, // pick & pack
  { paidAt: sh('2026-11-25', '10:00'), rtsAt: sh('2026-11-25', '12:00'), shippedAt: sh('2026-11-26', '11:05') }, // ship & transport
  { paidAt: sh('2026-11-25', '10:00'), rtsAt: sh('2026-11-25', '16:00'), shippedAt: sh('2026-11-25', '17:05') }, // on time
  // Before the stream: paid Tue 20:00, due Wed 20:00, packed Wed 18:00 after the 17:00 pickup → pick & pack.
  { paidAt: sh('2026-11-24', '20:00'), rtsAt: sh('2026-11-25', '18:00'), shippedAt: sh('2026-11-26', '11:05') },
];

function insights() {
  const orders = ordersFromRows(rows);
  return historyInsights(
    { orders, carrier: rows.map(() => 'SF Express'), liveRoomId: rows.map(() => '') },
    [stream],
    settings,
    NOW,
  );
}
const lateBy = (a: { stages: { stage: string; lateDispatch: number }[] }) =>
  Object.fromEntries(a.stages.map((s) => [s.stage, s.lateDispatch]));

describe('history insights for the report', () => {
  it("attributes a stream's late orders (linked by payment time) and the whole window's", () => {
    const h = insights();
    expect(h.streams).toHaveLength(1);
    const s = h.streams[0].attribution;
    expect([s.orders, s.lateDispatch]).toEqual([3, 2]);
    expect(lateBy(s)).toEqual({ receipt: 0, pickPack: 1, shipTransport: 1, delivery: 0, unknown: 0 });
    // The window (30 days) holds all 4 orders: 3 late, 2 of them pick & pack → 67 %.
    expect(h.window).toEqual({ from: NOW - 30 * 86_400_000, to: NOW, days: 30, orders: 4 });
    expect(h.attribution && lateBy(h.attribution)).toEqual({
      receipt: 0,
      pickPack: 2,
      shipTransport: 1,
      delivery: 0,
      unknown: 0,
    });
    expect(h.attribution?.summary).toBe(
      '67 % of the 3 late dispatches were not packed in time for the last pickup before their deadline (pick & pack).',
    );
  });

  it('lists the carriers, "not enough data" under 30 parcels, and passes the contract', () => {
    const h = insights();
    expect(h.carriers).toEqual([
      {
        carrier: 'SF Express',
        orders: 4,
        pickupPunctuality: null,
        firstPickupShare: null,
        transitHours: null,
        onTimeDelivery: null,
        faultReturns: null,
      },
    ]);
    expect([h.regions, h.orders, h.hasRts, h.minOrders]).toEqual([[], 4, true, 30]);
    expect(historyInsightsSchema.safeParse(h).success).toBe(true);
  });
});

describe('history insights without ready-to-ship times', () => {
  it('cannot place late dispatches when no order has an RTS time (a Douyin export)', () => {
    const orders = ordersFromRows(rows.map(({ rtsAt: _rts, ...r }) => r));
    const h = historyInsights(
      { orders, carrier: rows.map(() => 'SF'), liveRoomId: rows.map(() => '') },
      [],
      settings,
      NOW,
    );
    expect(h.hasRts).toBe(false);
    expect(h.attribution && lateBy(h.attribution)).toEqual({
      receipt: 0,
      pickPack: 0,
      shipTransport: 0,
      delivery: 0,
      unknown: 3,
    });
  });
});
