import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPipeline } from '../../../../core/model/capacity';
import { capacityPrefix } from '../../../../core/model/dispatch';
import { ruleClockFor } from '../../../../core/model/rule-clock';
import { deadlineTable } from '../../../../core/model/ship-by-table';
import { deadlinesFor, plannedFor } from '../../../../core/outlook/scenario-plans';
import type { Settings, ShippingPromise } from '../../../../core/settings/settings';
import { settingsWith, sh } from '../../helpers';

const T0 = sh('2026-11-25', '10:00'); // a Wednesday

/** Random warehouses: packers, speed, batch receipt, pickups, a closed date, another zone. */
const settingsArb = fc
  .record({
    packers: fc.integer({ min: 1, max: 12 }),
    speed: fc.integer({ min: 5, max: 60 }),
    batch: fc.option(fc.constantFrom(15, 30, 60)),
    pickups: fc.array(fc.record({ hour: fc.integer({ min: 0, max: 23 }), max: fc.integer({ min: 1, max: 900 }) }), {
      maxLength: 4,
    }),
    closed: fc.boolean(),
    zone: fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles'),
  })
  .map((g) =>
    settingsWith((s) => {
      s.timezone = g.zone;
      s.stages.pickPack.ordersPerPackerHour = g.speed;
      s.stages.pickPack.shifts = [{ days: 'Mon-Sat', start: '09:00', end: '18:00', packers: g.packers }];
      if (g.batch) s.stages.receipt = { mode: 'batch', everyMinutes: g.batch };
      s.stages.ship.pickups = g.pickups.map((p) => ({
        time: `${String(p.hour).padStart(2, '0')}:00`,
        maxParcels: p.max,
      }));
      if (g.closed)
        s.calendar = { warehouseClosed: ['2026-11-27'], carrierClosed: ['2026-11-28'], platformExtensions: [] };
    }),
  );

/** The layout as runScenario built it before issue #17: planned afresh for exactly this length. */
function planned(s: Settings, length: number) {
  const plan = planPipeline(s, T0, length);
  const open = plan.receiptOpen;
  const batch = s.stages.receipt.mode === 'batch' ? Int32Array.from(open.keys()).filter((i) => open[i] === 1) : null;
  return { plan, prefix: capacityPrefix(plan), batch };
}

describe('plannedFor: the warehouse laid out once, kept across estimates', () => {
  it('equals planPipeline for the length asked, whichever lengths were asked before', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(fc.integer({ min: 1, max: 2500 }), { minLength: 1, maxLength: 3 }),
        (s, lengths) => {
          for (const length of lengths) {
            // A copy each time: equal settings in a new object, as each estimate builds them.
            expect(plannedFor(structuredClone(s), T0, length)).toEqual(planned(s, length));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives the same layout to settings that differ only in the carrier’s on-time rate', () => {
    // The attribution's "every waybill on time": the plan does not read the rate, so the two share it.
    const s = settingsWith();
    const onTime = settingsWith((x) => {
      x.stages.delivery.onTimeRate = 1;
    });
    const more = settingsWith((x) => {
      x.stages.pickPack.shifts[0].packers += 1;
    });
    expect(plannedFor(onTime, T0, 2000)).toBe(plannedFor(s, T0, 2000));
    expect(plannedFor(more, T0, 2000)).not.toBe(plannedFor(s, T0, 2000));
  });
  it('leaves out of a shorter run the pickup at its first minute after the end', () => {
    // Default pickups at 11:00 and 17:00, from 10:00: minutes 60 and 420. A run of 60 minutes (10:00–10:59),
    // cut from a laid-out day, has no pickup; one of 61 has the 11:00 one; the prefix has 61 + 1 entries.
    const s = settingsWith();
    plannedFor(s, T0, 2000);
    expect([...plannedFor(s, T0, 60).plan.pickupMinutes]).toEqual([]);
    expect([...plannedFor(s, T0, 61).plan.pickupMinutes]).toEqual([60]);
    expect(plannedFor(s, T0, 61).prefix.length).toBe(62);
  });
});

describe('deadlinesFor: the ship-by table kept across estimates', () => {
  it('equals deadlineTable for the minutes asked, a later promise after now included', () => {
    const promises: ShippingPromise[] = [
      { type: '48h' },
      { type: 'same-day', cutoff: '16:00' },
      { type: 'hours', hours: 36 },
      { type: 'business-days', days: 2, cutoff: '23:59' },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...promises),
        fc.option(fc.constantFrom(...promises)),
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 3000 }),
        fc.option(fc.integer({ min: 1, max: 5000 })),
        (promise, later, lengths, nowIndex, capacity) => {
          const clock = ruleClockFor(settingsWith());
          for (const minutes of lengths) {
            const kept = deadlinesFor(T0, minutes, {
              clock,
              promise,
              later: later ?? undefined,
              nowIndex,
              handlingCapacityPerDay: capacity ?? undefined,
            });
            const fresh = deadlineTable(T0, minutes, {
              clock,
              promiseAt: (m) => (m > nowIndex && later) || promise,
              handlingCapacityPerDay: capacity ?? undefined,
            });
            expect(kept).toEqual(fresh);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
