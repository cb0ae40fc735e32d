import { ok } from '../../core/lib/result';
import { listen } from '../../runtime/messaging';
import { persistStorage } from '../../runtime/persist-storage';
import { spawnEstimator } from '../../workers/estimator/spawn-estimator';

// Hosts the estimator worker for Chrome's service worker and relays its requests to it. Being a page, it can
// also ask that the history survive disk pressure, which the service worker cannot.
void persistStorage(navigator.storage);
const estimator = spawnEstimator();
listen('offscreen', async (msg) =>
  ok(
    await estimator.estimate(msg.payload.streamId, msg.payload.settings, msg.payload.now, {
      save: msg.payload.save,
      whatIf: msg.payload.whatIf,
      drops: msg.payload.drops,
    }),
  ),
);
