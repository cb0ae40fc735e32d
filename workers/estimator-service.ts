import { computeEstimate, type Estimate } from '../core/estimate';
import type { Settings } from '../core/settings';
import type { Snapshot } from '../core/snapshot';
import type { RadarDb } from './db';
import { snapshotsAfter } from './snapshot-store';

/**
 * The estimator as the worker runs it: reads a stream's snapshots from IndexedDB (only the new ones
 * after the first call), runs the core model, and keeps the latest estimate in the database for the
 * report. Plain class, so Node tests drive it on fake-indexeddb without a worker.
 */
export class EstimatorService {
  private cache = new Map<string, Snapshot[]>();

  constructor(private readonly db: RadarDb) {}

  async estimate(streamId: string, settings: Settings, now: number): Promise<Estimate | null> {
    const snapshots = await this.snapshots(streamId);
    if (!snapshots.some((s) => s.at <= now)) return null;
    const estimate = computeEstimate(snapshots, settings, now);
    await this.db.estimates.put(estimate);
    return estimate;
  }

  private async snapshots(streamId: string): Promise<Snapshot[]> {
    const known = this.cache.get(streamId) ?? [];
    const lastSeq = known.length ? known[known.length - 1].seq : -1;
    const fresh = await snapshotsAfter(this.db, streamId, lastSeq);
    const all = fresh.length ? known.concat(fresh) : known;
    this.cache.set(streamId, all);
    return all;
  }
}

export type EstimatorApi = Pick<EstimatorService, 'estimate'>;
