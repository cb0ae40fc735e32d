import { computeEstimate } from '../../../../core/outlook/estimate';
import { defaultSettings } from '../../../../core/settings/settings';
import type { RadarDb } from '../../../../storage/db';
import { upsertOrders } from '../../../../storage/history-store';
import { saveStreamReport } from '../../../../storage/report-store';
import { recordSettingsVersion } from '../../../../storage/settings-history';
import { storeSnapshots } from '../../../../storage/snapshot-store';
import { snap } from '../../helpers';
import { exportOf } from '../history/helpers';

export const at = (iso: string) => Date.parse(iso);
/** Order ids shaped like Douyin's 19 digits. */
export const orderId = (n: number) => `69170000000000${String(n).padStart(5, '0')}`;

/**
 * Two streams, each with 3 readings, 2 feed order ids, an estimate and a final report; 3 import records
 * with 3 orders; 3 settings versions — every table written through its own store, at the given instants.
 */
export async function fillTwoStreams(
  db: RadarDb,
  t: { old: number; recent: number; imports: number[]; settings: number[]; paid: number[] },
): Promise<void> {
  for (const [streamId, start] of [
    ['demo:old', t.old],
    ['demo:recent', t.recent],
  ] as const) {
    const readings = [
      snap(0, start, 10, streamId),
      snap(1, start + 60_000, 20, streamId),
      snap(2, start + 120_000, 30, streamId),
    ];
    await storeSnapshots(db, readings, [{ seq: 1, orderIds: [`${streamId.length}001`, `${streamId.length}002`] }]);
    const estimate = computeEstimate(readings, defaultSettings, start + 120_000);
    await db.estimates.put(estimate);
    await saveStreamReport(db, { streamId, createdAt: start + 3_600_000, estimate, actuals: null });
  }
  for (const [k, imported] of t.imports.entries()) {
    const x = exportOf([{ id: orderId(k), paidAt: t.paid[k], carrier: 'SF Express', region: '浙江省' }]);
    await upsertOrders(db, x, { source: `export-${k}.csv`, at: imported });
  }
  for (const [k, savedAt] of t.settings.entries()) {
    await recordSettingsVersion(db, { ...defaultSettings, retentionDays: 120 + k }, savedAt);
  }
}
