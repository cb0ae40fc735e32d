import * as z from 'zod/mini';
import '../lib/zod-locale';
import { estimateSchema } from '../outlook/estimate-schema';
import type { StreamActuals } from './stream-actuals';

const count = z.int().check(z.nonnegative());

/** What really happened to a stream's orders (core/report/stream-actuals.ts), as stored. */
export const actualsSchema = z.object({
  orders: count,
  shipped: count,
  late: count,
  cancelled: count,
  matchedBy: z.enum(['room', 'time']),
});

/**
 * A stream's final report, kept once the stream is over so the report page need not recompute it (and
 * still has it when the estimate's inputs have been cut by retention): the last estimate with its
 * score outlook, and the actuals once an order export has been imported. Counts and figures only.
 */
export const streamReportSchema = z.object({
  streamId: z.string().check(z.minLength(1)),
  /** When the report was taken (epoch ms). */
  createdAt: z.number(),
  /** The stream's last estimate, its outlook included; null when none was ever computed. */
  estimate: z.nullable(estimateSchema),
  /** Null until an imported export has orders of the stream. */
  actuals: z.nullable(actualsSchema),
});

export type StreamReport = z.output<typeof streamReportSchema>;

// The stored shape must follow core/report/stream-actuals.ts: this line stops compiling when they part.
const _sameActuals: z.output<typeof actualsSchema> = {} as StreamActuals;
void _sameActuals;
