import type { StringColumn } from '../lib/string-column';
import type { RecordedOrders } from '../records/orders';

/** The two order exports we read (domain reference §5). */
export type ExportFormat = 'tiktok' | 'douyin';

export type ExportOptions = {
  /** The shop's IANA time zone: both exports print local wall-clock times without an offset. */
  timeZone: string;
  /**
   * How TikTok's slash dates read: DD/MM/YYYY in most regions, MM/DD/YYYY in a US export. The reader
   * never guesses; its callers (the import page, the replay) tell it from the file's first rows with
   * `detectSlashOrder` where a day above 12 decides, and the user can override. Default DMY.
   */
  slashDates?: 'DMY' | 'MDY';
  /**
   * When the import runs (epoch ms): a time over a year after it, as before 2015, rejects its row, since
   * a backup holding it would not restore (kept-values.ts). Without it only times before 2015 do.
   */
  now?: number;
};

/** A data row that was skipped; `row` is the file's 1-based line number, the header being line 1. */
export type Rejection = { row: number; field: string; reason: string };

/**
 * A value the reader does not know in a column that only confirms what the other columns say (a
 * localized Order Status, an unknown "Normal or Pre-order"): its rows were read, not rejected, and the
 * user is told once per value. `row` is the first line carrying it.
 */
export type ExportWarning = { field: string; value: string; rows: number; row: number; message: string };

/** One ORDER per index, aligned across `orders`, `orderIds` and `meta`. Holds no personal data. */
export type OrderExport = {
  format: ExportFormat;
  orders: RecordedOrders;
  orderIds: string[];
  meta: {
    /** The carrier's name, '' if none; never the tracking number. */
    carrier: string[];
    /** Douyin 直播间ID, '' if none (always '' for TikTok). */
    liveRoomId: string[];
    /** Items in the order: the sum over its SKU lines. */
    quantity: Uint32Array;
    /** What the buyer pays, in hundredths of the currency unit (fen, cents). */
    amountFen: Float64Array;
    /** The product of the order's first SKU line with one: its name (cut to 64 characters), else the seller's SKU code. */
    product: StringColumn;
    /** The shipping promise or delivery option the order was sold with (TikTok "Delivery Option"); '' if none. */
    promise: StringColumn;
    /** The destination province or state, never anything finer (see regions.ts); '' if none or not a known one. */
    region: StringColumn;
  };
  /** Data rows read, rejected ones included; the header, empty lines and lines of bare commas are not rows. */
  rows: number;
  rejected: Rejection[];
  /** One per unknown value (see ExportWarning); absent in exports built by hand (tests, synthetic data). */
  warnings?: ExportWarning[];
};

/** One SKU line as a format reads it, before lines are merged into their order. */
export type Line = {
  orderId: string;
  quantity: number;
  amountFen: number;
  createdAt: number;
  paidAt: number;
  rtsAt: number;
  shippedAt: number;
  deliveredAt: number;
  cancelledAt: number;
  cancelledBy: number;
  /** OrderFlag bits the line sets (pre-order, no delivery time recorded); the store ORs them per order. */
  flags: number;
  carrier: string;
  liveRoomId: string;
  /** As the cells say: the store turns each distinct value into its stored form once (store.ts). */
  product: string;
  /** The seller's code and the product name as `productKey` joins them (records/orders.ts), for per-product rules. */
  productKey: string;
  promise: string;
  region: string;
};
