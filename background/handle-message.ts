import type { ParsedMessage } from '../core/contract';
import { overlayView } from '../core/faces/overlay-view';
import { failFrom, ok, type Result } from '../core/lib/result';
import { HOUR } from '../core/lib/time';
import type { Estimate } from '../core/outlook/estimate';
import { streamActuals } from '../core/report/stream-actuals';
import type { StreamSummary } from '../core/report/stream-summary';
import { cardFor } from '../core/scorecards';
import type { Settings } from '../core/settings/settings';
import type { Sender } from '../runtime/messaging';
import type { RadarDb } from '../storage/db';
import { loadHistory } from '../storage/history-store';
import { storeManualCount, storeSnapshots, streamHead } from '../storage/snapshot-store';
import type { EstimatorApi } from '../workers/estimator/estimator-service';
import { createEstimateScheduler } from './estimate-scheduler';
import { keepFinalReports } from './final-reports';
import { loadHistoryInsights } from './history-insights';
import { loadStreamDetail } from './stream-detail';
import { runWhatIf } from './what-if';

export type BackgroundDeps = {
  db: RadarDb;
  estimator: EstimatorApi;
  loadSettings: () => Promise<Settings>;
  saveSettings: (settings: Settings) => Promise<void>;
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
        return storage(() => streamHead(deps.db, msg.payload.streamId));
      case 'manual-count': {
        const { streamId, paidOrders, at } = msg.payload;
        const stored = await storage(() => storeManualCount(deps.db, streamId, at ?? deps.now(), paidOrders));
        if (stored.ok) void schedule(streamId);
        return stored;
      }
      case 'capture-config': {
        const { capture } = await deps.loadSettings();
        return ok({
          disabled: capture.disabledAdapters.includes(msg.payload.adapter),
          bindings: capture.bindings.filter((b) => b.origin === msg.payload.origin),
        });
      }
      case 'save-binding': {
        const settings = await deps.loadSettings();
        const { binding } = msg.payload;
        // One picked number per site: a new pick replaces the old one.
        const same = settings.capture.bindings.find((b) => b.origin === binding.origin);
        // The same pick again (only its time differs) writes nothing, so repeats cannot churn the settings.
        if (same && JSON.stringify({ ...same, pickedAt: 0 }) === JSON.stringify({ ...binding, pickedAt: 0 })) {
          return ok({ saved: settings.capture.bindings.length });
        }
        const bindings = [...settings.capture.bindings.filter((b) => b.origin !== binding.origin), binding];
        await deps.saveSettings({ ...settings, capture: { ...settings.capture, bindings } });
        return ok({ saved: bindings.length });
      }
      case 'get-estimate': {
        const streamId = msg.payload.streamId ?? (await deps.db.streams.orderBy('lastAt').last())?.streamId;
        if (!streamId) return ok(null);
        // The popup must show figures at once: the stored latest estimate answers now, and a fresh one
        // (model and outlook in the worker, tens of ms) follows as a push to every open page.
        const stored = await deps.db.estimates.get(streamId).catch(() => undefined);
        if (stored) {
          void schedule(streamId);
          return ok(stored);
        }
        try {
          return ok(await deps.estimator.estimate(streamId, await deps.loadSettings(), deps.now()));
        } catch (error) {
          return failFrom('estimator-failed', error);
        }
      }
      case 'get-overlay': {
        // Not remembered as the stream's tab: a standby tab asks too, the capturing one is the one sending.
        const { streamId } = msg.payload;
        try {
          const estimate = await deps.estimator.estimate(streamId, await deps.loadSettings(), deps.now());
          return ok(estimate && overlayView(estimate));
        } catch (error) {
          return failFrom('estimator-failed', error);
        }
      }
      case 'list-streams': {
        const settings = await deps.loadSettings();
        return storage(() => listStreams(deps.db, settings, deps.now()));
      }
      case 'history-insights': {
        const settings = await deps.loadSettings();
        return storage(() => loadHistoryInsights(deps.db, settings, deps.now()));
      }
      case 'stream-detail': {
        const settings = await deps.loadSettings();
        return storage(() => loadStreamDetail(deps.db, msg.payload.streamId, settings, deps.now()));
      }
      case 'what-if': {
        const { streamId, ...change } = msg.payload;
        return runWhatIf(deps, streamId, change, (id) => void schedule(id));
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
  // A report the list cannot keep is no reason to withhold the list.
  await keepFinalReports(db, summaries, now).catch((e) => console.warn('LES Radar: final reports', e));
  return summaries;
}
