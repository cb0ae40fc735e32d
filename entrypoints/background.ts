import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { message } from '../core/contract';
import type { Estimate } from '../core/estimate';
import { overlayView } from '../core/overlay-view';
import { createBackgroundHandler } from '../workers/background-handler';
import { watchCustomSites } from '../workers/custom-sites';
import { RadarDb } from '../workers/db';
import { listen } from '../workers/messaging';
import { offscreenEstimator } from '../workers/offscreen-estimator';
import { forwardOverlayShortcut } from '../workers/overlay-shortcut';
import { alertOnRisk } from '../workers/risk-alerts';
import { loadSettings, saveSettings } from '../workers/settings-store';
import { spawnEstimator } from '../workers/spawn-estimator';
import { showOnBadge } from '../workers/toolbar-badge';

function publish(estimate: Estimate, tabId: number | undefined) {
  // Nobody listening (popup closed, tab gone) is normal: drop the push, the next one will come.
  if (tabId !== undefined) {
    browser.tabs.sendMessage(tabId, message('tab', 'overlay-updated', { view: overlayView(estimate) })).catch(() => {});
  }
  browser.runtime.sendMessage(message('ui', 'estimate-updated', { estimate })).catch(() => {});
  showOnBadge(estimate);
  void loadSettings()
    .then((settings) => alertOnRisk(estimate, settings, Date.now()))
    .catch(() => {});
}

export default defineBackground({
  type: 'module',
  main() {
    watchCustomSites();
    forwardOverlayShortcut();
    listen(
      'background',
      createBackgroundHandler({
        db: new RadarDb(),
        // Chrome's service worker has no Worker: an offscreen document hosts it. Firefox's background page can.
        estimator: import.meta.env.FIREFOX ? spawnEstimator() : offscreenEstimator,
        loadSettings,
        saveSettings,
        now: Date.now,
        publish,
      }),
    );
  },
});
