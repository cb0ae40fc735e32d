import * as z from 'zod/mini';
import { isTimeZone } from '../lib/time';
import '../lib/zod-locale';
import { consistency } from './consistency';
import { describeIssues } from './issues';
import { productLimitSchema, storeLimitSchema } from './limit-schemas';

/**
 * The shape of a scorecard: a platform's score rule as dated, versioned data. The same schema checks
 * the built-in cards and a copy the seller edited (thresholds and weights the platform shows only in
 * its back office), so a typo in either is caught with the field's path. Rates are fractions (0.04 = 4 %).
 */

/** The computations an indicator, a flag or a bonus can name; each has a function in indicators.ts. */
export const measureIds = [
  'pickupHoursAvg',
  'pickupScoreAvg',
  'pickupOnTimeRate',
  'waybillOnTimeRate',
  'nextDayDeliveryRate',
  'logisticsReturnRate',
  'ldr',
  'otdr',
  'sfcr',
  'vtr',
] as const;
export type MeasureId = (typeof measureIds)[number];

// zod 4 numbers are finite already (NaN and ±Infinity fail).
const finite = z.number();
const nonNegative = z.number().check(z.gte(0));
const count = z.int().check(z.gte(0));
const comparison = z.enum(['lt', 'lte', 'gt', 'gte']);
const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as "HH:MM"'));

/** First step whose threshold the value meets wins; `otherwise` when none does. */
export const bandTableSchema = z.object({
  /** higher-better: value ≥ threshold; lower-better: value ≤ threshold. */
  direction: z.enum(['higher-better', 'lower-better']),
  steps: z.array(z.object({ threshold: nonNegative, points: finite })).check(z.minLength(1)),
  otherwise: finite,
});

const scoringSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bands'), bands: bandTableSchema }),
  // Each order gets points from its hours (lower-better table); the indicator's points are the mean.
  z.object({ kind: z.literal('per-order'), bands: bandTableSchema, violationPoints: finite }),
  // Shown, and used by flags, bonuses or the growth check, but not weighted.
  z.object({ kind: z.literal('none') }),
]);

export const indicatorSchema = z.object({
  id: z.enum(measureIds),
  label: z.string(),
  /** The line in 简体中文 (the platform's own wording for a Douyin card), shown when the faces speak Chinese. */
  labelZh: z.optional(z.string()),
  unit: z.enum(['rate', 'hours', 'points']),
  weight: nonNegative,
  scoring: scoringSchema,
  /** True where the table or the weight is our assumption, not a published figure. */
  assumed: z.boolean(),
  note: z.optional(z.string()),
  /**
   * The indicator's own window where the platform measures it over fewer days than the card (TikTok: LDR
   * over 7 days, OTDR and SFCR over 30, §3), with where that comes from; absent: the card's window.
   */
  window: z.optional(z.object({ days: z.int().check(z.positive()), reference: z.string(), assumed: z.boolean() })),
});

export const thresholdSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  labelZh: z.optional(z.string()),
  /** 'score' or the id of one of the card's indicators (compared on its value). */
  measure: z.string(),
  comparison,
  value: finite,
});

