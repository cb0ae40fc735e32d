import { DAY, HOUR, MINUTE, offsetFn } from '../lib/time';
import { CancelledBy, type OrderColumns } from '../records/orders';
import { type Settings, sellerCalendar } from '../settings/settings';
import { type CarrierFit, type FittedPickup, fitCarrier } from './fit-carrier';
import { type PackingFit, packerHoursIn, packerMinutes, packingFromRts, packingFromScans } from './fit-packing';
import { pickupScans } from './fit-pickups';
import { dayNumberOf } from './pickups';
import { cancelledUnknownTime } from './ship-by-orders';
import { waitingCounter } from './waiting-parcels';

/**
 * Fits the warehouse's capacity — not its demand — from the seller's own history: the packing speed while
 * a backlog waited (core/model/fit-packing.ts), the carrier's real visits, their limits and how often one
 * never came (core/model/fit-carrier.ts), and transit times. Every fit carries its sample size; a fit
 * without enough data is null and the settings' figure stays, said as assumed.
 */
export const MIN_SAMPLE = 30;
/** Without RTS times an order counts as ready for the carrier this long after payment [assumed]. */
const READY_AFTER_PAYMENT = 2 * HOUR;
/** The most history a fit reads: a quarter and a bit, like the scorecards' longest window. */
const MAX_SPAN_DAYS = 100;

export type Calibration = {
  orders: number;
  pickups: FittedPickup[] | null;
  pickupMissRate: CarrierFit['missRate'];
  packing: PackingFit | null;
  transitHours: { p50: number; p90: number; orders: number } | null;
  /** Share of settled orders the buyer cancelled before the pickup scan. */
  buyerCancelRate: { value: number; n: number } | null;
  /** How fast a drop's burst fades in the seller's past streams (core/model/fit-decay.ts); set by the caller. */
  forecastHalfLife?: { minutes: number; drops: number } | null;
};

const hasAny = (c: Float64Array | undefined): c is Float64Array => c?.some((t) => t > 0) ?? false;

export function calibrate(o: OrderColumns, settings: Settings): Calibration {
  const empty: Calibration = {
    orders: o.length,
    pickups: null,
    pickupMissRate: null,
    packing: null,
    transitHours: null,
    buyerCancelRate: null,
  };
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    for (const t of [o.paidAt[i], o.shippedAt[i], o.cancelledAt[i]]) if (t > last) last = t;
  }
  if (!Number.isFinite(last)) return empty;
  let first = last;
  for (let i = 0; i < o.length; i++) if (o.paidAt[i] < first) first = o.paidAt[i];
  const start = Math.floor(Math.max(first, last - MAX_SPAN_DAYS * DAY) / HOUR) * HOUR;
  const zone = offsetFn(settings.timezone, start - DAY, last + DAY);
  const rts = hasAny(o.rtsAt) ? o.rtsAt : null;
  // Ready for the carrier: marked RTS, or (without RTS times) a while after payment; gone when scanned or cancelled.
  const ready = new Float64Array(o.length);
  const left = new Float64Array(o.length);
  for (let i = 0; i < o.length; i++) {
    const gone = Math.min(
      o.shippedAt[i] > 0 ? o.shippedAt[i] : Infinity,
      o.cancelledAt[i] > 0 ? o.cancelledAt[i] : Infinity,
    );
    const r = rts ? rts[i] : o.paidAt[i] + READY_AFTER_PAYMENT;
    // Closed at a time the export does not give (a Douyin 已关闭 order): never counted as waiting.
    const unknownEnd = cancelledUnknownTime(o, i);
    ready[i] = r > 0 && o.paidAt[i] >= start && !unknownEnd ? Math.min(r, gone) : Number.POSITIVE_INFINITY;
    left[i] = gone;
  }
  const span = { start, prefix: packerMinutes(settings, zone, start, Math.ceil((last - start) / MINUTE) + 1) };
  const scans = pickupScans(o, zone, MIN_SAMPLE);
  // A visit that cannot come (the carrier's closed day) or finds nothing packed (the warehouse's) is not missed.
  const calendar = sellerCalendar(settings);
  const closed = new Set([...calendar.carrierClosed, ...calendar.warehouseClosed].map(dayNumberOf));
  const carrier = scans
    ? fitCarrier(scans, waitingCounter(ready, left), settings, zone, {
        plateau: !rts,
        lastEvent: last,
        carrierClosed: closed,
        packerHours: (from: number, to: number) => packerHoursIn(span, from, to),
      })
    : null;
  const packing = rts
    ? packingFromRts({ ...o, rtsAt: rts }, settings, zone, span)
    : scans && carrier
      ? packingFromScans(
          scans,
          carrier.pickups.map((p) => p.maxParcels),
          waitingCounter(ready, left),
          span,
        )
      : null;
  return {
    orders: o.length,
    pickups: carrier?.pickups.length ? carrier.pickups : null,
    pickupMissRate: carrier?.missRate ?? null,
    packing,
    transitHours: transit(o),
    buyerCancelRate: cancellations(o, start),
  };
}

