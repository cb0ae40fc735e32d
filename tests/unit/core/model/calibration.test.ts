import { describe, expect, it } from 'vitest';
import { applyCalibration, calibrate } from '../../../../core/model/calibration';
import { type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { settingsWith, sh } from '../../helpers';

/** 14 days (from Mon 2026-11-02) of a shop whose carrier really comes at 10:30 and 18:00, Shanghai time. */
function history(): OrderRow[] {
  const rows: OrderRow[] = [];
  for (let d = 0; d < 14; d++) {
    const date = `2026-11-${String(2 + d).padStart(2, '0')}`;
    // 120 parcels at the 10:30 pickup (scanned 10:30–10:44) and 80 at 18:00, every day.
    for (let k = 0; k < 120; k++) {
      const shipped = sh(date, '10:30') + (k % 15) * 60_000;
      rows.push({
        paidAt: shipped - 20 * 3600_000,
        shippedAt: shipped,
        deliveredAt: shipped + (40 + (k % 20)) * 3600_000,
      });
    }
    for (let k = 0; k < 80; k++) {
      const shipped = sh(date, '18:00') + (k % 10) * 60_000;
      rows.push({ paidAt: shipped - 30 * 3600_000, shippedAt: shipped });
    }
  }
  return rows;
}

describe('calibration', () => {
  it('finds the real pickups, their size, the daily throughput and transit times, with their sample sizes', () => {
    const c = calibrate(ordersFromRows(history()), settingsWith());
    // 14 days × (120 + 80) = 2,800 scans; 10:30 holds 120/200 = 60 %, 18:00 holds 40 %.
    expect(c.pickups).toEqual([
      { time: '10:30', maxParcels: 120, share: 0.6, days: 14 },
      { time: '18:00', maxParcels: 80, share: 0.4, days: 14 },
    ]);
    // 200 scans every day → P90 200 over 14 days.
    expect(c.dailyThroughput).toEqual({ p90: 200, days: 14 });
    // The settings plan 4 packers × 9 h = 36 packer-hours a day → 200 / 36 = 5.6 orders per packer-hour.
    expect(c.ordersPerPackerHour).toEqual({ value: 5.6, days: 14 });
    // Transit 40…59 h on the 10:30 parcels (1,680 delivered): P50 of 40…59 evenly = 49 h, P90 = 57 h.
    expect(c.transitHours).toEqual({ p50: 49, p90: 57, orders: 1680 });
  });

  it("puts the fits with enough data in place of the seller's figures", () => {
    const s = settingsWith();
    const fitted = applyCalibration(s, calibrate(ordersFromRows(history()), s));
    expect(fitted.stages.ship.pickups).toEqual([
      { time: '10:30', maxParcels: 120 },
      { time: '18:00', maxParcels: 80 },
    ]);
    expect(fitted.stages.pickPack.ordersPerPackerHour).toBe(5.6);
    expect(fitted.stages.delivery.meanTransitHours).toBe(49);
    // What the history cannot tell stays as set.
    expect(fitted.stages.delivery.onTimeRate).toBe(s.stages.delivery.onTimeRate);
    expect(fitted.stages.pickPack.shifts).toEqual(s.stages.pickPack.shifts);
  });

  it('says "not enough data" below 30 orders', () => {
    const c = calibrate(ordersFromRows(history().slice(0, 20)), settingsWith());
    expect(c.pickups).toBeNull();
    expect(c.dailyThroughput).toBeNull();
    expect(c.transitHours).toBeNull();
  });
});
