import * as z from 'zod/mini';
import type { ScorePath } from './score-path';
import type { StreamTimeline } from './stream-timeline';

/**
 * What the report's detail view of one stream gets from the background (the `stream-detail` message):
 * the arrival curve and the backlog per stage over time (core/report/stream-timeline.ts), and the score's path
 * from the imported history (core/report/score-path.ts). The stream's summary, estimate and actuals come from
 * `list-streams`, so they are not repeated here.
 */
const count = z.number().check(z.nonnegative());
const instants = z.array(z.number());
const counts = z.array(count);

export const streamTimelineSchema = z.object({
  t0: z.number(),
  arrivals: z.object({ at: instants, cumulative: counts, perMinute: counts }),
  backlog: z.object({
    stepMinutes: z.int().check(z.positive()),
    at: instants,
    receipt: counts,
    pickPack: counts,
    shipTransport: counts,
    delivery: counts,
  }),
  orders: count,
  peakPerMinute: count,
  peakUnshipped: count,
  peakUnshippedAt: z.nullable(z.number()),
  clearAt: z.nullable(z.number()),
  late: count,
});

export const scorePathSchema = z.object({
  scorecard: z.string(),
  windowDays: z.int(),
  scale: z.object({ min: z.number(), max: z.number() }),
  at: instants,
  score: z.array(z.nullable(z.number())),
  thresholds: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      labelZh: z.optional(z.string()),
      comparison: z.enum(['lt', 'lte', 'gt', 'gte']),
      value: z.number(),
    }),
  ),
  indicatorThresholds: z.array(z.string()),
});

export const streamDetailSchema = z.object({
  streamId: z.string(),
  timeline: streamTimelineSchema,
  /** Null when no imported order lies near the stream: there is no history to draw the score from. */
  scorePath: z.nullable(scorePathSchema),
  /** The settings the model ran on: the version saved before the stream started, else today's. */
  settings: z.object({ savedAt: z.nullable(z.number()), timeZone: z.string() }),
});

export type StreamDetail = z.output<typeof streamDetailSchema>;

// The schemas must follow the computations: these lines stop compiling when they part.
const _timeline: z.output<typeof streamTimelineSchema> = {} as StreamTimeline;
const _path: z.output<typeof scorePathSchema> = {} as ScorePath;
void _timeline;
void _path;
