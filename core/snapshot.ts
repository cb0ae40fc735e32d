import * as z from 'zod/mini';

/** One reading of a dashboard's cumulative paid-order counter, numbered per stream by the capturing tab. */
export const snapshotSchema = z.object({
  streamId: z.string().check(z.minLength(1), z.maxLength(200)),
  seq: z.int().check(z.nonnegative()),
  at: z.int().check(z.positive()),
  paidOrders: z.int().check(z.nonnegative()),
  source: z.string().check(z.minLength(1), z.maxLength(60)),
});

export type Snapshot = z.output<typeof snapshotSchema>;
