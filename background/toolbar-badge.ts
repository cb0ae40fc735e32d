import { browser } from 'wxt/browser';
import { BADGE_COLOUR, badgeText, badgeTitle } from '../core/faces/badge';
import { missedPickupSentence, missedPickupSubs, missedPickupWords } from '../core/faces/missed-pickup';
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
  const title = msg('badge_title', ...words) || badgeTitle(f);
  const missed = missedPickupLine(e);
  return missed ? `${missed}\n${title}` : title;
}

/** The pickup-scan watchdog's sentence in the browser's language (core/faces/missed-pickup.ts), or null. */
export function missedPickupLine(e: Estimate): string | null {
  const w = missedPickupWords(e);
  if (!w) return null;
  const subs = missedPickupSubs(w, {
    none: msg('missed_pickup_none') || '—',
    deadline: msg('missed_pickup_deadline') || 'dispatch deadline',
    scan: msg('missed_pickup_scan') || 'scan timeout',
  });
  return msg('missed_pickup', ...subs) || missedPickupSentence(w);
}

/** The toolbar button shows the latest stream's backlog, coloured by risk, with the status in its title. */
export function showOnBadge(e: Estimate): void {
  // Firefox MV2 names it browserAction; WXT's `browser.action` covers both.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action) return;
  void Promise.all([
    action.setBadgeText({ text: badgeText(e.unshipped) }),
    // A missed pickup is red whatever the backlog says: parcels are waiting that the carrier did not take.
    action.setBadgeBackgroundColor({ color: BADGE_COLOUR[e.missedPickup ? 'red' : e.status] }),
    action.setTitle({ title: localBadgeTitle(e) }),
  ]).catch(() => {}); // a badge that cannot be drawn must never stop the estimate's other pushes
}
