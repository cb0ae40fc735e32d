import * as z from 'zod/mini';
import { overlayViewSchema } from '../faces/overlay-view';
import { bindingSchema } from '../settings/capture-settings';

/**
 * The schemas the content script itself checks: the background's replies to what it sends, and the
 * payloads of the messages it receives. In a file of their own because zod schemas are module-level
 * calls a bundler keeps once the module is imported: the content script imports this file and no
 * other schema, which keeps it within its size budget. ./capture.ts pairs them with the rest.
 */
export const captureReplies = {
  snapshots: z.object({ ackedSeq: z.int(), stored: z.int(), renumberFrom: z.optional(z.int()) }),
  'stream-head': z.object({ lastSeq: z.nullable(z.int()), lastPaidOrders: z.nullable(z.int()) }),
  'capture-config': z.object({ disabled: z.boolean(), bindings: z.array(bindingSchema) }),
  'get-overlay': z.nullable(overlayViewSchema),
  'save-binding': z.object({ saved: z.int() }),
} as const;

export const tabPayloads = {
  'overlay-updated': z.strictObject({ view: overlayViewSchema }),
  'capture-status': z.strictObject({}),
  'start-picker': z.strictObject({}),
  'toggle-overlay': z.strictObject({}),
} as const;
