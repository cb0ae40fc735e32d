import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../../../core/outlook/estimate';
import { defaultSettings, type Settings } from '../../../../core/settings/settings';
import type { EstimatorApi } from '../../../../workers/estimator/estimator-service';
import { type EstimatorWorker, watchEstimator } from '../../../../workers/estimator/estimator-watchdog';

/** A worker stuck in a run: it takes every request and answers none (a promise of 10^12 days, before the bounds). */
class StuckWorker implements EstimatorWorker {
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  addEventListener() {}
  removeEventListener() {}
  terminate() {
    this.terminated = true;
  }
}

/** A worker that answers at once, over a real MessageChannel as Comlink runs in the browser. */
function answeringWorker(answer: Estimate | null): EstimatorWorker {
  const { port1, port2 } = new MessageChannel();
  const service: EstimatorApi = { estimate: async () => answer };
  Comlink.expose(service, port2);
  return Object.assign(port1, { terminate: () => port1.close() });
}

const slow: Settings = { ...defaultSettings, promise: { type: 'business-days', days: 30, cutoff: '23:59' } };

describe('the estimator watchdog (issue #16)', () => {
  it('ends a run past the limit: the worker terminated, a new one started, the error naming the settings', async () => {
    const workers: StuckWorker[] = [];
    const estimator = watchEstimator(() => workers[workers.push(new StuckWorker()) - 1], { limitMs: 5 });
    const run = estimator.estimate('demo:1', slow, 0);
    await expect(run).rejects.toThrow(/stopped \(the estimator restarted\)/);
    await expect(run).rejects.toThrow('promise.days (30), stages.ship.pickups (2), stages.pickPack.shifts (1)');
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
    // The run had reached the first worker; the second is fresh.
    expect(workers[0].posted).toHaveLength(1);
  });

  it('fails every run still waiting on the stopped worker, not only the one that ran long', async () => {
    const workers: StuckWorker[] = [];
    const estimator = watchEstimator(() => workers[workers.push(new StuckWorker()) - 1], { limitMs: 5 });
    const first = estimator.estimate('demo:1', slow, 0);
    const second = estimator.estimate('demo:2', defaultSettings, 0);
    await expect(first).rejects.toThrow(/stopped/);
    await expect(second).rejects.toThrow(/stopped/);
    // One restart for the two: the second's own limit was cleared with it.
    expect(workers).toHaveLength(2);
  });

  it('refuses the same settings at once for a while after, without handing them to the new worker', async () => {
    const workers: StuckWorker[] = [];
    let clock = 0;
    const estimator = watchEstimator(() => workers[workers.push(new StuckWorker()) - 1], {
      limitMs: 5,
      retryAfterMs: 60_000,
      now: () => clock,
    });
    await expect(estimator.estimate('demo:1', slow, 0)).rejects.toThrow(/promise\.days \(30\)/);
    clock = 59_999;
    await expect(estimator.estimate('demo:1', slow, 1)).rejects.toThrow(/promise\.days \(30\)/);
    expect(workers[1].posted).toHaveLength(0);
    // Other settings (the seller's fix) run at once.
    void estimator.estimate('demo:1', defaultSettings, 1).catch(() => {});
    expect(workers[1].posted).toHaveLength(1);
  });

  it('passes an answer through and leaves a worker that answers alone', async () => {
    const answer = { streamId: 'demo:1' } as Estimate;
    let started = 0;
    const estimator = watchEstimator(
      () => {
        started++;
        return answeringWorker(answer);
      },
      { limitMs: 10_000 },
    );
    expect(await estimator.estimate('demo:1', defaultSettings, 0)).toEqual(answer);
    expect(started).toBe(1);
  });
});
