import type { WhatIf } from '../core/faces/what-if';
import { failFrom, ok, type Result } from '../core/lib/result';
import type { Estimate } from '../core/outlook/estimate';
import type { Settings } from '../core/settings/settings';
import type { EstimatorApi } from '../workers/estimator/estimator-service';
import { estimateStream } from './stream-estimate';

/**
 * The popup's what-if: the stream's estimate on a changed copy of the settings, at once. Nothing is
 * saved: the settings stay as saved, and the estimator is asked not to store this run, so the stored
 * estimate every other face reads (report, a popup opened meanwhile) stays the live one throughout.
 */
export async function runWhatIf(
  deps: { estimator: EstimatorApi; loadSettings: () => Promise<Settings>; now: () => number },
  streamId: string,
  change: WhatIf,
): Promise<Result<Estimate | null>> {
  try {
    // The estimator applies the change on top of the history's measured figures (it must see the saved settings),
    // with the stream's run-of-show as the live figures have it.
    return ok(await estimateStream(deps, streamId, { save: false, whatIf: change }));
  } catch (error) {
    return failFrom('estimator-failed', error);
  }
}
