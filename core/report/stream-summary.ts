import * as z from 'zod/mini';
import { estimateSchema } from '../outlook/estimate-schema';

/** What the report lists for a recorded stream: capture facts plus the latest estimate, if any. */
export const streamSummarySchema = z.object({
  streamId: z.string(),
  source: z.string(),
  firstAt: z.number(),
  lastAt: z.number(),
  snapshots: z.int().check(z.nonnegative()),
  firstPaidOrders: z.int().check(z.nonnegative()),
  lastPaidOrders: z.int().check(z.nonnegative()),
  estimate: z.nullable(estimateSchema),
  /** What really happened, once an order export covering the stream has been imported. */
  actual: z.nullable(
    z.object({
      orders: z.int(),
      shipped: z.int(),
      late: z.int(),
      cancelled: z.int(),
      matchedBy: z.enum(['room', 'time']),
    }),
  ),
});

export type StreamSummary = z.output<typeof streamSummarySchema>;
