import { overlayView } from '../../core/faces/overlay-view';
import { failFrom, ok } from '../../core/lib/result';
import type { Handler } from './handler';

/** Not remembered as the stream's tab: a standby tab asks too, the capturing one is the one sending. */
export const getOverlay: Handler<'get-overlay'> = async ({ streamId }, ctx) => {
  try {
    const estimate = await ctx.estimator.estimate(streamId, await ctx.loadSettings(), ctx.now());
    return ok(estimate && overlayView(estimate));
  } catch (error) {
    return failFrom('estimator-failed', error);
  }
};
