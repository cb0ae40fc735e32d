import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, MINUTE } from '../../../../core/lib/time';
import { type PipelineRun, runPipeline } from '../../../../core/model/capacity';
import { latenessFor, stageBacklog } from '../../../../core/model/lateness';
import { ruleClockFor } from '../../../../core/model/rule-clock';
import type { Settings, ShippingPromise } from '../../../../core/settings/settings';
import { settingsWith, sh } from '../../helpers';

// Property tests of the capacity model on random arrivals, shifts, pickups and promises (Asia/Shanghai).
const MONDAY = sh('2026-11-23', '00:00');

const clock = fc.integer({ min: 0, max: 1439 }).map(formatClock);
const days = fc.constantFrom('Mon-Sun', 'Mon-Fri', 'Sat,Sun', 'Fri-Mon', 'Wed');
const shift = fc.record({ days, start: clock, end: clock, packers: fc.nat({ max: 6 }) });
const pickup = fc.record({ time: clock, maxParcels: fc.integer({ min: 1, max: 500 }) });

const settingsArb = fc
  .record({
    ordersPerPackerHour: fc.integer({ min: 1, max: 60 }),
    shifts: fc.array(shift, { maxLength: 3 }),
    pickups: fc.array(pickup, { maxLength: 3 }),
    batchEvery: fc.option(fc.integer({ min: 1, max: 120 })),
    transitHours: fc.integer({ min: 1, max: 72 }),
  })
  .map((g) =>
    settingsWith((s) => {
      s.stages.pickPack = { ordersPerPackerHour: g.ordersPerPackerHour, shifts: g.shifts };
      s.stages.ship.pickups = g.pickups;
      s.stages.receipt = g.batchEvery === null ? { mode: 'auto' } : { mode: 'batch', everyMinutes: g.batchEvery };
      s.stages.delivery.meanTransitHours = g.transitHours;
    }),
  );

/** Whole orders per minute: mostly quiet minutes with a few bursts, over up to 4 hours. */
const arrivalsArb = fc
  .array(fc.oneof(fc.constant(0), fc.nat({ max: 80 })), { minLength: 1, maxLength: 240 })
  .map((xs) => Float64Array.from(xs));
const t0Arb = fc.integer({ min: 0, max: 7 * 1440 - 1 }).map((m) => MONDAY + m * MINUTE);

const promiseArb: fc.Arbitrary<ShippingPromise> = fc.oneof(
  fc.integer({ min: 1, max: 72 }).map((hours) => ({ type: 'hours' as const, hours })),
  fc.constant({ type: '48h' as const }),
  fc.constant({ type: 'next-day' as const }),
  clock.map((cutoff) => ({ type: 'same-day' as const, cutoff })),
  fc.integer({ min: 1, max: 3 }).map((d) => ({ type: 'business-days' as const, days: d, cutoff: '23:59' })),
);

const lateOf = (settings: Settings, t0: number, arr: Float64Array, promise: ShippingPromise): number => {
  const run = runPipeline({ settings, t0, arrivals: arr });
  return latenessFor(run, arr.length - 1, promise, ruleClockFor(settings)).late;
};

const checkConserved = (run: PipelineRun) => {
  for (let i = 0; i < run.length; i++) {
    const [a, r, p, s, d] = [run.arrived[i], run.received[i], run.packed[i], run.shipped[i], run.delivered[i]];
    // The chain arrived ≥ received ≥ packed ≥ shipped ≥ delivered ≥ 0; packed is fractional and a pickup takes
    // floor(packed + 1e-9), so packed may sit a rounding error below shipped.
    if (!(a >= r && r >= p && p + 1e-9 >= s && s >= d && d >= 0)) return `chain broken at minute ${i}`;
    const b = stageBacklog(run, i);
    if (Math.min(b.receipt, b.pickPack, b.shipTransport, b.delivery) < 0) return `negative backlog at minute ${i}`;
    if (b.receipt + b.pickPack + b.shipTransport + b.delivery + d !== a) return `orders lost at minute ${i}`;
    if (i > 0 && (a < run.arrived[i - 1] || s < run.shipped[i - 1] || d < run.delivered[i - 1])) {
      return `a curve went down at minute ${i}`;
    }
  }
  return null;
};

describe('capacity model properties', () => {
  it('conserves orders: every minute, the stage backlogs plus the delivered ones add up to the arrivals', () => {
    fc.assert(
      fc.property(settingsArb, t0Arb, arrivalsArb, (settings, t0, arr) => {
        const run = runPipeline({ settings, t0, arrivals: arr });
        expect(checkConserved(run)).toBeNull();
        const total = arr.reduce((x, y) => x + y, 0);
        expect(run.arrived[run.length - 1]).toBe(total);
      }),
      { numRuns: 100 },
    );
  });

  it('never predicts more late orders with more packers', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.integer({ min: 1, max: 5 }),
        t0Arb,
        arrivalsArb,
        promiseArb,
        (base, extra, t0, arr, pr) => {
          const more = settingsWith((s) => {
            Object.assign(s, structuredClone(base));
            for (const shift of s.stages.pickPack.shifts) shift.packers += extra;
          });
          expect(lateOf(more, t0, arr, pr)).toBeLessThanOrEqual(lateOf(base, t0, arr, pr));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never predicts more late orders with more pickup capacity', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.integer({ min: 1, max: 400 }),
        pickup,
        t0Arb,
        arrivalsArb,
        promiseArb,
        (base, extra, added, t0, arr, pr) => {
          const more = settingsWith((s) => {
            Object.assign(s, structuredClone(base));
            for (const p of s.stages.ship.pickups) p.maxParcels += extra;
            s.stages.ship.pickups.push(added); // and one more pickup
          });
          expect(lateOf(more, t0, arr, pr)).toBeLessThanOrEqual(lateOf(base, t0, arr, pr));
        },
      ),
      { numRuns: 100 },
    );
  });
});
