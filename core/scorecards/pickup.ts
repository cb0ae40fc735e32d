import { HOUR, localDayAt, localMinuteOfDay, type OffsetFn, offsetMinutes, parseClock } from '../lib/time';
import { OrderFlag } from '../records/orders';
import { bandPoints } from './bands';
import type { Indicator, Scorecard } from './schema';
import {
  endOfNextLocalDay,
  happened,
  observedUntil,
  type ScoreWindow,
  type Tally,
  tallyDeadline,
  weightOf,
} from './window';

/** Douyin pickup indicators (§2.1.1 and the growth-stage check). Hours are measured to the carrier's pickup scan. */
type Clock = Scorecard['pickupClock'];

/**
 * When an order's pickup clock starts: at payment, or at the end of the night span if paid inside it
 * (18:00–06:00 → 06:00). The span includes its start and excludes its end: 17:59 starts at once,
 * 18:00 waits for 06:00 next day, 05:59 waits for 06:00, 06:00 starts at once.
 */
export function pickupClockStart(paidAt: number, clock: Clock, zone: string | OffsetFn): number {
  if (!clock) return paidAt;
  const offset: OffsetFn = typeof zone === 'string' ? (t) => offsetMinutes(zone, t) : zone;
  const { from, until, wraps } = nightSpan(clock);
  const m = localMinuteOfDay(offset, paidAt);
  const night = wraps ? m >= from || m < until : m >= from && m < until;
  if (!night) return paidAt;
  return localDayAt(offset, paidAt, wraps && m >= from ? 1 : 0, until);
}

type Span = { from: number; until: number; wraps: boolean };
const spans = new WeakMap<NonNullable<Clock>, Span>();

/** The night span in minutes of the day, parsed once per scorecard (it is read for every order). */
function nightSpan(clock: NonNullable<Clock>): Span {
  let span = spans.get(clock);
  if (!span) {
    const from = parseClock(clock.nightFrom);
    const until = parseClock(clock.nightUntil);
    span = { from, until, wraps: from > until }; // 18:00–06:00 crosses midnight
    spans.set(clock, span);
  }
  return span;
}

/**
 * Every order's hours from clock start to the pickup scan (0 if scanned before the clock started). An
 * order not yet scanned counts, as if scanned at `now` (a lower bound), once the pickup SLA (end of the
 * day after payment) has passed; before that it is not due and gives NaN. One tight loop: it runs over
 * every order of the window, a million for a large shop.
 */
function pickupHoursAll(w: ScoreWindow, clock: Clock): Float64Array {
  const hours = new Float64Array(w.orders.length);
  const span = clock ? nightSpan(clock) : null;
  const { paidAt, shippedAt } = w.orders;
  const { rows, zone, now } = w;
  let ends: Float64Array | null = null;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const paid = paidAt[i];
    let start = paid;
    if (span) {
      const m = localMinuteOfDay(zone, paid);
      const night = span.wraps ? m >= span.from || m < span.until : m >= span.from && m < span.until;
      if (night) start = localDayAt(zone, paid, span.wraps && m >= span.from ? 1 : 0, span.until);
    }
    const shipped = shippedAt[i];
    if (happened(shipped, now)) hours[i] = Math.max(0, shipped - start) / HOUR;
    else {
      ends ??= nextDayEnds(w);
      const until = observedUntil(w, i);
      hours[i] = until > ends[i] ? Math.max(0, until - start) / HOUR : Number.NaN;
    }
  }
  return hours;
}

/** 23:59:59 local of the day after payment, per order, computed once per window. */
export function nextDayEnds(w: ScoreWindow): Float64Array {
  let ends = w.memo.get(NEXT_DAY_END);
  if (!ends) {
    ends = new Float64Array(w.orders.length);
    const { rows, zone } = w;
    const paidAt = w.orders.paidAt;
    for (let r = 0; r < rows.length; r++) ends[rows[r]] = endOfNextLocalDay(paidAt[rows[r]], zone);
    w.memo.set(NEXT_DAY_END, ends);
  }
  return ends;
}

/** The memo key of `nextDayEnds`; the prediction seeds it from its per-minute cache. */
export const NEXT_DAY_END = 'nextDayEnd';

/** The memo key of each order's `pickupClockStart`, where a caller has them (local-facts.ts). */
export const CLOCK_START = 'clockStart';

/** A weighted mean's parts over per-order values (NaN: no value), without a callback per order. */
function meanOf(w: ScoreWindow, values: Float64Array): Tally {
  let num = 0;
  let den = 0;
  const { rows, weights } = w;
  for (let r = 0; r < rows.length; r++) {
    const v = values[rows[r]];
    if (Number.isNaN(v)) continue;
    const wt = weights === null ? 1 : weights[rows[r]];
    num += v * wt;
    den += wt;
  }
  return { num, den };
}

/** A weighted mean's parts over the orders that have a value. */
function mean(w: ScoreWindow, perOrder: (i: number) => number): Tally {
  let num = 0;
  let den = 0;
  for (let r = 0, i = w.rows[0]; r < w.rows.length; i = w.rows[++r]) {
    const v = perOrder(i);
    if (Number.isNaN(v)) continue;
    num += v * weightOf(w, i);
    den += weightOf(w, i);
  }
  return { num, den };
}

/**
 * Every order's pickup hours, computed once for the window (two measures and the growth check need
 * them). The prediction seeds this memo itself, from values it caches per payment minute.
 */
export const PICKUP_HOURS = 'pickupHours';
function hoursOf(w: ScoreWindow, card: Scorecard): Float64Array {
  let hours = w.memo.get(PICKUP_HOURS);
  if (!hours) {
    hours = pickupHoursAll(w, card.pickupClock);
    w.memo.set(PICKUP_HOURS, hours);
  }
  return hours;
}

export function pickupHoursAvg(w: ScoreWindow, _def: Indicator, card: Scorecard): Tally {
  return meanOf(w, hoursOf(w, card));
}

/** Mean per-order points; a shipping violation scores the violation points whether or not it was scanned. */
export function pickupScoreAvg(w: ScoreWindow, def: Indicator, card: Scorecard): Tally {
  if (def.scoring.kind !== 'per-order') throw new Error('pickupScoreAvg needs a per-order points table');
  const { bands, violationPoints } = def.scoring;
  const hours = hoursOf(w, card);
  return mean(w, (i) => {
    if (w.orders.flags[i] & (OrderFlag.shippingViolation | OrderFlag.logisticsAnomaly)) return violationPoints;
    return Number.isNaN(hours[i]) ? Number.NaN : bandPoints(bands, hours[i]);
  });
}

/** Scanned by 23:59:59 local of the day after payment (§2.1 growth-stage check); the night rule does not apply. */
export function pickupOnTimeRate(w: ScoreWindow): Tally {
  const ends = nextDayEnds(w);
  const { onTime, late } = tallyDeadline(w, w.orders.shippedAt, (i) => ends[i]);
  return { num: onTime, den: onTime + late };
}
