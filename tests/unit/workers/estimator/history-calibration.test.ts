import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../core/settings/settings';
import { RadarDb } from '../../../../storage/db';
import { upsertOrders } from '../../../../storage/history-store';
import { storeSnapshots } from '../../../../storage/snapshot-store';
import { EstimatorService } from '../../../../workers/estimator/estimator-service';
import { sh, snap } from '../../helpers';
import { asExport, warehouse } from '../../warehouse-history';

/**
 * The settings say 4 packers × 25 an hour; the stored history says the team really packs half that:
 * 4 × 12.5 = 50 an hour, 0.83 a minute (14 days of 400 orders a day from 2 Nov, RTS times).
 */
async function shop(name: string) {
  const db = new RadarDb(`${name}-${Math.random()}`);
  await upsertOrders(db, asExport(warehouse({ days: 14, ordersPerDay: 400, packPerMinute: 50 / 60, limit: 5000 })), {
    source: 'orders.csv',
  });
  // A morning stream on Wednesday 25 Nov at 09:00: 600 orders in its first two minutes.
  const t = sh('2026-11-25', '09:00');
  await storeSnapshots(db, [snap(0, t, 0), snap(1, t + 60_000, 300), snap(2, t + 120_000, 600)]);
  return { db, now: t + 120_000 };
}

describe('the estimator calibrates from the stored history', () => {
  it('measures the real packing speed and predicts with it, saying it was measured', { timeout: 60_000 }, async () => {
    const { db, now } = await shop('calibrated');
    const e = await new EstimatorService(db).estimate('demo:7301234567', defaultSettings, now);
    expect(e?.outlook?.assumptions.some((a) => a.startsWith('packing 12.5 orders per packer-hour, measured'))).toBe(
      true,
    );
    const off = structuredClone(defaultSettings);
    off.model.calibrate = false;
    const asTyped = await new EstimatorService(db).estimate('demo:7301234567', off, now);
    // As typed, 100 an hour pack the 600 by 15:00, gone at the 17:00 visit; at the measured 50 an hour
    // 450 are packed by 18:00 and the rest the next morning: cleared a day later.
    expect(e?.clearAt ?? 0).toBeGreaterThan(asTyped?.clearAt ?? Number.POSITIVE_INFINITY);
  });

  it('applies a what-if on top of the measured figures: two more packers still pack faster', {
    timeout: 60_000,
  }, async () => {
    const { db, now } = await shop('what-if');
    const service = new EstimatorService(db);
    const plan = await service.estimate('demo:7301234567', defaultSettings, now);
    const more = await service.estimate('demo:7301234567', defaultSettings, now, {
      save: false,
      whatIf: { packers: 2, extraPickups: 0 },
    });
    // 6 packers at the measured 12.5 = 75 an hour: 600 packed by 17:00 and gone that day, not the next.
    expect(more?.clearAt ?? Number.POSITIVE_INFINITY).toBeLessThan(plan?.clearAt ?? 0);
  });
});

describe('an estimate of a stream that is over', () => {
  it('is made as of six hours after its last reading, however late it is asked', { timeout: 60_000 }, async () => {
    const { db, now } = await shop('over');
    // Asked 20 days after the stream's last reading (09:02): estimated as of 15:02 that day.
    const e = await new EstimatorService(db).estimate('demo:7301234567', defaultSettings, now + 20 * 86_400_000);
    expect(e?.at).toBe(now + 6 * 3_600_000);
  });
});

describe('the forecast’s half-life from past streams', () => {
  it('is measured on the drops of the streams that are over, and said so', { timeout: 60_000 }, async () => {
    const { db, now } = await shop('decay');
    // Two past evening streams (10 and 14 Nov) with a drop every 40 minutes fading with a 6-minute half-life.
    for (const day of ['2026-11-10', '2026-11-14']) {
      const t0 = sh(day, '20:00');
      let total = 0;
      const snaps = [snap(0, t0, 0, `past-${day}`)];
      for (let m = 1; m <= 180; m++) {
        total += 2 + (m >= 10 ? Math.round(60 * 2 ** (-((m - 10) % 40) / 6)) : 0);
        snaps.push(snap(m, t0 + m * 60_000, total, `past-${day}`));
      }
      await storeSnapshots(db, snaps);
    }
    const e = await new EstimatorService(db).estimate('demo:7301234567', defaultSettings, now);
    // Eight full drops, each at half its five-minute peak about 7 minutes later (fit-decay.test.ts).
    expect(e?.outlook?.assumptions).toContain(
      'orders fade with a 7-minute half-life after now, measured on 8 drops of your past streams',
    );
  });
});
