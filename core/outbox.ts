import type { Snapshot } from './snapshot';

/**
 * The capturing tab's side of "nothing lost, nothing counted twice": every reading gets the next seq
 * of its stream and stays pending until the background acknowledges a seq at or above it. Resending
 * is always safe because the store keys snapshots by (streamId, seq).
 */
export class Outbox {
  private pending: Snapshot[] = [];
  private nextSeq: number;

  constructor(
    readonly streamId: string,
    readonly source: string,
    firstSeq: number,
  ) {
    this.nextSeq = firstSeq;
  }

  add(at: number, paidOrders: number): Snapshot {
    const s = { streamId: this.streamId, seq: this.nextSeq++, at, paidOrders, source: this.source };
    this.pending.push(s);
    return s;
  }

  /** The oldest pending snapshots, in seq order, at most `max` of them. */
  batch(max = 200): Snapshot[] {
    return this.pending.slice(0, max);
  }

  ack(seq: number): void {
    this.pending = this.pending.filter((s) => s.seq > seq);
  }

  get size(): number {
    return this.pending.length;
  }
}
