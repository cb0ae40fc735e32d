import { failFrom, ok } from '../../core/lib/result';
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
    return ok(stored);
  }
  try {
    return ok(await ctx.estimator.estimate(streamId, await ctx.loadSettings(), ctx.now()));
  } catch (error) {
    return failFrom('estimator-failed', error);
  }
};
