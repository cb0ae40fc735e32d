import * as z from 'zod/mini';
import type { Estimate } from '../outlook/estimate-schema';
import { missedPickupWords } from './missed-pickup';
import { streamFigures } from './stream-figures';

/**
 * The few figures the host's overlay shows, cut in the background from the figures every face shows
 * (stream-figures.ts). The content script receives only this, so it validates a small schema and its
 * bundle stays small.
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
  /** Late predicted (stream-figures.ts), with P10–P90 when it comes from the outlook (absent from older views). */
  late: z.optional(count),
  lateRange: z.optional(z.nullable(z.object({ p10: count, p90: count }))),
  /** The logistics sub-score now and the median prediction, once the outlook has run with a scorecard. */
  scoreNow: score,
  scorePredicted: score,
  /** The shop is in its growth stage: not scored yet (absent from views made before this field). */
  growth: z.optional(z.boolean()),
  /** The label of the best action that gains anything, if any. */
  topAction: z.nullable(z.string()),
  /** The pickup-scan watchdog's alert (core/faces/missed-pickup.ts): parcels, the pickup missed, the next one. */
  missedPickup: z.optional(
    z.nullable(
      z.object({
        parcels: count,
        pickup: z.string().check(z.maxLength(20)),
        next: z.nullable(z.string().check(z.maxLength(20))),
      }),
    ),
  ),
});

export type OverlayView = z.output<typeof overlayViewSchema>;

export function overlayView(e: Estimate): OverlayView {
  const f = streamFigures(e);
  const missed = missedPickupWords(e);
  const top = e.outlook?.actions.find((a) => (a.scoreGain ?? 0) > 0 || a.lateAvoided > 0);
  return {
    streamId: f.streamId,
    at: f.at,
    status: f.status,
    ordersPerMinute: f.ordersPerMinute,
    backlog: f.unshipped,
    atRisk: f.atRisk,
    late: f.late.value,
    lateRange: f.late.range,
    scoreNow: f.score?.now ?? null,
    scorePredicted: f.score?.predicted ?? null,
    growth: f.score?.growth ?? false,
    topAction: top?.label ?? null,
    missedPickup: missed && { parcels: missed.parcels, pickup: missed.pickup, next: missed.next },
  };
}
