import * as z from 'zod/mini';

/**
 * What the warehouse's own pages say about its stages (issue #15): the seller's order-management tabs
 * (Seller Center "Awaiting shipment" / "Awaiting collection", 抖店 待发货) or an ERP's counts, read on
 * a page by a stage adapter or by numbers the seller picked and named. Shop-wide, not per stream: the
 * warehouse's queue holds every open order, the stream's and the older ones alike.
 */
export const STAGE_ROLES = ['pickPack', 'shipTransport', 'shippedToday'] as const;
export type StageRole = (typeof STAGE_ROLES)[number];
export const stageRoleSchema = z.enum(STAGE_ROLES);

/** A count a warehouse shows: whole, and far below any page's absurd values (core/capture/count-guard.ts). */
const count = z.int().check(z.nonnegative(), z.lte(10_000_000));

export const observedCountsSchema = z
  .object({
    /** Orders paid and not yet packed (Seller Center "Awaiting shipment", 抖店 待发货). */
    pickPack: z.optional(count),
    /** Parcels packed and labelled, waiting for the carrier's pickup scan ("Awaiting collection", 待揽收). */
    shipTransport: z.optional(count),
    /** Parcels the carrier scanned today. */
    shippedToday: z.optional(count),
  })
  .check(
    z.refine(
      (c) => STAGE_ROLES.some((r) => c[r] !== undefined),
      'counts: at least one of pickPack, shipTransport, shippedToday',
    ),
  );
export type ObservedCounts = z.output<typeof observedCountsSchema>;

/**
 * One span of unchanged counts: first read at `at`, still read the same at `until`. The store keeps one
 * row per change, so a tab that polls every few seconds writes a row only when a number moves.
 */
export const stageReadingSchema = z.object({
  at: z.int().check(z.positive()),
  until: z.int().check(z.positive()),
  /** The site it was read on ("https://seller-us.tiktok.com"). */
  origin: z.string().check(z.maxLength(200)),
  /** The stage adapter's id, or "picked" for numbers the seller picked. */
  source: z.string().check(z.minLength(1), z.maxLength(60)),
  /**
   * Which open page read it (a random id per page load): two tabs of one site, one frozen and one live,
   * keep their own rows instead of alternating in one.
   */
  page: z.optional(z.string().check(z.regex(/^[\w-]{1,20}$/))),
  counts: observedCountsSchema,
});
export type StageReading = z.output<typeof stageReadingSchema>;

/** Which open page a reading came from: its rows are one series, another page's never joins it. */
export const readingPage = (r: Pick<StageReading, 'origin' | 'source' | 'page'>): string =>
  `${r.origin} ${r.source} ${r.page ?? ''}`;

/** The stored row: the reading with its key. */
export type StageReadingRow = StageReading & { id?: number };
