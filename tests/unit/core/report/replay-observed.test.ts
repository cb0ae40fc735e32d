import { describe, expect, it } from 'vitest';
import { type OrderRow, ordersFromRows } from '../../../../core/records/orders';
import { replay } from '../../../../core/report/replay';
import { scorecardFor } from '../../../../core/scorecards';
import type { Settings } from '../../../../core/settings/settings';
import { settingsWith, sh } from '../../helpers';

/**
 * The replay from the warehouse's own counts (issue #15). A deterministic warehouse, hand-made so every figure
 * can be followed: 2 packers × 30 an hour 09:00–18:00 Shanghai (one order a minute), no speed spread, no
 * missed visit, no cancellation, a 48 h promise (the default settings'), the Douyin card. 800 orders paid
 * Wednesday 25 Nov 09:00 are due Friday 27 Nov 09:00.
 */
const card = scorecardFor('douyin-2026-07');
function exact(pickups: Settings['stages']['ship']['pickups']): Settings {
  return settingsWith((s) => {
    s.stages.pickPack = {
      ordersPerPackerHour: 30,
      shifts: [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 2 }],
    };
    s.stages.ship.pickups = pickups;
    s.model = { ...s.model, packerSpeedSpread: 0, pickupMissRate: 0, pickupMissRateSpread: 0 };
    s.model = { ...s.model, buyerCancelRate: 0, buyerCancelRateSpread: 0, calibrate: false };
  });
}
const paid = sh('2026-11-25', '09:00');
/** 800 orders paid Wednesday 09:00 and picked up as `shipped` says, oldest first: [count, when]; no RTS times (as 抖店's export). */
function file(shipped: [number, number][]): OrderRow[] {
  const when = shipped.flatMap(([n, t]) => Array.from({ length: n }, () => t));
  return Array.from({ length: 800 }, (_, k) => ({ paidAt: paid, ...(when[k] ? { shippedAt: when[k] } : {}) }));
}

describe('one reading at the moment: an export without RTS times gets its packed orders from it', () => {
  // One visit a day at 11:00 taking 400. At Thursday 09:00 the warehouse shows 500 waiting to be packed and
  // 300 packed. What really happened: Thursday 11:00 took 400, Friday 11:00 the other 400.
  const settings = exact([{ time: '11:00', maxParcels: 400 }]);
  const at = sh('2026-11-26', '09:00');
  const rows = file([
    [400, sh('2026-11-26', '11:00')],
    [400, sh('2026-11-27', '11:00')],
  ]);
  const observed = [{ at, pickPack: 500, shipTransport: 300 }];

  it('predicts the file’s own truth: 400 late', () => {
    // Thursday 09:00–11:00 packs 120 (one a minute): 300 + 120 = 420 packed at 11:00, the visit takes 400,
    // on time. The other 400 are packed by 15:20 and leave Friday 11:00, after their Friday 09:00
    // deadline: 400 late. The file says the same: 400 picked up Friday 11:00.
    const r = replay(ordersFromRows(rows), settings, card, at, 1, { observed });
    expect(r.lateDispatch.actual).toBe(400);
    expect(r.lateDispatch.predicted).toEqual({ p10: 400, p50: 400, p90: 400 });
    expect(r.backlog).toEqual({ receipt: 0, pickPack: 500, shipTransport: 300, delivery: 0 });
    expect(r.observed).toEqual({
      at: new Date(at).toISOString(),
      pickPack: 500,
      shipTransport: 300,
      inferred: { pickPack: 800, shipTransport: 0 },
      speedRatio: null,
    });
  });

  it('without it, the file alone says nothing is packed: 680 late', () => {
    // 800 to pack from Thursday 09:00: 120 packed by 11:00, taken; Friday 11:00 takes 400 of the 540
    // packed since (Thursday 11:00–18:00 and Friday 09:00–11:00), Saturday 11:00 the last 280: 400 + 280 = 680 late.
    const r = replay(ordersFromRows(rows), settings, card, at, 1);
    expect(r.lateDispatch.predicted.p50).toBe(680);
    expect(r.backlog).toEqual({ receipt: 0, pickPack: 800, shipTransport: 0, delivery: 0 });
    expect(r.observed).toBeUndefined();
  });
});

