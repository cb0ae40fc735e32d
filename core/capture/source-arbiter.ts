import { type Health, judgeHealth, NETWORK_GRACE_MS, STALE_AFTER_MS } from './health';

/** Where a count comes from: the page's JSON (a total or per-order events), its counter, or a picked number. */
export type CountSource = 'network' | 'network-events' | 'page' | 'picked';

/** One readable count; `approximate` when the page rounds it (e.g. "1.2万"). */
export type CountReading = { value: number; source: CountSource; approximate: boolean };

/**
 * What happens to a readable count: taken, or dropped because a better source is current.
 * `outranked`: a fresh network total outranks the page's text; `early`: on a page with a tap, the
 * text waits a moment for the first data; `rounded`: a fresh exact count outranks a rounded one.
 */
export type Ruling = 'take' | 'outranked' | 'early' | 'rounded';

/**
 * Which of a page's count sources to believe, and whether any still works. The page's own JSON is
 * exact and first-hand; its text may lag it, round it ("1.2万") or be a number the seller picked.
 * So a lesser source counts only once the better one has been quiet for STALE_AFTER_MS, and a page
 * whose dashboard fetches data waits NETWORK_GRACE_MS for it before trusting its text: the page
 * redraws its text in the same task its data arrives, before the tap's message, and the count
 * should start from the data. Pure: the session passes the clock, so the rule is tested without a page.
 */
export class SourceArbiter {
  /** When the page's data last arrived (any response the tap read). */
  private dataAt: number | null = null;
  /** When a network total, and when an exact (not rounded) count, was last taken. */
  private totalAt: number | null = null;
  private exactAt: number | null = null;
  /** Health inputs: when a source last gave a readable count, since when all fail, when data last moved. */
  private goodAt: number | null = null;
  private failingSince: number | null = null;
  private movedAt: number | null = null;
  private last: CountReading | null = null;

  constructor(
    private readonly startedAt: number,
    /** Whether the page has a network tap, i.e. its data is worth waiting for. */
    private readonly tapped: boolean,
  ) {}

  /** The reading last taken: what to record once capture can begin. */
  get taken(): CountReading | null {
    return this.last;
  }

  /**
   * Rules on a readable count. A taken one becomes the current count of its kind (exact, network
   * total); `shown` is the count on show, so a taken reading that differs from it is fresh data.
   */
  rule(reading: CountReading, now: number, shown: number | null): Ruling {
    this.goodAt = now;
    this.failingSince = null;
    const fromText = reading.source === 'page' || reading.source === 'picked';
    if (fromText && this.fresh(this.totalAt, now)) return 'outranked';
    if (fromText && this.tapped && this.dataAt === null && now - this.startedAt < NETWORK_GRACE_MS) return 'early';
    if (reading.approximate && this.fresh(this.exactAt, now)) return 'rounded';
    if (!reading.approximate) this.exactAt = now;
    if (reading.source === 'network') this.totalAt = now;
    if (reading.value !== shown) this.movedAt = now;
    this.last = reading;
    return 'take';
  }

  /** No source gave a readable count. */
  failed(now: number): void {
    this.failingSince ??= now;
  }

  /** The page's data arrived: not stale, whether or not the count moved. */
  dataArrived(now: number): void {
    this.dataAt = now;
    this.movedAt = now;
  }

  /** Whether the page's data is fresh: a missing or unreadable counter then is no failure. */
  dataFresh(now: number): boolean {
    return this.fresh(this.dataAt, now);
  }

  /**
   * Whether per-order events (an order feed) are already inside the count: a fresh exact count from
   * another source holds them (adding them too would count them twice), unless the events are what
   * the count comes from. Which ids are new is core/capture/order-feed.ts's to say.
   */
  eventsHeld(now: number): boolean {
    return this.fresh(this.exactAt, now) && this.last?.source !== 'network-events';
  }

  /** A source answered with nothing new to count (an order feed without a new paid order): it works. */
  heard(now: number): void {
    this.goodAt = now;
    this.failingSince = null;
  }

  /** `paused`: the page froze itself (its adapter says why). */
  health(now: number, paused = false): Health {
    const { startedAt, goodAt: lastGoodAt, failingSince, movedAt: lastDataAt } = this;
    const expectsData = this.dataAt !== null;
    return judgeHealth({ now, startedAt, lastGoodAt, failingSince, lastDataAt, expectsData, paused });
  }

  private fresh(at: number | null, now: number): boolean {
    return at !== null && now - at < STALE_AFTER_MS;
  }
}
