import { describe, expect, it } from 'vitest';
import { planPipeline, simulate, valueAt } from '../../../../core/model/capacity';
import { stageBacklog } from '../../../../core/model/lateness';
import { anchorKnown } from '../../../../core/model/observed-start';
import { planFrom } from '../../../../core/model/plan-from';
import { type Draw, runScenario } from '../../../../core/outlook/monte-carlo';
import type { Settings } from '../../../../core/settings/settings';
import { arrivals, settingsWith, sh } from '../../helpers';

const sum = (a: Float64Array, to = a.length) => a.subarray(0, to).reduce((x, y) => x + y, 0);

describe('anchorKnown: the known arrivals re-anchored on the warehouse’s counts', () => {
  // 30 orders at minute 0, 20 at minute 10, 50 at minute 20; counts at the start of minute 30.
  const known = arrivals(40, { 0: 30, 10: 20, 20: 50, 35: 7 });

  it('takes the shipped ones out oldest first and keeps every later arrival', () => {
    // 100 paid before minute 30; the warehouse shows 40 waiting to be packed and 25 packed: 65 open, 35 gone.
    const a = anchorKnown(known, { minute: 30, pickPack: 40, shipTransport: 25 });
    expect(a.gone).toBe(35); // 100 − 65
    expect(a.older).toBe(0);
    expect(a.known[0]).toBe(0); // the 30 of minute 0 left first
    expect(a.known[10]).toBe(15); // then 5 of minute 10's 20
    expect(a.known[20]).toBe(50);
    expect(sum(a.known, 30)).toBe(65); // conserved: exactly the open orders the counts show
    expect(a.known[35]).toBe(7); // after the minute: untouched
    expect(a.start).toEqual({ minute: 30, packed: 25 });
  });

  it('dates the orders the counts hold beyond the known ones at minute 0 (older orders, other channels)', () => {
    const a = anchorKnown(known, { minute: 30, pickPack: 110, shipTransport: 10 });
    expect(a.older).toBe(20); // 120 open − 100 known
    expect(a.known[0]).toBe(50); // 30 + 20
    expect(sum(a.known, 30)).toBe(120);
  });

  it('conserves orders for any counts: open before the minute = pickPack + shipTransport, the rest unchanged', () => {
    for (const [pickPack, shipTransport] of [
      [0, 0],
      [1, 0],
      [0, 99],
      [60, 40],
      [500, 3],
    ]) {
      const a = anchorKnown(known, { minute: 30, pickPack, shipTransport });
      expect(sum(a.known, 30)).toBe(pickPack + shipTransport);
      expect(sum(a.known) - sum(a.known, 30)).toBe(7);
      expect(sum(a.known, 30) + a.gone - a.older).toBe(100);
    }
  });
});

/** A draw that changes nothing: the settings' speed, no cancellation, no missed visit, no forecast. */
const exactDraw: Draw = {
  packFactor: 1,
  cancelRate: 0,
  onTimeRate: 1,
  onTimeMean: 1,
  forecastLevel: 0,
  missRate: 0,
  missSeed: 1,
};

/** 2 packers × 60 an hour, 09:00–18:00; pickups at 11:00 (at most 150) and 17:00 (at most 1,000). */
const twoPackers = (promise?: Settings['promise']) =>
  settingsWith((s) => {
    s.stages.pickPack.ordersPerPackerHour = 60;
    s.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 2 }];
    s.stages.ship.pickups = [
      { time: '11:00', maxParcels: 150 },
      { time: '17:00', maxParcels: 1000 },
    ];
    if (promise) s.promise = promise;
  });

describe('with exact counts and exact settings, the run from the counts is the run from the start', () => {
  // 2 packers × 60 orders/h = 2 orders a minute (whole orders every minute: no fraction to lose at the anchor),
  // 09:00–18:00; pickups at 11:00 (at most 150) and 17:00 (at most 1,000).
  const settings = twoPackers();
  const t0 = sh('2026-11-25', '09:00');
  // 400 orders at 09:00, 200 at 10:30, 100 at 12:00.
  const paid = arrivals(200, { 0: 400, 90: 200, 180: 100 });
  const plan = planPipeline(settings, t0, 200 + 2 * 1440);
  const truth = simulate(plan, paid);

  it('ships the same orders at every pickup after the observed minute (12:30, after the 11:00 pickup)', () => {
    const m = 210; // 12:30
    // The truth at the start of minute 210 (end of 209): 700 paid by then, 420 packed (210 min × 2), 150 shipped at
    // 11:00 (its limit) and in transit: 280 waiting to be packed, 270 waiting for the carrier.
    const before = stageBacklog(truth, m - 1);
    expect(before).toEqual({ receipt: 0, pickPack: 280, shipTransport: 270, delivery: 150 });
    // The warehouse's pages show exactly that.
    const a = anchorKnown(paid, { minute: m, pickPack: 280, shipTransport: 270 });
    expect(a.gone).toBe(150);
    const from = simulate(planFrom(plan, null, m).plan, a.known, { start: a.start });
    // 17:00 is minute 480: the truth ships everything by then (700 paid ≤ 150 + 1,000); from the counts, the 550 open.
    // Both runs stop once everything has shipped: read past the end as flat (valueAt).
    const shipped = (run: typeof truth, j: number) => valueAt(run.shipped, run, j);
    for (const j of [m, 300, 479, 480, 600]) expect(shipped(from, j) + a.gone).toBe(shipped(truth, j));
    expect(shipped(truth, 480)).toBe(700);
    const waiting = (b: ReturnType<typeof stageBacklog>) => [b.receipt, b.pickPack, b.shipTransport];
    for (const j of [m, 240, 400, 479, 480])
      expect(waiting(stageBacklog(from, j))).toEqual(waiting(stageBacklog(truth, j)));
  });
});

