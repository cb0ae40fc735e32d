import * as z from 'zod/mini';
import { outlookSchema } from './outlook-schema';

/** What an estimate looks like when it crosses contexts; the model that computes it lives in estimate.ts. */
const count = z.int().check(z.nonnegative());
/** How far ahead the backlog forecast runs, hour by hour. */
export const FORECAST_HOURS = 48;
const instant = z.nullable(z.number());

export const stageCountsSchema = z.object({
  receipt: count,
  pickPack: count,
  shipTransport: count,
  delivery: count,
});

export const estimateSchema = z.object({
  streamId: z.string(),
  at: z.number(),
  /** The warehouse's zone (from the settings): pickups and deadlines are shown in it. */
  timeZone: z.string(),
  /** The page's own cumulative counter, as last read. */
  paidOrders: count,
  /** Orders paid since the stream was first seen: the ones this estimate is about. */
  streamOrders: count,
  ordersPerMinute: count,
  peakOrdersPerMinute: count,
  backlog: stageCountsSchema,
  unshipped: count,
  peakUnshipped: count,
  late: count,
  atRisk: count,
  /** The orders at risk by their ship-by deadline, earliest first. */
  atRiskByDeadline: z._default(z.array(z.object({ deadline: z.number(), orders: count })), []),
  nextPickupAt: instant,
  clearAt: instant,
  earliestDeadline: instant,
  status: z.enum(['green', 'amber', 'red']),
  /** Backlog per stage every hour from now for 48 hours, the expected orders still to come included. */
  backlogForecast: z.array(z.extend(stageCountsSchema, { at: z.number() })),
  /**
   * The warehouse's own counts the model started from (issue #15), beside what the settings alone expected
   * then; null without a stage counter. `speedRatio`: the packers' real speed ÷ the settings', once the counts
   * over a span measured it (null before). `older`: open orders the counts hold beyond the stream's.
   */
  observed: z._default(
    z.nullable(
      z.object({
        at: z.number(),
        source: z.string(),
        pickPack: count,
        shipTransport: count,
        observedRoles: z.array(z.enum(['pickPack', 'shipTransport'])),
        inferred: z.object({ pickPack: count, shipTransport: count }),
        older: count,
        speed: z.nullable(z.object({ ratio: z.number(), minutes: count })),
      }),
    ),
    null,
  ),
  /**
   * The pickup-scan watchdog (core/model/pickup-watch.ts): the latest scheduled pickup passed and the parcels
   * waiting for the carrier did not drop; null when it took them or nobody read the count around it.
   */
  missedPickup: z._default(
    z.nullable(
      z.object({
        pickupAt: z.number(),
        parcels: count,
        nextPickupAt: instant,
        /** The earliest ship-by deadline among the orders still open (the dispatch deadline they now risk). */
        dispatchDeadline: instant,
        /** Where the platform limits a labelled parcel's wait for its scan (Douyin: 24 h), when the oldest times out. */
        scanDeadline: instant,
      }),
    ),
    null,
  ),
  /** The score outlook (Monte Carlo), refreshed less often than the backlog; null until first computed. */
  outlook: z.nullable(outlookSchema),
});

export type Estimate = z.output<typeof estimateSchema>;
