import type { Snapshot } from '../records/snapshot';

/**
 * The capturing tab's side of "nothing lost, nothing counted twice": every reading gets the next seq
 * of its stream and stays pending until the background acknowledges a seq at or above it. Resending
 * is always safe because the store keys snapshots by (streamId, seq) and knows which capture wrote
 * each; when another capture took a seq first, the pending readings move after it (`renumber`).
 */
export class Outbox {
  private pending: Snapshot[] = [];
  private nextSeq: number;

  constructor(
    readonly streamId: string,
    readonly capture: string,
    firstSeq: number,
  ) {
    this.nextSeq = firstSeq;
  }

  add(at: number, paidOrders: number, source: string): Snapshot {
    const s = { streamId: this.streamId, seq: this.nextSeq++, at, paidOrders, source, capture: this.capture };
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

  /** Gives the pending readings new seqs from `from` on, in their order, and continues after them. */
  renumber(from: number): void {
    this.pending = this.pending.map((s, i) => ({ ...s, seq: from + i }));
    this.nextSeq = from + this.pending.length;
  }

  /** When the oldest reading still waiting for an acknowledgement was taken, or null. */
  get oldestAt(): number | null {
    return this.pending[0]?.at ?? null;
  }

  get size(): number {
    return this.pending.length;
  }
}
