import { ok } from '../../core/lib/result';
import type { Handler } from './handler';
import { sameSlot } from './save-binding';

/**
 * The site's switch and picks: its paid-order pick and its stage counters, one per role (the last, should
 * a hand-edited settings file hold two of one role).
 */
export const captureConfig: Handler<'capture-config'> = async (payload, ctx) => {
  const { capture } = await ctx.loadSettings();
  const here = capture.bindings.filter((b) => b.origin === payload.origin);
  return ok({
    disabled: capture.disabledAdapters.includes(payload.adapter),
    bindings: here.filter((b, i) => !here.slice(i + 1).some((later) => sameSlot(b, later))),
  });
};
