import { CancelledBy } from '../records/orders';
import { type FormatSpec, firstOf, isProblem, readCommon } from './format';

/**
 * TikTok Shop Seller Center order export: one row per SKU line, the Order ID repeated (domain §5).
 * Everything not listed here — Recipient, Phone #, Buyer Username, Buyer Message, Zipcode, City,
 * Districts, Villages, the address lines, Tracking ID, prices per SKU — is never read. Of the address
 * only State is, and only a US state's name survives it (regions.ts).
 */
const columns = {
  orderId: 'Order ID',
  quantity: 'Quantity',
  amount: 'Order Amount',
  createdAt: 'Created Time',
  paidAt: 'Paid Time',
  rtsAt: 'RTS Time',
  shippedAt: 'Shipped Time',
  deliveredAt: 'Delivered Time',
  cancelledAt: 'Cancelled Time',
  cancelBy: 'Cancel By',
  carrier: 'Shipping Provider Name',
  product: 'Product Name',
  sellerSku: 'Seller SKU',
  promise: 'Delivery Option',
  region: 'State',
} as const;
type Column = keyof typeof columns;

/** `Cancel By` as Seller Center prints it (older exports say "User" for the buyer). */
const CANCEL_BY = new Map<string, number>([
  ['buyer', CancelledBy.buyer],
  ['user', CancelledBy.buyer],
  ['customer', CancelledBy.buyer],
  ['seller', CancelledBy.seller],
  ['system', CancelledBy.system],
  ['platform', CancelledBy.platform],
  ['tiktok', CancelledBy.platform],
]);

const TIMES = ['createdAt', 'paidAt', 'rtsAt', 'shippedAt', 'deliveredAt', 'cancelledAt'] as const;
/** The headers of the time columns, for telling the file's date order (slash-order.ts). */
export const TIKTOK_TIME_HEADERS: readonly string[] = TIMES.map((t) => columns[t]);

export const tiktok: FormatSpec<Column> = {
  format: 'tiktok',
  label: 'TikTok Shop Seller Center',
  columns,
  key: 'orderId',
  // The shipping provider, created and RTS times, product, delivery option and state are context (older
  // exports lack some); every other column changes what the model computes.
  required: ['orderId', 'quantity', 'amount', 'paidAt', 'shippedAt', 'deliveredAt', 'cancelledAt', 'cancelBy'],
  amountPerLine: false,
  slash: (opts) => opts.slashDates ?? 'DMY',
  line(get, time) {
    const common = readCommon(get, time, TIMES, '12.34');
    if (isProblem(common)) return common;
    const by = get('cancelBy');
    const cancelledBy = by === '' ? CancelledBy.none : CANCEL_BY.get(by.toLowerCase());
    if (cancelledBy === undefined) {
      return { column: 'cancelBy', reason: 'not one of Buyer, Seller, System, Platform' };
    }
    // Every field written out, in the order Douyin's reader writes them. Copying `common` with a spread
    // gave V8 slow line objects, and the store's reads of them slow too: in Node, 300,000 rows took
    // about 5 s to read that way and 1.35 s this way.
    return {
      orderId: common.orderId,
      quantity: common.quantity,
      amountFen: common.amountFen,
      createdAt: common.createdAt,
      paidAt: common.paidAt,
      rtsAt: common.rtsAt,
      // Shipped Time should be the carrier's first scan (RTS Time is the seller's "ready to ship"
      // click), but with some logistics modes the platform stamps it when the seller marks the
      // order shipped, before the pickup scan the score measures (§2.4), and the file does not say
      // which. It is the best shipping time the export gives.
      shippedAt: common.shippedAt,
      deliveredAt: common.deliveredAt,
      cancelledAt: common.cancelledAt,
      cancelledBy,
      carrier: get('carrier'),
      liveRoomId: '',
      product: firstOf(get('product'), get('sellerSku')),
      promise: get('promise'),
      region: get('region'),
    };
  },
};
