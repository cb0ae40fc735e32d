import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPipeline } from '../../../../core/model/capacity';
import { capacityPrefix, emptyDispatch, simulateDispatch } from '../../../../core/model/dispatch';
import { lateness } from '../../../../core/model/lateness';
import { ruleClockFor } from '../../../../core/model/rule-clock';
import { deadlineTable } from '../../../../core/model/ship-by-table';
import { lateCounts } from '../../../../core/outlook/late-counts';
import type { ShippingPromise } from '../../../../core/settings/settings';
import { arrivals, settingsWith, sh } from '../../helpers';

const T0 = sh('2026-11-25', '10:00'); // a Wednesday

/** A run of `paid` minutes of random arrivals through the default warehouse at a random packing speed. */
function sampleRun(orders: number[], packFactor: number, capacity: number | undefined, promise: ShippingPromise) {
  const s = settingsWith((x) => {
    x.promise = promise;
  });
  const paid = orders.length;
  const plan = planPipeline(s, T0, paid + 4 * 1440);
  const d = emptyDispatch(T0, paid, plan);
  const a = Float64Array.from(orders);
  simulateDispatch(plan, capacityPrefix(plan), null, a, packFactor, d);
  const table = deadlineTable(T0, paid, {
    clock: ruleClockFor(s),
    promiseAt: () => s.promise,
    handlingCapacityPerDay: capacity,
  });
  return { d, table };
}

describe('lateCounts: the Monte Carlo’s two late figures in one pass', () => {
  it('equals lateness() at now and at the last paid minute, to the last bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 400 }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 2000 })),
        fc.constantFrom<ShippingPromise>({ type: '48h' }, { type: 'same-day', cutoff: '16:00' }),
        fc.nat(),
        (orders, packFactor, capacity, promise, k) => {
          const { d, table } = sampleRun(orders, packFactor, capacity ?? undefined, promise);
          const last = orders.length - 1;
          const now = k % orders.length;
          expect(lateCounts(d, now, last, table)).toEqual([
            lateness(d, now, table).late,
            lateness(d, last, table).late,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('still equals lateness() when a later minute has an earlier deadline', () => {
    // The pointer that replaces shippedBy's binary search starts over when a deadline falls back: deadlines
    // scrambled across minutes must not change a figure.
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 8 }), { minLength: 100, maxLength: 300 }),
        fc.nat(),
        fc.option(fc.integer({ min: 1, max: 400 })),
        (orders, seed, capacity) => {
          const { d, table } = sampleRun(orders, 1, capacity ?? undefined, { type: '48h' });
          const n = orders.length;
          const shuffled = {
            ...table,
            lastOnTime: table.lastOnTime.slice(),
            lastOnTimeExtended: table.lastOnTimeExtended.slice(),
          };
          for (let m = 0; m < n; m++) {
            const k = (seed + m * 7919) % n;
            shuffled.lastOnTime[m] = table.lastOnTime[k] - (m % 3) * 900;
            shuffled.lastOnTimeExtended[m] = table.lastOnTimeExtended[(k * 31) % n] - (m % 2) * 6000;
          }
          expect(lateCounts(d, n - 1, n - 1, shuffled)).toEqual([
            lateness(d, n - 1, shuffled).late,
            lateness(d, n - 1, shuffled).late,
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts the orders paid by now apart from all of them', () => {
    // Promise: 2 hours. 300 orders paid at 10:00 (due 12:00), 50 at 10:01 (due 12:01). 4 packers × 25/h pack
    // 60 × 100/60 = 100 before the 11:00 pickup, which takes them; the other 250 wait for the 17:00 pickup.
    // By now (10:00): 300 − 100 = 200 late; of all: 200 + 50 = 250.
    const { d, table } = sampleRun(Array.from(arrivals(2, { 0: 300, 1: 50 })), 1, undefined, {
      type: 'hours',
      hours: 2,
    });
    expect(lateCounts(d, 0, 1, table)).toEqual([200, 250]);
  });

  it('gives the same figures walking only the minutes that hold payments (the Monte Carlo’s 5-minute bins)', () => {
    // Most minutes empty, as binPayments leaves them: the dispatch listing only the paying minutes must count
    // what the one listing every minute counts.
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.nat({ max: 80 })), {
          minLength: 1,
          maxLength: 400,
        }),
        // Slow packers and a same-day promise too: late orders before now, so `known` is not always 0.
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.constantFrom<ShippingPromise>({ type: '48h' }, { type: 'same-day', cutoff: '11:00' }),
        fc.nat(),
        (orders, packFactor, promise, k) => {
          const { d, table } = sampleRun(orders, packFactor, undefined, promise);
          const sparse = { ...d, paying: Int32Array.from(orders.flatMap((n, m) => (n > 0 ? [m] : []))) };
          const now = k % orders.length;
          expect(lateCounts(sparse, now, orders.length - 1, table)).toEqual(
            lateCounts(d, now, orders.length - 1, table),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
