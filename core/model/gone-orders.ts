import { type PipelineRun, valueAt } from './capacity';

/**
 * The orders the warehouse's counts say had left before the reading (observed-start.ts `gone`). They are
 * not simulated again, but they were the stream's: their late dispatches and their parcels in transit
 * still count. First in, first out, each left when the settings' own run (`run0`, before re-anchoring)
 * shipped it, or at the reading where that run had not yet: the counts say it had gone by then.
 */
export function goneOrdersRun(run0: PipelineRun, gone: number, minute: number, transitMinutes: number): PipelineRun {
  const length = minute + transitMinutes + 1;
  const out: PipelineRun = {
    t0: run0.t0,
    length,
    arrived: new Float64Array(length),
    received: new Float64Array(length),
    packed: new Float64Array(length),
    shipped: new Float64Array(length),
    delivered: new Float64Array(length),
  };
  for (let i = 0; i < length; i++) {
    const arrived = Math.min(valueAt(run0.arrived, run0, i), gone);
    out.arrived[i] = arrived;
    out.received[i] = arrived;
    out.packed[i] = arrived;
    out.shipped[i] = i < minute ? Math.min(valueAt(run0.shipped, run0, i), gone) : gone;
    out.delivered[i] = i >= transitMinutes ? out.shipped[i - transitMinutes] : 0;
  }
  return out;
}
