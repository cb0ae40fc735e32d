import { type OrderColumns, OrderFlag } from '../orders';
import { localParts } from '../time';
import { bandPoints, compare, starsFor } from './bands';
import { measures } from './indicators';
import type { Scorecard } from './schema';
import { countFlag, happened, type ScoreWindow, scoreWindow } from './window';

/** Unknown values are null (no order to judge yet), as in the estimate, so the result survives JSON. */
export type IndicatorResult = { value: number | null; points: number | null; weight: number; sampleSize: number };

export type ScoreResult = {
  scorecardId: string;
  at: number;
  validOrders: number;
  indicators: Record<string, IndicatorResult>;
  /** null: the platform would show no score yet (TikTok, too few delivered orders) or no indicator has data. */
  score: number | null;
  stage: 'growth' | 'scored';
  stars?: number;
  flags: { id: string; label: string }[];
  /** Bonuses (+) and deductions (−) folded into the score. */
  adjustments: { id: string; label: string; points: number }[];
};

const known = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** The scorecard's estimate at `now` from the order history; `timeZone` is the shop's, for local-day rules. */
export function scoreAt(card: Scorecard, orders: OrderColumns, now: number, timeZone: string): ScoreResult {
  const w = scoreWindow(orders, card.windowDays, now, timeZone);
  const indicators: Record<string, IndicatorResult> = {};
  for (const def of card.indicators) {
    const { value, sampleSize } = measures[def.id](w, def, card);
    const s = def.scoring;
    // The per-order kind's value already is the mean of points.
    const points = s.kind === 'none' || !sampleSize ? null : s.kind === 'bands' ? bandPoints(s.bands, value) : value;
    indicators[def.id] = { value: known(value), points, weight: def.weight, sampleSize };
  }
  const small = card.smallShop;
  // Small-shop protection replaces the points, not the measured value, which stays visible.
  if (
    small &&
    w.rows.length < small.belowValidOrders &&
    countFlag(w, OrderFlag.logisticsFaultReturn) <= small.maxFaultReturns
  ) {
    indicators[small.indicator].points = small.points;
  }
  let score: number | null = null;
  const measured = (measure: string) => (measure === 'score' ? score : (indicators[measure]?.value ?? null));
  const g = card.growth;
  const counted = g.counts === 'delivered' ? countDelivered(w) : w.rows.length;
  const stage = counted < g.minValidOrders ? 'growth' : 'scored';
  const adjustments: ScoreResult['adjustments'] = [];
  if (stage === 'growth') {
    // A fixed score: neither indicators nor bonuses nor deductions move it; only a failed check lowers it.
    // A check with nothing to judge yet (no order due) passes.
    const c = g.check;
    const checked = c ? measured(c.measure) : null;
    score = c && checked !== null && !compare(checked, c.comparison, c.value) ? c.failScore : g.fixedScore;
  } else {
    const weighted = weightedPoints(indicators);
    if (weighted !== null) {
      for (const b of card.bonuses) {
        const v = measured(b.measure);
        if (v !== null && compare(v, b.comparison, b.value)) {
          adjustments.push({ id: b.id, label: b.label, points: b.points });
        }
      }
      for (const d of card.deductions) {
        const points = deduction(w, d);
        if (points > 0) adjustments.push({ id: d.id, label: d.label, points: -points });
      }
      const total = adjustments.reduce((sum, a) => sum + a.points, weighted);
      score = Math.min(card.scale.max, Math.max(card.scale.min, total));
    }
  }
  const flags = card.thresholds
    .filter((t) => {
      const v = measured(t.measure);
      return v !== null && compare(v, t.comparison, t.value);
    })
    .map(({ id, label }) => ({ id, label }));
  const stars = card.stars && score !== null ? starsFor(card.stars.rows, score) : undefined;
  return {
    scorecardId: card.id,
    at: now,
    validOrders: w.rows.length,
    indicators,
    score,
    stage,
    ...(stars === undefined ? {} : { stars }),
    flags,
    adjustments,
  };
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

function countDelivered(w: ScoreWindow): number {
  let n = 0;
  for (const i of w.rows) if (happened(w.orders.deliveredAt[i], w.now)) n++;
  return n;
}

/**
 * Points lost, capped: each flagged order is a violation, or (minOrdersPerDay set) each local day, by paid
 * time, with at least that many flagged orders.
 */
function deduction(w: ScoreWindow, d: Scorecard['deductions'][number]): number {
  const perDay = new Map<string, number>();
  for (const i of w.rows) {
    if (!(w.orders.flags[i] & OrderFlag[d.flag])) continue;
    const p = localParts(w.timeZone, w.orders.paidAt[i]);
    const day = `${p.year}-${p.month}-${p.day}`;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  let violations = 0;
  for (const n of perDay.values()) violations += d.minOrdersPerDay === null ? n : n >= d.minOrdersPerDay ? 1 : 0;
  const points = violations * d.points;
  return d.cap === null ? points : Math.min(points, d.cap);
}
