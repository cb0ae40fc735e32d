import { browser } from 'wxt/browser';
import { BADGE_COLOUR, badgeText, badgeTitle } from '../core/faces/badge';
import { streamFigures } from '../core/faces/stream-figures';
import type { Estimate } from '../core/outlook/estimate';
import { browserWords } from '../runtime/browser-words';

/** In the service worker browser.i18n follows the browser's language; core's English title is the fallback. */
const msg = browserWords;

/**
 * "LES Radar — Orders at risk: 1,237 orders waiting to ship · At risk 400 · Late predicted 1,240", in the
 * browser's language, with the figures and words every face shows (core/faces/stream-figures.ts).
 */
export function localBadgeTitle(e: Estimate): string {
  const f = streamFigures(e);
  const n = new Intl.NumberFormat(msg('intl_locale') || 'en-US');
  const words = [
    msg(`status_${f.status}`),
    n.format(f.unshipped),
    msg('fig_at_risk'),
    n.format(f.atRisk),
    msg('fig_late_predicted'),
    n.format(f.late.value),
  ];
  return msg('badge_title', ...words) || badgeTitle(f);
}

/** The toolbar button shows the latest stream's backlog, coloured by risk, with the status in its title. */
export function showOnBadge(e: Estimate): void {
  // Firefox MV2 names it browserAction; WXT's `browser.action` covers both.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action) return;
  void Promise.all([
    action.setBadgeText({ text: badgeText(e.unshipped) }),
    action.setBadgeBackgroundColor({ color: BADGE_COLOUR[e.status] }),
    action.setTitle({ title: localBadgeTitle(e) }),
  ]).catch(() => {}); // a badge that cannot be drawn must never stop the estimate's other pushes
}
