import { ok } from '../../core/lib/result';
import type { Handler } from './handler';

/** One picked number per site: a new pick replaces the old one. */
export const saveBinding: Handler<'save-binding'> = async ({ binding }, ctx) => {
  const settings = await ctx.loadSettings();
  const same = settings.capture.bindings.find((b) => b.origin === binding.origin);
  // The same pick again (only its time differs) writes nothing, so repeats cannot churn the settings.
  if (same && JSON.stringify({ ...same, pickedAt: 0 }) === JSON.stringify({ ...binding, pickedAt: 0 })) {
    return ok({ saved: settings.capture.bindings.length });
  }
  const bindings = [...settings.capture.bindings.filter((b) => b.origin !== binding.origin), binding];
  await ctx.saveSettings({ ...settings, capture: { ...settings.capture, bindings } });
  return ok({ saved: bindings.length });
};
