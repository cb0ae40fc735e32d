import { describe, expect, it } from 'vitest';
import { streamFigures } from '../../../../core/faces/stream-figures';
import { computeEstimate, type Estimate } from '../../../../core/outlook/estimate';
import type { Outlook } from '../../../../core/outlook/outlook-schema';
import { settingsWith, sh, snap } from '../../helpers';

/** A hand-made estimate in the shape of core/outlook/estimate-schema.ts: 10:30 Shanghai, 1,000 orders. */
const t = sh('2026-11-25', '10:30');
const hour = (h: number, waiting: number) => ({
  at: t + h * 3600_000,
  receipt: 0,
  pickPack: waiting - 100,
  shipTransport: 100,
  delivery: 0,
});
const outlook: Outlook = {
  scorecard: 'douyin-2026-07',
  samples: 200,
  scoreNow: 91.4,
  stageNow: 'scored',
  historyOrders: 1200,
  score: { p10: 84, p50: 86.2, p90: 88 },
  // Known orders: 40 late in the median; with the forecast's orders: 120.4 → 120, P10 90, P90 150.
  lateDispatch: { known: { p10: 30, p50: 40, p90: 55 }, all: { p10: 90, p50: 120.4, p90: 150 } },
  flags: [{ id: 'ldr', label: 'Late dispatch rate above 5 %' }],
  mover: null,
  assumptions: [],
  attribution: null,
  actions: [],
};
const estimate: Estimate = {
  streamId: 'demo:7301',
  at: t,
  timeZone: 'Asia/Shanghai',
  paidOrders: 5000,
  streamOrders: 1000,
  ordersPerMinute: 12,
  peakOrdersPerMinute: 300,
  backlog: { receipt: 0, pickPack: 700, shipTransport: 100, delivery: 200 },
  unshipped: 800,
  peakUnshipped: 810,
  late: 25,
  atRisk: 25,
  atRiskByDeadline: [{ deadline: t + 3600_000, orders: 25 }],
  nextPickupAt: sh('2026-11-25', '17:00'),
  clearAt: sh('2026-11-26', '17:00'),
  earliestDeadline: t + 3600_000,
  status: 'red',
  // Hours 0, 6 and 24 only: the 48-hour point lies beyond this forecast.
  backlogForecast: Array.from({ length: 25 }, (_, h) => hour(h, 800 + 10 * h)),
  observed: null,
  missedPickup: null,
  outlook,
};

describe('the figures every face shows', () => {
  it('takes late predicted from the outlook’s median with P10–P90, and at risk from the plan’s run', () => {
    const f = streamFigures(estimate);
    // P50 120.4 rounds to 120 whole orders; the nominal run's 25 is not shown as late predicted.
    expect(f.late).toEqual({ value: 120, range: { p10: 90, p90: 150 }, basis: 'outlook' });
    expect(f.atRisk).toBe(25);
    expect(f.status).toBe('red');
    expect(f.streamOrders).toBe(1000);
    expect(f.ordersPerMinute).toBe(12);
    // Waiting to ship: 700 in pick & pack + 100 in ship & transport (delivery is shipped already).
    expect(f.unshipped).toBe(800);
    expect(f.backlog).toEqual({ receipt: 0, pickPack: 700, shipTransport: 100, delivery: 200 });
    // Waiting in 6 h: 800 + 10 × 6 = 860; in 24 h: 800 + 240 = 1,040; 48 h is beyond the forecast.
    expect(f.waitingIn).toEqual({ 6: 860, 24: 1040 });
    expect(f.nextPickupAt).toBe(sh('2026-11-25', '17:00'));
    expect(f.clearAt).toBe(sh('2026-11-26', '17:00'));
    expect(f.score).toEqual({
      scorecard: 'douyin-2026-07',
      now: 91.4,
      predicted: 86.2,
      range: { p10: 84, p90: 88 },
      growth: false,
    });
  });

  it('passes a flag’s probability on when the outlook has one, and says null when it has not', () => {
    const flags = [
      { id: 'ldr', label: 'Late dispatch rate above 5 %', probability: 0.35 },
      { id: 'otdr', label: 'On-time delivery below 90 %' },
    ];
    const f = streamFigures({ ...estimate, outlook: { ...outlook, flags } });
    expect(f.flags.map((x) => [x.id, x.probability])).toEqual([
      ['ldr', 0.35],
      ['otdr', null],
    ]);
  });

  it('says the shop in its growth stage is not scored yet', () => {
    const f = streamFigures({ ...estimate, outlook: { ...outlook, scoreNow: null, stageNow: 'growth' } });
    expect(f.score?.growth).toBe(true);
    expect(f.score?.now).toBeNull();
    expect(f.score?.predicted).toBe(86.2);
  });

  it('without an outlook, falls back to the plan’s run over the orders paid so far, and says so', () => {
    // Nobody packs and no carrier comes; 100 orders paid in the first minute, a 2-hour promise: all 100
    // will miss their deadline (12:01) and none is picked up, so 100 late and 100 at risk, status red.
    const settings = settingsWith((s) => {
      s.promise = { type: 'hours', hours: 2 };
      s.stages.pickPack.shifts = [];
      s.stages.ship.pickups = [];
    });
    const t0 = sh('2026-11-25', '10:00');
    const e = computeEstimate([snap(0, t0, 0), snap(1, t0 + 60_000, 100)], settings, t0 + 5 * 60_000);
    const f = streamFigures(e);
    expect(f.late).toEqual({ value: 100, range: null, basis: 'paid-so-far' });
    expect(f.atRisk).toBe(100);
    expect(f.status).toBe('red');
    expect(f.unshipped).toBe(100);
    expect(f.nextPickupAt).toBeNull();
    expect(f.clearAt).toBeNull();
    expect(f.score).toBeNull();
    expect(f.flags).toEqual([]);
  });
});
