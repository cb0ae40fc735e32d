import { ok } from '../../core/lib/result';
import { listen } from '../../runtime/messaging';
import { spawnEstimator } from '../../workers/estimator/spawn-estimator';

// Hosts the estimator worker for Chrome's service worker and relays its requests to it.
const estimator = spawnEstimator();
listen('offscreen', async (msg) =>
  ok(
    await estimator.estimate(msg.payload.streamId, msg.payload.settings, msg.payload.now, {
      save: msg.payload.save,
      whatIf: msg.payload.whatIf,
    }),
  ),
);
