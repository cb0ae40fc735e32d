import type { ParsedMessage } from '../core/contract';
import type { Estimate } from '../core/estimate';
import { failFrom, ok, type Result } from '../core/result';
import { cardFor } from '../core/scorecards';
import type { Settings } from '../core/settings';
import type { StreamSummary } from '../core/stream';
import { streamActuals } from '../core/stream-actuals';
import { HOUR } from '../core/time';
import type { RadarDb } from './db';
import { createEstimateScheduler } from './estimate-scheduler';
import type { EstimatorApi } from './estimator-service';
import { loadHistory } from './history-store';
import type { Sender } from './messaging';
import { lastSeq, storeSnapshots } from './snapshot-store';

export type BackgroundDeps = {
  db: RadarDb;
  estimator: EstimatorApi;
  loadSettings: () => Promise<Settings>;
  now: () => number;
  /** Sends a fresh estimate to the tab capturing the stream and to any open extension page. */
  publish: (estimate: Estimate, tabId: number | undefined) => void;
};

/**
 * What the background does with each validated message. A snapshot batch is acknowledged only after
 * its transaction commits; the estimate runs afterwards, so a slow model never delays an ack.
 */
export function createBackgroundHandler(deps: BackgroundDeps) {
  const tabOfStream = new Map<string, number>();
  const runEstimate = async (streamId: string) => {
    const estimate = await deps.estimator.estimate(streamId, await deps.loadSettings(), deps.now());
    if (estimate) deps.publish(estimate, tabOfStream.get(streamId));
  };
  const schedule = createEstimateScheduler(runEstimate);

  return async (msg: ParsedMessage<'background'>, sender: Sender): Promise<Result<unknown>> => {
    switch (msg.type) {
      case 'snapshots': {
        const ack = await storage(() => storeSnapshots(deps.db, msg.payload.snapshots));
        if (!ack.ok) return ack;
        const streamId = msg.payload.snapshots[0].streamId;
        if (sender.tab?.id !== undefined) tabOfStream.set(streamId, sender.tab.id);
        void schedule(streamId);
        return ack;
      }
      case 'stream-head':
        return storage(async () => ({ lastSeq: await lastSeq(deps.db, msg.payload.streamId) }));
      case 'get-estimate': {
        const streamId = msg.payload.streamId ?? (await deps.db.streams.orderBy('lastAt').last())?.streamId;
        if (!streamId) return ok(null);
        try {
          return ok(await deps.estimator.estimate(streamId, await deps.loadSettings(), deps.now()));
        } catch (error) {
          return failFrom('estimator-failed', error);
        }
      }
      case 'list-streams': {
        const settings = await deps.loadSettings();
        return storage(() => listStreams(deps.db, settings, deps.now()));
      }
    }
  };
}

async function storage<T>(read: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await read());
  } catch (error) {
    return failFrom('storage-failed', error);
  }
}

async function listStreams(db: RadarDb, settings: Settings, now: number): Promise<StreamSummary[]> {
  const rows = await db.streams.orderBy('lastAt').reverse().toArray();
  const estimates = await db.estimates.bulkGet(rows.map((r) => r.streamId));
  const card = cardFor(settings);
  const summaries: StreamSummary[] = [];
  for (const [i, { firstSeq: _first, lastSeq: _last, ...row }] of rows.entries()) {
    // Only the chunks paid around the stream are read (the store skips the others by their paid range).
    const history = await loadHistory(db, { from: row.firstAt - HOUR, to: row.lastAt + HOUR });
    const actual = history.orders.length ? streamActuals(history, row, settings, card, now) : null;
    summaries.push({ ...row, estimate: estimates[i] ?? null, actual });
  }
  return summaries;
}
