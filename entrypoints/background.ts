import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { message } from '../core/contract';
import type { Estimate } from '../core/estimate';
import { createBackgroundHandler } from '../workers/background-handler';
import { RadarDb } from '../workers/db';
import { listen } from '../workers/messaging';
import { offscreenEstimator } from '../workers/offscreen-estimator';
import { loadSettings } from '../workers/settings-store';
import { spawnEstimator } from '../workers/spawn-estimator';

function publish(estimate: Estimate, tabId: number | undefined) {
  const msg = message('ui', 'estimate-updated', { estimate });
  // Nobody listening (popup closed, tab gone) is normal: drop the push, the next one will come.
  if (tabId !== undefined) browser.tabs.sendMessage(tabId, msg).catch(() => {});
  browser.runtime.sendMessage(msg).catch(() => {});
}

export default defineBackground({
  type: 'module',
  main() {
    listen(
      'background',
      createBackgroundHandler({
        db: new RadarDb(),
        // Chrome's service worker has no Worker: an offscreen document hosts it. Firefox's background page can.
        estimator: import.meta.env.FIREFOX ? spawnEstimator() : offscreenEstimator,
        loadSettings,
        now: Date.now,
        publish,
      }),
    );
  },
});
