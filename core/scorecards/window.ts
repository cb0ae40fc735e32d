import { DAY, localDayAt, MINUTE, type OffsetFn, offsetFn } from '../lib/time';
import { CancelledBy, type OrderColumns, OrderFlag, type ProductColumn } from '../records/orders';

/** The orders a scorecard looks at, and what "now" means for them. */
export type ScoreWindow = {
  /** The orders, with their product where the caller has it (the product-level rules need it). */
  orders: OrderColumns & ProductColumn;
  /** Indices of the valid orders paid inside the window, in column order. */
  rows: Int32Array;
  now: number;
  timeZone: string;
  /** The zone's offsets over the window, looked up without Intl (a million orders would take seconds). */
  zone: OffsetFn;
  /** Orders each row stands for (null: one each): the size of a predicted group. */
  weights: Float64Array | null;
  /** Per-order values more than one measure needs, computed once per window. */
  memo: Map<string, Float64Array>;
};

/** A measure's additive parts: the value is num / den, and windows add up part by part. */
export type Tally = { num: number; den: number };

/**
 * Valid orders paid in [now − windowDays × 24 h, now], both ends included. The window is a fixed span
 * of milliseconds, not calendar days: the platform recomputes each morning, we recompute at any instant.
 * `paidFrom` widens it for predicted orders, which are scored as if their events had all happened.
 */
export function scoreWindow(
  orders: OrderColumns & ProductColumn,
  windowDays: number,
  now: number,
  timeZone: string,
  opts: { paidFrom?: number; paidUntil?: number; zone?: OffsetFn } = {},
): ScoreWindow {
  const from = opts.paidFrom ?? now - windowDays * DAY;
  const until = opts.paidUntil ?? now;
  const picked = new Int32Array(orders.length);
  let n = 0;
  for (let i = 0; i < orders.length; i++) {
    const paid = orders.paidAt[i];
    // Excluded orders (gifts, lucky bags, instant refunds…) never count; NaN paid times fail both tests.
    if (paid >= from && paid <= until && (orders.flags[i] & OrderFlag.excluded) === 0) picked[n++] = i;
  }
  return {
    orders,
    rows: picked.subarray(0, n),
    now,
    timeZone,
    zone: opts.zone ?? offsetFn(timeZone, from - DAY, Math.min(now, until + 60 * DAY) + 3 * DAY),
    weights: orders.weight ?? null,
    memo: new Map(),
  };
}

/** Orders row i stands for; a plain function on typed arrays, so the engine's loops stay fast. */
export const weightOf = (w: ScoreWindow, i: number): number => (w.weights === null ? 1 : w.weights[i]);

/** An event counts only if it has happened by `now`: replaying an earlier instant ignores later events. */
export const happened = (at: number, now: number): boolean => at <= now;

/**
 * Until when an order could still have produced its missing event: `now`, or its cancellation if that
 * came first (a cancelled order cannot ship any more, but if it was cancelled after its deadline it was late).
 */
export function observedUntil(w: ScoreWindow, i: number): number {
  const o = w.orders;
  const cancelled = o.cancelledAt[i];
  // Closed at an unknown time and never shipped (a Douyin 已关闭 row without a close time): it cannot be
  // judged late, since it may have closed before any deadline.
  if (o.cancelledBy[i] !== CancelledBy.none && Number.isNaN(cancelled) && Number.isNaN(o.shippedAt[i])) {
    return Number.NEGATIVE_INFINITY;
  }
  return happened(cancelled, w.now) ? cancelled : w.now;
}

/**
 * Tallies one deadline over the window: an order whose event happened counts, on time or late; one
 * whose event has not happened counts as late once its deadline passed, and is not due before that.
 * Orders without a deadline (NaN) cannot be judged and are left out.
 */
export function tallyDeadline(
  w: ScoreWindow,
  event: Float64Array,
  deadline: (i: number) => number,
): { onTime: number; late: number } {
  let onTime = 0;
  let late = 0;
  for (let r = 0, i = w.rows[0]; r < w.rows.length; i = w.rows[++r]) {
    const due = deadline(i);
    if (Number.isNaN(due)) continue;
    const at = event[i];
    if (happened(at, w.now)) {
      if (at <= due) onTime += weightOf(w, i);
      else late += weightOf(w, i);
    } else if (observedUntil(w, i) > due) late += weightOf(w, i);
  }
  return { onTime, late };
}

/** 23:59:59.999 local of the day after `at` (§2.1 pickup SLA, next-day delivery), as in deadlines.ts. */
export const endOfNextLocalDay = (at: number, zone: OffsetFn): number =>
  localDayAt(zone, at, 1, 23 * 60 + 59) + MINUTE - 1;

/** Orders carrying a flag bit among the window's rows. */
export function countFlag(w: ScoreWindow, flag: number): number {
  let n = 0;
  for (let r = 0, i = w.rows[0]; r < w.rows.length; i = w.rows[++r]) if (w.orders.flags[i] & flag) n += weightOf(w, i);
  return n;
}

/** Orders in the window (their weights summed). */
export function countOrders(w: ScoreWindow): number {
  let n = 0;
  for (let r = 0, i = w.rows[0]; r < w.rows.length; i = w.rows[++r]) n += weightOf(w, i);
  return n;
}
