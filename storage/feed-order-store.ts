import Dexie from 'dexie';
import type { FeedOrders } from '../core/capture/outbox';
import type { RadarDb } from './db';

/**
 * One order a stream's count holds because an order feed counted it (core/capture/order-feed.ts): the
 * stream and the order id, nothing else (no buyer, product or time). Written only by storeSnapshots,
 * in the same transaction as the snapshot whose count it raised, so the store never lists an order its
 * count lacks, nor counts a listed one without listing it.
 */
export type FeedOrderRow = { streamId: string; orderId: string };

export const FEED_ORDER_STORES = { feedOrders: '[streamId+orderId]' };

/** The rows for the order ids of the snapshots just stored (`seqs`); ids of others are not theirs to write. */
export function feedOrderRows(streamId: string, seqs: ReadonlySet<number>, feedOrders: FeedOrders): FeedOrderRow[] {
  return feedOrders.filter((f) => seqs.has(f.seq)).flatMap((f) => f.orderIds.map((orderId) => ({ streamId, orderId })));
}

/** Which of `orderIds` the stream's count already holds. */
export async function knownFeedOrders(db: RadarDb, streamId: string, orderIds: readonly string[]): Promise<string[]> {
  const rows = await db.feedOrders.bulkGet(orderIds.map((id) => [streamId, id] as [string, string]));
  return orderIds.filter((_, i) => rows[i] !== undefined);
}

/** How many order ids the stream's count holds from a feed. */
export function countFeedOrders(db: RadarDb, streamId: string): Promise<number> {
  return db.feedOrders.where('[streamId+orderId]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).count();
}
