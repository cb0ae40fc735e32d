import { ok } from '../../core/lib/result';
import type { Binding } from '../../core/settings/capture-settings';
import type { Handler } from './handler';

/**
 * One picked number per site and role: a new pick replaces the old one of the same role only, so a
 * stage counter (issue #15) never replaces the site's paid-order pick, nor another stage's.
 */
export const saveBinding: Handler<'save-binding'> = async ({ binding }, ctx) => {
  const settings = await ctx.loadSettings();
  const same = settings.capture.bindings.find((b) => sameSlot(b, binding));
  // The same pick again (only its time differs) writes nothing, so repeats cannot churn the settings.
  if (same && JSON.stringify({ ...same, pickedAt: 0 }) === JSON.stringify({ ...binding, pickedAt: 0 })) {
    return ok({ saved: settings.capture.bindings.length });
  }
  const bindings = [...settings.capture.bindings.filter((b) => !sameSlot(b, binding)), binding];
  await ctx.saveSettings({ ...settings, capture: { ...settings.capture, bindings } });
  return ok({ saved: bindings.length });
};

/** The same site and the same role (both absent: the paid-order counter). */
export const sameSlot = (a: Binding, b: Binding) => a.origin === b.origin && a.role === b.role;
