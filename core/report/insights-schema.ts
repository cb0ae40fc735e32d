import * as z from 'zod/mini';
import { phraseSchema } from '../lib/phrase';

/**
 * What the report shows from the imported history (the `history-insights` message): the actual stage
 * attribution of the scorecard window and of each recorded stream, and the carrier scorecards.
 */
const count = z.int().check(z.nonnegative());
const rate = z.nullable(z.object({ value: z.number(), low: z.number(), high: z.number(), n: count }));

export const carrierCardSchema = z.object({
  carrier: z.string(),
  region: z.optional(z.string()),
  orders: count,
  pickupPunctuality: rate,
  firstPickupShare: rate,
  transitHours: z.nullable(z.object({ p50: z.number(), p90: z.number(), n: count })),
  onTimeDelivery: rate,
  faultReturns: rate,
});

export const actualAttributionSchema = z.object({
  orders: count,
  lateDispatch: count,
  lateDelivery: count,
  points: z.nullable(z.number()),
  stages: z.array(
    z.object({
      stage: z.enum(['receipt', 'pickPack', 'shipTransport', 'delivery', 'unknown']),
      lateDispatch: count,
      lateDelivery: count,
      points: z.nullable(z.number()),
      levers: z.string(),
      leversKey: z.optional(z.string()),
    }),
  ),
  summary: z.string(),
  /** The summary as a phrase (core/lib/phrase.ts); absent from an older worker's answer. */
  sentence: z.optional(phraseSchema),
});

export const historyInsightsSchema = z.object({
  /** The scorecard window the whole-window attribution covers, and its orders. */
  window: z.object({ from: z.number(), to: z.number(), days: count, orders: count }),
  attribution: z.nullable(actualAttributionSchema),
  streams: z.array(z.object({ streamId: z.string(), attribution: actualAttributionSchema })),
  /** Every stored order, per carrier; and per carrier and destination region when the export has regions. */
  carriers: z.array(carrierCardSchema),
  regions: z.array(carrierCardSchema),
  orders: count,
  /** Whether the history has ready-to-ship times (first-pickup share and pick & pack vs pickup need them). */
  hasRts: z.boolean(),
  /** Below this many orders a figure reads "not enough data". */
  minOrders: count,
});

export type HistoryInsights = z.output<typeof historyInsightsSchema>;
export type CarrierCardView = z.output<typeof carrierCardSchema>;
