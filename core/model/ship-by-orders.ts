import { DAY, localDayAt, localPartsAt, MINUTE, type OffsetFn, offsetFn } from '../lib/time';
import { CancelledBy, type OrderColumns, OrderFlag } from '../records/orders';
import { isoDate } from '../scorecards/calendars';
import type { Scorecard } from '../scorecards/schema';
import { type Settings, sellerCalendar } from '../settings/settings';
import { ruleClockOfCard } from './rule-clock';
import { deliverByDeadline } from './ship-by';
import { deadlineTable } from './ship-by-table';

/**
 * Cancelled before it ever shipped, at a time the export does not give (a Douyin 已关闭 order without
 * 订单完成时间; records/orders.ts): it never reached the carrier, and nothing shows it was still open when a
 * deadline passed.
 */
export const cancelledUnknownTime = (o: OrderColumns, i: number): boolean =>
  o.cancelledBy[i] !== CancelledBy.none && Number.isNaN(o.cancelledAt[i]) && Number.isNaN(o.shippedAt[i]);

/**
 * What the exports do not carry: ship-by deadlines from the promise (and Order Handling Capacity where
 * the card has it), an assumed route standard, and valid tracking for scanned parcels. Some orders get no
 * ship-by deadline, so no late-dispatch measure judges them: an unpaid one; a pre-order, which TikTok
 * holds to its own promised date (the CSV does not carry it) and leaves out of Order Handling Capacity
 * [rule §3]; and one cancelled at an unknown time before shipping: TikTok's LDR counts dispatched orders
 * only [rule §3], and for Douyin we do not count a closed order late on a time we cannot see [assumed].
 */
export function fillDeadlines(o: OrderColumns, settings: Settings, card: Scorecard): void {
  if (o.length === 0) return;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    // Comparisons skip an unpaid order's NaN, which Math.min would spread to every deadline.
    if (o.paidAt[i] < first) first = o.paidAt[i];
    if (o.paidAt[i] > last) last = o.paidAt[i];
  }
  o.shipBy.fill(Number.NaN, 0, o.length);
  if (!(first <= last)) return;
  const t0 = Math.floor(first / MINUTE) * MINUTE;
  const minutes = Math.floor((last - t0) / MINUTE) + 1;
  const clock = ruleClockOfCard(card, settings.timezone, sellerCalendar(settings).platformExtensions);
  const table = deadlineTable(t0, minutes, { clock, promiseAt: () => settings.promise });
  const zone = offsetFn(settings.timezone, t0 - DAY, last + 40 * DAY);
  const ruleZone = offsetFn(clock.timeZone, t0 - DAY, last + 40 * DAY);
  const excused = forceMajeureTest(sellerCalendar(settings).forceMajeure ?? [], ruleZone);
  // Order Handling Capacity: the orders of a local day beyond the capacity, in paid order, get one more business day.
  const capacity = card.handlingCapacityExtension ? (settings.handlingCapacityPerDay ?? Infinity) : Infinity;
  const order = Int32Array.from({ length: o.length }, (_, i) => i)
    .filter((i) => !Number.isNaN(o.paidAt[i]))
    .sort((a, b) => o.paidAt[a] - o.paidAt[b]);
  const perDay = new Map<number, number>();
  // [assumed] route standard: delivered by the end of the local day, ceil(transit / 24 h) days after pickup.
  const routeDays = Math.ceil(settings.stages.delivery.meanTransitHours / 24);
  const LAST = 23 * 60 + 59;
  for (const i of order) {
    const m = Math.floor((o.paidAt[i] - t0) / MINUTE);
    const preOrder = (o.flags[i] & OrderFlag.preOrder) !== 0;
    const day = table.dayStart[m];
    const n = (perDay.get(day) ?? 0) + (preOrder ? 0 : 1);
    perDay.set(day, n);
    const extended = !preOrder && n > capacity;
    const own = preOrder || cancelledUnknownTime(o, i);
    if (!own) o.shipBy[i] = extended ? t0 + (table.lastOnTimeExtended[m] + 1) * MINUTE - 1 : table.deadline[m];
    // A Douyin order's delivery is not in its export (douyin.ts): with no deadline it is not judged late.
    const unseen = (o.flags[i] & OrderFlag.noDeliveryTime) !== 0;
    if (Number.isNaN(o.deliverBy[i]) && card.deliverBy && !unseen) {
      // The platform's deliver-by date: N business days from the order date, shipped or not (an order never
      // shipped is late once due), one more above the handling capacity; a cancelled order is not due, and a
      // pre-order's date follows its own promise.
      const created = o.createdAt?.[i] ?? Number.NaN;
      const orderedAt = Number.isNaN(created) ? o.paidAt[i] : created;
      const days = card.deliverBy.businessDays + (extended ? 1 : 0);
      if (Number.isNaN(o.cancelledAt[i]) && !own)
        o.deliverBy[i] = deliverByDeadline(orderedAt, days, ruleZone, clock.isBusinessDay);
    } else if (!Number.isNaN(o.shippedAt[i]) && Number.isNaN(o.deliverBy[i]) && !unseen) {
      o.deliverBy[i] = localDayAt(zone, o.shippedAt[i], routeDays, LAST) + MINUTE - 1;
    }
    // [assumed] The exports do not say whether a tracking number was valid: a scanned parcel counts as valid.
    if (!Number.isNaN(o.shippedAt[i])) o.flags[i] |= OrderFlag.validTracking;
    if (excused(o.shipBy[i])) o.shipBy[i] = Number.NaN;
    if (excused(o.deliverBy[i])) o.deliverBy[i] = Number.NaN;
  }
}

/** Whether a deadline falls on a force-majeure day of the seller's calendar (rule clock date): not judged. */
function forceMajeureTest(days: readonly string[], zone: OffsetFn): (deadline: number) => boolean {
  if (days.length === 0) return () => false;
  const set = new Set(days);
  return (deadline) => {
    if (Number.isNaN(deadline)) return false;
    const p = localPartsAt(zone, deadline);
    return set.has(isoDate(p.year, p.month, p.day));
  };
}

/**
 * Whether order i really dispatched late, as known at `asOf`: picked up after its ship-by deadline, or
 * not picked up while the deadline passed; an order cancelled before its deadline is not late.
 */
export function dispatchedLate(o: OrderColumns, i: number, asOf: number): boolean {
  // Cancelled at an unknown time: treated as cancelled before its deadline (see fillDeadlines for why).
  if (o.cancelledAt[i] <= o.shipBy[i] || cancelledUnknownTime(o, i)) return false;
  const shipped = o.shippedAt[i];
  return shipped <= asOf ? shipped > o.shipBy[i] : asOf > o.shipBy[i];
}
