import * as Comlink from 'comlink';
import type { Settings } from '../../core/settings/settings';
import type { EstimatorApi } from './estimator-service';

/**
 * A normal run takes tens of milliseconds (the Monte Carlo) to a few hundred (tallying a million stored
 * orders): 10 s is some 30 times the slowest, so only a runaway run (settings past what the model was built
 * for) reaches it, and then it costs the popup 10 s, not every estimate after it.
 */
export const ESTIMATE_TIME_LIMIT_MS = 10_000;
/**
 * After a run is stopped, the same settings are refused at once for this long: snapshots keep coming
 * during a stream, and each would otherwise hold the worker for another 10 s to no end.
 */
export const RETRY_AFTER_MS = 60_000;

/** What the watchdog needs of a worker: Comlink's endpoint, and a way to end it mid-run. */
export type EstimatorWorker = Comlink.Endpoint & { terminate(): void };

export type WatchOptions = { limitMs?: number; retryAfterMs?: number; now?: () => number };

/**
 * The estimator behind a watchdog (issue #16): a run past the time limit is ended, the worker terminated
 * (a run stuck in a loop answers nothing else) and a fresh one started, and the caller gets an error that
 * names the settings to check. Every run still waiting on the ended worker fails with it.
 */
export function watchEstimator(start: () => EstimatorWorker, options: WatchOptions = {}): EstimatorApi {
  const { limitMs = ESTIMATE_TIME_LIMIT_MS, retryAfterMs = RETRY_AFTER_MS, now = Date.now } = options;
  let worker = start();
  let remote = Comlink.wrap<EstimatorApi>(worker);
  let running = new Set<(error: Error) => void>();
  let stopped: { settings: string; message: string; at: number } | null = null;

  const restart = (error: Error) => {
    worker.terminate();
    const ended = running;
    running = new Set();
    worker = start();
    remote = Comlink.wrap<EstimatorApi>(worker);
    for (const fail of ended) fail(error);
  };

  return {
    // Every argument passed through as given (the stream, the settings, the time, and any options).
    estimate(...args: Parameters<EstimatorApi['estimate']>) {
      const settings = args[1];
      // The settings and the options (a what-if's change), not the stream or the time.
      const key = JSON.stringify([settings, args.slice(3)]);
      if (stopped && stopped.settings === key && now() - stopped.at < retryAfterMs) {
        return Promise.reject(new Error(stopped.message));
      }
      return new Promise((resolve, reject) => {
        const runs = running;
        const fail = (error: Error) => {
          clearTimeout(timer);
          runs.delete(fail);
          reject(error);
        };
        const timer = setTimeout(() => {
          const message = stoppedMessage(settings, limitMs);
          stopped = { settings: key, message, at: now() };
          restart(new Error(message));
        }, limitMs);
        runs.add(fail);
        remote.estimate(...args).then((estimate) => {
          clearTimeout(timer);
          runs.delete(fail);
          resolve(estimate);
        }, fail);
      });
    },
  };
}

/** The settings that make the model's work grow, with their values, for the seller to check. */
export function stoppedMessage(settings: Settings, limitMs: number): string {
  const p = settings.promise;
  const promise =
    p.type === 'business-days' ? `promise.days (${p.days})` : p.type === 'hours' ? `promise.hours (${p.hours})` : null;
  const checks = [
    promise,
    `stages.ship.pickups (${settings.stages.ship.pickups.length})`,
    `stages.pickPack.shifts (${settings.stages.pickPack.shifts.length})`,
    `model.samples (${settings.model.samples})`,
  ].filter(Boolean);
  return `the estimate ran longer than ${limitMs / 1000} s and was stopped (the estimator restarted); check the settings: ${checks.join(', ')}`;
}
