import type { EstimatorApi } from './estimator-service';
import { watchEstimator } from './estimator-watchdog';

/**
 * Starts the estimator worker in a context that has `Worker` (the offscreen document, or Firefox's
 * background page), behind the watchdog that restarts it when a run takes too long.
 */
export function spawnEstimator(): EstimatorApi {
  return watchEstimator(() => new Worker(new URL('./estimator.worker.ts', import.meta.url), { type: 'module' }));
}
