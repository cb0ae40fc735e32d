import { applyWhatIf, type WhatIf } from '../../core/faces/what-if';
import { MINUTE } from '../../core/lib/time';
import { applyCalibration, type Calibration } from '../../core/model/calibration';
import type { PlannedDrop } from '../../core/model/run-of-show';
import {
  computeEstimate,
  type Estimate,
  type ObservedStart,
  observedFor,
  situationOf,
} from '../../core/outlook/estimate';
import { outlook } from '../../core/outlook/outlook';
import type { Outlook } from '../../core/outlook/outlook-schema';
import type { Snapshot } from '../../core/records/snapshot';
import type { Settings } from '../../core/settings/settings';
import type { RadarDb } from '../../storage/db';
import { snapshotsAfter } from '../../storage/snapshot-store';
import { stageReadingsBetween } from '../../storage/stage-reading-store';
import { HistoryCalibration } from './history-calibration';
import { HistoryTallies } from './history-tally';

/**
 * The estimator as the worker runs it: reads a stream's snapshots from IndexedDB (only the new ones
 * after the first call), runs the core model, and keeps the latest estimate in the database for the
 * report. Plain class, so Node tests drive it on fake-indexeddb without a worker.
 */
/** The Monte Carlo takes tens of milliseconds: refresh it at most this often per stream. */
export const OUTLOOK_EVERY_MS = 5000;
/** No reading for this long: the stream is over, and later estimates are made as of this long after its last one. */
export const STREAM_OVER_MS = 6 * 3_600_000;
/** Stage readings this long before the stream's first snapshot still count: the watchdog looks back a whole day. */
const WATCH_BACK_MS = 24 * 60 * MINUTE;

export class EstimatorService {
  private cache = new Map<string, Snapshot[]>();
  private outlooks = new Map<string, { at: number; settings: string; orders: number; outlook: Outlook }>();

  private readonly history: HistoryTallies;
  private readonly calibration: HistoryCalibration;

  constructor(private readonly db: RadarDb) {
    this.history = new HistoryTallies(db);
    this.calibration = new HistoryCalibration(db);
  }

  /**
   * `save: false` (a what-if): the estimate is returned, and neither stored nor kept as the stream's
   * fresh outlook, so the live estimate the faces read stays exactly as it was.
   */
  async estimate(
    streamId: string,
    settings: Settings,
    clock: number,
    /** `drops`: the seller's run-of-show for this stream (core/model/run-of-show.ts), the forecast's prior. */
    opts: { save?: boolean; whatIf?: WhatIf; drops?: readonly PlannedDrop[] } = {},
  ): Promise<Estimate | null> {
    const save = opts.save ?? true;
    const snapshots = await this.snapshots(streamId);
    if (!snapshots.some((s) => s.at <= clock)) return null;
    // A stream with no reading for hours is over: it is estimated as it stood then, not simulated from its
    // start to days later (which outran the watchdog and blocked the live streams behind it).
    const lastAt = snapshots.reduce((t, s) => (s.at <= clock && s.at > t ? s.at : t), Number.NEGATIVE_INFINITY);
    const now = Math.min(clock, lastAt + STREAM_OVER_MS);
    // The saved settings with the history's measured figures in place, then the warehouse's own counts
    // (where a page shows them: the model starts from them, at the packers' speed they measure), then the
    // what-if on top, so "+2 packers" adds two packers at the measured speed.
    const calibration = await this.calibration.at(settings, now);
    const calibrated = applyCalibration(settings, calibration);
    const drops = opts.drops ?? [];
    const readings = await stageReadingsBetween(this.db, snapshots[0].at - WATCH_BACK_MS, clock);
    const seen = observedFor(snapshots, calibrated, now, readings);
    const used = opts.whatIf ? applyWhatIf(seen.settings, opts.whatIf) : seen.settings;
    const base = computeEstimate(snapshots, used, now, drops, { view: seen.view, readings, watchNow: clock });
    const outlook = await this.outlookOf(streamId, snapshots, used, now, base.streamOrders, save, calibration, {
      drops,
      observed: seen.view,
    });
    const estimate = { ...base, outlook };
    if (save) await this.db.estimates.put(estimate);
    return estimate;
  }

  /**
   * The score outlook, reused while it is fresh: younger than OUTLOOK_EVERY_MS, same settings, and the
   * stream has not grown by more than 5 % (a drop's burst must show at once, not five seconds later).
   */
  private async outlookOf(
    streamId: string,
    snapshots: Snapshot[],
    settings: Settings,
    now: number,
    orders: number,
    keep: boolean,
    calibration: Calibration,
    { drops, observed }: { drops: readonly PlannedDrop[]; observed: ObservedStart | null },
  ): Promise<Outlook> {
    const last = this.outlooks.get(streamId);
    // New counts from the warehouse are a new starting point: the outlook follows them at once.
    const start = observed && [observed.minute, observed.pickPack, observed.shipTransport];
    const key = JSON.stringify([settings, drops, start]);
    const fresh =
      last &&
      last.settings === key &&
      now >= last.at &&
      now - last.at < OUTLOOK_EVERY_MS &&
      Math.abs(orders - last.orders) <= 0.05 * last.orders;
    if (fresh) return last.outlook;
    // Seeded by the stream, so the same stream and settings give the same figures on every refresh.
    const sit = situationOf(snapshots, settings, now, drops, observed);
    const { tally, carriers } = await this.history.at(settings, now, sit.t0);
    const result = outlook(sit, settings, {
      seed: seedOf(streamId),
      history: tally,
      carriers,
      // A what-if (not kept) skips the five attribution scenarios: about half the time of a step (issue #17);
      // its figures come without the sentence on which stage holds the late orders.
      attribution: keep,
      calibration,
      countedSpeed: observed?.speed && {
        ratio: observed.speed.ratio,
        minutes: observed.speed.toMinute - observed.speed.fromMinute,
      },
    });
    if (keep) this.outlooks.set(streamId, { at: now, settings: key, orders, outlook: result });
    return result;
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

/** A stable 32-bit seed from a stream id (FNV-1a). */
function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
