/** Order ids asked about in one message to the store (the contract allows no more). */
export const MAX_ASKED = 500;
/** Ids kept waiting for the store's word at most: a standby tab may watch a feed for hours. */
const MAX_WAITING = 2000;

/**
 * Which paid orders of a live order feed add to the stream's count: each once, across polls, reloads
 * and service-worker restarts. A feed (Douyin's `live_order_stream`) sends a rolling window of the
 * latest orders on every poll, so the same ids come again and again; the count it gives a stream is the
 * number of distinct paid ids seen since the stream began.
 *
 * Memory: the ids counted are stored with the snapshot whose count they raised, in one transaction
 * (storage/feed-order-store.ts), so the store always holds exactly the listed orders inside its count.
 * An id this tab has not settled is asked about there before it counts, so a reloaded tab, or one
 * taking over from another, never counts again what was counted before.
 *
 * The stream's recorded count at capture start decides how an id the store lacks is read:
 * - it equals the listed ids (or nothing is recorded yet): the count is the feed's own, so an unlisted
 *   id is in no count and adds to it, even one paid while no tab watched;
 * - it is larger (a page total, the counter or a typed count made it): an unlisted id of the first
 *   window may be inside it already, so that window is a baseline and counts nothing. This misses the
 *   orders paid while no tab watched rather than count one twice.
 *
 * Pure: the session asks the store and hands the answer back, so the rule is tested without one.
 */
export class OrderFeed {
  /** Ids whose place is decided: counted, listed by the store, held by another count, or the baseline. */
  private readonly settled = new Set<string>();
  /** Ids seen and not decided yet, oldest first. */
  private readonly waiting = new Set<string>();
  private started = false;
  /** Whether the next window is the baseline (see above). */
  private baseline = false;

  /** Capture begins: the stream's recorded count and how many order ids the store lists for it. */
  begin(recorded: number | null, listed: number): void {
    this.started = true;
    this.baseline = recorded !== null && recorded > listed;
    // Ids watched on standby or before the store answered make the baseline window themselves.
    if (this.baseline && this.waiting.size > 0) this.settleBaseline([...this.waiting]);
  }

  /**
   * One response's paid ids. `held`: a fresh count from another source (a page total) holds them
   * already, so they are settled without adding to it.
   */
  see(ids: readonly string[], held: boolean): void {
    if (this.started && this.baseline) {
      this.settleBaseline(ids);
      return;
    }
    for (const id of ids) {
      if (this.settled.has(id)) continue;
      if (held) {
        this.waiting.delete(id);
        this.settled.add(id);
      } else this.waiting.add(id);
    }
    // The oldest go first: a window has long moved past them, and the capturing tab counted them.
    for (const id of this.waiting) {
      if (this.waiting.size <= MAX_WAITING) break;
      this.waiting.delete(id);
    }
  }

  /** The ids to ask the store about: the oldest waiting ones, once capture has begun. */
  pending(): string[] {
    return this.started ? [...this.waiting].slice(0, MAX_ASKED) : [];
  }

  /**
   * The store's answer about `asked`: the ids it lists were counted before. The others are new to
   * the count, unless a fresh count from another source (`held`) now holds them. Returns the new ones.
   */
  settle(asked: readonly string[], listed: readonly string[], held: boolean): string[] {
    const counted = new Set(listed);
    const fresh: string[] = [];
    for (const id of asked) {
      if (!this.waiting.delete(id)) continue; // settled meanwhile (a baseline), or asked twice
      this.settled.add(id);
      if (!held && !counted.has(id)) fresh.push(id);
    }
    return fresh;
  }

  private settleBaseline(ids: readonly string[]): void {
    for (const id of ids) {
      this.waiting.delete(id);
      this.settled.add(id);
    }
    this.baseline = false;
  }
}
