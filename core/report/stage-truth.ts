import { cancelledUnknownTime } from '../model/ship-by-orders';
import type { OrderColumns } from '../records/orders';

/**
 * What the warehouse's own tabs would have shown at an instant, as the export tells it (issue #15): the
 * orders paid by then and still open — not picked up, not cancelled — split by the RTS mark. The backtest
 * passes these as the observation "with the true stage counts at the prediction moment".
 */
export type WarehouseCounts = {
  /** Open and not yet marked ready to ship: waiting to be packed. */
  pickPack: number;
  /** Open and marked ready to ship: packed, waiting for the carrier. */
  shipTransport: number;
};

/** Paid by `at` and still in the warehouse's hands then: not picked up, not cancelled (at a known or unknown time). */
export const openAt = (o: OrderColumns, i: number, at: number): boolean =>
  o.paidAt[i] <= at && !(o.shippedAt[i] <= at) && !(o.cancelledAt[i] <= at) && !cancelledUnknownTime(o, i);

export function trueStageCounts(o: OrderColumns, at: number): WarehouseCounts {
  let pickPack = 0;
  let shipTransport = 0;
  for (let i = 0; i < o.length; i++) {
    if (!openAt(o, i, at)) continue;
    if (o.rtsAt && o.rtsAt[i] <= at) shipTransport++;
    else pickPack++;
  }
  return { pickPack, shipTransport };
}
