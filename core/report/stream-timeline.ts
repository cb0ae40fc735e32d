import { MINUTE } from '../lib/time';
import { arrivalCurve, arrivalsPerMinute } from '../model/arrivals';
import { MAX_HORIZON_MINUTES, runPipeline } from '../model/capacity';
import { latenessFor, type StageCounts, stageBacklog } from '../model/lateness';
import { ruleClockFor } from '../model/rule-clock';
import { shipBy } from '../model/ship-by';
import type { Snapshot } from '../records/snapshot';
import { cardFor } from '../scorecards';
import type { Settings } from '../settings/settings';

/** How long after the stream's last order the backlog is followed when it does not clear sooner. */
export const FOLLOW_MINUTES = 48 * 60;
/** At most about this many backlog points, whatever the span: enough for a chart, small to send. */
const MAX_POINTS = 480;

type Series = { at: number[] } & { [K in keyof StageCounts]: number[] };

export type StreamTimeline = {
  /** Minute-aligned instant of the stream's first reading. */
  t0: number;
  /** Per whole minute of the stream: stream orders paid so far (cumulative) and paid in that minute. */
  arrivals: { at: number[]; cumulative: number[]; perMinute: number[] };
  /** Orders waiting in each stage, every `stepMinutes` from t0 until all are picked up or FOLLOW_MINUTES pass. */
  backlog: Series & { stepMinutes: number };
  orders: number;
  peakPerMinute: number;
  peakUnshipped: number;
  peakUnshippedAt: number | null;
  /** When the carrier's pickup scan took the stream's last order; null when not within the run. */
  clearAt: number | null;
  /** The model's late dispatches for the whole stream (pickup after the ship-by deadline). */
  late: number;
};

/**
 * The stream after the fact: one run of the capacity model over the arrivals as recorded, with no
 * forecast (the stream is over). The model is FIFO and causal, so the backlog this run shows at a minute
 * is the backlog an estimate made at that minute showed: running it once equals running it at every step.
 */
export function streamTimeline(snapshots: readonly Snapshot[], settings: Settings): StreamTimeline {
  if (snapshots.length === 0) throw new Error('streamTimeline: a stream without snapshots');
  const curve = arrivalCurve(snapshots);
  const t0 = Math.floor(curve.times[0] / MINUTE) * MINUTE;
  const lastAt = curve.times[curve.times.length - 1];
  const minutes = Math.floor((lastAt - t0) / MINUTE) + 1;
  const perMinute = arrivalsPerMinute(curve, t0, minutes);
  // Long enough to reach the ship-by deadline of the last order, so lateness is judged, not cut off.
  const clock = ruleClockFor(settings);
  const deadline = shipBy(lastAt, settings.promise, clock.timeZone, clock.isBusinessDay);
  const horizonMinutes = Math.max(MAX_HORIZON_MINUTES, Math.ceil((deadline - lastAt) / MINUTE) + 1440);
  const run = runPipeline({ settings, t0, arrivals: perMinute, horizonMinutes });
  const last = minutes - 1;
  const card = cardFor(settings);
  const capacity = card.handlingCapacityExtension ? settings.handlingCapacityPerDay : undefined;
  const { late } = latenessFor(run, last, settings.promise, clock, capacity);

  const total = run.arrived[run.length - 1];
  let clearIndex = -1;
  for (let i = last; i < run.length && clearIndex < 0; i++) if (run.shipped[i] >= total) clearIndex = i;
  const end = clearIndex >= 0 ? Math.min(clearIndex, last + FOLLOW_MINUTES) : last + FOLLOW_MINUTES;
  const stepMinutes = Math.max(1, Math.ceil(end / MAX_POINTS));
  const backlog: StreamTimeline['backlog'] = {
    stepMinutes,
    at: [],
    receipt: [],
    pickPack: [],
    shipTransport: [],
    delivery: [],
  };
  const add = (i: number) => {
    const b = stageBacklog(run, i);
    backlog.at.push(t0 + i * MINUTE);
    for (const k of ['receipt', 'pickPack', 'shipTransport', 'delivery'] as const) backlog[k].push(b[k]);
  };
  for (let i = 0; i < end; i += stepMinutes) add(i);
  add(end); // the last point is the clearing (or the end of the follow-up), whatever the step

  let peakUnshipped = 0;
  let peakIndex = -1;
  for (let i = 0; i <= Math.min(end, run.length - 1); i++) {
    const waiting = run.arrived[i] - run.shipped[i];
    if (waiting > peakUnshipped) [peakUnshipped, peakIndex] = [waiting, i];
  }
  const arrivals = { at: [] as number[], cumulative: [] as number[], perMinute: [] as number[] };
  let sum = 0;
  let peakPerMinute = 0;
  for (let m = 0; m < minutes; m++) {
    sum += perMinute[m];
    peakPerMinute = Math.max(peakPerMinute, perMinute[m]);
    arrivals.at.push(t0 + m * MINUTE);
    arrivals.cumulative.push(sum);
    arrivals.perMinute.push(perMinute[m]);
  }
  return {
    t0,
    arrivals,
    backlog,
    orders: sum,
    peakPerMinute,
    peakUnshipped,
    peakUnshippedAt: peakIndex < 0 ? null : t0 + peakIndex * MINUTE,
    clearAt: clearIndex < 0 ? null : t0 + clearIndex * MINUTE,
    late,
  };
}