describe('the Monte Carlo from exact counts predicts the simulation’s truth', () => {
  // As above, with a 6-hour promise: an order paid at 09:00 must be picked up by 15:00, so the 400 of 09:00 that
  // the 11:00 pickup (150) leaves behind for 17:00 are late: 250 late; 10:30's 200 (due 16:30) go at 17:00 too: 200
  // late; 12:00's 100 (due 18:00) make 17:00. Truth: 450 late of 700.
  const settings = twoPackers({ type: 'hours', hours: 6 });
  const t0 = sh('2026-11-25', '09:00');
  const paid = arrivals(211, { 0: 400, 90: 200, 180: 100 });
  const exact = exactDraw;
  const none = new Float64Array(0);

  it('gives the same late count from the start and from the counts at 12:30 (the 150 gone were on time)', () => {
    const truth = runScenario(
      { t0, nowIndex: 210, known: paid, forecast: none },
      { id: 'plan', settings, forecastFactor: 1 },
      [exact],
    );
    expect(truth.lateKnown[0]).toBe(450);
    const a = anchorKnown(paid, { minute: 210, pickPack: 280, shipTransport: 270 });
    const sit = { t0, nowIndex: 210, known: a.known, forecast: none, start: a.start };
    const fromCounts = runScenario(sit, { id: 'plan', settings, forecastFactor: 1 }, [exact]);
    expect(fromCounts.lateKnown[0]).toBe(450);
  });

  it('and sees what the settings could not: 100 more waiting to be packed than they expect', () => {
    // The pages show 380 waiting to be packed and 270 packed: 650 open of the 700 paid, so 50 gone (the settings
    // said 150). FIFO: 350 of 09:00 (due 15:00), 200 of 10:30 (due 16:30), 100 of 12:00 (due 18:00). Packing 2/min
    // from 12:30 clears the 380 by 15:40, and 17:00 takes all 650: 350 + 200 = 550 late, 12:00's 100 on time.
    const a = anchorKnown(paid, { minute: 210, pickPack: 380, shipTransport: 270 });
    expect(a.gone).toBe(50);
    const sit = { t0, nowIndex: 210, known: a.known, forecast: none, start: a.start };
    expect(runScenario(sit, { id: 'plan', settings, forecastFactor: 1 }, [exact]).lateKnown[0]).toBe(550);
  });
});

describe('the Monte Carlo and the per-minute run start from the same state (review of issue #15)', () => {
  const settings = settingsWith((s) => {
    s.stages.pickPack.ordersPerPackerHour = 60;
    s.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 2 }];
    s.stages.receipt = { mode: 'batch', everyMinutes: 30 };
    s.stages.ship.pickups = [{ time: '11:00', maxParcels: 1000 }];
  });
  const t0 = sh('2026-11-25', '10:00');
  const none = new Float64Array(0);

  it('with batch receipt, the same parcels leave at 11:00 from a reading at 10:07', () => {
    // 300 open at 10:07 (the start of minute 7), 20 of them packed; batches every 30 minutes (10:00, 10:30).
    const known = arrivals(8, { 0: 300 });
    const a = anchorKnown(known, { minute: 7, pickPack: 280, shipTransport: 20 });
    const plan = planPipeline(settings, t0, 2 * 1440);
    const perMinute = simulate(planFrom(plan, null, 7).plan, a.known, { start: a.start });
    // From 10:07 every open order is in hand: 53 minutes × 2 = 106 packed by 11:00, + 20 = 126 leave at 11:00.
    expect(valueAt(perMinute.shipped, perMinute, 60)).toBe(126);
    const exact = exactDraw;
    let shipped = -1;
    runScenario(
      { t0, nowIndex: 7, known: a.known, forecast: none, start: a.start },
      { id: 'plan', settings, forecastFactor: 1 },
      [exact],
      (v) => {
        shipped = v.dispatch.shippedAfter[0];
      },
    );
    expect(shipped).toBe(126);
  });

  it('cuts no buyer cancellation from the orders the page counts as open', () => {
    const known = arrivals(8, { 0: 1200 });
    const a = anchorKnown(known, { minute: 7, pickPack: 1200, shipTransport: 0 });
    const cancelling: Draw = { ...exactDraw, cancelRate: 0.1 };
    let open = -1;
    runScenario(
      { t0, nowIndex: 7, known: a.known, forecast: none, start: a.start },
      { id: 'plan', settings, forecastFactor: 1 },
      [cancelling],
      (v) => {
        open = v.dispatch.arrived[6];
      },
    );
    expect(open).toBe(1200); // not 1,080
  });
});
