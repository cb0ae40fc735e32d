import { DAY, parseClock } from '../lib/time';
import { CancelledBy, OrderFlag } from '../records/orders';
import { bandPoints } from './bands';
import type { MeasureId, Scorecard } from './schema';
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
export type CardPlan = {
  kind: Int8Array;
  /** An indicator's own window in days (NaN: the card's window). */
  days: Float64Array;
  per: (PerOrder | null)[];
  needHours: boolean;
  needEnds: boolean;
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
    needEnds: kind.some((x) => x === 2 || x === 4),
    night: clock ? { from, until, wraps: from > until } : null,
  };
  plans.set(card, plan);
  return plan;
}

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
  // The outlook's scorer starts one pass per sample: the same sums, zeroed, instead of three new arrays.
  if (reuse && reuse.card === card) {
    reuse.a.fill(0);
    reuse.b.fill(0);
    reuse.n.fill(0);
    reuse.now = now;
    reuse.validOrders = 0;
    reuse.faultReturns = 0;
    reuse.delivered = 0;
    return reuse;
  }
  const K = card.indicators.length;
  const z = () => new Float64Array(K);
  return { card, plan: planOf(card), now, a: z(), b: z(), n: z(), validOrders: 0, faultReturns: 0, delivered: 0 };
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

/**
 * Predicted groups of orders as columns: each a valid order's worth of `tallyRow` arguments (times in ms,
 * pickup hours, the end of the day after payment), `weight` the orders it stands for. Reused from sample
 * to sample by the outlook's scorer, which fills the first `length` entries.
 */
export type GroupColumns = {
  length: number;
  paid: Float64Array;
  weight: Float64Array;
  shippedAt: Float64Array;
  deliveredAt: Float64Array;
  shipBy: Float64Array;
  hours: Float64Array;
  end: Float64Array;
};

export function groupColumns(capacity: number): GroupColumns {
  const z = () => new Float64Array(capacity);
  return { length: 0, paid: z(), weight: z(), shippedAt: z(), deliveredAt: z(), shipBy: z(), hours: z(), end: z() };
}

/**
 * `tallyRow` for each group in turn, every group an order with valid tracking, never cancelled, with no
 * deliver-by date and no other flag: what the outlook's scorer feeds for its predicted orders (3,000 samples
 * a refresh, about a hundred groups each). One loop per indicator instead of one call per group: each sum
 * still adds the same values in the same group order, so the figures equal those `tallyRow` calls to the
 * last bit (tests/unit/core/scorecards/tally-sums.test.ts).
 */
export function tallyGroups(t: TallySums, g: GroupColumns): void {
  const { now, a, b, n } = t;
  const { kind, days, per } = t.plan;
  const { length, paid, weight, shippedAt, deliveredAt, shipBy, hours, end } = g;
  for (let x = 0; x < length; x++) {
    t.validOrders += weight[x];
    if (deliveredAt[x] <= now) t.delivered += weight[x];
  }
  for (let k = 0; k < kind.length; k++) {
    // An indicator over fewer days: the groups a narrowed window keeps (paid at or after now − days).
    const since = Number.isNaN(days[k]) ? Number.NEGATIVE_INFINITY : now - days[k] * DAY;
    const bands = per[k]?.bands;
    const K = kind[k];
    // 3: no deliver-by date; 5, 7: no fault return, no cancellation — counted in n only.
    const at = K === 4 ? deliveredAt : shippedAt;
    const due = K === 6 ? shipBy : end;
    const judged = K === 2 || K === 4 || K === 6;
    let ak = a[k];
    let bk = b[k];
    let nk = n[k];
    // One loop per kind: the kind does not change within it.
    const all = since === Number.NEGATIVE_INFINITY;
    if (K === 0) {
      for (let x = 0; x < length; x++) {
        if (!all && !(paid[x] >= since)) continue;
        const w = weight[x];
        nk += w;
        if (!Number.isNaN(hours[x])) {
          ak += hours[x] * w;
          bk += w;
        }
      }
    } else if (K === 1) {
      for (let x = 0; x < length; x++) {
        if (!all && !(paid[x] >= since)) continue;
        const w = weight[x];
        nk += w;
        if (Number.isNaN(hours[x])) continue;
        const v = bandPoints(bands as PerOrder['bands'], hours[x]);
        if (!Number.isNaN(v)) {
          ak += v * w;
          bk += w;
        }
      }
    } else if (K === 8) {
      for (let x = 0; x < length; x++) {
        if (!all && !(paid[x] >= since)) continue;
        const w = weight[x];
        nk += w;
        if (shippedAt[x] <= now) {
          bk += w;
          ak += w;
        }
      }
    } else if (judged) {
      // window.ts `tallyDeadline`: a counts it on time, b late, neither when not due; never cancelled, so a
      // missing event could still come until now.
      for (let x = 0; x < length; x++) {
        if (!all && !(paid[x] >= since)) continue;
        const w = weight[x];
        nk += w;
        const d = due[x];
        if (Number.isNaN(d)) continue;
        if (at[x] <= now) {
          if (at[x] <= d) ak += w;
          else bk += w;
        } else if (now > d) bk += w;
      }
    } else {
      for (let x = 0; x < length; x++) if (all || paid[x] >= since) nk += weight[x];
    }
    a[k] = ak;
    b[k] = bk;
    n[k] = nk;
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
