import * as z from 'zod/mini';

/** The most drops a run-of-show holds: a long stream drops every ten minutes for eight hours. */
export const MAX_DROPS = 50;

/** A run-of-show as it crosses contexts and is stored: planned drops with the orders each is expected to bring. */
export const plannedDropsSchema = z
  .array(z.object({ at: z.number().check(z.gte(0)), orders: z.int().check(z.gte(0), z.lte(1_000_000)) }))
  .check(z.maxLength(MAX_DROPS));
