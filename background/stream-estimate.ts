import type { WhatIf } from '../core/faces/what-if';
import { failFrom, ok, type Result } from '../core/lib/result';
import type { PlannedDrop } from '../core/model/run-of-show';
import type { Estimate } from '../core/outlook/estimate';
import type { Settings } from '../core/settings/settings';
import { readPlan } from '../storage/run-of-show-store';
import type { EstimatorApi } from '../workers/estimator/estimator-service';

type Deps = { estimator: EstimatorApi; loadSettings: () => Promise<Settings>; now: () => number };

/** The stream's run-of-show; none while the stored record fails its check (the popup says why). */
async function plannedDrops(streamId: string): Promise<PlannedDrop[]> {
  const plan = await readPlan(streamId).catch((error) => ({ ok: false as const, error: { message: String(error) } }));
  if (plan.ok) return plan.data;
  console.warn('LES Radar: the run-of-show is unreadable, forecasting without it', plan.error.message);
  return [];
}

/**
 * Every estimate the background asks for comes through here — the live refresh, get-estimate, get-overlay,
 * a new run-of-show, the what-if — on the saved settings and the stream's run-of-show, so every face shows
 * the same forecast. `opts`: a what-if's change and `save: false` (workers/estimator/estimator-service.ts).
 */
export async function estimateStream(
  deps: Deps,
  streamId: string,
  opts: { save?: boolean; whatIf?: WhatIf } = {},
): Promise<Estimate | null> {
  const [settings, drops] = await Promise.all([deps.loadSettings(), plannedDrops(streamId)]);
  return deps.estimator.estimate(streamId, settings, deps.now(), { ...opts, drops });
}

type Publishing = Deps & {
  publish: (estimate: Estimate, tabId: number | undefined) => void;
  tabOfStream: ReadonlyMap<string, number>;
};

/** A fresh, stored estimate of the stream, sent to every face (popup, side panel, badge, overlay) and returned. */
export async function estimateAndPublish(ctx: Publishing, streamId: string): Promise<Result<Estimate | null>> {
  try {
    const estimate = await estimateStream(ctx, streamId);
    if (estimate) ctx.publish(estimate, ctx.tabOfStream.get(streamId));
    return ok(estimate);
  } catch (error) {
    return failFrom('estimator-failed', error);
  }
}
