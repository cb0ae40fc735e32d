import { emptyOrders, type OrderColumns, OrderFlag } from './orders';
import type { SampleScorer } from './predict-stream';
import type { SampleView } from './prediction';
import { addTallies, type CardTally, scoreFromTally, tallyWindow } from './scorecards/engine';
import type { Scorecard } from './scorecards/schema';
import { scoreWindow } from './scorecards/window';
import { forEachShipment } from './shipments';
import { DAY, MINUTE, type OffsetFn, offsetFn } from './time';

/**
 * The score once this stream's orders have flowed through: the history inside the window as it stands
 * now, plus the stream's predicted orders as if all their events had happened. Each group of orders
 * sharing a payment and a pickup minute becomes two weighted rows, one delivered on time and one late,
 * split by this sample's carrier on-time rate. Stream orders carry valid tracking [assumed].
 */
export function streamScorer(card: Scorecard, history: CardTally, timeZone: string, windowStart: number): SampleScorer {
  let rows: OrderColumns = emptyOrders(0);
  let zone: OffsetFn | null = null;
  return (view: SampleView) => {
    const { dispatch: d, draw, deadlines } = view;
    const transit = Math.round(view.settings.stages.delivery.meanTransitHours * 60) * MINUTE;
    const capacity = 2 * (view.lastPaidMinute + d.pickups + 2);
    if (rows.paidAt.length < capacity) {
      rows = emptyOrders(capacity);
      rows.weight = new Float64Array(capacity);
    }
    const weight = rows.weight as Float64Array;
    let n = 0;
    forEachShipment(d, view.lastPaidMinute, (m, j, count) => {
      const paidAt = d.t0 + m * MINUTE;
      const shippedAt = j < 0 ? Number.NaN : d.t0 + j * MINUTE;
      for (const onTime of [true, false]) {
        rows.paidAt[n] = paidAt;
        rows.shippedAt[n] = shippedAt;
        rows.shipBy[n] = deadlines.deadline[m];
        rows.deliveredAt[n] = shippedAt + transit;
        rows.deliverBy[n] = onTime ? shippedAt + transit : shippedAt + transit - MINUTE;
        rows.flags[n] = OrderFlag.validTracking;
        weight[n] = count * (onTime ? draw.onTimeRate : 1 - draw.onTimeRate);
        n++;
      }
    });
    rows.length = n;
    const flowedThrough = view.horizonEnd + transit + DAY;
    zone ??= offsetFn(timeZone, d.t0 - DAY, flowedThrough + DAY);
    const w = scoreWindow(rows, card.windowDays, flowedThrough, timeZone, { paidFrom: windowStart, zone });
    const result = scoreFromTally(card, addTallies(history, tallyWindow(card, w)), flowedThrough);
    return { score: result.score ?? Number.NaN, flags: result.flags };
  };
}
