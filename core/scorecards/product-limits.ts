import { DAY, MINUTE, offsetFn } from '../lib/time';
import { productOfKey } from '../records/orders';
import type { Flag } from './flags';
import type { Scorecard } from './schema';
import { happened, observedUntil, type ScoreWindow, weightOf } from './window';

type ProductLimit = Scorecard['productLimits'][number];

/** Per product key (records/orders.ts `productKey`), per local day (days since 1970 in the rule zone): due and late. */
export type ProductDays = Record<string, Record<number, { due: number; late: number }>>;

/**
 * The window's product days for the card's product rules: each order with a ship-by deadline falls due on
 * the local day of that deadline in the rule clock's zone (Douyin: China time), over the last `withinDays`
 * days up to the window's now (the longest any of the card's rules looks back). Late as the engine's
 * late-dispatch measures judge it (window.ts tallyDeadline): scanned after the deadline, or not scanned
 * while the deadline passed; an order not yet due, or cancelled before its deadline, is not counted.
 * Orders of unknown product, and windows whose orders carry no product column, give nothing.
 */
export function tallyProductDays(w: ScoreWindow, card: Scorecard): ProductDays {
  const out: ProductDays = {};
  const col = w.orders.product;
  if (!col || card.productLimits.length === 0) return out;
  const back = Math.max(...card.productLimits.map((l) => l.withinDays));
  const zoneName = card.ruleClock?.timeZone ?? w.timeZone;
  const zone = zoneName === w.timeZone ? w.zone : offsetFn(zoneName, w.now - (back + 2) * DAY, w.now + DAY);
  const dayOf = (t: number) => Math.floor((t + zone(t) * MINUTE) / DAY);
  const first = dayOf(w.now) - back + 1;
  for (let r = 0, i = w.rows[0]; r < w.rows.length; i = w.rows[++r]) {
    const key = col.values[col.codes[i]] ?? '';
    const due = w.orders.shipBy[i];
    if (key === '' || Number.isNaN(due)) continue;
    const shipped = w.orders.shippedAt[i];
    const done = happened(shipped, w.now);
    const late = done ? shipped > due : observedUntil(w, i) > due;
    if (!done && !late) continue; // not due yet, or cancelled before it was
    const day = dayOf(due);
    if (day < first) continue;
    addProductDay(out, key, day, weightOf(w, i), late ? weightOf(w, i) : 0);
  }
  return out;
}

/**
 * Adds orders to a product's day. The live stream's prediction has no per-product split (the model counts
 * paid orders per minute, not which product each is), so the outlook adds nothing here: the product rules
 * judge the history's product days, and a caller that knows a stream's product can add its predicted due
 * and late orders to that product's days with this.
 */
export function addProductDay(days: ProductDays, key: string, day: number, due: number, late: number): void {
  const byDay = days[key] ?? {};
  days[key] = byDay;
  const t = byDay[day] ?? { due: 0, late: 0 };
  byDay[day] = { due: t.due + due, late: t.late + late };
}

/** Two sets of product days added (the history's and a prediction's). */
export function addProductDays(a: ProductDays, b: ProductDays): ProductDays {
  // A prediction has no product days (above): every sample's sum is then the history's, not a copy of it.
  if (Object.keys(b).length === 0) return a;
  const out: ProductDays = {};
  for (const src of [a, b])
    for (const [key, byDay] of Object.entries(src))
      for (const [day, t] of Object.entries(byDay)) addProductDay(out, key, Number(day), t.due, t.late);
  return out;
}

/** Whether a product's day counts for a limit: late rate above the limit's, with at least its late orders. */
const hits = (t: { due: number; late: number }, l: ProductLimit) =>
  t.due > 0 && t.late >= l.minLateOrders && t.late / t.due > l.minLateRate;

/**
 * One flag per product and crossed limit: `times` counting days within some `withinDays` consecutive days.
 * The id is the limit's and the product's (`late-25-3x7d:SKU-1`), stable across estimates.
 */
export function productLimitFlags(limits: Scorecard['productLimits'], days: ProductDays): Flag[] {
  const flags: Flag[] = [];
  for (const [key, byDay] of Object.entries(days)) {
    const product = productOfKey(key);
    for (const l of limits) {
      const hit = Object.keys(byDay)
        .map(Number)
        .filter((d) => hits(byDay[d], l))
        .sort((a, b) => a - b);
      if (!hit.some((d, k) => k + l.times - 1 < hit.length && hit[k + l.times - 1] - d < l.withinDays)) continue;
      flags.push({
        id: `${l.id}:${product.code || product.name}`,
        label: l.label,
        ...(l.labelZh === undefined ? {} : { labelZh: l.labelZh }),
        product,
      });
    }
  }
  return flags;
}
