import { MINUTE } from '../lib/time';
import { type ArrivalCurve, arrivalsPerMinute } from './arrivals';

/**
 * How fast a drop's burst fades in this seller's streams: from the past streams' arrival curves, for every
 * drop (a five-minute rate at least three times the stream's quietest fifth and the highest within ten minutes), the
 * minutes until the five-minute rate has fallen to half of it. The median of those is the forecast's
 * half-life, with the number of drops it rests on.
 */
export const MIN_DROPS = 3;
const WINDOW = 5;

export function fitHalfLife(streams: readonly ArrivalCurve[]): { minutes: number; drops: number } | null {
  const samples: number[] = [];
  for (const curve of streams) {
    if (curve.times.length < 2) continue;
    const t0 = Math.floor(curve.times[0] / MINUTE) * MINUTE;
    const minutes = Math.ceil((curve.times[curve.times.length - 1] - t0) / MINUTE) + 1;
    const perMinute = arrivalsPerMinute(curve, t0, minutes);
    const rate = rolling(perMinute);
    const sorted = Float64Array.from(rate).sort();
    // The rate between drops: a slow fade lifts the median, not the quietest fifth of the stream.
    const quiet = sorted[Math.floor(sorted.length / 5)];
    for (let m = 0; m < rate.length; m++) {
      if (rate[m] < Math.max(3 * quiet, 1) || !highestAround(rate, m, 10)) continue;
      let k = m + 1;
      while (k < rate.length && rate[k] > rate[m] / 2) k++;
      if (k < rate.length) samples.push(k - m);
    }
  }
  if (samples.length < MIN_DROPS) return null;
  samples.sort((a, b) => a - b);
  const minutes = Math.min(240, Math.max(3, samples[Math.floor((samples.length - 1) / 2)]));
  return { minutes, drops: samples.length };
}

/** Orders per minute over the last WINDOW minutes at each minute. */
function rolling(perMinute: Float64Array): Float64Array {
  const out = new Float64Array(perMinute.length);
  let sum = 0;
  for (let m = 0; m < perMinute.length; m++) {
    sum += perMinute[m] - (m >= WINDOW ? perMinute[m - WINDOW] : 0);
    out[m] = sum / WINDOW;
  }
  return out;
}

const highestAround = (rate: Float64Array, m: number, span: number): boolean => {
  for (let k = Math.max(0, m - span); k <= Math.min(rate.length - 1, m + span); k++) {
    if (rate[k] > rate[m] || (rate[k] === rate[m] && k < m)) return false;
  }
  return true;
};
