import { browser } from 'wxt/browser';
import type { Estimate } from '../core/estimate';
import { BADGE_COLOUR, badgeText, badgeTitle } from '../core/faces/badge';

/** The toolbar button shows the latest stream's backlog, coloured by risk, with the status in its title. */
export function showOnBadge(e: Estimate): void {
  // Firefox MV2 names it browserAction; WXT's `browser.action` covers both.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action) return;
  void Promise.all([
    action.setBadgeText({ text: badgeText(e.unshipped) }),
    action.setBadgeBackgroundColor({ color: BADGE_COLOUR[e.status] }),
    action.setTitle({ title: badgeTitle(e) }),
  ]).catch(() => {}); // a badge that cannot be drawn must never stop the estimate's other pushes
}
