import { ok } from '../../core/lib/result';
import { listen } from '../../workers/messaging';
import { spawnEstimator } from '../../workers/spawn-estimator';

// Hosts the estimator worker for Chrome's service worker and relays its requests to it.
const estimator = spawnEstimator();
listen('offscreen', async (msg) =>
  ok(await estimator.estimate(msg.payload.streamId, msg.payload.settings, msg.payload.now)),
);
