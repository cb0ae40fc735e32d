import { lognormalFactor, type Random } from '../lib/random';
import { DAY, MINUTE, type OffsetFn } from '../lib/time';
import { packCapacityByMinuteOfWeek, pickupLimitByMinuteOfWeek } from '../model/capacity';
import { CancelledBy, emptyOrders, type RecordedOrders } from '../records/orders';
import type { Settings } from '../settings/settings';

/**
 * The real warehouse of a synthetic shop (synthetic-shop.ts), run order by order, minute by minute: the
 * packers of the settings' shifts at the TRUE speed pack paid orders first in, first out (RTS = packed);
 * each scheduled pickup really comes with probability 1 − missRate and scans up to its TRUE limit of
 * packed parcels, oldest first (shipped = the pickup instant); delivery follows a lognormal transit.
 * A buyer may cancel before the pickup scan. What happens after `end` (the export's moment) is not known.
 */
export type WarehouseTruth = {
  /** Real packing speed ÷ the settings' speed. */
  packFactor: number;
  /** Share of scheduled pickups the carrier does not come to. */
  pickupMissRate: number;
  /** Real parcel limit of a pickup ÷ the settings' limit. */
  maxParcelsFactor: number;
  /** Median transit, pickup scan to delivery. */
  transitHours: number;
  /** Share of orders whose buyer asks to cancel (effective only before the pickup scan). */
  cancelRate: number;
};

/** Log-spread of transit times around their median [assumed]. */
const TRANSIT_SPREAD = 0.3;
/** A buyer who cancels does so a median of 3 hours after paying, log-spread 1 [assumed]. */
const CANCEL_MEDIAN_MS = 3 * 60 * MINUTE;

export type WarehouseRun = { orders: RecordedOrders; pickups: { at: number; limit: number; taken: number }[] };

export function runWarehouse(
  rnd: Random,
  paidAt: readonly number[],
  settings: Settings,
  truth: WarehouseTruth,
  span: { start: number; end: number; zone: OffsetFn },
): WarehouseRun {
  const n = paidAt.length;
  const o = emptyOrders(n);
  o.length = n;
  const wantsCancel = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    o.paidAt[i] = paidAt[i];
    o.createdAt[i] = paidAt[i] - (5 + Math.floor(rnd() * 55)) * 1000;
    if (rnd() < truth.cancelRate)
      wantsCancel[i] = Math.floor((paidAt[i] + CANCEL_MEDIAN_MS * lognormalFactor(rnd, 1)) / 1000) * 1000;
  }
  const packWeek = packCapacityByMinuteOfWeek(settings);
  const pickupWeek = pickupLimitByMinuteOfWeek(settings);
  const pickups: WarehouseRun['pickups'] = [];
  const packed: number[] = []; // order indices, in RTS order
  let shipFrom = 0; // packed[shipFrom…] wait for a pickup
  let arrived = 0; // orders paid before the current minute's end
  let packNext = 0; // the next paid order to pack
  let credit = 0; // orders' worth of packing time not used yet
  const gone = (i: number, t: number) => wantsCancel[i] <= t;
  for (let t = span.start; t < span.end; t += MINUTE) {
    const local = t + span.zone(t) * MINUTE;
    const minuteOfWeek = (((Math.floor(local / DAY) + 3) % 7) * 1440 + Math.floor((local % DAY) / MINUTE)) | 0;
    // The pickup at the start of this minute takes what was packed before it (as capacity.ts has it).
    const planned = pickupWeek[minuteOfWeek];
    if (planned > 0) {
      const limit = Math.floor(planned * truth.maxParcelsFactor);
      let taken = 0;
      if (rnd() >= truth.pickupMissRate) {
        while (shipFrom < packed.length && taken < limit) {
          const i = packed[shipFrom++];
          if (gone(i, t)) continue; // cancelled while waiting: set aside, never scanned
          o.shippedAt[i] = t;
          const delivered =
            Math.floor((t + truth.transitHours * 3_600_000 * lognormalFactor(rnd, TRANSIT_SPREAD)) / 1000) * 1000;
          if (delivered < span.end) o.deliveredAt[i] = delivered;
          taken++;
        }
      }
      pickups.push({ at: t, limit, taken });
    }
    while (arrived < n && paidAt[arrived] < t + MINUTE) arrived++;
    credit += packWeek[minuteOfWeek] * truth.packFactor;
    while (packNext < arrived && credit >= 1) {
      const i = packNext++;
      if (gone(i, t)) continue; // cancelled before anyone packed it: costs no packing time
      // Within this minute, not before the payment: a pickup at the next minute start finds it packed.
      const from = Math.max(paidAt[i], t);
      o.rtsAt[i] = from + Math.floor((rnd() * (t + MINUTE - from)) / 1000) * 1000;
      packed.push(i);
      credit -= 1;
    }
    // Idle packers bank no time: at most the order they are halfway through.
    if (packNext === arrived) credit = Math.min(credit, 1);
  }
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(o.shippedAt[i]) && wantsCancel[i] < span.end) {
      o.cancelledAt[i] = wantsCancel[i];
      o.cancelledBy[i] = CancelledBy.buyer;
      // RTS after the cancel never happened; the orders packed before it keep their RTS time.
      if (o.rtsAt[i] > wantsCancel[i]) o.rtsAt[i] = Number.NaN;
    }
  }
  return { orders: o, pickups };
}
