import { epochFromLocalAt, HOUR, localPartsAt, MINUTE, type OffsetFn, offsetMinutes, parseClock } from '../lib/time';
import type { ShippingPromise } from '../settings/settings';
import { type BusinessDayTest, weekdaysOnly } from './rule-clock';

/**
 * Ship-by deadlines: the last instant at which the carrier's pickup scan still counts as on time
 * (../shared/domain/logistics-score.md §2.4 and §3). "By 23:59:59" is read as the end of that minute.
 */
const END_OF_MINUTE = MINUTE - 1;
const LAST_MINUTE = 23 * 60 + 59;

/** `zone` and `isBusinessDay` are the rule clock's (core/model/rule-clock.ts): the platform's, not the warehouse's. */
export function shipBy(
  paidAt: number,
  promise: ShippingPromise,
  zone: string | OffsetFn,
  isBusinessDay: BusinessDayTest = weekdaysOnly,
): number {
  const timeZone: OffsetFn = typeof zone === 'string' ? (t) => offsetMinutes(zone, t) : zone;
  switch (promise.type) {
    case '48h':
      return paidAt + 48 * HOUR;
    case 'hours':
      return paidAt + promise.hours * HOUR;
    case 'next-day':
      return endOfLocalDay(paidAt, timeZone, 1);
    case 'same-day': {
      // Paid before the cut-off: ship today; at or after it: tomorrow.
      const late = localPartsAt(timeZone, paidAt).minuteOfDay >= parseClock(promise.cutoff);
      return endOfLocalDay(paidAt, timeZone, late ? 1 : 0);
    }
    case 'business-days':
      return businessDaysDeadline(paidAt, promise.days, parseClock(promise.cutoff), timeZone, isBusinessDay);
  }
}

function endOfLocalDay(at: number, timeZone: OffsetFn, plusDays: number): number {
  const p = localPartsAt(timeZone, at);
  return epochFromLocalAt(timeZone, p.year, p.month, p.day + plusDays, LAST_MINUTE) + END_OF_MINUTE;
}

/**
 * TikTok's clock: weekends and the rule clock's holidays are not business days. An order paid after the
 * cut-off counts from the next day; the deadline is the cut-off of the N-th business day after that
 * (paid Mon 10:00, 2 days → Wed; paid Wed 25 Nov 2026 10:00 → Mon 30 Nov, Thanksgiving and the weekend skipped).
 */
export function businessDaysDeadline(
  paidAt: number,
  days: number,
  cutoff: number,
  timeZone: OffsetFn,
  isBusinessDay: BusinessDayTest = weekdaysOnly,
): number {
  const p = localPartsAt(timeZone, paidAt);
  let offset = p.minuteOfDay > cutoff ? 1 : 0;
  for (let counted = 0; counted < days; ) {
    offset += 1;
    if (businessDayAt(p, offset, isBusinessDay)) counted += 1;
  }
  return epochFromLocalAt(timeZone, p.year, p.month, p.day + offset, cutoff) + END_OF_MINUTE;
}

/**
 * A platform's deliver-by date (TikTok: 6 business days from the order date, §3): the end of the N-th
 * business day after the order, on the rule clock. The history's orders and the prediction's both use it.
 */
export function deliverByDeadline(
  orderedAt: number,
  businessDays: number,
  timeZone: OffsetFn,
  isBusinessDay: BusinessDayTest,
): number {
  return businessDaysDeadline(orderedAt, businessDays, LAST_MINUTE, timeZone, isBusinessDay);
}

/** Whether the local date `offset` days after `p`'s is a business day. */
export function businessDayAt(
  p: { year: number; month: number; day: number; weekday: number },
  offset: number,
  isBusinessDay: BusinessDayTest,
): boolean {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + offset));
  return isBusinessDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), (p.weekday + offset) % 7);
}
