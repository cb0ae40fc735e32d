import { overlayView } from '../../core/faces/overlay-view';
import { failFrom, ok } from '../../core/lib/result';
import { estimateStream } from '../stream-estimate';
import type { Handler } from './handler';

/**
 * Not remembered as the stream's tab: a standby tab asks too, the capturing one is the one sending.
 * The overlay asks every few seconds, and each answer is a fresh, stored estimate: it goes to every
 * other face too (popup, side panel, badge), so none of them shows an older moment than the overlay.
 */
export const getOverlay: Handler<'get-overlay'> = async ({ streamId }, ctx) => {
  try {
    const estimate = await estimateStream(ctx, streamId);
    if (estimate) ctx.publish(estimate, ctx.tabOfStream.get(streamId));
    return ok(estimate && overlayView(estimate));
  } catch (error) {
    return failFrom('estimator-failed', error);
  }
};
