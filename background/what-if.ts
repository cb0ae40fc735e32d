import { applyWhatIf, type WhatIf } from '../core/faces/what-if';
import { failFrom, ok, type Result } from '../core/lib/result';
import type { Estimate } from '../core/outlook/estimate';
import type { Settings } from '../core/settings/settings';
import type { EstimatorApi } from '../workers/estimator/estimator-service';

/**
 * The popup's what-if: the stream's estimate on a changed copy of the settings, at once. The settings
 * stay as saved. The estimator keeps the last estimate it ran for the report, so the caller re-runs
 * the real one afterwards (`restore`), which also puts the real figures back on every face.
 */
export async function runWhatIf(
  deps: { estimator: EstimatorApi; loadSettings: () => Promise<Settings>; now: () => number },
  streamId: string,
  change: WhatIf,
  restore: (streamId: string) => void,
): Promise<Result<Estimate | null>> {
  try {
    const settings = applyWhatIf(await deps.loadSettings(), change);
    return ok(await deps.estimator.estimate(streamId, settings, deps.now()));
  } catch (error) {
    return failFrom('estimator-failed', error);
  } finally {
    restore(streamId);
  }
}
