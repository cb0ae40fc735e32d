import * as z from 'zod/mini';

/** One reading of a dashboard's cumulative paid-order counter, numbered per stream by the capturing tab. */
export const snapshotSchema = z.object({
  streamId: z.string().check(z.minLength(1), z.maxLength(200)),
  seq: z.int().check(z.nonnegative()),
  at: z.int().check(z.positive()),
  paidOrders: z.int().check(z.nonnegative()),
  source: z.string().check(z.minLength(1), z.maxLength(60)),
  /**
   * Which capture numbered it (one per tab session, "manual" for counts typed in the popup): a seq
   * already held by another capture is a collision to renumber, not a resend to skip.
   */
  capture: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
});

export type Snapshot = z.output<typeof snapshotSchema>;
