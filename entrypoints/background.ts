import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { watchCustomSites } from '../background/custom-sites';
import { createBackgroundHandler } from '../background/handle-message';
import { offscreenEstimator } from '../background/offscreen-estimator';
import { forwardOverlayShortcut } from '../background/overlay-shortcut';
import { publishEstimate } from '../background/publish';
import { scheduleRetention } from '../background/retention-alarm';
import { listen } from '../runtime/messaging';
import { persistStorage } from '../runtime/persist-storage';
import { RadarDb } from '../storage/db';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { spawnEstimator } from '../workers/estimator/spawn-estimator';

export default defineBackground({
  type: 'module',
  main() {
    watchCustomSites();
    // Firefox's background is a page: it asks, on first run, that the history survive disk pressure
    // (Chrome's service worker cannot; its offscreen document asks).
    if (import.meta.env.FIREFOX) browser.runtime.onInstalled.addListener(() => void persistStorage(navigator.storage));
    forwardOverlayShortcut();
    const db = new RadarDb();
    scheduleRetention({ db, loadSettings, now: Date.now });
    listen(
      'background',
      createBackgroundHandler({
        db,
        // Chrome's service worker has no Worker: an offscreen document hosts it. Firefox's background page can.
        estimator: import.meta.env.FIREFOX ? spawnEstimator() : offscreenEstimator,
        loadSettings,
        saveSettings,
        now: Date.now,
        publish: publishEstimate,
      }),
    );
  },
});