export const scorecardSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    platform: z.enum(['douyin', 'tiktok']),
    region: z.string(),
    /** Our data version, bumped whenever these figures change. */
    version: z.int().check(z.positive()),
    /** The day the platform's rule took effect. */
    effectiveFrom: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as "YYYY-MM-DD"')),
    windowDays: z.int().check(z.positive()),
    scale: z.object({ min: finite, max: finite }),
    /** Orders paid in this local span start their pickup clock at its end (Douyin: 18:00–06:00 → 06:00). */
    pickupClock: z.nullable(z.object({ nightFrom: clock, nightUntil: clock })),
    indicators: z.array(indicatorSchema).check(z.minLength(1)),
    growth: z.object({
      minValidOrders: count,
      counts: z.enum(['valid-paid', 'delivered']),
      /** null: the platform shows no score until the shop has enough orders. */
      fixedScore: z.nullable(finite),
      /** A pass condition on an indicator; failing it gives failScore instead of fixedScore. */
      check: z.optional(
        z.object({ measure: z.string(), comparison, value: finite, failScore: finite, assumed: z.boolean() }),
      ),
      assumed: z.boolean(),
    }),
    smallShop: z.optional(
      z.object({
        belowValidOrders: count,
        maxFaultReturns: count,
        indicator: z.string(),
        points: finite,
        assumed: z.boolean(),
      }),
    ),
    /** Rows by descending minScore; a score takes the first row it reaches. */
    stars: z.optional(z.object({ rows: z.array(z.object({ minScore: finite, stars: finite })), assumed: z.boolean() })),
    thresholds: z.array(thresholdSchema),
    /**
     * Whether the platform gives orders above the seller's daily Order Handling Capacity one more business
     * day to ship (TikTok Shop, §3). A rule of the platform, so it lives with its scorecard.
     */
    handlingCapacityExtension: z._default(z.boolean(), false),
    /**
     * The platform's own clock for its deadlines: the zone its cut-offs are in and the holiday calendar
     * its business days skip (TikTok Shop US: 11:59 PM Pacific, federal holidays; §3). null: the shop's
     * own zone, weekends only. The warehouse keeps its own zone for shifts and pickups.
     */
    ruleClock: z._default(
      z.nullable(
        z.object({
          timeZone: z.string().check(z.refine(isTimeZone, 'expected an IANA time zone such as "America/Los_Angeles"')),
          /** A calendar of core/scorecards/calendars, or null for weekends only. */
          calendar: z.nullable(z.string()),
          reference: z.string(),
          assumed: z.boolean(),
        }),
      ),
      null,
    ),
    /**
     * The platform's limit on a labelled parcel waiting for the carrier's pickup scan (Douyin's tracking
     * timeout: 24 h after the tracking number is uploaded). The pickup-scan watchdog names it when a
     * pickup is missed (core/model/pickup-watch.ts). null: the platform judges the ship-by deadline only.
     */
    scanTimeout: z._default(
      z.nullable(z.object({ hours: z.number().check(z.positive()), reference: z.string(), assumed: z.boolean() })),
      null,
    ),
    /** The platform's deliver-by date: this many business days (rule clock) from the order date (TikTok: 6, §3). */
    deliverBy: z._default(
      z.nullable(z.object({ businessDays: z.int().check(z.positive()), reference: z.string(), assumed: z.boolean() })),
      null,
    ),
    /**
     * Store-level order caps for late shipment (Douyin rule 101706): a day's late rate (late ÷ due that
     * day) at or above `minLateRate` with at least `minLateOrders` late, on `days` consecutive days.
     */
    storeLimits: z._default(z.array(storeLimitSchema), []),
    /**
     * Product-level sale bans for late shipment (Douyin 【商家-发货超时】实施细则, linked from rule 101706):
     * judged per product per local day from the history (limit-schemas.ts, product-limits.ts).
     */
    productLimits: z._default(z.array(productLimitSchema), []),
    /**
     * Counted from orders carrying `flag`: each is a violation, or each local day with ≥ minOrdersPerDay of
     * them; `countedPer` 'product-day' counts those days per product (Douyin fraudulent shipping, 101706).
     */
    deductions: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        flag: z.enum(['shippingViolation']),
        minOrdersPerDay: z.nullable(z.int().check(z.positive())),
        countedPer: z._default(z.enum(['day', 'product-day']), 'day'),
        points: nonNegative,
        cap: z.nullable(nonNegative),
        assumed: z.boolean(),
      }),
    ),
    bonuses: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        measure: z.string(),
        comparison,
        value: finite,
        points: nonNegative,
        assumed: z.boolean(),
      }),
    ),
    source: z.object({ title: z.string(), reference: z.string(), note: z.string() }),
  })
  .check(
    z.superRefine((card, ctx) => consistency(card, (path, message) => ctx.addIssue({ code: 'custom', path, message }))),
  );

export type Scorecard = z.output<typeof scorecardSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type BandTable = z.output<typeof bandTableSchema>;
export type Comparison = z.output<typeof comparison>;

/** Validates a whole scorecard (a built-in one or a user's JSON copy). */
export function parseScorecard(input: unknown): { ok: true; scorecard: Scorecard } | { ok: false; message: string } {
  const r = scorecardSchema.safeParse(input);
  if (r.success) return { ok: true, scorecard: r.data };
  return { ok: false, message: describeIssues(r.error, input) };
}
