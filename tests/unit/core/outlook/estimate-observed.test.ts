import { describe, expect, it, vi } from 'vitest';
import { MINUTE } from '../../../../core/lib/time';
import { computeEstimate, observedFor, situationOf } from '../../../../core/outlook/estimate';
import type { StageReading } from '../../../../core/records/stage-reading';
import { settingsWith, sh, snap } from '../../helpers';

// 2 packers × 60 orders/h = 2 a minute, 09:00–18:00; pickups at 11:00 (at most 1,000) and 17:00.
const settings = settingsWith((s) => {
  s.stages.pickPack.ordersPerPackerHour = 60;
  s.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 2 }];
  s.stages.ship.pickups = [
    { time: '11:00', maxParcels: 1000 },
    { time: '17:00', maxParcels: 1000 },
  ];
});
const at = (time: string) => sh('2026-11-25', time);
// 600 orders paid at 10:00 (the stream's first reading at 0, then 600 a minute later), then nothing.
const snapshots = [snap(0, at('10:00'), 0), snap(1, at('10:01'), 600), snap(2, at('11:40'), 600)];
const page = { origin: 'https://seller-us.tiktok.com', source: 'tiktok-orders' };
const reading = (from: string, until: string, pickPack: number, shipTransport: number): StageReading => ({
  ...page,
  at: at(from),
  until: at(until),
  counts: { pickPack, shipTransport },
});

describe('the estimate from the warehouse’s counts', () => {
  it('shows the counts in the stage bars at the reading, beside what the settings expected', () => {
    const now = at('10:31');
    // A reading stands for the end of its minute. The settings: 600 paid in the minute 10:01, packed 2 a minute
    // from then: by the end of 10:31, 31 minutes × 2 = 62 packed, 538 waiting. The page at 10:31 shows 570
    // waiting to be packed and 30 packed: the packers are at half speed.
    // The page was read all along (its first count still shown at 10:30), so the 30 minutes were seen.
    const readings = [reading('10:01', '10:30', 600, 0), reading('10:31', '10:31', 570, 30)];
    const seen = observedFor(snapshots, settings, now, readings);
    const e = computeEstimate(snapshots, seen.settings, now, [], { view: seen.view, readings });
    expect(e.observed?.inferred).toEqual({ pickPack: 538, shipTransport: 62 });
    expect(e.observed?.observedRoles).toEqual(['pickPack', 'shipTransport']);
    // Packed over the 30 minutes: 600 + 0 paid − 570 = 30, of the settings' 60: 50 %.
    expect(e.observed?.speed).toEqual({ ratio: 0.5, minutes: 30 });
    // The bars are the counts: now (10:31) is the reading's minute.
    expect(e.backlog.pickPack + e.backlog.receipt).toBe(570);
    expect(e.backlog.shipTransport).toBe(30);
    expect(e.streamOrders).toBe(600); // the stream's own orders, whatever the counts hold
  });

  it('measures the packers from a day of readings with "shipped today", before the stream began', () => {
    // From 08:00, before the stream (10:00), with orders waiting at every reading: waiting for the carrier +
    // shipped today 150 (08:00) → 210 (09:30) → 271 (10:31).
    const day = [
      // Read all along: each count still shown until the next changed it.
      { ...page, at: at('08:00'), until: at('09:29'), counts: { pickPack: 700, shipTransport: 50, shippedToday: 100 } },
      {
        ...page,
        at: at('09:30'),
        until: at('10:30'),
        counts: { pickPack: 640, shipTransport: 110, shippedToday: 100 },
      },
      {
        ...page,
        at: at('10:31'),
        until: at('10:31'),
        counts: { pickPack: 1179, shipTransport: 171, shippedToday: 100 },
      },
    ];
    const now = at('10:31');
    const seen = observedFor(snapshots, settings, now, day);
    // 271 − 150 = 121 packed; the 09:00–18:00 shift's capacity from 08:00 to 10:31 is 09:00 → 10:31, 91 min × 2
    // = 182; 121 ÷ 182 = 0.66: the packers at two thirds of the settings, measured before the stream began.
    expect(seen.view?.speed).toMatchObject({ packed: 121, capacity: 182 });
    expect(seen.view?.speed?.ratio).toBeCloseTo(121 / 182, 9);
  });

  it('takes a reading from earlier in the current minute (the stream’s first minute, too)', () => {
    // Read at 10:00:40, 20 s after the 600 orders of 10:00:20 (a first minute); now 10:00:50.
    const first = [snap(0, at('10:00') + 10_000, 0), snap(1, at('10:00') + 20_000, 600)];
    const readings = [{ ...reading('10:00', '10:00', 900, 40), at: at('10:00') + 40_000, until: at('10:00') + 40_000 }];
    const now = at('10:00') + 50_000;
    const seen = observedFor(first, settings, now, readings);
    const e = computeEstimate(first, seen.settings, now, [], { view: seen.view, readings });
    // 940 open shop-wide, the stream's 600 among them: 340 older orders.
    expect(e.observed).toMatchObject({ pickPack: 900, shipTransport: 40, older: 340 });
    expect([e.backlog.receipt + e.backlog.pickPack, e.backlog.shipTransport]).toEqual([900, 40]);
  });

  it('raises the watchdog when the 11:00 pickup leaves the waiting parcels behind', () => {
    const now = at('11:40');
    const readings = [reading('10:40', '10:59', 400, 150), reading('11:02', '11:40', 380, 170)];
    const seen = observedFor(snapshots, settings, now, readings);
    const e = computeEstimate(snapshots, seen.settings, now, [], { view: seen.view, readings });
    expect(e.missedPickup).toMatchObject({ pickupAt: at('11:00'), parcels: 150, nextPickupAt: at('17:00') });
    // The default scorecard (Douyin) limits a labelled parcel's wait for its scan to 24 h: from 10:40, the first
    // reading with parcels waiting.
    expect(e.missedPickup?.scanDeadline).toBe(at('10:40') + 24 * 60 * MINUTE);
  });

  it('keeps the settings’ own figures without a reading', () => {
    const e = computeEstimate(snapshots, settings, at('10:31'), [], { view: null, readings: [] });
    expect(e.observed).toBeNull();
    expect(e.missedPickup).toBeNull();
    expect(e.backlog.pickPack).toBe(538); // 600 − 31 minutes × 2 = 538 (packing through the minute 10:31)
  });
});

