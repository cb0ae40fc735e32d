import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../../../../core/records/orders';
import { replay } from '../../../../core/report/replay';
import { scorecardFor } from '../../../../core/scorecards';
import { settingsWith, sh } from '../../helpers';

/**
 * The replay starts from the file's own state at the moment, not from an empty warehouse at the oldest
 * open order. A deterministic warehouse (no spread, no misses, no cancellations): 4 packers × 25 an hour
 * 09:00–18:00 Shanghai, one carrier visit a day at 17:00 taking 400, a 48 h promise.
 */
const settings = settingsWith((s) => {
  s.stages.ship.pickups = [{ time: '17:00', maxParcels: 400 }];
  s.model = { ...s.model, packerSpeedSpread: 0, pickupMissRate: 0, pickupMissRateSpread: 0 };
  s.model = { ...s.model, buyerCancelRate: 0, buyerCancelRateSpread: 0, calibrate: false };
});
const card = scorecardFor('douyin-2026-07');
const at = sh('2026-11-25', '09:00'); // Wednesday

/** 800 orders paid Tuesday 09:00 (due Thursday 09:00); `shippedBefore` of them picked up Tuesday 17:00. */
function file(shippedBefore: number, rts: number) {
  return ordersFromRows(
    Array.from({ length: 800 }, (_, k) => ({
      paidAt: sh('2026-11-24', '09:00'),
      ...(k < shippedBefore ? { rtsAt: sh('2026-11-24', '15:00'), shippedAt: sh('2026-11-24', '17:00') } : {}),
      ...(k >= shippedBefore && k < shippedBefore + rts ? { rtsAt: sh('2026-11-24', '18:00') } : {}),
    })),
  );
}

describe('the replay starts from the state the file shows at the moment', () => {
  it('keeps an old backlog that was still open: the carrier’s limit makes half of it late', () => {
    // All 800 still open on Wednesday 09:00: Wednesday 17:00 takes 400, Thursday 17:00 the other 400,
    // after their Thursday 09:00 deadline → 400 late. (An empty warehouse from Tuesday 09:00 would have
    // shipped 400 on Tuesday and 400 on Wednesday: none late.)
    const r = replay(file(0, 0), settings, card, at, 1);
    expect(r.lateDispatch.window.orders).toBe(800);
    expect(r.lateDispatch.predicted.p50).toBe(400);
    expect(r.backlog).toEqual({ receipt: 0, pickPack: 800, shipTransport: 0, delivery: 0 });
  });

  it('takes what was shipped before the moment as known, and the RTS-marked orders as packed', () => {
    // 400 left on Tuesday (on time, known); the other 400 are open, 300 of them marked RTS: packed already.
    // Wednesday 17:00 takes the 400 open ones → none late.
    const r = replay(file(400, 300), settings, card, at, 1);
    expect(r.lateDispatch.window.orders).toBe(400);
    expect(r.backlog).toEqual({ receipt: 0, pickPack: 100, shipTransport: 300, delivery: 0 });
    expect(r.lateDispatch.predicted).toEqual({ p10: 0, p50: 0, p90: 0 });
  });
});

describe('the observed start with batch receipt', () => {
  it('keeps the orders already packed though no batch has been received since the moment', () => {
    // Receipt every 60 minutes; one visit at 09:30 taking 400; packing 12:00–18:00. At Wednesday 09:00, 400
    // orders of Tuesday 09:00 are open, 300 of them marked RTS: the 09:30 visit takes those 300; the other 100
    // are packed after 12:00 and leave Thursday 09:30, after their Thursday 09:00 deadline → 100 late.
    const batch = settingsWith((s) => {
      s.stages.receipt = { mode: 'batch', everyMinutes: 60 };
      s.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '12:00', end: '18:00', packers: 4 }];
      s.stages.ship.pickups = [{ time: '09:30', maxParcels: 400 }];
      s.model = { ...settings.model };
    });
    const r = replay(file(400, 300), batch, card, at, 1);
    expect(r.lateDispatch.predicted.p50).toBe(100);
  });
});
