import { overlayView } from '../../core/faces/overlay-view';
import { ok } from '../../core/lib/result';
import { estimateAndPublish } from '../stream-estimate';
import type { Handler } from './handler';

/**
 * Not remembered as the stream's tab: a standby tab asks too, the capturing one is the one sending.
 * The overlay asks every few seconds, and each answer is a fresh, stored estimate: it goes to every
 * other face too (popup, side panel, badge), so none of them shows an older moment than the overlay.
 */
export const getOverlay: Handler<'get-overlay'> = async ({ streamId }, ctx) => {
  const result = await estimateAndPublish(ctx, streamId);
  return result.ok ? ok(result.data && overlayView(result.data)) : result;
};
