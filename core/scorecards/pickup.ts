import { OrderFlag } from '../orders';
import { epochFromLocal, HOUR, localParts, parseClock } from '../time';
import { bandPoints } from './bands';
import type { Indicator, Scorecard } from './schema';
import { endOfNextLocalDay, happened, observedUntil, type ScoreWindow, tallyDeadline } from './window';

/** Douyin pickup indicators (§2.1.1 and the growth-stage check). Hours are measured to the carrier's pickup scan. */
type Clock = Scorecard['pickupClock'];
export type Measured = { value: number; sampleSize: number };

/**
 * When an order's pickup clock starts: at payment, or at the end of the night span if paid inside it
 * (18:00–06:00 → 06:00). The span includes its start and excludes its end: 17:59 starts at once,
 * 18:00 waits for 06:00 next day, 05:59 waits for 06:00, 06:00 starts at once.
 */
export function pickupClockStart(paidAt: number, clock: Clock, timeZone: string): number {
  if (!clock) return paidAt;
  const p = localParts(timeZone, paidAt);
  const from = parseClock(clock.nightFrom);
  const until = parseClock(clock.nightUntil);
  const m = p.minuteOfDay;
  const wraps = from > until; // 18:00–06:00 crosses midnight
  const night = wraps ? m >= from || m < until : m >= from && m < until;
  if (!night) return paidAt;
  const nextDay = wraps && m >= from ? 1 : 0;
  return epochFromLocal(timeZone, p.year, p.month, p.day + nextDay, until);
}

/**
 * Hours from clock start to the pickup scan (0 if scanned before the clock started). An order not yet
 * scanned counts, as if scanned at `now` (a lower bound), once the pickup SLA (end of the day after
 * payment) has passed; before that it is not due and gives NaN.
 */
export function pickupHours(w: ScoreWindow, i: number, clock: Clock): number {
  const paid = w.orders.paidAt[i];
  const start = pickupClockStart(paid, clock, w.timeZone);
  const shipped = w.orders.shippedAt[i];
  if (happened(shipped, w.now)) return Math.max(0, shipped - start) / HOUR;
  const until = observedUntil(w, i);
  if (until > endOfNextLocalDay(paid, w.timeZone)) return Math.max(0, until - start) / HOUR;
  return Number.NaN;
}

function mean(w: ScoreWindow, perOrder: (i: number) => number): Measured {
  let sum = 0;
  let n = 0;
  for (const i of w.rows) {
    const v = perOrder(i);
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return { value: n ? sum / n : Number.NaN, sampleSize: n };
}

export const pickupHoursAvg = (w: ScoreWindow, _def: Indicator, card: Scorecard): Measured =>
  mean(w, (i) => pickupHours(w, i, card.pickupClock));

/** Mean per-order points; a shipping violation scores the violation points whether or not it was scanned. */
export function pickupScoreAvg(w: ScoreWindow, def: Indicator, card: Scorecard): Measured {
  if (def.scoring.kind !== 'per-order') throw new Error('pickupScoreAvg needs a per-order points table');
  const { bands, violationPoints } = def.scoring;
  return mean(w, (i) => {
    if (w.orders.flags[i] & OrderFlag.shippingViolation) return violationPoints;
    const h = pickupHours(w, i, card.pickupClock);
    return Number.isNaN(h) ? h : bandPoints(bands, h);
  });
}

/** Scanned by 23:59:59 local of the day after payment (§2.1 growth-stage check); the night rule does not apply. */
export function pickupOnTimeRate(w: ScoreWindow): Measured {
  const { onTime, late } = tallyDeadline(w, w.orders.shippedAt, (i) =>
    endOfNextLocalDay(w.orders.paidAt[i], w.timeZone),
  );
  return { value: onTime + late ? onTime / (onTime + late) : Number.NaN, sampleSize: onTime + late };
}
