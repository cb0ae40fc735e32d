import { DAY, localDayAt, MINUTE, offsetFn } from '../lib/time';
import { type OrderColumns, OrderFlag } from '../records/orders';
import type { Scorecard } from '../scorecards/schema';
import type { Settings } from '../settings/settings';
import { deadlineTable } from './ship-by-table';

/**
 * What the exports do not carry: ship-by deadlines from the promise (and Order Handling Capacity where
 * the card has it), an assumed route standard, and valid tracking for scanned parcels.
 */
export function fillDeadlines(o: OrderColumns, settings: Settings, card: Scorecard): void {
  if (o.length === 0) return;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    first = Math.min(first, o.paidAt[i]);
    last = Math.max(last, o.paidAt[i]);
  }
  const t0 = Math.floor(first / MINUTE) * MINUTE;
  const minutes = Math.floor((last - t0) / MINUTE) + 1;
  const table = deadlineTable(t0, minutes, { timeZone: settings.timezone, promiseAt: () => settings.promise });
  const zone = offsetFn(settings.timezone, t0 - DAY, last + 40 * DAY);
  // Order Handling Capacity: the orders of a local day beyond the capacity, in paid order, get one more business day.
  const capacity = card.handlingCapacityExtension ? (settings.handlingCapacityPerDay ?? Infinity) : Infinity;
  const order = Int32Array.from({ length: o.length }, (_, i) => i).sort((a, b) => o.paidAt[a] - o.paidAt[b]);
  const perDay = new Map<number, number>();
  // [assumed] route standard: delivered by the end of the local day, ceil(transit / 24 h) days after pickup.
  const routeDays = Math.ceil(settings.stages.delivery.meanTransitHours / 24);
  for (const i of order) {
    const m = Math.floor((o.paidAt[i] - t0) / MINUTE);
    const day = table.dayStart[m];
    const n = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, n);
    const extended = n > capacity;
    o.shipBy[i] = extended ? t0 + (table.lastOnTimeExtended[m] + 1) * MINUTE - 1 : table.deadline[m];
    if (!Number.isNaN(o.shippedAt[i]) && Number.isNaN(o.deliverBy[i])) {
      o.deliverBy[i] = localDayAt(zone, o.shippedAt[i], routeDays, 23 * 60 + 59) + MINUTE - 1;
      // [assumed] The exports do not say whether a tracking number was valid: a scanned parcel counts as valid.
      o.flags[i] |= OrderFlag.validTracking;
    }
  }
}

/**
 * Whether order i really dispatched late, as known at `asOf`: picked up after its ship-by deadline, or
 * not picked up while the deadline passed; an order cancelled before its deadline is not late.
 */
export function dispatchedLate(o: OrderColumns, i: number, asOf: number): boolean {
  if (o.cancelledAt[i] <= o.shipBy[i]) return false;
  const shipped = o.shippedAt[i];
  return shipped <= asOf ? shipped > o.shipBy[i] : asOf > o.shipBy[i];
}
