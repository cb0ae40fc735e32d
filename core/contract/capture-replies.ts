import * as z from 'zod/mini';
import { overlayViewSchema } from '../faces/overlay-view';
import { stageRoleSchema } from '../records/stage-reading';
import { bindingSchema } from '../settings/capture-settings';

/**
 * The schemas of what the content script is told: the background's replies to what it sends, and the
 * payloads of the messages it receives. The extension's side checks them before sending
 * (runtime/messaging.ts: `request` and `listen`): the content script bundles no zod, only the
 * envelope check of ./envelope.ts (issue #17). ./capture.ts pairs them with the rest.
 */
export const captureReplies = {
  snapshots: z.object({
    ackedSeq: z.int(),
    stored: z.int(),
    renumberFrom: z.optional(z.int()),
    headPaidOrders: z.optional(z.nullable(z.int())),
  }),
  /** `feedOrders`: how many order ids the store lists as counted for the stream (core/capture/order-feed.ts). */
  'stream-head': z.object({
    lastSeq: z.nullable(z.int()),
    lastPaidOrders: z.nullable(z.int()),
    feedOrders: z.int().check(z.nonnegative()),
  }),
  /** Which of the asked order ids the store lists as counted for the stream. */
  'feed-known': z.object({ known: z.array(z.string()) }),
  'capture-config': z.object({ disabled: z.boolean(), bindings: z.array(bindingSchema) }),
  'get-overlay': z.nullable(overlayViewSchema),
  'save-binding': z.object({ saved: z.int() }),
  /** Whether the reading changed the stored counts (a new row) or only confirmed them (the last row's `until`). */
  'stage-reading': z.object({ changed: z.boolean() }),
} as const;

export const tabPayloads = {
  'overlay-updated': z.strictObject({ view: overlayViewSchema }),
  'capture-status': z.strictObject({}),
  /** `role`: pick a warehouse stage's number instead of the paid-order counter. */
  'start-picker': z.strictObject({ role: z.optional(stageRoleSchema) }),
  'toggle-overlay': z.strictObject({}),
} as const;
