import { CancelledBy, OrderFlag, productKey } from '../records/orders';
import { commonScratch, type FormatSpec, firstOf, readCommon } from './format';
import { CANCEL_BY, ORDER_TYPES, PRE_ORDER, TIKTOK_STATUSES, wordKey } from './words';

/**
 * TikTok Shop Seller Center order export: one row per SKU line, the Order ID repeated (domain §5).
 * Everything not listed here — Recipient, Phone #, Buyer Username, Buyer Message, Zipcode, City,
 * Districts, Villages, the address lines, Tracking ID, prices per SKU — is never read. Of the address
 * only State is, and only a US state's name survives it (regions.ts); cross-border and South-East Asian
 * exports have Country (and Province) instead, and their orders simply have no region.
 * Order Status is read only to warn about a word we do not know: it is printed in the seller's language
 * (words.ts), and the times and cancel columns already say everything it says.
 */
const columns = {
  orderId: 'Order ID',
  status: 'Order Status',
  orderType: 'Normal or Pre-order',
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

/** Whether a line is a pre-order; the common values first, so most rows skip the normalising. */
function preOrder(type: string): boolean {
  return type !== 'Normal' && type !== '' && PRE_ORDER.has(wordKey(type));
}

const TIMES = ['createdAt', 'paidAt', 'rtsAt', 'shippedAt', 'deliveredAt', 'cancelledAt'] as const;
/** The headers of the time columns, for telling the file's date order (slash-order.ts). */
export const TIKTOK_TIME_HEADERS: readonly string[] = TIMES.map((t) => columns[t]);
const common = commonScratch(TIMES.length);
const T = common.times;

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
  words: {
    status: { known: TIKTOK_STATUSES, instead: 'those orders were read from their time and cancel columns' },
    orderType: { known: ORDER_TYPES, instead: 'those orders were read as normal orders, not pre-orders' },
  },
  line(get, time) {
    const problem = readCommon(get, time, TIMES, '12.34', common);
    if (problem) return problem;
    const by = get('cancelBy');
    const cancelledBy = by === '' ? CancelledBy.none : CANCEL_BY.get(wordKey(by));
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
      createdAt: T[0],
      paidAt: T[1],
      rtsAt: T[2],
      // Shipped Time should be the carrier's first scan (RTS Time is the seller's "ready to ship"
      // click), but with some logistics modes the platform stamps it when the seller marks the
      // order shipped, before the pickup scan the score measures (§2.4), and the file does not say
      // which. It is the best shipping time the export gives.
      shippedAt: T[3],
      deliveredAt: T[4],
      cancelledAt: T[5],
      cancelledBy,
      // A pre-order ships by its own promised date, which the export does not carry: the model gives it
      // no ship-by deadline from the shop's promise (core/model/ship-by-orders.ts).
      flags: preOrder(get('orderType')) ? OrderFlag.preOrder : 0,
      carrier: get('carrier'),
      liveRoomId: '',
      product: firstOf(get('product'), get('sellerSku')),
      productKey: productKey(get('sellerSku'), get('product')),
      promise: get('promise'),
      region: get('region'),
    };
  },
};
