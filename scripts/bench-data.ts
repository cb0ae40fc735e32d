import type { OrderExport } from '../core/exports/types';
import { seeded } from '../core/lib/random';
import { stringColumn } from '../core/lib/string-column';
import { DAY, HOUR } from '../core/lib/time';
import { emptyOrders, type OrderColumns, type RecordedOrders } from '../core/records/orders';
import type { Snapshot } from '../core/records/snapshot';

/**
 * Generated data for `npm run bench`: a shop's 30-day history and a live stream, seeded so every run
 * measures the same work. Figures resemble a large livestream shop (§4 of the domain notes).
 */
export function history(n: number, now: number, seed = 1): OrderColumns {
  const rnd = seeded(seed);
  const o = emptyOrders(n);
  o.length = n;
  for (let i = 0; i < n; i++) {
    const paid = now - rnd() * 30 * DAY;
    const shipped = paid + (4 + rnd() * 44) * HOUR;
    o.paidAt[i] = paid;
    o.shipBy[i] = paid + 48 * HOUR;
    o.deliverBy[i] = shipped + 72 * HOUR;
    if (rnd() < 0.03) {
      o.cancelledAt[i] = paid + rnd() * 10 * HOUR;
      o.cancelledBy[i] = 1;
      continue;
    }
    if (shipped > now) continue;
    o.shippedAt[i] = shipped;
    const delivered = shipped + (30 + rnd() * 60) * HOUR;
    if (delivered <= now) o.deliveredAt[i] = delivered;
    o.flags[i] = 4 | (rnd() < 0.002 ? 1 : 0); // valid tracking; a few logistics-fault returns
  }
  return o;
}

/** A stream read once a second with bursts every 15 minutes, until `orders` orders have been paid. */
export function liveStream(orders: number, start: number): Snapshot[] {
  const snaps: Snapshot[] = [];
  let paid = 0;
  for (let s = 0; paid < orders; s++) {
    paid = Math.min(orders, paid + (s % 900 < 120 ? 20 : 1.36));
    snaps.push({ streamId: 'bench', seq: s, at: start + s * 1000, paidOrders: Math.floor(paid), source: 'bench' });
  }
  return snaps;
}

const CARRIERS = ['SF Express', 'ZTO', 'YTO', 'J&T Express', 'JD Logistics'];
const PRODUCTS = ['T-shirt', 'Socks', 'Scarf', 'Hat', 'Mug', 'Bag', 'Candle'];

/**
 * The same history as an export, for the store (the estimator's real path loads it from IndexedDB):
 * order ids, a carrier per picked-up order, products, and deadlines left to `fillDeadlines`, as an
 * import leaves them.
 */
export function historyExport(n: number, now: number, seed = 1): OrderExport {
  const orders = history(n, now, seed) as RecordedOrders; // emptyOrders allocates every column
  orders.shipBy.fill(Number.NaN);
  orders.deliverBy.fill(Number.NaN);
  const rnd = seeded(seed + 1);
  const carrier = Array.from({ length: n }, (_, i) =>
    Number.isNaN(orders.shippedAt[i]) ? '' : CARRIERS[Math.floor(rnd() * CARRIERS.length)],
  );
  for (let i = 0; i < n; i++) orders.rtsAt[i] = orders.shippedAt[i] - (1 + (i % 4)) * HOUR;
  return {
    format: 'douyin',
    orders,
    orderIds: Array.from({ length: n }, (_, i) => `69170000${String(i).padStart(11, '0')}`),
    meta: {
      carrier,
      liveRoomId: new Array(n).fill(''),
      quantity: new Uint32Array(n).fill(1),
      amountFen: new Float64Array(n).fill(2990),
      product: stringColumn(Array.from({ length: n }, (_, i) => PRODUCTS[i % PRODUCTS.length])),
      promise: stringColumn(new Array(n).fill('')),
      region: stringColumn(new Array(n).fill('')),
    },
    rows: n,
    rejected: [],
  };
}
