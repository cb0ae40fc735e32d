import { DAY, epochFromLocalAt, localPartsAt, MINUTE, type OffsetFn, offsetFn } from '../lib/time';
import type { ShippingPromise } from '../settings/settings';
import type { RuleClock } from './rule-clock';
import { businessDayAt, shipBy } from './ship-by';

/**
 * Ship-by deadlines per arrival minute of a run, computed once and shared by every Monte Carlo
 * sample and what-if: a pickup scan at the start of minute j is on time when j ≤ lastOnTime[m].
 */
export type Deadlines = {
  t0: number;
  /** The ship-by instant of an order paid in minute m. */
  deadline: Float64Array;
  lastOnTime: Int32Array;
  /** The same with one more business day: Order Handling Capacity's deadline for orders above it. */
  lastOnTimeExtended: Int32Array;
  /** Index of the first minute of the local day of minute m (negative before the run starts). */
  dayStart: Int32Array;
  /** Orders a day that keep the normal deadline (Infinity when the scorecard has no such rule). */
  capacityPerDay: number;
};

export type DeadlineRules = {
  /** The platform's clock (zone and business days) the deadlines run on. */
  clock: RuleClock;
  /** The promise of an order paid in minute m (a what-if may promise longer to new orders). */
  promiseAt: (minute: number) => ShippingPromise;
  handlingCapacityPerDay?: number;
};

export function deadlineTable(t0: number, minutes: number, rules: DeadlineRules): Deadlines {
  // From a day before: the local midnight of the first minute may come before t0.
  const zone = offsetFn(rules.clock.timeZone, t0 - DAY, t0 + minutes * MINUTE + 30 * DAY);
  const { isBusinessDay } = rules.clock;
  const d: Deadlines = {
    t0,
    deadline: new Float64Array(minutes),
    lastOnTime: new Int32Array(minutes),
    lastOnTimeExtended: new Int32Array(minutes),
    dayStart: new Int32Array(minutes),
    capacityPerDay: rules.handlingCapacityPerDay ?? Number.POSITIVE_INFINITY,
  };
  const index = (deadline: number) => Math.floor((deadline - t0) / MINUTE);
  let cachedPromise: ShippingPromise | null = null;
  let cachedDeadline = 0;
  for (let m = 0; m < minutes; m++) {
    const paidAt = t0 + m * MINUTE;
    const promise = rules.promiseAt(m);
    const p = localPartsAt(zone, paidAt);
    d.dayStart[m] = index(epochFromLocalAt(zone, p.year, p.month, p.day, 0) + MINUTE - 1);
    // A relative promise moves its deadline one minute per minute; the others are recomputed
    // (arithmetic on the cached offsets, no Intl call).
    const deadline =
      promise === cachedPromise && (promise.type === '48h' || promise.type === 'hours')
        ? cachedDeadline + MINUTE
        : shipBy(paidAt, promise, zone, isBusinessDay);
    cachedPromise = promise;
    cachedDeadline = deadline;
    d.deadline[m] = deadline;
    d.lastOnTime[m] = index(deadline);
    d.lastOnTimeExtended[m] = index(nextBusinessDay(deadline, zone, isBusinessDay));
  }
  return d;
}

/** One business day later, at the same local time: Friday's deadline moves to Monday (or later, past a holiday). */
export function nextBusinessDay(at: number, zone: OffsetFn, isBusinessDay: RuleClock['isBusinessDay']): number {
  const p = localPartsAt(zone, at);
  let skip = 1;
  while (!businessDayAt(p, skip, isBusinessDay)) skip += 1;
  return epochFromLocalAt(zone, p.year, p.month, p.day + skip, p.minuteOfDay) + (at % MINUTE);
}
