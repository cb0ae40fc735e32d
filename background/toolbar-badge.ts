import { browser } from 'wxt/browser';
import { BADGE_COLOUR, badgeText, badgeTitle } from '../core/faces/badge';
import type { Estimate } from '../core/outlook/estimate';
import { browserWords } from '../runtime/browser-words';

/** In the service worker browser.i18n follows the browser's language; core's English title is the fallback. */
const msg = browserWords;

/** "LES Radar — Orders at risk: 1,237 orders waiting to ship, 400 at risk of late dispatch", in the browser's language. */
export function localBadgeTitle(e: Estimate): string {
  const n = new Intl.NumberFormat(msg('intl_locale') || 'en-US');
  const words = [msg(`status_${e.status}`), n.format(e.unshipped), n.format(e.atRisk)];
  return (e.atRisk > 0 ? msg('badge_title_risk', ...words) : msg('badge_title', ...words)) || badgeTitle(e);
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
