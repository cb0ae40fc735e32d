import { DAY } from '../lib/time';
import { bandPoints } from './bands';
import type { PerOrder } from './card-plan';
import type { TallySums } from './tally-sums';

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
 * last bit (tests/unit/core/scorecards/tally-groups.test.ts).
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
