import { browser } from 'wxt/browser';
import { message } from '../core/contract';
import { overlayView } from '../core/faces/overlay-view';
import type { Estimate } from '../core/outlook/estimate';
import { request } from '../runtime/messaging';
import { loadSettings } from '../storage/settings-store';
import { alertOnMissedPickup, alertOnRisk } from './risk-alerts';
import { showOnBadge } from './toolbar-badge';

/**
 * Where a fresh estimate goes: the overlay of the tab capturing the stream (its cut-down view), every
 * open extension page, the toolbar badge, and the opt-in risk alerts.
 */
export function publishEstimate(estimate: Estimate, tabId: number | undefined): void {
  // Nobody listening (popup closed, tab gone) is normal: drop the push, the next one will come.
  if (tabId !== undefined) {
    void request('tab', 'overlay-updated', { view: overlayView(estimate) }, tabId);
  }
  browser.runtime.sendMessage(message('ui', 'estimate-updated', { estimate })).catch(() => {});
  showOnBadge(estimate);
  void loadSettings()
    .then(async (settings) => {
      await alertOnRisk(estimate, settings, Date.now());
      await alertOnMissedPickup(estimate, settings, Date.now());
    })
    .catch(() => {});
}
