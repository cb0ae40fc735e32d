import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute, roundToSum, share } from '../../../../core/outlook/attribution';
import type { Situation } from '../../../../core/outlook/monte-carlo';
import { arrivals, settingsWith, sh } from '../../helpers';

const T0 = sh('2026-11-25', '10:00'); // a Wednesday
const sit = (orders: number): Situation => ({
  t0: T0,
  nowIndex: 0,
  known: arrivals(1, { 0: orders }),
  forecast: new Float64Array(0),
});
const byStage = (a: ReturnType<typeof attribute>) => Object.fromEntries(a.stages.map((s) => [s.stage, s.late]));

describe('stage attribution', () => {
  it('puts everything on pick & pack when nobody packs but the carrier takes everything', () => {
    // 300 orders at 10:00, 48 h promise; no packer at all; pickups at 11:00 and 17:00 take any number.
    // Unlimited packing: all 300 (less cancellations) leave at 11:00, on time. Any other stage unlimited:
    // nothing is ever packed, so all stay late. → all late orders belong to pick & pack.
    const s = settingsWith((x) => {
      x.stages.pickPack.shifts = [];
      x.stages.ship.pickups = [
        { time: '11:00', maxParcels: 1_000_000 },
        { time: '17:00', maxParcels: 1_000_000 },
      ];
      x.model.samples = 30;
    });
    const a = attribute(sit(300), s, { seed: 1 });
    expect(a.late).toBeGreaterThan(250); // 300 less about 3 % buyer cancellations
    expect(byStage(a)).toEqual({ receipt: 0, pickPack: a.late, shipTransport: 0, delivery: 0 });
    expect(a.summary).toContain('100 % of the');
    expect(a.summary).toContain('pick & pack');
  });

  it('puts everything on ship & transport when packing is instant but the carrier comes late', () => {
    // 300 orders at 10:00, promised within 2 h (12:00); packing without limit; one pickup a day at 17:00.
    // A pickup every 15 minutes would take them at 10:00–10:15: all on time. → ship & transport.
    const s = settingsWith((x) => {
      x.promise = { type: 'hours', hours: 2 };
      x.stages.pickPack = {
        ordersPerPackerHour: 1e9,
        shifts: [{ days: 'Mon-Sun', start: '00:00', end: '00:00', packers: 1 }],
      };
      x.stages.ship.pickups = [{ time: '17:00', maxParcels: 1_000_000 }];
      x.model.samples = 30;
    });
    const a = attribute(sit(300), s, { seed: 1 });
    expect(byStage(a)).toEqual({ receipt: 0, pickPack: 0, shipTransport: a.late, delivery: 0 });
  });

  it('splits evenly between the stages that are a problem only together', () => {
    // Nobody packs and no carrier comes: unlimited packing alone ships nothing (no pickup), a pickup every
    // 15 minutes alone ships nothing (nothing packed). Only both at once clear the late orders, so they go
    // half to pick & pack, half to ship & transport; receipt (already automatic) and delivery (after the
    // pickup scan) get none.
    const s = settingsWith((x) => {
      x.stages.pickPack.shifts = [];
      x.stages.ship.pickups = [];
      x.model.samples = 30;
    });
    const a = attribute(sit(300), s, { seed: 1 });
    const half = byStage(a);
    expect(half.receipt).toBe(0);
    expect(half.delivery).toBe(0);
    expect(Math.abs(half.pickPack - half.shipTransport)).toBeLessThanOrEqual(1);
    expect(half.pickPack + half.shipTransport).toBe(a.late);
  });

  it('shares what needs two stages at once, and the parts add up to the whole', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.array(fc.nat(5_000), { minLength: 4, maxLength: 4 }), (total, alone) => {
        const parts = roundToSum(share(total, alone), total, 1);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        for (const p of parts) expect(p).toBeGreaterThanOrEqual(0);
      }),
    );
    // 100 late; removing pick & pack alone saves 30, ship & transport alone 10: the 60 only both explain
    // are shared 3 : 1 → 75 and 25.
    expect(roundToSum(share(100, [0, 30, 10, 0]), 100, 1)).toEqual([0, 75, 25, 0]);
  });
});
