import type { FeedOrders } from '../../core/capture/outbox';
import type { Result } from '../../core/lib/result';
import type { Snapshot } from '../../core/records/snapshot';
import { toBackground } from './link';
import type { SnapshotAck } from './sender';

/** Where a (re)loaded capture continues, and how many order ids its stored count holds from a feed. */
export type StreamHead = { lastSeq: number | null; lastPaidOrders: number | null; feedOrders?: number };

export type FeedAnswer = { known: string[] };

/** What a capture says to the background (`backgroundLink` below; tests give a fake). */
export type CaptureLink = {
  /** `feedOrders`: the order ids the batch's readings counted from an order feed, stored with them (one transaction). */
  snapshots(batch: Snapshot[], feedOrders?: FeedOrders): Promise<Result<SnapshotAck>>;
  streamHead(streamId: string): Promise<Result<StreamHead>>;
  /** Which of these order ids the stream's count already holds (an order feed's memory). */
  feedKnown(streamId: string, orderIds: string[]): Promise<Result<FeedAnswer>>;
};

/** The capture's link to the background through the message contract. */
export const backgroundLink: CaptureLink = {
  snapshots: (snapshots, feedOrders) =>
    toBackground('snapshots', feedOrders?.length ? { snapshots, feedOrders } : { snapshots }),
  streamHead: (streamId) => toBackground('stream-head', { streamId }),
  feedKnown: (streamId, orderIds) => toBackground('feed-known', { streamId, orderIds }),
};
