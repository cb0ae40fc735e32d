import { DAY } from '../lib/time';
import { CancelledBy, OrderFlag } from '../records/orders';
import { bandPoints } from './bands';
import { type CardPlan, type PerOrder, planOf } from './card-plan';
import type { Scorecard } from './schema';
import { happened, type Tally } from './window';

/**
 * Every indicator of a card, and the window's counts, in one pass over its rows (issue #17): the same
 * figures as the measures of indicators.ts and pickup.ts each walking the window on its own — ten passes
 * over a million orders, with two per-order arrays, for the hourly history tally; ten over a few hundred
 * rows, 3,000 times, for an estimate's samples. Each sum adds the same values in the same row order as
 * its measure does, so the figures are equal to the last bit (tests/unit/core/scorecards/tally-pass.test.ts
 * compares them on generated windows). An indicator measured over fewer days counts only the rows paid
 * within them, as the measure on a narrowed window does. tally-pass.ts feeds it a window's columns.
 */
export type WindowTally = {
  measures: Record<string, Tally>;
  validOrders: number;
  faultReturns: number;
  delivered: number;
};

/**
 * The sums of a pass in progress, fed one order (or weighted group) at a time: by `tallyPass` from a
 * window's columns, and by the outlook's scorer from each sample's groups without writing them out.
 */
export type TallySums = {
  card: Scorecard;
  plan: CardPlan;
  now: number;
  /** a, b: each measure's two sums (on time and late, or num and den); n: the orders of its window. */
  a: Float64Array;
  b: Float64Array;
  n: Float64Array;
  validOrders: number;
  faultReturns: number;
  delivered: number;
};

export function startTally(card: Scorecard, now: number, reuse?: TallySums): TallySums {
  // The outlook's scorer starts one pass per sample: the same arrays, zeroed, instead of three new ones.
  const z = (a?: Float64Array) => a?.fill(0) ?? new Float64Array(card.indicators.length);
  const r = reuse?.card === card ? reuse : undefined;
  return {
    card,
    plan: planOf(card),
    now,
    a: z(r?.a),
    b: z(r?.b),
    n: z(r?.n),
    validOrders: 0,
    faultReturns: 0,
    delivered: 0,
  };
}

/**
 * One order into the sums: its columns as window.ts reads them, its pickup hours (pickup.ts, NaN: not due)
 * and the end of the day after its payment. A valid order of the window; `weight` orders it stands for.
 */
export function tallyRow(
  t: TallySums,
  paid: number,
  weight: number,
  flags: number,
  shippedAt: number,
  deliveredAt: number,
  deliverBy: number,
  shipBy: number,
  cancelledAt: number,
  cancelledBy: number,
  hours: number,
  end: number,
): void {
  const { now, a, b, n } = t;
  const { kind, days, per } = t.plan;
  t.validOrders += weight;
  if (flags & OrderFlag.logisticsFaultReturn) t.faultReturns += weight;
  if (happened(deliveredAt, now)) t.delivered += weight;
  // window.ts `observedUntil`: until when a missing event could still have come.
  const until =
    cancelledBy !== CancelledBy.none && Number.isNaN(cancelledAt) && Number.isNaN(shippedAt)
      ? Number.NEGATIVE_INFINITY
      : happened(cancelledAt, now)
        ? cancelledAt
        : now;
  for (let k = 0; k < kind.length; k++) {
    // An indicator over fewer days: the rows a narrowed window keeps (paid at or after now − days).
    if (!Number.isNaN(days[k]) && !(paid >= now - days[k] * DAY)) continue;
    n[k] += weight;
    let at = shippedAt;
    let due = Number.NaN;
    switch (kind[k]) {
      case 0:
        if (!Number.isNaN(hours)) {
          a[k] += hours * weight;
          b[k] += weight;
        }
        continue;
      case 1: {
        const s = per[k] as PerOrder;
        const violation = flags & (OrderFlag.shippingViolation | OrderFlag.logisticsAnomaly);
        const v = violation ? s.violationPoints : Number.isNaN(hours) ? Number.NaN : bandPoints(s.bands, hours);
        if (!Number.isNaN(v)) {
          a[k] += v * weight;
          b[k] += weight;
        }
        continue;
      }
      case 5:
        if (flags & OrderFlag.logisticsFaultReturn) a[k] += weight;
        continue;
      case 7:
        if ((cancelledBy === CancelledBy.seller || cancelledBy === CancelledBy.system) && happened(cancelledAt, now)) {
          a[k] += weight;
        }
        continue;
      case 8:
        if (happened(shippedAt, now)) {
          b[k] += weight;
          if (flags & OrderFlag.validTracking) a[k] += weight;
        }
        continue;
      case 2:
        due = end;
        break;
      case 3:
        at = deliveredAt;
        due = deliverBy;
        break;
      case 4:
        at = deliveredAt;
        due = flags & OrderFlag.noDeliveryTime ? Number.NaN : end;
        break;
      case 6:
        due = shipBy;
        break;
    }
    // window.ts `tallyDeadline` for this order: a counts it on time, b late, neither when not due.
    if (Number.isNaN(due)) continue;
    if (happened(at, now)) {
      if (at <= due) a[k] += weight;
      else b[k] += weight;
    } else if (until > due) b[k] += weight;
  }
}

/** The sums as the measures' additive parts (num / den), and the window's counts. */
export function finishTally(t: TallySums): WindowTally {
  const { a, b, n, plan } = t;
  const defs = t.card.indicators;
  const K = defs.length;
  const kind = plan.kind;
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
  return { measures, validOrders: t.validOrders, faultReturns: t.faultReturns, delivered: t.delivered };
}
