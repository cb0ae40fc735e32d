import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../../core/model/dispatch';
import { groupShipments, shipmentGroups } from '../../../../core/model/shipments';

/** The FIFO walk as it was before issue #17: minute by minute over every paid minute, one call per group. */
function before(d: Dispatch, lastPaidMinute: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  const total = d.arrived[lastPaidMinute];
  let m = 0;
  let k = 0;
  const handOut = (upTo: number, shipMinute: number) => {
    while (k < upTo) {
      while (d.arrived[m] <= k) m++;
      const take = Math.min(upTo, d.arrived[m]) - k;
      out.push([m, shipMinute, take]);
      k += take;
    }
  };
  for (let p = 0; p < d.pickups && k < total; p++) handOut(Math.min(d.shippedAfter[p], total), d.pickupMinutes[p]);
  handOut(total, -1);
  return out;
}

/** A dispatch from per-minute payments (most minutes empty, as after 5-minute bins) and rising pickups. */
function dispatchOf(orders: number[], pickups: number[], listEveryMinute: boolean): Dispatch {
  const arrived = new Float64Array(orders.length);
  orders.reduce((a, n, m) => (arrived[m] = a + n), 0);
  const paying = orders.flatMap((n, m) => (listEveryMinute || n > 0 ? [m] : []));
  const shippedAfter = new Float64Array(pickups.length);
  pickups.reduce((a, n, p) => (shippedAfter[p] = a + n), 0);
  return {
    t0: 0,
    arrived,
    paying: Int32Array.from(paying),
    pickupMinutes: Int32Array.from(pickups, (_, p) => 60 * (p + 1)),
    shippedAfter,
    pickups: pickups.length,
  };
}

describe('groupShipments: the FIFO groups in columns', () => {
  it('gives the groups the minute-by-minute walk gave, walking only the minutes that can hold payments', () => {
    const minute = fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 300 }));
    fc.assert(
      fc.property(
        fc.array(minute, { minLength: 1, maxLength: 200 }),
        fc.array(fc.integer({ min: 0, max: 900 }), { maxLength: 30 }),
        fc.boolean(),
        (orders, pickups, listEveryMinute) => {
          const d = dispatchOf(orders, pickups, listEveryMinute);
          // A small start: the columns must grow mid-run without losing a group.
          const g = groupShipments(d, orders.length - 1, shipmentGroups(1));
          const got = Array.from({ length: g.length }, (_, i): [number, number, number] => [
            g.paid[i],
            g.ship[i],
            g.orders[i],
          ]);
          expect(got).toEqual(before(d, orders.length - 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits by hand: 150 orders at minute 0 and 100 at minute 5, pickups taking 100 then 200', () => {
    // FIFO: the first pickup (minute 60) takes orders 1–100, all paid at 0; the second (minute 120) the other
    // 50 of minute 0 and the 100 of minute 5. Nothing is left for "never picked up".
    const orders = [150, 0, 0, 0, 0, 100];
    const g = groupShipments(dispatchOf(orders, [100, 200], false), 5, shipmentGroups());
    expect(g.length).toBe(3);
    expect([...g.paid.subarray(0, 3)]).toEqual([0, 0, 5]);
    expect([...g.ship.subarray(0, 3)]).toEqual([60, 120, 120]);
    expect([...g.orders.subarray(0, 3)]).toEqual([100, 50, 100]);
  });
});
