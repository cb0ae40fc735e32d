import type { SlashOrder, TimestampReader } from './dates';
import type { ExportFormat, ExportOptions, Line } from './types';
import { amountFen, quantity } from './values';
import type { Vocabulary } from './words';

/** A line that cannot be read, naming the column by its key in the format's allow-list. */
export type Problem<K extends string> = { column: K; reason: string };

/**
 * What the reader knows about one export format. `columns` is an ALLOW-LIST: the reader resolves
 * these headers to positions once and `line` can only ask for them by key, so the personal columns
 * (recipient, phone, address, buyer name and message, encrypted fields) are never even read.
 */
export type FormatSpec<K extends string> = {
  format: ExportFormat;
  /** For messages: "TikTok Shop Seller Center". */
  label: string;
  columns: Record<K, string>;
  /** The column whose presence says "this is my format". */
  key: K;
  /** Columns without which the output would be wrong rather than incomplete. */
  required: readonly K[];
  /**
   * TikTok repeats the ORDER's amount on every SKU line, so lines keep the first; Douyin prints each
   * 子订单's own payable amount, so lines add up. [assumed for Douyin: no public column reference]
   */
  amountPerLine: boolean;
  slash(opts: ExportOptions): SlashOrder;
  /** Columns whose unknown values get one warning each (words.ts); their rows are read all the same. */
  words: Partial<Record<K, Vocabulary>>;
  line(get: (column: K) => string, time: TimestampReader): Line | Problem<K>;
};

/** Order ids are 16–24 digits (TikTok 18, Douyin 19). Requiring that also stops a phone number (at most
 * 15 digits, E.164) from ever landing in `orderIds`, whatever a broken file puts in the column. */
export const ORDER_ID = /^\d{16,24}$/;

/**
 * Reads several timestamp columns into `out`, in the order given; the first that is not a timestamp is
 * the problem. A scratch array, not an object per row: a million rows would make a million of them.
 */
export function readTimes<K extends string, T extends K>(
  get: (column: K) => string,
  time: TimestampReader,
  columns: readonly T[],
  out: Float64Array,
): Problem<K> | null {
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const t = time(get(column));
    // The reason never quotes the cell: in a broken file it could hold someone's address.
    if (t === null) return { column, reason: `not a date and time like ${time.form}` };
    const implausible = time.implausible?.(t);
    if (implausible) return { column, reason: implausible };
    out[i] = t;
  }
  return null;
}

export function isProblem<T extends object, K extends string>(x: T | Problem<K>): x is Problem<K> {
  return 'reason' in x;
}

/** The columns every format has under its own header: the order, its items and amount, and its times. */
type CommonKey = 'orderId' | 'quantity' | 'amount';

/**
 * What both formats share, as `readCommon` reads it: one scratch object per format, filled anew for each
 * row and copied into the row's line before the next (a fresh object per row cost a million allocations).
 * `times` holds the format's time columns in the order it lists them.
 */
export type Common = { orderId: string; quantity: number; amountFen: number; times: Float64Array };

export const commonScratch = (times: number): Common => ({
  orderId: '',
  quantity: 0,
  amountFen: 0,
  times: new Float64Array(times),
});

/**
 * Reads what both formats share into `out`, in the same order and with the same reasons, so a bad id,
 * quantity, amount or time is reported alike whichever platform wrote the file. `amountExample` is how an
 * amount looks in that export ("12.34", "29.90"). Null when the row's common values are all read.
 */
export function readCommon<K extends string, T extends K>(
  get: (column: K | CommonKey) => string,
  time: TimestampReader,
  times: readonly T[],
  amountExample: string,
  out: Common,
): Problem<K | CommonKey> | null {
  const orderId = get('orderId');
  if (orderId === '') return { column: 'orderId', reason: 'no order id' };
  if (!ORDER_ID.test(orderId)) return { column: 'orderId', reason: 'not an order id (16–24 digits)' };
  const q = quantity(get('quantity'));
  if (q === null) return { column: 'quantity', reason: 'not a whole number of items from 0 up' };
  const amount = amountFen(get('amount'));
  if (amount === null) return { column: 'amount', reason: `not an amount like ${amountExample} (0 for a gift)` };
  const problem = readTimes<K | CommonKey, T>(get, time, times, out.times);
  if (problem) return problem;
  out.orderId = orderId;
  out.quantity = q;
  out.amountFen = amount;
  return null;
}

/** The product cell, else the seller's SKU code when the name is empty (both are always read). */
export const firstOf = (name: string, sku: string): string => (name === '' ? sku : name);
