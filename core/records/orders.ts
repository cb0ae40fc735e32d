import { type StringColumn, stringColumn } from '../lib/string-column';

/**
 * Order history as columns of typed arrays, one row per order (not per SKU line): a million orders
 * are a few dozen megabytes and one pass over them takes milliseconds, where one object per order
 * would take hundreds. Instants are epoch milliseconds; NaN means "has not happened (yet)".
 */
/**
 * Who cancelled. An order cancelled at a time the export does not give (a Douyin 已关闭 order without
 * 订单完成时间) has `cancelledBy` set and `cancelledAt` NaN: cancelled, time unknown.
 */
export const CancelledBy = { none: 0, buyer: 1, seller: 2, system: 3, platform: 4 } as const;
export type CancelledByCode = (typeof CancelledBy)[keyof typeof CancelledBy];

/** Bits of `flags`. */
export const OrderFlag = {
  /** First after-sales reason is a logistics problem with a ruling against the seller (Douyin §2.1.3). */
  logisticsFaultReturn: 1,
  /** Not a valid order for scoring: gift, lucky bag, very low price, instantly refunded, abnormal. */
  excluded: 2,
  /** The tracking number was valid (TikTok VTR). */
  validTracking: 4,
  /** Fraudulent shipping (虚假发货): the pickup score's minimum, and the deduction counted per product per day. */
  shippingViolation: 8,
  /** A pre-order (TikTok "Normal or Pre-order"): judged against its own promised date, which no export carries. */
  preOrder: 16,
  /** The export records no delivery time (Douyin: 订单完成时间 is the buyer's confirmation): delivery is not judged. */
  noDeliveryTime: 32,
  /**
   * A logistics-anomaly compensation (物流异常): the pickup score's minimum too (§2.1), but its own violation,
   * never counted as fraudulent shipping. No export carries it yet.
   */
  logisticsAnomaly: 64,
} as const;

export type OrderColumns = {
  length: number;
  paidAt: Float64Array;
  /** The carrier's pickup scan ("shipped"), never the label print. */
  shippedAt: Float64Array;
  deliveredAt: Float64Array;
  /** The delivery due instant of the waybill's route standard or the platform's deliver-by date. */
  deliverBy: Float64Array;
  /** The ship-by deadline the platform holds the seller to. */
  shipBy: Float64Array;
  cancelledAt: Float64Array;
  cancelledBy: Uint8Array;
  flags: Uint8Array;
  /**
   * When the buyer placed the order (before paying). Optional, like `weight`: simulated orders have no
   * such time; the export readers and the history always fill it (NaN where the file has none).
   */
  createdAt?: Float64Array;
  /**
   * When the seller marked the order ready to ship (TikTok "RTS Time"): pick & pack ends here and
   * ship & transport (waiting for the carrier's pickup scan) begins. NaN where the export has none
   * (Douyin's exports have no such column). Optional for the same reason as `createdAt`.
   */
  rtsAt?: Float64Array;
  /**
   * How many orders each row stands for (absent: one each). The prediction scores groups of stream
   * orders that share their payment and pickup minute as one weighted row.
   */
  weight?: Float64Array;
};

/**
 * The product of the order's first SKU line with one, as `productKey(code, name)` (商家编码 / Seller SKU and the
 * product name); '' unknown. Kept beside the columns, not in them, as the stored history does not carry it
 * yet: simulated orders and stored histories have none, and the product-level rules then judge nothing. An
 * order of several products counts under its first [assumed].
 */
export type ProductColumn = { product?: StringColumn };

/** Columns as an export or the history gives them: the recorded times are always there. */
export type RecordedOrders = OrderColumns & { createdAt: Float64Array; rtsAt: Float64Array } & ProductColumn;

export type OrderRow = {
  paidAt: number;
  shippedAt?: number;
  deliveredAt?: number;
  deliverBy?: number;
  shipBy?: number;
  cancelledAt?: number;
  cancelledBy?: CancelledByCode;
  flags?: number;
  createdAt?: number;
  rtsAt?: number;
  /** The product (records/orders ProductColumn); the column is made when any row has one. */
  item?: { code: string; name: string };
};

/** One string per product for the `product` column: the seller's code and the name, joined by a unit separator. */
export const productKey = (code: string, name: string): string =>
  code === '' && name === '' ? '' : `${code}\u001f${name}`;

/** The code and name a `productKey` joined. */
export function productOfKey(key: string): { code: string; name: string } {
  const at = key.indexOf('\u001f');
  return at < 0 ? { code: '', name: key } : { code: key.slice(0, at), name: key.slice(at + 1) };
}

export function emptyOrders(capacity: number): RecordedOrders {
  return {
    length: 0,
    paidAt: new Float64Array(capacity).fill(Number.NaN),
    shippedAt: new Float64Array(capacity).fill(Number.NaN),
    deliveredAt: new Float64Array(capacity).fill(Number.NaN),
    deliverBy: new Float64Array(capacity).fill(Number.NaN),
    shipBy: new Float64Array(capacity).fill(Number.NaN),
    cancelledAt: new Float64Array(capacity).fill(Number.NaN),
    cancelledBy: new Uint8Array(capacity),
    flags: new Uint8Array(capacity),
    createdAt: new Float64Array(capacity).fill(Number.NaN),
    rtsAt: new Float64Array(capacity).fill(Number.NaN),
  };
}

/** Builds columns from plain rows: for tests, fixtures and small imports, not for a million orders. */
export function ordersFromRows(rows: readonly OrderRow[]): RecordedOrders {
  const o = emptyOrders(rows.length);
  rows.forEach((r, i) => {
    o.paidAt[i] = r.paidAt;
    o.shippedAt[i] = r.shippedAt ?? Number.NaN;
    o.deliveredAt[i] = r.deliveredAt ?? Number.NaN;
    o.deliverBy[i] = r.deliverBy ?? Number.NaN;
    o.shipBy[i] = r.shipBy ?? Number.NaN;
    o.cancelledAt[i] = r.cancelledAt ?? Number.NaN;
    o.cancelledBy[i] = r.cancelledBy ?? CancelledBy.none;
    o.flags[i] = r.flags ?? 0;
    o.createdAt[i] = r.createdAt ?? Number.NaN;
    o.rtsAt[i] = r.rtsAt ?? Number.NaN;
  });
  o.length = rows.length;
  if (rows.some((r) => r.item))
    o.product = stringColumn(rows.map((r) => productKey(r.item?.code ?? '', r.item?.name ?? '')));
  return o;
}
