import { DAY } from '../../core/lib/time';
import { type Calibration, calibrate } from '../../core/model/calibration';
import type { Settings } from '../../core/settings/settings';
import type { RadarDb } from '../../storage/db';
import { loadHistory } from '../../storage/history-store';

/**
 * The warehouse's figures fitted from the stored history (core/model/calibration.ts), for the estimator.
 * Fitted against the seller's saved settings — never a what-if's copy, whose extra packers would otherwise
 * be divided out of the measured speed — and kept until an import changes the store, the saved settings
 * change, or a day passes.
 */
/** The history a fit reads: two months hold enough busy hours and carrier visits, and stay current. */
export const CALIBRATION_DAYS = 60;

export class HistoryCalibration {
  private cached: { key: string; calibration: Calibration } | null = null;

  constructor(private readonly db: RadarDb) {}

  async at(saved: Settings, now: number): Promise<Calibration> {
    const lastImport = await this.db.imports.orderBy('at').last();
    const chunks = await this.db.orderChunks.count();
    const key = JSON.stringify([
      saved.timezone,
      saved.stages,
      saved.calendar,
      lastImport?.id ?? 0,
      chunks,
      Math.floor(now / DAY),
    ]);
    if (this.cached?.key === key) return this.cached.calibration;
    const { orders } = await loadHistory(this.db, { from: now - CALIBRATION_DAYS * DAY, to: now });
    const calibration = calibrate(orders, saved);
    this.cached = { key, calibration };
    return calibration;
  }
}
