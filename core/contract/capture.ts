import * as z from 'zod/mini';
import { bindingSchema, captureStatusSchema } from '../capture/config';
import { overlayViewSchema } from '../overlay-view';
import { snapshotSchema } from '../snapshot';
import { def } from './define';

/**
 * The part of the contract the content script speaks: it sends snapshots and asks where to continue;
 * it answers the popup about its capture and receives the overlay's figures. Kept apart so the
 * content script bundles these schemas only; core/contract.ts joins it to the rest.
 */
const streamId = snapshotSchema.shape.streamId;

export const captureContract = {
  background: {
    /**
     * Content script → background: store durably, then acknowledge the highest stored seq. When
     * another capture already holds a seq of this batch (two tabs, or a count typed in the popup),
     * nothing from that seq on is stored and `renumberFrom` says where the tab's pending readings go.
     */
    snapshots: def(
      {
        snapshots: z.array(snapshotSchema).check(
          z.minLength(1),
          z.maxLength(500),
          z.refine((b) => b.every((s) => s.streamId === b[0].streamId), 'a batch holds one stream only'),
        ),
      },
      z.object({ ackedSeq: z.int(), stored: z.int(), renumberFrom: z.optional(z.int()) }),
    ),
    /** Where a (re)loaded capture continues numbering, and the count already recorded (never go below it). */
    'stream-head': def({ streamId }, z.object({ lastSeq: z.nullable(z.int()), lastPaidOrders: z.nullable(z.int()) })),
    /** Whether this page's adapter is switched off, and the numbers picked by hand on this site. */
    'capture-config': def(
      { adapter: z.string(), origin: z.string() },
      z.object({ disabled: z.boolean(), bindings: z.array(bindingSchema) }),
    ),
    /** The overlay's figures for a stream (its latest estimate, cut down), or null before the first. */
    'get-overlay': def({ streamId }, z.nullable(overlayViewSchema)),
    /** The element picker's choice, saved for the site. */
    'save-binding': def({ binding: bindingSchema }, z.object({ saved: z.int() })),
  },
  tab: {
    /** Background → the capturing tab: fresh figures for the overlay. */
    'overlay-updated': def({ view: overlayViewSchema }, z.undefined()),
    /** Popup → tab: how capture is going on this page. */
    'capture-status': def({}, captureStatusSchema),
    /** Popup → tab: let the user pick the number to watch. */
    'start-picker': def({}, z.object({ started: z.boolean() })),
  },
} as const;