/** Buyer cancellations before the scan among the orders settled (shipped or cancelled) since `start`. */
function cancellations(o: OrderColumns, start: number): Calibration['buyerCancelRate'] {
  let n = 0;
  let cancelled = 0;
  for (let i = 0; i < o.length; i++) {
    if (!(o.paidAt[i] >= start)) continue;
    // Before the scan: cancelled before it was shipped, or cancelled and never shipped.
    const shipped = o.shippedAt[i] > 0;
    const before = shipped ? o.cancelledAt[i] < o.shippedAt[i] : true;
    const byBuyer = o.cancelledBy[i] === CancelledBy.buyer && before;
    if (!(o.shippedAt[i] > 0) && !byBuyer) continue;
    n++;
    if (byBuyer) cancelled++;
  }
  return n >= MIN_SAMPLE ? { value: Math.round((cancelled / n) * 1000) / 1000, n } : null;
}

const sortedQuantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

function transit(o: OrderColumns): Calibration['transitHours'] {
  const hours: number[] = [];
  for (let i = 0; i < o.length; i++) {
    const h = (o.deliveredAt[i] - o.shippedAt[i]) / HOUR;
    if (h >= 0) hours.push(h);
  }
  if (hours.length < MIN_SAMPLE) return null;
  hours.sort((a, b) => a - b);
  return {
    p50: Math.round(sortedQuantile(hours, 0.5) * 10) / 10,
    p90: Math.round(sortedQuantile(hours, 0.9) * 10) / 10,
    orders: hours.length,
  };
}

/**
 * The settings with every fit that has enough data in place of the seller's figure, unless the seller
 * turned calibration off. The shifts stay as set (who works when is the seller's plan); the speed per
 * packer-hour is measured against them, so a what-if adding packers still adds capacity.
 */
export function applyCalibration(s: Settings, c: Calibration): Settings {
  if (!s.model.calibrate) return s;
  const miss = c.pickupMissRate;
  return {
    ...s,
    stages: {
      ...s.stages,
      pickPack: c.packing
        ? { ...s.stages.pickPack, ordersPerPackerHour: c.packing.ordersPerPackerHour }
        : s.stages.pickPack,
      ship: c.pickups
        ? { pickups: c.pickups.map(({ time, days, maxParcels }) => ({ time, maxParcels, ...(days ? { days } : {}) })) }
        : s.stages.ship,
      delivery: c.transitHours
        ? { ...s.stages.delivery, meanTransitHours: Math.max(0.1, c.transitHours.p50) }
        : s.stages.delivery,
    },
    model: {
      ...s.model,
      ...(c.packing ? { packerSpeedSpread: c.packing.spread } : {}),
      ...(miss ? missedVisits(miss) : {}),
      ...(c.forecastHalfLife ? { forecastHalfLifeMinutes: c.forecastHalfLife.minutes } : {}),
      ...(c.buyerCancelRate
        ? {
            buyerCancelRate: Math.min(0.5, c.buyerCancelRate.value),
            buyerCancelRateSpread: spreadOf(c.buyerCancelRate.value, c.buyerCancelRate.n),
          }
        : {}),
    },
  };
}

/** The sampling error of a share measured on n, at least half a point. */
const spreadOf = (p: number, n: number) => Math.max(0.005, Math.round(Math.sqrt((p * (1 - p)) / n) * 1000) / 1000);

/**
 * The rate the Monte Carlo draws: the rule of succession, (missed + 1) / (n + 2), not the raw share: 0 misses in
 * 26 visits does not make a carrier that never misses, and one miss of a day's single visit is a day's parcels late.
 */
function missedVisits(m: NonNullable<Calibration['pickupMissRate']>) {
  const p = (m.missed + 1) / (m.n + 2);
  return { pickupMissRate: Math.round(p * 1000) / 1000, pickupMissRateSpread: spreadOf(p, m.n + 2) };
}