describe('a reading equal to what the settings expect changes no figure (review of issue #15)', () => {
  // A 1-hour promise: the 400 orders paid at 09:00 are due at 10:00. The 11:00 pickup takes 150 of them, late;
  // the rest leave at 17:00, late too: 400 late whatever happens now.
  const early = settingsWith((s) => {
    s.stages.pickPack.ordersPerPackerHour = 60;
    s.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 2 }];
    s.stages.ship.pickups = [
      { time: '11:00', maxParcels: 150 },
      { time: '17:00', maxParcels: 1000 },
    ];
    s.promise = { type: 'hours', hours: 1 };
  });
  const stream = [snap(0, at('09:00'), 0), snap(1, at('09:00') + 30_000, 400), snap(2, at('12:00'), 400)];

  it('keeps the late dispatches, the parcels in transit and the peak of the orders gone before the reading', () => {
    const now = at('12:00');
    const plain = computeEstimate(stream, early, now);
    expect(plain.late).toBe(400);
    expect(plain.backlog.delivery).toBe(150); // the 11:00 pickup's parcels, 52 h in transit
    // The page shows exactly the settings' state at 12:00: what is left after the 11:00 pickup.
    const counts = {
      pickPack: plain.backlog.receipt + plain.backlog.pickPack,
      shipTransport: plain.backlog.shipTransport,
    };
    const readings = [{ ...page, at: now, until: now, counts }];
    const seen = observedFor(stream, early, now, readings);
    expect(seen.view?.anchored.gone).toBe(150);
    const e = computeEstimate(stream, seen.settings, now, [], { view: seen.view, readings });
    expect(e.late).toBe(400);
    expect(e.backlog).toEqual(plain.backlog);
    expect(e.peakUnshipped).toBe(plain.peakUnshipped);
    // The Monte Carlo adds the 150 gone late to every sample, and cuts no cancellation from the page's counts.
    const sit = situationOf(stream, seen.settings, now, [], seen.view);
    expect(sit.start).toEqual({ minute: seen.view?.minute, packed: counts.shipTransport, lateBefore: 150 });
  });
});

describe('the estimate and the outlook share the warehouse layout', () => {
  it('gives the outlook the same figures whether or not the per-minute estimate ran first (batch receipt)', async () => {
    // The estimator's order: observed start, computeEstimate, then the Monte Carlo on the same settings. The
    // estimate masks the kept plan without receipt batches; the outlook must still run with its batches.
    // Each order on fresh modules (the layouts are kept module-wide): the first use decides what is kept.
    const s = settingsWith((x) => {
      x.stages.receipt = { mode: 'batch', everyMinutes: 60 };
      x.stages.pickPack.ordersPerPackerHour = 60;
      x.stages.pickPack.shifts = [{ days: 'Mon-Sun', start: '09:00', end: '18:00', packers: 10 }];
      x.stages.ship.pickups = [
        { time: '11:00', maxParcels: 5000 },
        { time: '17:00', maxParcels: 1000 },
      ];
      x.promise = { type: 'hours', hours: 3 };
      x.model.samples = 40;
    });
    const snaps = [
      snap(0, at('10:00'), 0),
      snap(1, at('10:01'), 600),
      snap(2, at('10:20'), 900),
      snap(3, at('10:40'), 1200),
      snap(4, at('10:50'), 1500),
    ];
    const readings = [reading('10:01', '10:30', 600, 0), reading('10:31', '10:31', 300, 300)];
    const now = at('10:52');
    const run = async (estimateFirst: boolean) => {
      vi.resetModules();
      const E = await import('../../../../core/outlook/estimate');
      const O = await import('../../../../core/outlook/outlook');
      const seen = E.observedFor(snaps, s, now, readings);
      if (!seen.view) throw new Error('the readings gave no observed start');
      if (estimateFirst) E.computeEstimate(snaps, seen.settings, now, [], { view: seen.view, readings });
      return O.outlook(E.situationOf(snaps, seen.settings, now, [], seen.view), seen.settings, { seed: 7 });
    };
    const first = await run(true);
    expect(first).toEqual(await run(false));
    // More packers, a longer shift or an extra pickup never make more orders late.
    for (const a of first.actions) expect(a.lateAvoided, a.id).toBeGreaterThanOrEqual(0);
  });
});
