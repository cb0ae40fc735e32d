import type { OrderColumns, ProductColumn } from '../records/orders';
import { bandPoints, compare, starsFor } from './bands';
import { deductionPoints } from './deductions';
import { type Flag, flagOf } from './flags';
import { addProductDays, type ProductDays, productLimitFlags, tallyProductDays } from './product-limits';
import type { Scorecard } from './schema';
import { tallyPass } from './tally-pass';
import { type ScoreWindow, scoreWindow, type Tally } from './window';

/** Unknown values are null (no order to judge yet), as in the estimate, so the result survives JSON. */
export type IndicatorResult = { value: number | null; points: number | null; weight: number; sampleSize: number };

export type ScoreResult = {
  scorecardId: string;
  at: number;
  validOrders: number;
  indicators: Record<string, IndicatorResult>;
  /**
   * The card's sub-score (Douyin: logistics experience; TikTok: the fulfilment & logistics part of the Shop
   * Performance Score). null in the growth stage (the shop is not scored yet) or when no indicator has data.
   */
  score: number | null;
  stage: 'growth' | 'scored';
  /**
   * In the growth stage, the fixed total score the platform shows instead (Douyin: 70, or 60 when the
   * growth check fails): a figure of the total score, never of the sub-score. null otherwise.
   */
  growthScore: number | null;
  stars?: number;
  flags: Flag[];
  /** Bonuses (+) and deductions (−) folded into the score. */
  adjustments: { id: string; label: string; points: number }[];
};

/**
 * Everything a score is made of, in additive parts: the tallies of two sets of orders (the history in
 * the window, a stream's predicted orders) add up to the tally of both. Deductions are kept as points
 * before their cap, since the cap applies to the sum.
 */
export type CardTally = {
  measures: Record<string, Tally>;
  validOrders: number;
  faultReturns: number;
  delivered: number;
  deductions: Record<string, number>;
  /** The product-level rules' days (product-limits.ts); absent where nothing was tallied per product. */
  products?: ProductDays;
};

export function tallyWindow(card: Scorecard, w: ScoreWindow): CardTally {
  // The indicators and counts in one pass (tally-pass.ts): the measures of indicators.ts, fused.
  const { measures, validOrders, faultReturns, delivered } = tallyPass(card, w);
  const deductions: Record<string, number> = {};
  for (const d of card.deductions) deductions[d.id] = deductionPoints(w, d);
  return { measures, validOrders, faultReturns, delivered, deductions, products: tallyProductDays(w, card) };
}

/** Each key of x plus y's (a plain loop: each of the outlook's 3,000 samples a refresh adds its tally, issue #17). */
function sumOf(x: Record<string, number>, y: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k in x) out[k] = x[k] + (y[k] ?? 0);
  return out;
}

export function addTallies(a: CardTally, b: CardTally): CardTally {
  const measures: Record<string, Tally> = {};
  for (const k of Object.keys(a.measures)) {
    measures[k] = {
      num: a.measures[k].num + (b.measures[k]?.num ?? 0),
      den: a.measures[k].den + (b.measures[k]?.den ?? 0),
    };
  }
  return {
    measures,
    validOrders: a.validOrders + b.validOrders,
    faultReturns: a.faultReturns + b.faultReturns,
    delivered: a.delivered + b.delivered,
    deductions: sumOf(a.deductions, b.deductions),
    products: addProductDays(a.products ?? {}, b.products ?? {}),
  };
}

/** The scorecard's estimate at `now` from the order history; `timeZone` is the shop's, for local-day rules. */
export function scoreAt(
  card: Scorecard,
  orders: OrderColumns & ProductColumn,
  now: number,
  timeZone: string,
): ScoreResult {
  return scoreFromTally(card, tallyWindow(card, scoreWindow(orders, card.windowDays, now, timeZone)), now);
}

