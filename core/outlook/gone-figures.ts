import { type PipelinePlan, simulate, valueAt } from '../model/capacity';
import { goneOrdersRun } from '../model/gone-orders';
import type { WarehouseView } from '../model/observed-warehouse';

/**
 * What the run from the warehouse's counts leaves out and the estimate still shows (review of issue #15):
 * the orders the counts say had gone before the reading were the stream's, so their parcels in transit and
 * the backlog before the reading come from the settings' own run up to it (core/model/gone-orders.ts); their
 * late dispatches are the view's `lateGone` (estimate.ts observedFor). Without a reading, nothing is added.
 */
export type GoneFigures = {
  /** Gone orders in transit (the delivery stage) at minute i. */
  inTransit: (i: number) => number;
  /** The backlog before the reading, as the settings' run had it (for the stream's peak). */
  unshippedBefore: (i: number) => number | null;
};

export const NO_GONE: GoneFigures = { inTransit: () => 0, unshippedBefore: () => null };

export function goneFigures(view: WarehouseView | null, whole: PipelinePlan, paid: Float64Array): GoneFigures {
  if (!view) return NO_GONE;
  const run0 = simulate(whole, paid);
  const { gone, start } = view.anchored;
  const goneRun = gone > 0 ? goneOrdersRun(run0, gone, start.minute, whole.transitMinutes) : null;
  return {
    inTransit: (i) => {
      if (!goneRun) return 0;
      return valueAt(goneRun.shipped, goneRun, i) - valueAt(goneRun.delivered, goneRun, i);
    },
    unshippedBefore: (i) =>
      i < start.minute - 1 ? valueAt(run0.arrived, run0, i) - valueAt(run0.shipped, run0, i) : null,
  };
}
