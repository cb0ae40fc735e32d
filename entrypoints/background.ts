import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandler } from '../workers/background-handler';
import { watchCustomSites } from '../workers/custom-sites';
import { RadarDb } from '../workers/db';
import { listen } from '../workers/messaging';
import { offscreenEstimator } from '../workers/offscreen-estimator';
import { forwardOverlayShortcut } from '../workers/overlay-shortcut';
import { publishEstimate } from '../workers/publish';
import { loadSettings, saveSettings } from '../workers/settings-store';
import { spawnEstimator } from '../workers/spawn-estimator';

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
        publish: publishEstimate,
      }),
    );
  },
});
