import { describe, expect, it } from 'vitest';
import type { Situation } from '../../../../core/outlook/monte-carlo';
import { binPayments, payingMinutes } from '../../../../core/outlook/payment-bins';

// Known payments per minute from t0 (minutes 0–7), then a forecast from minute 8 on.
const sit: Situation = {
  t0: 0,
  nowIndex: 7,
  known: Float64Array.from([3, 0, 0, 2, 0, 0, 0, 4]),
  forecast: Float64Array.from([1, 1, 1, 1, 1]),
};

describe('binPayments: a 5-minute bin’s orders paid at its first minute', () => {
  it('moves known orders to their bin’s first minute, and no forecast back into the known minutes', () => {
    const b = binPayments(sit);
    // Minute 3 → 0 (3 + 2 = 5 at minute 0); minute 7 → 5. Forecast minutes 8, 9 → 8 (their bin starts at 5,
    // inside the known minutes: they go to the first forecast minute instead); 10, 11, 12 → 10.
    expect([...b.known]).toEqual([5, 0, 0, 0, 0, 4, 0, 0]);
    expect([...b.forecast]).toEqual([2, 0, 3, 0, 0]);
    // Nothing lost: 9 known and 5 forecast orders either way.
    expect(b.known.reduce((a, x) => a + x, 0) + b.forecast.reduce((a, x) => a + x, 0)).toBe(14);
  });

  it('bins nothing back over an observed start', () => {
    // Observed at minute 6: minute 7's orders were paid after the reading, so they stay at 6, not 5.
    const b = binPayments({ ...sit, start: { minute: 6, packed: 0 } });
    expect([...b.known]).toEqual([5, 0, 0, 0, 0, 0, 4, 0]);
  });
});

describe('payingMinutes: where the Monte Carlo walks', () => {
  it('lists the minutes with any payment, known or forecast, in order', () => {
    // After binning: known minutes 0 and 5, forecast minutes 8 and 10 (indices 0 and 2 after the 8 known).
    expect([...payingMinutes(binPayments(sit))]).toEqual([0, 5, 8, 10]);
  });
});
