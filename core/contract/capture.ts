import * as z from 'zod/mini';
import { captureStatusSchema } from '../capture/health-schema';
import { MAX_ASKED } from '../capture/order-feed';
import { MAX_BATCH_ORDER_IDS } from '../capture/outbox';
import { snapshotSchema } from '../records/snapshot';
import { observedCountsSchema, stageReadingSchema } from '../records/stage-reading';
import { bindingSchema } from '../settings/capture-settings';
import { captureReplies as reply, tabPayloads as tab } from './capture-replies';

/**
 * The part of the contract the content script speaks: it sends snapshots and asks where to continue;
 * it answers the popup about its capture and receives the overlay's figures. core/contract/index.ts joins
 * it to the rest; the extension's side checks what the tab is told (./capture-replies.ts).
 */
const streamId = snapshotSchema.shape.streamId;

/** An order id as the adapters pass it on (core/adapters/json-fields.ts `id`): digits, never a number. */
const orderId = z.string().check(z.regex(/^\d{1,30}$/));

/** The order ids each snapshot of a batch counted from an order feed (core/capture/outbox.ts). */
const feedOrders = z.array(
  z.object({ seq: z.int().check(z.nonnegative()), orderIds: z.array(orderId).check(z.minLength(1)) }),
);

const snapshotBatch = z
  .strictObject({
    snapshots: z.array(snapshotSchema).check(
      z.minLength(1),
      z.maxLength(500),
      z.refine((b) => b.every((s) => s.streamId === b[0].streamId), 'a batch holds one stream only'),
    ),
    feedOrders: z.optional(feedOrders),
  })
  .check(
    z.refine(
      (p) => (p.feedOrders ?? []).every((f) => p.snapshots.some((s) => s.seq === f.seq)),
      'feedOrders: each seq is one of the batch’s snapshots',
    ),
    z.refine(
      (p) => (p.feedOrders ?? []).reduce((n, f) => n + f.orderIds.length, 0) <= MAX_BATCH_ORDER_IDS,
      `feedOrders: at most ${MAX_BATCH_ORDER_IDS} order ids a batch`,
    ),
  );

export const captureContract = {
  background: {
    /**
     * Content script → background: store durably, then acknowledge the highest stored seq. When
     * another capture already holds a seq of this batch (two tabs, or a count typed in the popup),
     * nothing from that seq on is stored and `renumberFrom` says where the tab's pending readings go.
     * `feedOrders`: the order ids a snapshot counted from an order feed, stored in the same transaction.
     */
    snapshots: { payload: snapshotBatch, reply: reply.snapshots },
    /**
     * Where a (re)loaded capture continues numbering, the count already recorded (never go below it),
     * and how many order ids the store lists as counted for the stream.
     */
    'stream-head': { payload: z.strictObject({ streamId }), reply: reply['stream-head'] },
    /** Which of these order ids were already counted for the stream (an order feed's memory across reloads). */
    'feed-known': {
      payload: z.strictObject({ streamId, orderIds: z.array(orderId).check(z.minLength(1), z.maxLength(MAX_ASKED)) }),
      reply: reply['feed-known'],
    },
    /** Whether this page's adapter is switched off, and the numbers picked by hand on this site. */
    'capture-config': {
      payload: z.strictObject({ adapter: z.string(), origin: z.string() }),
      reply: reply['capture-config'],
    },
    /** The overlay's figures for a stream (its latest estimate, cut down), or null before the first. */
    'get-overlay': { payload: z.strictObject({ streamId }), reply: reply['get-overlay'] },
    /** The element picker's choice, saved for the site. */
    'save-binding': { payload: z.strictObject({ binding: bindingSchema }), reply: reply['save-binding'] },
    /**
     * Content script → background: the warehouse's stage counts as a page shows them now (a stage adapter's
     * tabs or the numbers picked with a role), sent when one changes and at least once a minute while the
     * page is open, so a count that does not move is known not to have moved (the pickup-scan watchdog).
     */
    'stage-reading': {
      payload: z.strictObject({
        at: z.int().check(z.positive()),
        origin: z.string().check(z.maxLength(200)),
        source: stageReadingSchema.shape.source,
        page: stageReadingSchema.shape.page,
        counts: observedCountsSchema,
      }),
      reply: reply['stage-reading'],
    },
  },
  tab: {
    /** Background → the capturing tab: fresh figures for the overlay. */
    'overlay-updated': { payload: tab['overlay-updated'], reply: z.undefined() },
    /** Popup → tab: how capture is going on this page. */
    'capture-status': { payload: tab['capture-status'], reply: captureStatusSchema },
    /** Popup → tab: let the user pick the number to watch. */
    'start-picker': { payload: tab['start-picker'], reply: z.object({ started: z.boolean() }) },
    /** Background → the active tab: the show/hide keyboard shortcut (manifest command) was pressed. */
    'toggle-overlay': { payload: tab['toggle-overlay'], reply: z.object({ shown: z.boolean() }) },
  },
} as const;