export function scoreFromTally(card: Scorecard, t: CardTally, now: number): ScoreResult {
  const indicators: Record<string, IndicatorResult> = {};
  for (const def of card.indicators) {
    const { num, den } = t.measures[def.id];
    const value = den ? num / den : Number.NaN;
    const s = def.scoring;
    // The per-order kind's value already is the mean of points.
    const points = s.kind === 'none' || !den ? null : s.kind === 'bands' ? bandPoints(s.bands, value) : value;
    indicators[def.id] = { value: den ? value : null, points, weight: def.weight, sampleSize: den };
  }
  const small = card.smallShop;
  // Small-shop protection replaces the points, not the measured value, which stays visible.
  if (small && t.validOrders < small.belowValidOrders && t.faultReturns <= small.maxFaultReturns) {
    indicators[small.indicator].points = small.points;
  }
  let score: number | null = null;
  let growthScore: number | null = null;
  const g = card.growth;
  const counted = g.counts === 'delivered' ? t.delivered : t.validOrders;
  const stage = counted < g.minValidOrders ? 'growth' : 'scored';
  const adjustments: ScoreResult['adjustments'] = [];
  if (stage === 'growth') {
    // A fixed score: neither indicators nor bonuses nor deductions move it; only a failed check lowers it.
    // A check with nothing to judge yet (no order due) passes.
    const c = g.check;
    const checked = c ? measuredOf(c.measure, score, indicators) : null;
    growthScore = c && checked !== null && !compare(checked, c.comparison, c.value) ? c.failScore : g.fixedScore;
  } else {
    const weighted = weightedPoints(indicators);
    if (weighted !== null) {
      for (const b of card.bonuses) {
        const v = measuredOf(b.measure, score, indicators);
        if (v !== null && compare(v, b.comparison, b.value)) {
          adjustments.push({ id: b.id, label: b.label, points: b.points });
        }
      }
      for (const d of card.deductions) {
        const points = d.cap === null ? t.deductions[d.id] : Math.min(t.deductions[d.id], d.cap);
        if (points > 0) adjustments.push({ id: d.id, label: d.label, points: -points });
      }
      let total = weighted;
      for (const a of adjustments) total += a.points;
      score = Math.min(card.scale.max, Math.max(card.scale.min, total));
    }
  }
  const flags: Flag[] = [];
  for (const th of card.thresholds) {
    const v = measuredOf(th.measure, score, indicators);
    if (v !== null && compare(v, th.comparison, th.value)) flags.push(flagOf(th));
  }
  // The product-level sale bans apply whatever the score or the stage (rule 101706).
  flags.push(...productFlagsOf(card, t.products));
  const stars = card.stars && score !== null ? starsFor(card.stars.rows, score) : undefined;
  return {
    scorecardId: card.id,
    at: now,
    validOrders: t.validOrders,
    indicators,
    score,
    stage,
    growthScore,
    ...(stars === undefined ? {} : { stars }),
    flags,
    adjustments,
  };
}

export { type Flag, flagOf };

/**
 * What a bonus, a check or a threshold reads: the score, or an indicator's value (null when not measured).
 * Plain loops and module functions here, no closure per call: the outlook scores thousands of samples a refresh.
 */
function measuredOf(measure: string, score: number | null, indicators: Record<string, IndicatorResult>) {
  return measure === 'score' ? score : (indicators[measure]?.value ?? null);
}

/**
 * The product rules' flags, judged once per set of product days: a prediction adds no product days
 * (product-limits.ts `addProductDays`), so every sample of an outlook — thousands per estimate — judges the
 * history's very object, which nothing changes once tallied.
 */
const productFlags = new WeakMap<ProductDays, { limits: Scorecard['productLimits']; flags: Flag[] }>();
function productFlagsOf(card: Scorecard, days: ProductDays | undefined): Flag[] {
  if (!days) return productLimitFlags(card.productLimits, {});
  const known = productFlags.get(days);
  if (known?.limits === card.productLimits) return known.flags;
  const flags = productLimitFlags(card.productLimits, days);
  productFlags.set(days, { limits: card.productLimits, flags });
  return flags;
}

/** Weighted mean over the indicators that have points; weights are relative, so 15/70/15 and 0.15/0.7/0.15 agree. */
function weightedPoints(indicators: Record<string, IndicatorResult>): number | null {
  let sum = 0;
  let weights = 0;
  for (const r of Object.values(indicators)) {
    if (r.points === null || r.weight === 0) continue;
    sum += r.points * r.weight;
    weights += r.weight;
  }
  return weights ? sum / weights : null;
}
