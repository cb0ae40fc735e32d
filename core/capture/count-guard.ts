/**
 * "Never count twice": the stream's recorded count only moves up. A reload, a re-render or a page
 * whose own counter restarts may show less than what is already recorded; such a reading is held
 * back (reported, not recorded) until the page shows more again. Dashboards count the room's paid
 * orders on the server, so a real drop is a glitch, and taking the maximum cannot double count —
 * where adding a "restart" on top of the old count would, the moment the glitch ends.
 *
 * "Never believe the absurd": since the recorded count is also the floor every later reading must pass,
 * one absurd reading (2^53 from a forged or misread page, the GMV read as the order count) would freeze
 * the stream's count for good. So a reading beyond any livestream's total, or a jump faster than any
 * livestream sells, is held too and named; a real jump is taken once the time since the floor allows it.
 */
export type GuardVerdict =
  | { record: true; value: number }
  | { record: false; reason: 'same' }
  | { record: false; reason: 'below'; floor: number }
  | { record: false; reason: 'implausible'; from: number; to: number };

/**
 * Ten million paid orders: far above any one livestream's total we know of. The bound has only to catch
 * the absurd (2^53, a GMV in fen read as a count); a real count never comes near it.
 */
export const MAX_PLAUSIBLE_COUNT = 10_000_000;
/**
 * The fastest sustained pace taken as real: 2,000 paid orders a minute, 120,000 an hour. An assumed
 * ceiling, several times the busiest pace the model and the demo plan for; a real stream held by it says
 * so in capture health, and the ceiling is the one number to raise.
 */
export const MAX_ORDERS_PER_MINUTE = 2_000;
/**
 * A jump allowed at any moment on top of that pace: a flash sale selling a whole product's stock within
 * seconds, or a page first read in the middle of one. Also assumed, and generous for the same reason.
 */
export const MAX_BURST = 20_000;

/** Whether `to` can follow `from`, recorded `ms` earlier (null: when is unknown, so only the bound applies). */
export function plausibleJump(from: number | null, to: number, ms: number | null): boolean {
  if (!Number.isSafeInteger(to) || to < 0 || to > MAX_PLAUSIBLE_COUNT) return false;
  if (from === null || ms === null || to <= from) return true;
  return to - from <= MAX_BURST + (MAX_ORDERS_PER_MINUTE * Math.max(0, ms)) / 60_000;
}

export class CountGuard {
  /** When the floor was recorded (or adopted), or null when unknown. */
  private floorAt: number | null = null;

  constructor(private floor: number | null = null) {}

  /** The highest count recorded so far for the stream (stored or read), or null before any. */
  get recorded(): number | null {
    return this.floor;
  }

  /** A reading at `at`: recorded if it rises plausibly, else held and why. */
  accept(value: number, at: number): GuardVerdict {
    if (!plausibleJump(this.floor, value, this.floorAt === null ? null : at - this.floorAt)) {
      return { record: false, reason: 'implausible', from: this.floor ?? 0, to: value };
    }
    if (this.floor !== null && value === this.floor) return { record: false, reason: 'same' };
    if (this.floor !== null && value < this.floor) return { record: false, reason: 'below', floor: this.floor };
    this.floor = value;
    this.floorAt = at;
    return { record: true, value };
  }

  /** A count the store already holds (the stream's head, another capture's): the floor from `at`, unchecked; returns the floor. */
  adopt(value: number, at: number): number {
    if (this.floor === null || value > this.floor) {
      this.floor = value;
      this.floorAt = at;
    }
    return this.floor;
  }
}
