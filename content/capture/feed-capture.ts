import { OrderFeed } from '../../core/capture/order-feed';
import type { Result } from '../../core/lib/result';
import type { FeedAnswer, StreamHead } from './capture-link';

/**
 * A capture's order feed: which paid orders are new (core/capture/order-feed.ts) and the questions
 * that decides it asks the store, one at a time. A question left unanswered (the background
 * restarting) keeps its ids waiting: the next `ask`, at the latest the session's next tick, asks again.
 */
export function feedCapture(opts: {
  ask: (orderIds: string[]) => Promise<Result<FeedAnswer>>;
  /** Whether a fresh count from another source holds the orders now (core/capture/source-arbiter.ts). */
  held: () => boolean;
  /** Orders the count lacks: the session adds them, with their ids, in one reading. */
  onFresh: (orderIds: string[]) => void;
  now: () => number;
}) {
  const feed = new OrderFeed();
  let asking = false;
  let failing: { since: number; error: string } | null = null;

  const ask = async (): Promise<void> => {
    if (asking) return;
    const ids = feed.pending();
    if (ids.length === 0) return;
    asking = true;
    const reply = await opts.ask(ids);
    asking = false;
    if (!reply.ok) {
      failing = { since: failing?.since ?? opts.now(), error: reply.error.message };
      return;
    }
    failing = null;
    const fresh = feed.settle(ids, reply.data.known, opts.held());
    if (fresh.length > 0) opts.onFresh(fresh);
    return ask(); // ids that came while this question was out
  };

  return {
    /** Capture begins: the stream's stored head says how the store's silence about an id reads. */
    begin: (head: StreamHead) => feed.begin(head.lastPaidOrders, head.feedOrders ?? 0),
    /** One response's paid order ids; they wait until capture can ask the store. */
    see: (ids: readonly string[]) => feed.see(ids, opts.held()),
    ask,
    /** Since when, and why, the store has not answered: readings that cannot be counted, unstored. */
    failing: () => failing,
  };
}
