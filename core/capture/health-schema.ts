import * as z from 'zod/mini';

/** Capture health of one tab, as the popup and the overlay show it. */
export const captureStatusSchema = z.object({
  /** `paused`: the page froze itself (a dialog of the dashboard's own); `problem` names why. */
  status: z.enum(['starting', 'live', 'stale', 'lost', 'paused', 'standby', 'off']),
  /** Which source the count comes from: an adapter's network tap, its DOM counter, a picked number. */
  source: z.nullable(z.string()),
  /** The seller-facing name of the page's adapter. */
  adapter: z.nullable(z.string()),
  streamId: z.nullable(z.string()),
  paidOrders: z.nullable(z.int()),
  problem: z.nullable(z.string()),
  lastReadingAt: z.nullable(z.number()),
});

export type CaptureStatus = z.output<typeof captureStatusSchema>;
