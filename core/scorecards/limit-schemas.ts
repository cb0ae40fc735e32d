import * as z from 'zod/mini';
import '../lib/zod-locale';

/**
 * The late-shipment limits of Douyin rule 101706 as data: the store-level order caps and the product-level
 * sale bans. Both judge a local day's late rate, late orders ÷ orders due that day, in the rule clock's zone.
 */
const rate = z.number().check(z.gte(0), z.lte(1));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as "YYYY-MM-DD"'));

/** A day's late rate at or above `minLateRate` with at least `minLateOrders` late, on `days` consecutive days. */
export const storeLimitSchema = z.object({
  id: z.string(),
  label: z.string(),
  labelZh: z.optional(z.string()),
  minLateRate: rate,
  minLateOrders: z.int().check(z.nonnegative()),
  days: z.int().check(z.positive()),
});

/**
 * A product's day counts when its late rate is ABOVE `minLateRate` (exclusive) with at least `minLateOrders`
 * late orders ("more than 3" is 4); the limit is crossed when `times` such days fall within `withinDays`
 * consecutive local days (one day: times 1, withinDays 1).
 */
export const productLimitSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  labelZh: z.optional(z.string()),
  minLateRate: rate,
  minLateOrders: z.int().check(z.positive()),
  times: z.int().check(z.positive()),
  withinDays: z.int().check(z.positive()),
  /** What the platform does to the product, in words (the faces show it with the product). */
  consequence: z.string(),
  source: z.object({ title: z.string(), reference: z.string(), revised: date, checked: z.string() }),
});
