import { describe, expect, it } from 'vitest';
import { applyCalibration, calibrate } from '../../../../core/model/calibration';
import { CancelledBy, ordersFromRows } from '../../../../core/records/orders';
import { settingsWith } from '../../helpers';
import { warehouse } from '../../warehouse-history';

describe('calibration fits capacity, not demand', () => {
  it('recovers the real packing speed from RTS times while a backlog waits, whatever the settings say', () => {
    // 4 packers really pack 30 an hour (2 a minute for the team); the settings say 25. Demand 1,500 a day
    // against 4 × 9 h × 30 = 1,080 a day: the backlog never empties during shifts.
    const s = settingsWith();
    const c = calibrate(ordersFromRows(warehouse({ days: 14, ordersPerDay: 1500, packPerMinute: 2, limit: 5000 })), s);
    expect(c.packing?.from).toBe('rts');
    // Every shift hour of the 14 days is busy but the first morning's: 2 orders a minute over 4 packers = 30.
    expect(c.packing?.ordersPerPackerHour).toBeCloseTo(30, 0);
    expect(c.packing?.days).toBeGreaterThanOrEqual(13);
    // The same speed every day: the spread is at its floor of 3 %.
    expect(c.packing?.spread).toBe(0.03);
    expect(applyCalibration(s, c).stages.pickPack.ordersPerPackerHour).toBeCloseTo(30, 0);
  });

  it('reads a carrier-limited history as the carrier’s limit, not as slow packing (no RTS times)', () => {
    // The team could pack 60 an hour (4/min); the carrier takes 300 a visit; 1,000 orders a day arrive.
    // Scans alone: 600 a day, which the old fit read as 600 / 36 packer-hours = 16.7 an hour.
    const s = settingsWith((x) => {
      x.stages.pickPack.ordersPerPackerHour = 60;
    });
    const rows = warehouse({ days: 14, ordersPerDay: 1000, packPerMinute: 4, limit: 300, rts: false });
    const c = calibrate(ordersFromRows(rows), s);
    // Every visit after the first morning left parcels behind and took exactly 300: the limit.
    expect(c.pickups?.map((p) => [p.time, p.maxParcels, p.limit.from])).toEqual([
      ['11:00', 300, 'full-visits'],
      ['17:00', 300, 'full-visits'],
    ]);
    // No visit had room to spare, so nothing tells the packing speed: it stays as set.
    expect(c.packing).toBeNull();
    expect(applyCalibration(s, c).stages.pickPack.ordersPerPackerHour).toBe(60);
  });

  it('measures the share of scheduled visits that never came while parcels waited', () => {
    // 20 days × 2 visits = 40 scheduled, all with packed parcels waiting; 4 missed → 4 / 40 = 10 %.
    const missed = ['3@17:00', '9@17:00', '12@11:00', '15@17:00'];
    const rows = warehouse({ days: 20, ordersPerDay: 900, packPerMinute: 2, limit: 5000, missed });
    const c = calibrate(ordersFromRows(rows), settingsWith());
    expect(c.pickupMissRate).toEqual({ value: 0.1, missed: 4, n: 40 });
    const fitted = applyCalibration(settingsWith(), c);
    // The Monte Carlo draws (4 + 1) / (40 + 2) = 0.119 (the rule of succession), spread √(0.119 × 0.881 / 42) = 0.05.
    expect(fitted.model.pickupMissRate).toBe(0.119);
    expect(fitted.model.pickupMissRateSpread).toBe(0.05);
  });

  it('keeps the limit the seller set when no visit was ever full (the largest visit if that is larger)', () => {
    const rows = warehouse({ days: 10, ordersPerDay: 500, packPerMinute: 4, limit: 5000 });
    const c = calibrate(ordersFromRows(rows), settingsWith());
    // Every visit took everything packed: limits are "largest visit" at least the set 400.
    expect(c.pickups?.every((p) => p.limit.from === 'largest-visit' && p.maxParcels >= 400)).toBe(true);
  });

  it('says "not enough data" below 30 scans, and leaves the settings alone when calibration is off', () => {
    const few = calibrate(
      ordersFromRows(warehouse({ days: 1, ordersPerDay: 20, packPerMinute: 2, limit: 400 })),
      settingsWith(),
    );
    expect(few.pickups).toBeNull();
    expect(few.packing).toBeNull();
    expect(few.transitHours).toBeNull();
    const off = settingsWith((x) => {
      x.model.calibrate = false;
    });
    const c = calibrate(
      ordersFromRows(warehouse({ days: 14, ordersPerDay: 1500, packPerMinute: 2, limit: 5000 })),
      off,
    );
    expect(applyCalibration(off, c)).toBe(off);
  });

  it('fits transit times from pickup to delivery', () => {
    const rows = warehouse({ days: 7, ordersPerDay: 200, packPerMinute: 2, limit: 5000 }).map((r, i) =>
      r.shippedAt ? { ...r, deliveredAt: r.shippedAt + (40 + (i % 20)) * 3_600_000 } : r,
    );
    const c = calibrate(ordersFromRows(rows), settingsWith());
    // Transit 40…59 h evenly: P50 49 h, P90 57 h.
    expect(c.transitHours?.p50).toBe(49);
    expect(c.transitHours?.p90).toBe(57);
  });
});

describe('calibration without RTS times, where a slow team looks like a carrier limit', () => {
  it('does not read a slow team as carrier limits below the seller’s own (sizes follow the packer-hours)', () => {
    // A team of 4 really packs 30 an hour, 2 a minute, far behind 1,500 orders a day; the carrier would take
    // 5,000. Every visit leaves orders behind: 11:00 takes the 3 packer-hours since 17:00 (17–18, 9–11) × 4
    // × 30 = 360, 17:00 the 6 h since 11:00 = 720. Sizes in proportion to hours: packing, not a limit.
    const rows = warehouse({ days: 14, ordersPerDay: 1500, packPerMinute: 2, limit: 5000, rts: false });
    const c = calibrate(ordersFromRows(rows), settingsWith());
    expect(c.pickups?.map((p) => [p.time, p.limit.from])).toEqual([
      ['11:00', 'largest-visit'],
      ['17:00', 'largest-visit'],
    ]);
    // Never below the set 400.
    expect(c.pickups?.every((p) => p.maxParcels >= 400)).toBe(true);
  });

  it('leaves out orders closed at a time the export does not give (a Douyin 已关闭 order)', () => {
    // Every 20th order closed by its buyer with no time: without the fix they sat in the backlog forever and
    // the busy hours read 21 an hour. The team packs 60 an hour (4 a minute for 4 packers).
    const rows = warehouse({ days: 21, ordersPerDay: 800, packPerMinute: 4, limit: 5000 }).map((r, i) =>
      i % 20 === 0 ? { paidAt: r.paidAt, cancelledBy: CancelledBy.buyer } : r,
    );
    const c = calibrate(ordersFromRows(rows), settingsWith());
    // 19 of 20 orders keep their RTS marks: 60 × 19/20 = 57 an hour at the least.
    expect(c.packing?.ordersPerPackerHour).toBeGreaterThanOrEqual(57);
    expect(c.packing?.ordersPerPackerHour).toBeLessThanOrEqual(60.5);
  });
});
