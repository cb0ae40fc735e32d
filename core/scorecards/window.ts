import { type OrderColumns, OrderFlag } from '../orders';
import { DAY, epochFromLocal, localParts, MINUTE } from '../time';

/** The orders a scorecard looks at, and what "now" means for them. */
export type ScoreWindow = {
  orders: OrderColumns;
  /** Indices of the valid orders paid inside the window, in column order. */
  rows: Int32Array;
  now: number;
  timeZone: string;
};

/**
 * Valid orders paid in [now − windowDays × 24 h, now], both ends included. The window is a fixed span
 * of milliseconds, not calendar days: the platform recomputes each morning, we recompute at any instant.
 */
export function scoreWindow(orders: OrderColumns, windowDays: number, now: number, timeZone: string): ScoreWindow {
  const from = now - windowDays * DAY;
  const picked: number[] = [];
  for (let i = 0; i < orders.length; i++) {
    const paid = orders.paidAt[i];
    // Excluded orders (gifts, lucky bags, instant refunds…) never count; NaN paid times fail both tests.
    if (paid >= from && paid <= now && (orders.flags[i] & OrderFlag.excluded) === 0) picked.push(i);
  }
  return { orders, rows: Int32Array.from(picked), now, timeZone };
}

/** An event counts only if it has happened by `now`: replaying an earlier instant ignores later events. */
export const happened = (at: number, now: number): boolean => at <= now;

/**
 * Until when an order could still have produced its missing event: `now`, or its cancellation if that
 * came first (a cancelled order cannot ship any more, but if it was cancelled after its deadline it was late).
 */
export function observedUntil(w: ScoreWindow, i: number): number {
  const cancelled = w.orders.cancelledAt[i];
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
  for (const i of w.rows) {
    const due = deadline(i);
    if (Number.isNaN(due)) continue;
    const at = event[i];
    if (happened(at, w.now)) {
      if (at <= due) onTime++;
      else late++;
    } else if (observedUntil(w, i) > due) late++;
  }
  return { onTime, late };
}

/** 23:59:59.999 local of the day after `at` (§2.1 pickup SLA, next-day delivery), as in deadlines.ts. */
export function endOfNextLocalDay(at: number, timeZone: string): number {
  const p = localParts(timeZone, at);
  return epochFromLocal(timeZone, p.year, p.month, p.day + 1, 23 * 60 + 59) + MINUTE - 1;
}

/** Orders carrying a flag bit among the window's rows. */
export function countFlag(w: ScoreWindow, flag: number): number {
  let n = 0;
  for (const i of w.rows) if (w.orders.flags[i] & flag) n++;
  return n;
}
