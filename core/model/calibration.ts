import { DAY, formatClock, HOUR, localMinuteOfDay, MINUTE, offsetFn } from '../lib/time';
import type { OrderColumns } from '../records/orders';
import type { Settings } from '../settings/settings';
import { packCapacityByMinuteOfWeek } from './capacity';

/**
 * Fits the model's figures to the seller's own history: carrier pickup times and sizes (from the
 * times of day of the pickup scans), the packing team's real daily throughput, and transit times.
 * Every fit says how much data it rests on; below `MIN_SAMPLE` it says "not enough data" (null).
 */
export const MIN_SAMPLE = 30;
const SLOT = 15; // minutes: pickup scans cluster within a quarter hour of the carrier's visit

export type Calibration = {
  orders: number;
  pickups: { time: string; maxParcels: number; share: number; days: number }[] | null;
  /** Orders picked up per working day, the P90 of days with a backlog (what the team can do, not what it was asked). */
  dailyThroughput: { p90: number; days: number } | null;
  /** Orders per packer-hour implied by that throughput and the settings' shifts. */
  ordersPerPackerHour: { value: number; days: number } | null;
  transitHours: { p50: number; p90: number; orders: number } | null;
};

const sortedQuantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

export function calibrate(o: OrderColumns, settings: Settings): Calibration {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < o.length; i++) {
    if (o.shippedAt[i] < first) first = o.shippedAt[i];
    if (o.shippedAt[i] > last) last = o.shippedAt[i];
  }
  const scans = Number.isFinite(first) ? pickupSlots(o, settings, first, last) : null;
  return {
    orders: o.length,
    pickups: scans?.pickups ?? null,
    dailyThroughput: scans?.throughput ?? null,
    ordersPerPackerHour: scans?.throughput ? perPackerHour(scans.throughput, settings) : null,
    transitHours: transit(o),
  };
}

/** Scans per local quarter-hour slot and per local day; slots holding ≥ 10 % of all scans are pickups. */
function pickupSlots(o: OrderColumns, settings: Settings, first: number, last: number) {
  const zone = offsetFn(settings.timezone, first - DAY, last + DAY);
  const slots = new Float64Array(1440 / SLOT);
  const perSlotDay = new Map<string, number>();
  const perDay = new Map<number, number>();
  let scans = 0;
  for (let i = 0; i < o.length; i++) {
    const t = o.shippedAt[i];
    if (Number.isNaN(t)) continue;
    const slot = Math.floor(localMinuteOfDay(zone, t) / SLOT);
    const day = Math.floor((t + zone(t) * MINUTE) / DAY);
    slots[slot]++;
    perSlotDay.set(`${slot}:${day}`, (perSlotDay.get(`${slot}:${day}`) ?? 0) + 1);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    scans++;
  }
  if (scans < MIN_SAMPLE) return null;
  const pickups = [...slots.keys()]
    .filter((s) => slots[s] >= 0.1 * scans)
    .map((s) => {
      const days = [...perSlotDay.entries()].filter(([k]) => k.startsWith(`${s}:`)).map(([, n]) => n);
      days.sort((a, b) => a - b);
      return {
        time: formatClock(s * SLOT),
        maxParcels: sortedQuantile(days, 0.9),
        share: slots[s] / scans,
        days: days.length,
      };
    });
  const daily = [...perDay.values()].sort((a, b) => a - b);
  return {
    pickups: pickups.length ? pickups : null,
    throughput: daily.length >= 7 ? { p90: sortedQuantile(daily, 0.9), days: daily.length } : null,
  };
}

/** Daily throughput over the packer-hours the settings plan for an average day. */
function perPackerHour(t: { p90: number; days: number }, s: Settings) {
  // The week's planned capacity in orders, divided by the set speed, is the week's packer-hours.
  const weekOrders = packCapacityByMinuteOfWeek(s).reduce((a, b) => a + b, 0);
  const packerHoursPerDay = weekOrders / s.stages.pickPack.ordersPerPackerHour / 7;
  if (packerHoursPerDay === 0) return null;
  return { value: Math.round((t.p90 / packerHoursPerDay) * 10) / 10, days: t.days };
}

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

/** The settings with every fit that has enough data in place of the seller's figure. */
export function applyCalibration(s: Settings, c: Calibration): Settings {
  return {
    ...s,
    stages: {
      ...s.stages,
      pickPack: c.ordersPerPackerHour
        ? { ...s.stages.pickPack, ordersPerPackerHour: c.ordersPerPackerHour.value }
        : s.stages.pickPack,
      ship: c.pickups ? { pickups: c.pickups.map(({ time, maxParcels }) => ({ time, maxParcels })) } : s.stages.ship,
      delivery: c.transitHours ? { ...s.stages.delivery, meanTransitHours: c.transitHours.p50 } : s.stages.delivery,
    },
  };
}