describe('re-anchoring conserves orders', () => {
  const settings = exact([{ time: '11:00', maxParcels: 400 }]);
  const at = sh('2026-11-26', '09:00');
  const rows = file([[200, sh('2026-11-25', '17:00')]]); // 200 left on Wednesday, 600 open in the file
  const simulated = (pickPack: number, shipTransport: number) =>
    replay(ordersFromRows(rows), settings, card, at, 1, { observed: [{ at, pickPack, shipTransport }] });

  it('simulates exactly the observed open orders, fewer than the file’s', () => {
    // 450 + 100 = 550 open: the 50 oldest of the file's 600 count as gone.
    const r = simulated(450, 100);
    expect(r.lateDispatch.window.orders).toBe(550);
    expect(r.backlog).toEqual({ receipt: 0, pickPack: 450, shipTransport: 100, delivery: 0 });
    expect(r.observed?.inferred).toEqual({ pickPack: 600, shipTransport: 0 });
  });

  it('and more than all the 800 paid: the extra 100 are older orders', () => {
    const r = simulated(700, 200);
    expect(r.lateDispatch.window.orders).toBe(900);
  });
});

describe('readings before the moment measure the packing speed', () => {
  // One visit a day at 17:00 taking 1,000; the packers really pack 30 an hour, half the settings' 60. The
  // counts: Thursday 09:00 800 waiting; 10:00 770 waiting, 30 packed; 11:00 (the moment) 740 and 60.
  const settings = exact([{ time: '17:00', maxParcels: 1000 }]);
  const at = sh('2026-11-26', '11:00');
  const day = (d: number) => sh(`2026-11-${d}`, '17:00');
  // At half a minute's pace: Thursday 17:00 takes 60 + 6 h × 30 = 240; each later 17:00 takes what was packed
  // since (18:00 the day before + 09:00–17:00: 9 h × 30 = 270), so Friday 270, Saturday 270, Sunday the last 20.
  const rows = file([
    [240, day(26)],
    [270, day(27)],
    [270, day(28)],
    [20, day(29)],
  ]);
  const observed = [
    { at: sh('2026-11-26', '09:00'), pickPack: 800, shipTransport: 0 },
    { at: sh('2026-11-26', '10:00'), pickPack: 770, shipTransport: 30 },
    { at, pickPack: 740, shipTransport: 60 },
  ];

  it('runs at the measured 50 % and predicts the truth: 560 late', () => {
    // 800 − 740 = 60 packed in the 120 minutes the settings would pack 120: 50 %. Everything after
    // Thursday's 240 leaves after its Friday 09:00 deadline: 800 − 240 = 560 late, as in the file. A reading
    // stands for the end of its minute (as live), so the run packs from 11:01: half an order less by 17:00,
    // 239 leave Thursday and the prediction is 561, one order on the cautious side.
    const r = replay(ordersFromRows(rows), settings, card, at, 1, { observed });
    expect(r.observed?.speedRatio).toBe(0.5);
    expect(r.lateDispatch.actual).toBe(560);
    expect(r.lateDispatch.predicted).toEqual({ p10: 561, p50: 561, p90: 561 });
    expect(r.assumptions).toContain(
      "packing speed from the warehouse's counts: 50 % of the settings over 120 min (n = 3 readings)",
    );
  });

  it('from the last reading alone, at the settings’ speed: 380 late', () => {
    // At the settings' 60 an hour: 60 + 6 h × 60 = 420 leave Thursday 17:00, less the minute 11:00 (the reading
    // stands for its end): 419, the other 381 later, late.
    const r = replay(ordersFromRows(rows), settings, card, at, 1, { observed: observed.slice(2) });
    expect(r.observed?.speedRatio).toBeNull();
    expect(r.lateDispatch.predicted.p50).toBe(381);
  });
});
