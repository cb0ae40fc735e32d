import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../../core/lib/time';
import { type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { backtestStreams, inBand, p50Error, summarize } from '../../../../core/report/backtest';
import { cardFor } from '../../../../core/scorecards';
import { settingsWith, sh } from '../../helpers';

describe('the backtest’s arithmetic', () => {
  // A hand-made table: truth, P10, P50, P90.
  const rows = [
    { truth: 0, p10: 0, p50: 0, p90: 0 }, // in band; |0 − 0| / max(0, 10) = 0
    { truth: 5, p10: 0, p50: 2, p90: 4 }, // out (5 > 4); |2 − 5| / max(5, 10) = 0.3
    { truth: 40, p10: 30, p50: 50, p90: 60 }, // in; |50 − 40| / 40 = 0.25
    { truth: 200, p10: 100, p50: 150, p90: 190 }, // out (200 > 190); 50 / 200 = 0.25
    { truth: 100, p10: 90, p50: 100, p90: 100 }, // in (the edges count); 0
  ];

  it('measures each row', () => {
    expect(rows.map(inBand)).toEqual([true, false, true, false, true]);
    expect(rows.map((r) => p50Error(r))).toEqual([0, 0.3, 0.25, 0.25, 0]);
  });

  it('sums up: coverage is the share in band, the error the median', () => {
    // 3 of 5 in band; errors sorted 0, 0, 0.25, 0.25, 0.3: the middle one is 0.25.
    expect(summarize(rows)).toEqual({ rows: 5, coverage: 0.6, medianP50Error: 0.25 });
    // Two rows: 1 of 2 in band; the median of 0 and 0.3 is their mean, 0.15.
    expect(summarize(rows.slice(0, 2))).toEqual({ rows: 2, coverage: 0.5, medianP50Error: 0.15 });
    expect(summarize([])).toEqual({ rows: 0, coverage: null, medianP50Error: null });
  });
});

describe('a backtest row', () => {
  // Default settings (Shanghai, a 48 h promise) on the TikTok US card. A stream of 90 orders, one a minute
  // from 20:00:30 on 25 Nov, every one picked up on 28 Nov at 11:00, more than 48 h later: all late.
  const s = settingsWith((x) => {
    x.scorecard = 'tiktok-us-2026';
  });
  const start = sh('2026-11-25', '20:00') + 30_000;
  const rows: OrderRow[] = [
    // Paid long before, picked up 72 h later: late, and known to be at the moment — the same for truth and prediction.
    { paidAt: sh('2026-11-20', '10:00'), shippedAt: sh('2026-11-23', '10:00') },
    ...Array.from({ length: 90 }, (_, k) => ({ paidAt: start + k * MINUTE, shippedAt: sh('2026-11-28', '11:00') })),
  ];
  const stream = { start, end: start + 89 * MINUTE, orders: 90 };
  const out = backtestStreams(ordersFromRows(rows), s, cardFor(s), [stream], {
    atHours: [1, 2],
    calibrated: false,
    seed: 1,
  });

  it('is made only while the stream was live: +1 h, not +2 h (it ended at +1 h 29 min)', () => {
    expect(out.map((r) => r.hoursIn)).toEqual([1]);
    expect(out[0].at).toBe(start + 60 * MINUTE);
  });

  it('counts as truth the late dispatches of the orders paid by the moment, without the older settled one', () => {
    // Paid by 21:00:30: the 61 orders of 20:00:30 … 21:00:30, all late; the order of 20 Nov is left out.
    expect(out[0].truth).toBe(61);
    expect(out[0].orders).toBe(61);
    expect(out[0].p10).toBeLessThanOrEqual(out[0].p50);
    expect(out[0].p50).toBeLessThanOrEqual(out[0].p90);
    expect(out[0].p90).toBeLessThanOrEqual(61);
  });
});
