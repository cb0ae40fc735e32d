import { HOUR, MINUTE } from '../lib/time';
import { applyCalibration, calibrate } from '../model/calibration';
import { dispatchedLate } from '../model/ship-by-orders';
import { onlyKnownAt } from '../records/known-rows';
import type { OrderColumns } from '../records/orders';
import type { Scorecard } from '../scorecards/schema';
import type { Settings } from '../settings/settings';
import type { PastStream } from './past-streams';
import { replay } from './replay';
import { trueStageCounts } from './stage-truth';

/**
 * The backtest (issue #13): at chosen moments of each past stream (1 h and 2 h in), the prediction the
 * replay makes from what was known then against what really happened. One row per stream and moment;
 * a moment counts only while the stream was still live at it (its last payment at or after it).
 *
 * Truth and prediction count the same orders: those the replay simulates, paid in its window (from the
 * oldest order still open at the moment, at least 24 h and at most 72 h before it) up to the moment. The
 * replay's own figures also hold the older orders' late dispatches as known at the moment (a constant,
 * added to the prediction and, as known then, part of the truth); both have it taken off here, so it
 * neither pads the error's denominator nor the band.
 */
export type BacktestRow = {
  /** 1-based, in time order. */
  stream: number;
  streamStart: number;
  streamEnd: number;
  hoursIn: number;
  at: number;
  /** Orders in the simulated window at the moment. */
  orders: number;
  truth: number;
  p10: number;
  p50: number;
  p90: number;
  /** With readings: the packers' speed ÷ the settings' they measured (null: too short a span). */
  speedRatio?: number | null;
};

export type BacktestOptions = {
  atHours: readonly number[];
  /** Settings fitted on the orders known at each moment (calibration.ts), else as typed. */
  calibrated: boolean;
  seed: number;
  carriers?: readonly string[];
  /**
   * The true stage counts (core/report/stage-truth.ts) passed as the warehouse's readings (issue #15), at
   * these minutes before the moment (0: at it); absent, the replay starts from the file's own state.
   */
  observedMinutesBefore?: readonly number[];
};

export function backtestStreams(
  o: OrderColumns,
  settings: Settings,
  card: Scorecard,
  streams: readonly PastStream[],
  opts: BacktestOptions,
): BacktestRow[] {
  const rows: BacktestRow[] = [];
  streams.forEach((s, k) => {
    for (const hoursIn of opts.atHours) {
      const at = s.start + hoursIn * HOUR;
      if (s.end < at) continue;
      // Calibrated means fitted, even where the seller's file turned calibration off (model.calibrate).
      const on = { ...settings, model: { ...settings.model, calibrate: true } };
      const fit = opts.calibrated ? calibrate(onlyKnownAt(o, at), on) : null;
      const used = fit ? applyCalibration(on, fit) : settings;
      const observed = opts.observedMinutesBefore?.map((m) => ({
        at: at - m * MINUTE,
        ...trueStageCounts(o, at - m * MINUTE),
      }));
      // Only the band: the what-if actions and the attribution share its draws and do not change it.
      const r = replay(o, used, card, at, opts.seed, {
        carriers: opts.carriers,
        calibration: fit,
        observed,
        bandOnly: true,
      });
      // The replay has filled the ship-by deadlines (fillDeadlines) with `used`, whose promise is the typed one.
      const from = Date.parse(r.lateDispatch.window.from);
      let settled = 0;
      for (let i = 0; i < o.length; i++) if (o.paidAt[i] < from && dispatchedLate(o, i, at)) settled++;
      const q = r.lateDispatch.predicted;
      rows.push({
        stream: k + 1,
        streamStart: s.start,
        streamEnd: s.end,
        hoursIn,
        at,
        orders: r.lateDispatch.window.orders,
        truth: r.lateDispatch.actual - settled,
        p10: q.p10 - settled,
        p50: q.p50 - settled,
        p90: q.p90 - settled,
        ...(r.observed ? { speedRatio: r.observed.speedRatio } : {}),
      });
    }
  });
  return rows;
}

/** Below this many late orders the p50 error is measured against it, not the truth (10 late of 1,000 paid). */
export const ERROR_FLOOR = 10;

export const inBand = (r: Pick<BacktestRow, 'p10' | 'p90' | 'truth'>): boolean => r.p10 <= r.truth && r.truth <= r.p90;

/** |p50 − truth| ÷ max(truth, ERROR_FLOOR): a miss of 5 on a truth of 0 is 0.5, not infinite. */
export const p50Error = (r: Pick<BacktestRow, 'p50' | 'truth'>, floor = ERROR_FLOOR): number =>
  Math.abs(r.p50 - r.truth) / Math.max(r.truth, floor);

export type BacktestSummary = {
  rows: number;
  /** Share of rows whose truth lies in the P10–P90 band; null without rows. */
  coverage: number | null;
  /** Median over the rows of p50Error; null without rows. */
  medianP50Error: number | null;
};

export function summarize(rows: readonly Pick<BacktestRow, 'p10' | 'p50' | 'p90' | 'truth'>[]): BacktestSummary {
  if (rows.length === 0) return { rows: 0, coverage: null, medianP50Error: null };
  const errors = rows.map((r) => p50Error(r)).sort((a, b) => a - b);
  const m = errors.length >> 1;
  return {
    rows: rows.length,
    coverage: rows.filter(inBand).length / rows.length,
    medianP50Error: errors.length % 2 ? errors[m] : (errors[m - 1] + errors[m]) / 2,
  };
}
