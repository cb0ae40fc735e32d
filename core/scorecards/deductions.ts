import { localPartsAt } from '../lib/time';
import { OrderFlag } from '../records/orders';
import type { Scorecard } from './schema';
import { type ScoreWindow, weightOf } from './window';

/**
 * Points lost before the cap: each flagged order is a violation, or (minOrdersPerDay set) each local day,
 * by paid time, with at least that many flagged orders — per product when the deduction counts per
 * product-day (Douyin fraudulent shipping: ≥ 3 such orders of one product in a day, rule 101706). Orders of
 * unknown product, or a history without the product column, count together as one product.
 */
export function deductionPoints(w: ScoreWindow, d: Scorecard['deductions'][number]): number {
  const perDay = new Map<string, number>();
  const col = d.countedPer === 'product-day' ? w.orders.product : undefined;
  for (let r = 0, i = w.rows[0]; r < w.rows.length; i = w.rows[++r]) {
    if (!(w.orders.flags[i] & OrderFlag[d.flag])) continue;
    const p = localPartsAt(w.zone, w.orders.paidAt[i]);
    const key = `${p.year}-${p.month}-${p.day}|${col ? col.codes[i] : 0}`;
    perDay.set(key, (perDay.get(key) ?? 0) + weightOf(w, i));
  }
  let violations = 0;
  for (const n of perDay.values()) violations += d.minOrdersPerDay === null ? n : n >= d.minOrdersPerDay ? 1 : 0;
  return violations * d.points;
}
