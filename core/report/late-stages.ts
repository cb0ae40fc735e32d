import { DAY, MINUTE, type OffsetFn, offsetFn } from '../lib/time';
import { lastPickupIn, nextPickupAt, type PickupTimes, pickupScheduleOf } from '../model/pickups';
import { dispatchedLate } from '../model/ship-by-orders';
import type { OrderColumns } from '../records/orders';
import type { Settings } from '../settings/settings';

/**
 * Which stage really held each late order, from the export's own times (the rule a seller can check
 * row by row in the file):
 *
 * - The packing allowance of an order is the time from payment to the last scheduled pickup at or before
 *   its ship-by deadline (P): packed (RTS) by P, the order could have left on time.
 * - Late dispatch (picked up after the deadline, or not picked up with the deadline passed):
 *   - packed after P, or not packed at all → pick & pack;
 *   - packed by P but scanned after the deadline (pickup late, full, or the parcel left behind), or no
 *     scheduled pickup between payment and deadline at all → ship & transport;
 *   - picked up with no RTS time in the export (Douyin has none) → unknown: the file cannot tell
 *     packing from pickup.
 * - Order receipt is never blamed: no export dates the warehouse's intake of an order.
 * - Late delivery (delivered after the route's due time, or still undelivered past it) → order delivery:
 *   the route standard runs from the pickup scan, so only transit makes a delivery late.
 *
 * Each late order also gets the instant it would have been picked up had its stage not held it (P for
 * pick & pack; the first pickup after packing, or the packing itself, for ship & transport; the deadline
 * when unknown): the counterfactual the points are measured with.
 */
export const LateStage = { none: 0, pickPack: 1, shipTransport: 2, unknown: 3 } as const;
export type LateStageCode = (typeof LateStage)[keyof typeof LateStage];

export type LateVerdict = { stage: LateStageCode; fixedShippedAt: number };

export type LateRules = { zone: OffsetFn; pickups: PickupTimes; rtsAt: Float64Array | undefined; now: number };

export function lateRules(o: OrderColumns, settings: Settings, now: number, rtsAt?: Float64Array): LateRules {
  let first = now;
  for (let i = 0; i < o.length; i++) if (o.paidAt[i] < first) first = o.paidAt[i];
  return {
    zone: offsetFn(settings.timezone, first - DAY, now + 60 * DAY),
    pickups: pickupScheduleOf(settings),
    rtsAt,
    now,
  };
}

/** The stage holding order i's late dispatch (none when it was not late), and its counterfactual pickup. */
export function lateDispatchStage(o: OrderColumns, i: number, r: LateRules): LateVerdict {
  if (!dispatchedLate(o, i, r.now)) return { stage: LateStage.none, fixedShippedAt: o.shippedAt[i] };
  const paid = o.paidAt[i];
  const shipBy = o.shipBy[i];
  const shipped = o.shippedAt[i] <= r.now;
  const rts = r.rtsAt ? r.rtsAt[i] : Number.NaN;
  if (!r.rtsAt || (shipped && Number.isNaN(rts))) return { stage: LateStage.unknown, fixedShippedAt: shipBy };
  const last = lastPickupIn(r.zone, r.pickups, paid, shipBy);
  if (!Number.isNaN(last) && (Number.isNaN(rts) || rts > last)) {
    return { stage: LateStage.pickPack, fixedShippedAt: last };
  }
  // Packed in time for P (or no pickup could ever have made it): the carrier side held it.
  const ready = Number.isNaN(rts) ? paid : Math.max(paid, rts);
  const next = nextPickupAt(r.zone, r.pickups, Math.floor(ready / MINUTE) * MINUTE);
  const fixed = next <= shipBy ? next : Math.min(ready, shipBy);
  return { stage: LateStage.shipTransport, fixedShippedAt: fixed };
}

/**
 * Whether order i's delivery is late as known at `now`, as the scorecards count it: delivered after its
 * due time, or not delivered while the due time passed (up to its cancellation, if it was cancelled).
 */
export function deliveredLate(o: OrderColumns, i: number, now: number): boolean {
  const due = o.deliverBy[i];
  if (!(o.shippedAt[i] <= now) || Number.isNaN(due)) return false;
  const delivered = o.deliveredAt[i];
  if (delivered <= now) return delivered > due;
  const cancelled = o.cancelledAt[i];
  return (Number.isNaN(cancelled) ? now : Math.min(cancelled, now)) > due;
}
