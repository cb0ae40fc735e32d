import * as z from 'zod/mini';
import type { Estimate } from '../outlook/estimate-schema';

/**
 * The few figures the host's overlay shows, cut from an estimate in the background. The content
 * script receives only this, so it validates a small schema and its bundle stays small.
 */
const count = z.int().check(z.nonnegative());
const score = z.nullable(z.number());

export const overlayViewSchema = z.object({
  streamId: z.string(),
  at: z.number(),
  status: z.enum(['green', 'amber', 'red']),
  ordersPerMinute: count,
  backlog: count,
  atRisk: count,
  /** The logistics sub-score now and the median prediction, once the outlook has run with a scorecard. */
  scoreNow: score,
  scorePredicted: score,
  /** The shop is in its growth stage: not scored yet (absent from views made before this field). */
  growth: z.optional(z.boolean()),
  /** The label of the best action that gains anything, if any. */
  topAction: z.nullable(z.string()),
});

export type OverlayView = z.output<typeof overlayViewSchema>;

export function overlayView(e: Estimate): OverlayView {
  const top = e.outlook?.actions.find((a) => (a.scoreGain ?? 0) > 0 || a.lateAvoided > 0);
  return {
    streamId: e.streamId,
    at: e.at,
    status: e.status,
    ordersPerMinute: e.ordersPerMinute,
    backlog: e.unshipped,
    atRisk: e.atRisk,
    scoreNow: e.outlook?.scoreNow ?? null,
    scorePredicted: e.outlook?.score?.p50 ?? null,
    growth: e.outlook?.stageNow === 'growth',
    topAction: top?.label ?? null,
  };
}
