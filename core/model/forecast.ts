import { MINUTE } from '../lib/time';
import { type ArrivalCurve, countAt } from './arrivals';

/**
 * The arrivals still to come, per minute after now: the rate of the last ten minutes, fading with a
 * half-life, because a drop's burst calms down and a stream's lift ends with the session
 * (../shared/domain/logistics-score.md §4). Cut off once under one order in ten minutes.
 */
export const RECENT_MINUTES = 10;

/**
 * Orders per minute over the last ten minutes, always divided by ten: a stream's first burst, seen for
 * thirty seconds, must not be read as a rate that lasts (it would forecast ten times too many orders).
 */
export function recentRate(curve: ArrivalCurve, now: number): number {
  if (curve.times.length === 0) return 0;
  return (countAt(curve, now) - countAt(curve, now - RECENT_MINUTES * MINUTE)) / RECENT_MINUTES;
}

export function forecastArrivals(ratePerMinute: number, halfLifeMinutes: number): Float64Array {
  if (ratePerMinute <= 0) return new Float64Array(0);
  // rate · 2^(−k/h) < 0.1 order/min from k = h · log2(10 · rate) on
  const minutes = Math.max(1, Math.ceil(halfLifeMinutes * Math.log2(Math.max(1, 10 * ratePerMinute))));
  const out = new Float64Array(minutes);
  for (let k = 0; k < minutes; k++) out[k] = ratePerMinute * 2 ** (-(k + 0.5) / halfLifeMinutes);
  return out;
}
