import { DAY, MINUTE, offsetFn } from '../lib/time';
import { CancelledBy } from '../records/orders';
import type { SyntheticShop } from './synthetic-shop';

/**
 * A synthetic shop's orders as a TikTok Shop US Seller Center order export, one line per order, for the
 * real reader (core/exports/tiktok.ts) to read back. Column names: the reader's own (core/exports/tiktok.ts,
 * from the domain reference §5); times as US exports print them, MM/DD/YYYY h:mm:ss AM/PM in the shop's zone
 * (tests/fixtures/exports/tiktok-us-12h.csv and its provenance in VARIANTS.md). Which columns a real US
 * export has besides these, and their order: reconstruction, unverified. No personal column is written.
 */
const HEADER = [
  'Order ID',
  'Order Status',
  'Normal or Pre-order',
  'Quantity',
  'Order Amount',
  'Created Time',
  'Paid Time',
  'RTS Time',
  'Shipped Time',
  'Delivered Time',
  'Cancelled Time',
  'Cancel By',
  'Delivery Option',
  'Shipping Provider Name',
  'State',
];
const STATES = ['California', 'Texas', 'New York', 'Florida', 'Washington'];

export function shopExportCsv(shop: SyntheticShop): string {
  const o = shop.orders;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    first = Math.min(first, o.createdAt[i]);
    last = Math.max(last, o.paidAt[i]);
  }
  const zone = offsetFn(shop.settings.timezone, first - DAY, last + 40 * DAY);
  const time = (t: number): string => {
    if (Number.isNaN(t)) return '';
    const d = new Date(t + zone(t) * MINUTE);
    const h = d.getUTCHours();
    const two = (n: number) => String(n).padStart(2, '0');
    const clock = `${h % 12 === 0 ? 12 : h % 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
    return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${d.getUTCFullYear()} ${clock}`;
  };
  const lines = [HEADER.join(',')];
  const id = String(Math.abs(Math.trunc(shop.orders.length ? first : 0)) % 1e6).padStart(6, '0');
  for (let i = 0; i < o.length; i++) {
    const cancelled = o.cancelledBy[i] !== CancelledBy.none;
    const status = cancelled
      ? 'Cancelled'
      : !Number.isNaN(o.deliveredAt[i])
        ? 'Completed'
        : !Number.isNaN(o.shippedAt[i])
          ? 'In transit'
          : !Number.isNaN(o.rtsAt[i])
            ? 'Awaiting collection'
            : 'Awaiting shipment';
    const items = 1 + (i % 3 === 0 ? 1 : 0);
    const cents = 999 + ((i * 7919) % 4000);
    lines.push(
      [
        `5764${id}${String(i).padStart(8, '0')}`,
        status,
        'Normal',
        items,
        `$${(cents / 100).toFixed(2)}`,
        time(o.createdAt[i]),
        time(o.paidAt[i]),
        time(o.rtsAt[i]),
        time(o.shippedAt[i]),
        time(o.deliveredAt[i]),
        time(o.cancelledAt[i]),
        cancelled ? 'Buyer' : '',
        'Standard shipping',
        shop.carriers[i] ?? '',
        STATES[i % STATES.length],
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
