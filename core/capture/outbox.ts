import type { Snapshot } from '../records/snapshot';

/**
 * The order ids a batch's readings counted from an order feed, by seq: sent with the snapshots, so the
 * store writes the ids and the count they raised in one transaction (core/capture/order-feed.ts).
 */
export type FeedOrders = { seq: number; orderIds: string[] }[];

/** Order ids in one batch at most (the contract's limit): a batch stops before the reading that passes it. */
export const MAX_BATCH_ORDER_IDS = 5000;

type Entry = { snapshot: Snapshot; orderIds: readonly string[] };

/**
 * The capturing tab's side of "nothing lost, nothing counted twice": every reading gets the next seq
 * of its stream and stays pending until the background acknowledges a seq at or above it. Resending
 * is always safe because the store keys snapshots by (streamId, seq) and knows which capture wrote
 * each; when another capture took a seq first, the pending readings move after it (`renumber`), their
 * order ids with them.
 */
export class Outbox {
  private pending: Entry[] = [];
  private nextSeq: number;

  constructor(
    readonly streamId: string,
    readonly capture: string,
    firstSeq: number,
  ) {
    this.nextSeq = firstSeq;
  }

  /** A reading; `orderIds` are the feed's orders it counted (none for a total or the page's text). */
  add(at: number, paidOrders: number, source: string, orderIds: readonly string[] = []): Snapshot {
    const s = { streamId: this.streamId, seq: this.nextSeq++, at, paidOrders, source, capture: this.capture };
    this.pending.push({ snapshot: s, orderIds });
    return s;
  }

  /**
   * The oldest pending snapshots, in seq order, at most `max` of them and at most MAX_BATCH_ORDER_IDS
   * order ids (always the oldest reading, whatever it holds), with the ids of those that counted some.
   */
  batch(max = 200): { snapshots: Snapshot[]; feedOrders: FeedOrders } {
    const snapshots: Snapshot[] = [];
    const feedOrders: FeedOrders = [];
    let ids = 0;
    for (const { snapshot, orderIds } of this.pending.slice(0, max)) {
      if (snapshots.length > 0 && ids + orderIds.length > MAX_BATCH_ORDER_IDS) break;
      ids += orderIds.length;
      snapshots.push(snapshot);
      if (orderIds.length > 0) feedOrders.push({ seq: snapshot.seq, orderIds: [...orderIds] });
    }
    return { snapshots, feedOrders };
  }

  ack(seq: number): void {
    this.pending = this.pending.filter((e) => e.snapshot.seq > seq);
  }

  /**
   * Gives the pending readings new seqs from `from` on, in their order, and continues after them. With
   * the count another capture recorded meanwhile (`head`: a count typed in the popup, another tab), the
   * readings go on from it: a reading of the feed's new orders adds them to it (its own value counted
   * from the tab's older count), and no reading goes below it, so the count never drops and no new order
   * is lost. Returns the last pending reading's value, or null when none waits.
   */
  renumber(from: number, head: number | null = null): number | null {
    let running = head ?? Number.NEGATIVE_INFINITY;
    this.pending = this.pending.map((e, i) => {
      const own = e.snapshot.paidOrders;
      const paidOrders = Math.max(own, e.orderIds.length > 0 ? running + e.orderIds.length : running);
      running = paidOrders;
      return { ...e, snapshot: { ...e.snapshot, seq: from + i, paidOrders } };
    });
    this.nextSeq = from + this.pending.length;
    return this.pending.at(-1)?.snapshot.paidOrders ?? null;
  }

  /** When the oldest reading still waiting for an acknowledgement was taken, or null. */
  get oldestAt(): number | null {
    return this.pending[0]?.snapshot.at ?? null;
  }

  get size(): number {
    return this.pending.length;
  }
}
