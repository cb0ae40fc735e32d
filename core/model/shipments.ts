import type { Dispatch } from './dispatch';

/**
 * FIFO turns the run's curves into groups of orders that share a payment minute and a pickup minute:
 * the orders paid in minute m are k ∈ (arrived[m−1], arrived[m]], those picked up at minute j are
 * k ∈ (shipped[j−1], shipped[j]], and each non-empty intersection is one group. Orders never picked up
 * within the run come last with shipMinute −1. A few hundred groups stand for tens of thousands of
 * orders, which is what lets the score be predicted for 200 samples in milliseconds.
 */
export type ShipmentVisitor = (paidMinute: number, shipMinute: number, orders: number) => void;

/** A run's groups laid out in columns, reused from sample to sample (grown when a run has more). */
export type ShipmentGroups = { length: number; paid: Int32Array; ship: Int32Array; orders: Float64Array };

export const shipmentGroups = (capacity = 256): ShipmentGroups => ({
  length: 0,
  paid: new Int32Array(capacity),
  ship: new Int32Array(capacity),
  orders: new Float64Array(capacity),
});

/** The groups of a run into `into`, in payment order: the loop the scorer walks without a call per group. */
export function groupShipments(d: Dispatch, lastPaidMinute: number, into: ShipmentGroups): ShipmentGroups {
  const { arrived, paying } = d;
  const total = arrived[lastPaidMinute];
  let x = 0; // the paying minute reached (arrived rises at no other)
  let k = 0; // orders handed out so far, in FIFO order
  let g = 0;
  for (let p = 0; p <= d.pickups && k < total; p++) {
    const upTo = p < d.pickups ? Math.min(d.shippedAfter[p], total) : total;
    const shipMinute = p < d.pickups ? d.pickupMinutes[p] : -1;
    while (k < upTo) {
      while (arrived[paying[x]] <= k) x++;
      const m = paying[x];
      const take = Math.min(upTo, arrived[m]) - k;
      if (g === into.paid.length) grow(into);
      into.paid[g] = m;
      into.ship[g] = shipMinute;
      into.orders[g++] = take;
      k += take;
    }
  }
  into.length = g;
  return into;
}

function grow(into: ShipmentGroups): void {
  const n = into.paid.length * 2;
  const paid = new Int32Array(n);
  const ship = new Int32Array(n);
  const orders = new Float64Array(n);
  paid.set(into.paid);
  ship.set(into.ship);
  orders.set(into.orders);
  Object.assign(into, { paid, ship, orders });
}

export function forEachShipment(d: Dispatch, lastPaidMinute: number, visit: ShipmentVisitor): void {
  const g = groupShipments(d, lastPaidMinute, shipmentGroups());
  for (let i = 0; i < g.length; i++) visit(g.paid[i], g.ship[i], g.orders[i]);
}
