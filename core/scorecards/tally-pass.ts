import { DAY, HOUR, localDayAt, localMinuteOfDay, parseClock } from '../lib/time';
import { CancelledBy, OrderFlag } from '../records/orders';
import { bandPoints } from './bands';
import { NEXT_DAY_END, PICKUP_HOURS } from './pickup';
import type { MeasureId, Scorecard } from './schema';
import { endOfNextLocalDay, happened, observedUntil, type ScoreWindow, type Tally } from './window';

/**
 * Every indicator of a card, and the window's counts, in one pass over its rows (issue #17): the same
 * figures as the measures of indicators.ts and pickup.ts each walking the window on its own — ten passes
 * over a million orders, with two per-order arrays, for the hourly history tally; ten over a few hundred
 * rows, 3,000 times, for an estimate's samples. Each sum adds the same values in the same row order as
 * its measure does, so the figures are equal to the last bit (tests/unit/core/scorecards/tally-pass.test.ts
 * compares them on generated windows). An indicator measured over fewer days counts only the rows paid
 * within them, as the measure on a narrowed window does.
 */
export type WindowTally = {
  measures: Record<string, Tally>;
  validOrders: number;
  faultReturns: number;
  delivered: number;
};

type PerOrder = Extract<Scorecard['indicators'][number]['scoring'], { kind: 'per-order' }>;

const KIND: Record<MeasureId, number> = {
  pickupHoursAvg: 0,
  pickupScoreAvg: 1,
  pickupOnTimeRate: 2,
  waybillOnTimeRate: 3,
  otdr: 3,
  nextDayDeliveryRate: 4,
  logisticsReturnRate: 5,
  ldr: 6,
  sfcr: 7,
  vtr: 8,
};

/** What the pass needs of a card, worked out once per card. */
type CardPlan = {
  kind: Int8Array;
  /** An indicator's own window in days (NaN: the card's window). */
  days: Float64Array;
  per: (PerOrder | null)[];
  needHours: boolean;
  /** The pickup clock's night span in minutes of the day (pickup.ts `nightSpan`), or null. */
  night: { from: number; until: number; wraps: boolean } | null;
};
const plans = new WeakMap<Scorecard, CardPlan>();

function planOf(card: Scorecard): CardPlan {
  const known = plans.get(card);
  if (known) return known;
  const defs = card.indicators;
  const kind = Int8Array.from(defs, (d) => KIND[d.id]);
  const per = defs.map((d) => (d.scoring.kind === 'per-order' ? d.scoring : null));
  defs.forEach((d, k) => {
    if (kind[k] === 1 && !per[k]) throw new Error(`${d.id} needs a per-order points table`);
  });
  const clock = card.pickupClock;
  const from = clock ? parseClock(clock.nightFrom) : 0;
  const until = clock ? parseClock(clock.nightUntil) : 0;
  const plan: CardPlan = {
    kind,
    days: Float64Array.from(defs, (d) => (d.window ? d.window.days : Number.NaN)),
    per,
    needHours: kind.some((x) => x === 0 || x === 1),
    night: clock ? { from, until, wraps: from > until } : null,
  };
  plans.set(card, plan);
  return plan;
}

/** pickup.ts `nextDayEnds` for one order. */
const endAt = (w: ScoreWindow, ends: Float64Array | undefined, i: number): number =>
  ends ? ends[i] : endOfNextLocalDay(w.orders.paidAt[i], w.zone);

/** pickup.ts `pickupHoursAll` for one order. */
function hoursAt(w: ScoreWindow, plan: CardPlan, ends: Float64Array | undefined, i: number): number {
  const paid = w.orders.paidAt[i];
  let start = paid;
  const span = plan.night;
  if (span) {
    const m = localMinuteOfDay(w.zone, paid);
    const night = span.wraps ? m >= span.from || m < span.until : m >= span.from && m < span.until;
    if (night) start = localDayAt(w.zone, paid, span.wraps && m >= span.from ? 1 : 0, span.until);
  }
  const shipped = w.orders.shippedAt[i];
  if (happened(shipped, w.now)) return Math.max(0, shipped - start) / HOUR;
  const until = observedUntil(w, i);
  return until > endAt(w, ends, i) ? Math.max(0, until - start) / HOUR : Number.NaN;
}

