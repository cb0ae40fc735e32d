import { ok } from '../../core/lib/result';
import type { Handler } from './handler';

export const captureConfig: Handler<'capture-config'> = async (payload, ctx) => {
  const { capture } = await ctx.loadSettings();
  return ok({
    disabled: capture.disabledAdapters.includes(payload.adapter),
    bindings: capture.bindings.filter((b) => b.origin === payload.origin),
  });
};
