import * as Comlink from 'comlink';
import type { EstimatorApi } from './estimator-service';

/** Starts the estimator worker in a context that has `Worker` (the offscreen document, or Firefox's background page). */
export function spawnEstimator(): Comlink.Remote<EstimatorApi> {
  const worker = new Worker(new URL('./estimator.worker.ts', import.meta.url), { type: 'module' });
  return Comlink.wrap<EstimatorApi>(worker);
}
