import { HOUR, localDayAt, localMinuteOfDay } from '../lib/time';
import type { CardPlan } from './card-plan';
import { CLOCK_START, NEXT_DAY_END, PICKUP_HOURS } from './pickup';
import type { Scorecard } from './schema';
import { finishTally, startTally, tallyRow, type WindowTally } from './tally-sums';
import { endOfNextLocalDay, happened, observedUntil, type ScoreWindow } from './window';

/**
 * A window's tally in one pass over its rows (tally-sums.ts), with the memo's per-order pickup hours and
 * next-day ends where a caller put them there, else worked out per order as pickup.ts does.
 */

/** pickup.ts `nextDayEnds` for one order. */
const endAt = (w: ScoreWindow, ends: Float64Array | undefined, i: number): number =>
  ends ? ends[i] : endOfNextLocalDay(w.orders.paidAt[i], w.zone);

/** pickup.ts `pickupHoursAll` for one order, `end` its next-day end, `starts` its clock start where known. */
function hoursAt(w: ScoreWindow, plan: CardPlan, i: number, end: number, starts: Float64Array | undefined): number {
  const paid = w.orders.paidAt[i];
  let start = paid;
  const span = plan.night;
  if (starts) start = starts[i];
  else if (span) {
    const m = localMinuteOfDay(w.zone, paid);
    const night = span.wraps ? m >= span.from || m < span.until : m >= span.from && m < span.until;
    if (night) start = localDayAt(w.zone, paid, span.wraps && m >= span.from ? 1 : 0, span.until);
  }
  const shipped = w.orders.shippedAt[i];
  if (happened(shipped, w.now)) return Math.max(0, shipped - start) / HOUR;
  const until = observedUntil(w, i);
  return until > end ? Math.max(0, until - start) / HOUR : Number.NaN;
}

export function tallyPass(card: Scorecard, w: ScoreWindow): WindowTally {
  const t = startTally(card, w.now);
  const hoursMemo = w.memo.get(PICKUP_HOURS);
  const endsMemo = w.memo.get(NEXT_DAY_END);
  const startsMemo = w.memo.get(CLOCK_START);
  const needs = t.plan.needHours || t.plan.needEnds;
  const { rows, weights } = w;
  const o = w.orders;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const end = needs ? endAt(w, endsMemo, i) : Number.NaN;
    const hours = !t.plan.needHours ? Number.NaN : hoursMemo ? hoursMemo[i] : hoursAt(w, t.plan, i, end, startsMemo);
    tallyRow(
      t,
      o.paidAt[i],
      weights === null ? 1 : weights[i],
      o.flags[i],
      o.shippedAt[i],
      o.deliveredAt[i],
      o.deliverBy[i],
      o.shipBy[i],
      o.cancelledAt[i],
      o.cancelledBy[i],
      hours,
      end,
    );
  }
  return finishTally(t);
}