/** window.ts `tallyDeadline` for one row: `onTime[k]` or `late[k]` gains its weight, or neither. */
function deadline(
  w: ScoreWindow,
  i: number,
  wt: number,
  at: number,
  due: number,
  onTime: Float64Array,
  late: Float64Array,
  k: number,
): void {
  if (Number.isNaN(due)) return;
  if (happened(at, w.now)) {
    if (at <= due) onTime[k] += wt;
    else late[k] += wt;
  } else if (observedUntil(w, i) > due) late[k] += wt;
}

export function tallyPass(card: Scorecard, w: ScoreWindow): WindowTally {
  const plan = planOf(card);
  const { kind, days, per } = plan;
  const defs = card.indicators;
  const K = defs.length;
  // a, b: the measure's two sums (on time and late, or num and den); n: the orders of its window.
  const a = new Float64Array(K);
  const b = new Float64Array(K);
  const n = new Float64Array(K);
  const hoursMemo = w.memo.get(PICKUP_HOURS);
  const endsMemo = w.memo.get(NEXT_DAY_END);
  const { rows, now, weights } = w;
  const { paidAt, shippedAt, deliveredAt, deliverBy, shipBy, cancelledAt, cancelledBy, flags } = w.orders;
  let validOrders = 0;
  let faultReturns = 0;
  let delivered = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const wt = weights === null ? 1 : weights[i];
    const paid = paidAt[i];
    const f = flags[i];
    validOrders += wt;
    if (f & OrderFlag.logisticsFaultReturn) faultReturns += wt;
    if (happened(deliveredAt[i], now)) delivered += wt;
    const hours = !plan.needHours ? Number.NaN : hoursMemo ? hoursMemo[i] : hoursAt(w, plan, endsMemo, i);
    for (let k = 0; k < K; k++) {
      // An indicator over fewer days: the rows a narrowed window keeps (paid at or after now − days).
      if (!Number.isNaN(days[k]) && !(paid >= now - days[k] * DAY)) continue;
      n[k] += wt;
      switch (kind[k]) {
        case 0:
          if (!Number.isNaN(hours)) {
            a[k] += hours * wt;
            b[k] += wt;
          }
          break;
        case 1: {
          const s = per[k] as PerOrder;
          const violation = f & (OrderFlag.shippingViolation | OrderFlag.logisticsAnomaly);
          const v = violation ? s.violationPoints : Number.isNaN(hours) ? Number.NaN : bandPoints(s.bands, hours);
          if (!Number.isNaN(v)) {
            a[k] += v * wt;
            b[k] += wt;
          }
          break;
        }
        case 2:
          deadline(w, i, wt, shippedAt[i], endAt(w, endsMemo, i), a, b, k);
          break;
        case 3:
          deadline(w, i, wt, deliveredAt[i], deliverBy[i], a, b, k);
          break;
        case 4:
          deadline(
            w,
            i,
            wt,
            deliveredAt[i],
            f & OrderFlag.noDeliveryTime ? Number.NaN : endAt(w, endsMemo, i),
            a,
            b,
            k,
          );
          break;
        case 5:
          if (f & OrderFlag.logisticsFaultReturn) a[k] += wt;
          break;
        case 6:
          deadline(w, i, wt, shippedAt[i], shipBy[i], a, b, k);
          break;
        case 7: {
          const by = cancelledBy[i];
          if ((by === CancelledBy.seller || by === CancelledBy.system) && happened(cancelledAt[i], now)) a[k] += wt;
          break;
        }
        case 8:
          if (happened(shippedAt[i], now)) {
            b[k] += wt;
            if (f & OrderFlag.validTracking) a[k] += wt;
          }
          break;
      }
    }
  }
  const measures: Record<string, Tally> = {};
  for (let k = 0; k < K; k++) {
    const id = defs[k].id;
    switch (kind[k]) {
      case 5:
      case 7:
        measures[id] = { num: a[k], den: n[k] };
        break;
      case 6:
        measures[id] = { num: b[k], den: a[k] + b[k] };
        break;
      case 2:
      case 3:
      case 4:
        measures[id] = { num: a[k], den: a[k] + b[k] };
        break;
      default:
        measures[id] = { num: a[k], den: b[k] };
    }
  }
  return { measures, validOrders, faultReturns, delivered };
}
