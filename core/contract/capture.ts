import * as z from 'zod/mini';
import { captureStatusSchema } from '../capture/health-schema';
import { snapshotSchema } from '../records/snapshot';
import { bindingSchema } from '../settings/capture-settings';
import { captureReplies as reply, tabPayloads as tab } from './capture-replies';

/**
 * The part of the contract the content script speaks: it sends snapshots and asks where to continue;
 * it answers the popup about its capture and receives the overlay's figures. core/contract/index.ts joins
 * it to the rest; the content script checks only ./capture-replies.ts.
 */
const streamId = snapshotSchema.shape.streamId;

export const captureContract = {
  background: {
    /**
     * Content script → background: store durably, then acknowledge the highest stored seq. When
     * another capture already holds a seq of this batch (two tabs, or a count typed in the popup),
     * nothing from that seq on is stored and `renumberFrom` says where the tab's pending readings go.
     */
    snapshots: {
      payload: z.strictObject({
        snapshots: z.array(snapshotSchema).check(
          z.minLength(1),
          z.maxLength(500),
          z.refine((b) => b.every((s) => s.streamId === b[0].streamId), 'a batch holds one stream only'),
        ),
      }),
      reply: reply.snapshots,
    },
    /** Where a (re)loaded capture continues numbering, and the count already recorded (never go below it). */
    'stream-head': { payload: z.strictObject({ streamId }), reply: reply['stream-head'] },
    /** Whether this page's adapter is switched off, and the numbers picked by hand on this site. */
    'capture-config': {
      payload: z.strictObject({ adapter: z.string(), origin: z.string() }),
      reply: reply['capture-config'],
    },
    /** The overlay's figures for a stream (its latest estimate, cut down), or null before the first. */
    'get-overlay': { payload: z.strictObject({ streamId }), reply: reply['get-overlay'] },
    /** The element picker's choice, saved for the site. */
    'save-binding': { payload: z.strictObject({ binding: bindingSchema }), reply: reply['save-binding'] },
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
