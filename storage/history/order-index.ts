import type { RadarDb } from '../db';
import { ROW_SPAN } from './records';

/**
 * The order-id → (chunk, row) map, held in memory. On disk it is one `orderIndex` record per chunk
 * listing that chunk's ids in row order, so a million ids are a hundred records, read in one go and
 * turned into a Map (one packed number per id). A context keeps it between its write runs only while
 * nobody else wrote (storage/history/generation.ts); otherwise it is read afresh.
 */
export class OrderIndex {
  private constructor(
    private readonly where: Map<string, number>,
    /** Orders per chunk, by chunk id. */
    readonly counts: Map<number, number>,
  ) {}

  static async load(db: RadarDb): Promise<OrderIndex> {
    const where = new Map<string, number>();
    const counts = new Map<number, number>();
    for (const { chunkId, ids } of await db.orderIndex.toArray()) {
      counts.set(chunkId, ids.length);
      const base = chunkId * ROW_SPAN;
      for (let r = 0; r < ids.length; r++) where.set(ids[r], base + r);
    }
    return new OrderIndex(where, counts);
  }

  /** Records the orders a run appended to `chunkId` from row `from` on, once its batches committed. */
  appended(chunkId: number, from: number, ids: readonly string[]): void {
    const base = chunkId * ROW_SPAN;
    ids.forEach((id, k) => {
      this.where.set(id, base + from + k);
    });
    this.counts.set(chunkId, from + ids.length);
  }

  get size(): number {
    return this.where.size;
  }

  /** Where an order is stored, or undefined when it is not. */
  find(id: string): { chunkId: number; row: number } | undefined {
    const at = this.where.get(id);
    return at === undefined ? undefined : { chunkId: Math.floor(at / ROW_SPAN), row: at % ROW_SPAN };
  }

  /** The same as `find`, packed as `chunkId * ROW_SPAN + row`: no object per order on a million-row run. */
  locate(id: string): number | undefined {
    return this.where.get(id);
  }

  /** The highest chunk id in use, -1 when there is none. */
  lastChunkId(): number {
    let last = -1;
    for (const id of this.counts.keys()) if (id > last) last = id;
    return last;
  }
}
