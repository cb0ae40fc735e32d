import type { Situation } from './monte-carlo';

/** The minutes of the situation with any payment, known or forecast, ascending. */
export function payingMinutes(sit: Situation): Int32Array {
  const k = sit.known.length;
  const out: number[] = [];
  for (let i = 0; i < k + sit.forecast.length; i++) if ((i < k ? sit.known[i] : sit.forecast[i - k]) !== 0) out.push(i);
  return Int32Array.from(out);
}

/**
 * The Monte Carlo's time resolution for payments: the orders of each 5-minute bin are paid at its first
 * minute. Five times fewer order groups to simulate and score; the cost is at most five minutes of
 * deadline and pickup-clock error per order, always on the cautious side (earlier deadline, longer
 * wait), far inside the uncertainty of packer speed (±15 %). The live backlog stays minute-exact.
 */
export const PAYMENT_BIN_MINUTES = 5;

export function binPayments(sit: Situation, bin = PAYMENT_BIN_MINUTES): Situation {
  // No bin reaches back over an observed start: orders paid after the reading are not the reading's.
  const floor = sit.start?.minute ?? 0;
  const rebin = (a: Float64Array, offset: number) => {
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) {
      // Bins are aligned on the run's minutes from t0, across the known/forecast boundary.
      const m = i + offset;
      const j = Math.max(m >= floor ? floor - offset : 0, 0, i - (m % bin));
      out[j] += a[i];
    }
    return out;
  };
  const known = rebin(sit.known, 0);
  // Forecast bins may not reach back into the known part (the past is not re-dated).
  const forecast = rebin(sit.forecast, sit.known.length);
  return { ...sit, known, forecast };
}
