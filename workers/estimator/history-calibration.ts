import { DAY, HOUR } from '../../core/lib/time';
import { arrivalCurve } from '../../core/model/arrivals';
import { type Calibration, calibrate } from '../../core/model/calibration';
import { fitHalfLife } from '../../core/model/fit-decay';
import type { Settings } from '../../core/settings/settings';
import type { RadarDb } from '../../storage/db';
import { loadHistory } from '../../storage/history-store';
import { snapshotsAfter } from '../../storage/snapshot-store';

/**
 * The warehouse's figures fitted from the stored history (core/model/calibration.ts), for the estimator.
 * Fitted against the seller's saved settings — never a what-if's copy, whose extra packers would otherwise
 * be divided out of the measured speed — and kept until an import changes the store, the saved settings
 * change, or a day passes.
 */
/** The history a fit reads: two months hold enough busy hours and carrier visits, and stay current. */
export const CALIBRATION_DAYS = 60;
/** The past streams whose drops tell how fast this seller's bursts fade. */
export const PAST_STREAMS = 10;

export class HistoryCalibration {
  private cached: { key: string; calibration: Calibration } | null = null;

  constructor(private readonly db: RadarDb) {}

  async at(saved: Settings, now: number): Promise<Calibration> {
    const lastImport = await this.db.imports.orderBy('at').last();
    const chunks = await this.db.orderChunks.count();
    const streams = await this.db.streams.count();
    // A new stream counts too: the half-life is fitted from the streams that are over.
    const key = JSON.stringify([
      saved.timezone,
      saved.stages,
      saved.calendar,
      lastImport?.id ?? 0,
      chunks,
      streams,
      Math.floor(now / DAY),
    ]);
    if (this.cached?.key === key) return this.cached.calibration;
    const { orders } = await loadHistory(this.db, { from: now - CALIBRATION_DAYS * DAY, to: now });
    const calibration = { ...calibrate(orders, saved), forecastHalfLife: await this.pastDecay(now) };
    this.cached = { key, calibration };
    return calibration;
  }

  /** The half-life of the drops of the last PAST_STREAMS streams that are over (no reading for six hours). */
  private async pastDecay(now: number) {
    const ended = await this.db.streams
      .where('lastAt')
      .below(now - 6 * HOUR)
      .reverse()
      .limit(PAST_STREAMS)
      .toArray();
    const curves = await Promise.all(
      ended.map(async (s) => arrivalCurve(await snapshotsAfter(this.db, s.streamId, -1))),
    );
    return fitHalfLife(curves);
  }
}
