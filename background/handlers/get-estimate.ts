import { fail, ok } from '../../core/lib/result';
import { estimateAndPublish } from '../stream-estimate';
import type { Handler } from './handler';

/**
 * The popup must show figures at once: the stored latest estimate answers now, and a fresh one (model and
 * outlook in the worker, tens of ms) follows as a push to every open page.
 */
export const getEstimate: Handler<'get-estimate'> = async (payload, ctx) => {
  const streamId = payload.streamId ?? (await ctx.db.streams.orderBy('lastAt').last())?.streamId;
  if (!streamId) return ok(null);
  const stored = await ctx.db.estimates.get(streamId).catch(() => undefined);
  if (stored) {
    ctx.schedule(streamId);
    // The stored figures are stale while the estimator fails on this stream: say why instead.
    const failed = ctx.failures.get(streamId);
    return failed ? fail('estimator-failed', failed) : ok(stored);
  }
  // The first estimate of the stream is stored: every other face gets it as well.
  return estimateAndPublish(ctx, streamId);
};
