import type { Dispatch } from './dispatch';

/**
 * FIFO turns the run's curves into groups of orders that share a payment minute and a pickup minute:
 * the orders paid in minute m are k ∈ (arrived[m−1], arrived[m]], those picked up at minute j are
 * k ∈ (shipped[j−1], shipped[j]], and each non-empty intersection is one group. Orders never picked up
 * within the run come last with shipMinute −1. A few hundred groups stand for tens of thousands of
 * orders, which is what lets the score be predicted for 200 samples in milliseconds.
 */
export type ShipmentVisitor = (paidMinute: number, shipMinute: number, orders: number) => void;

export function forEachShipment(d: Dispatch, lastPaidMinute: number, visit: ShipmentVisitor): void {
  const total = d.arrived[lastPaidMinute];
  let m = 0;
  let k = 0; // orders handed out so far, in FIFO order
  const handOut = (upTo: number, shipMinute: number) => {
    while (k < upTo) {
      while (d.arrived[m] <= k) m++;
      const take = Math.min(upTo, d.arrived[m]) - k;
      visit(m, shipMinute, take);
      k += take;
    }
  };
  for (let p = 0; p < d.pickups && k < total; p++) handOut(Math.min(d.shippedAfter[p], total), d.pickupMinutes[p]);
  handOut(total, -1);
}
