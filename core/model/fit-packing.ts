import { HOUR, MINUTE, type OffsetFn } from '../lib/time';
import type { OrderColumns } from '../records/orders';
import { type Settings, sellerCalendar } from '../settings/settings';
import { packCapacityByMinuteOfWeek } from './capacity';
import type { PickupScans } from './fit-pickups';
import { dayNumberOf, localDayNumber } from './pickups';
import { cancelledUnknownTime } from './ship-by-orders';
import type { WaitingCounter } from './waiting-parcels';

/**
 * How fast the team really packs: orders finished per packer-hour of the settings' shifts, counted only
 * while a backlog was waiting (an idle team says nothing about its speed). From the RTS times where the
 * export has them; otherwise from the pickup scans between two visits that both had room (the carrier's
 * limit did not hold parcels back) while orders were left behind: then what the visit took is what was
 * packed since the one before. The day-to-day spread is the Monte Carlo's speed uncertainty.
 */
export const MIN_BUSY_HOURS = 8;
const MIN_DAYS = 2;

export type PackingFit = {
  ordersPerPackerHour: number;
  /** Log standard deviation of the daily figures. */
  spread: number;
  hours: number;
  days: number;
  from: 'rts' | 'scans';
};

/** Packers on shift per minute of the span, as a prefix sum of packer-minutes from `start`. */
export function packerMinutes(settings: Settings, zone: OffsetFn, start: number, minutes: number): Float64Array {
  const perMinute = settings.stages.pickPack.ordersPerPackerHour / 60;
  const week = packCapacityByMinuteOfWeek(settings);
  const closed = new Set(sellerCalendar(settings).warehouseClosed.map(dayNumberOf));
  const out = new Float64Array(minutes + 1);
  for (let i = 0; i < minutes; i++) {
    const t = start + i * MINUTE;
    const day = localDayNumber(zone, t);
    const local = t + zone(t) * MINUTE;
    const minuteOfDay = Math.floor((local - day * 24 * HOUR) / MINUTE);
    const packers = closed.has(day) ? 0 : week[((day + 3) % 7) * 1440 + minuteOfDay] / perMinute;
    out[i + 1] = out[i] + packers;
  }
  return out;
}

type Span = { start: number; prefix: Float64Array };
export const packerHoursIn = (span: Span, from: number, to: number): number => {
  const at = (t: number) =>
    span.prefix[Math.min(span.prefix.length - 1, Math.max(0, Math.floor((t - span.start) / MINUTE)))];
  return (at(to) - at(from)) / 60;
};

/** From RTS times: per local hour with a backlog all through it, the RTS marks over the packer-hours. */
export function packingFromRts(
  o: OrderColumns & { rtsAt: Float64Array },
  settings: Settings,
  zone: OffsetFn,
  span: Span,
): PackingFit | null {
  const minutes = span.prefix.length - 1;
  const delta = new Float64Array(minutes + 1);
  const marks = new Float64Array(minutes + 1);
  const slot = (t: number) => Math.min(minutes, Math.max(0, Math.floor((t - span.start) / MINUTE)));
  for (let i = 0; i < o.length; i++) {
    // An order closed at a time the export does not give would sit in the backlog forever: left out.
    if (!(o.paidAt[i] > 0) || cancelledUnknownTime(o, i)) continue;
    delta[slot(o.paidAt[i])]++;
    const done = [o.rtsAt[i], o.shippedAt[i], o.cancelledAt[i]].filter((t) => t > 0);
    if (done.length) delta[slot(Math.min(...done))]--;
    if (o.rtsAt[i] > 0) marks[slot(o.rtsAt[i])]++;
  }
  const speed = settings.stages.pickPack.ordersPerPackerHour;
  const perDay = new Map<number, { done: number; hours: number }>();
  let backlog = 0;
  for (let h = 0; h + 60 <= minutes; h += 60) {
    let least = Number.POSITIVE_INFINITY;
    let done = 0;
    for (let m = h; m < h + 60; m++) {
      backlog += delta[m];
      done += marks[m];
      least = Math.min(least, backlog);
    }
    const packerHours = (span.prefix[h + 60] - span.prefix[h]) / 60;
    // Busy: the team never ran out of work, with at least a quarter hour's worth waiting all along.
    if (packerHours < 0.5 || least < Math.max(3, 0.25 * packerHours * speed)) continue;
    const day = localDayNumber(zone, span.start + h * MINUTE);
    const d = perDay.get(day) ?? { done: 0, hours: 0 };
    d.done += done;
    d.hours += packerHours;
    perDay.set(day, d);
  }
  return summarize([...perDay.values()], 'rts');
}

/** From scans: visits with room to spare that still left orders behind took what was packed since the last one. */
export function packingFromScans(
  scans: PickupScans,
  limits: readonly number[],
  waiting: WaitingCounter,
  span: Span,
): PackingFit | null {
  const perDay = new Map<number, { done: number; hours: number }>();
  const e = scans.events;
  const roomy = (k: number) => e[k].parcels < 0.9 * limits[e[k].cluster];
  for (let k = 1; k < e.length; k++) {
    const behind = waiting(e[k].at, e[k].at + HOUR);
    if (!roomy(k) || !roomy(k - 1) || behind < 3) continue;
    const hours = packerHoursIn(span, e[k - 1].at, e[k].at);
    if (hours < 1) continue;
    const d = perDay.get(e[k].day) ?? { done: 0, hours: 0 };
    d.done += e[k].parcels;
    d.hours += hours;
    perDay.set(e[k].day, d);
  }
  return summarize([...perDay.values()], 'scans');
}

function summarize(days: { done: number; hours: number }[], from: PackingFit['from']): PackingFit | null {
  const hours = days.reduce((a, d) => a + d.hours, 0);
  const done = days.reduce((a, d) => a + d.done, 0);
  if (days.length < MIN_DAYS || hours < MIN_BUSY_HOURS || done === 0) return null;
  const logs = days.filter((d) => d.done > 0).map((d) => Math.log(d.done / d.hours));
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, logs.length - 1));
  return {
    ordersPerPackerHour: Math.round((done / hours) * 10) / 10,
    // Bounded: a few days cannot promise better than ±3 %, nor should one odd day make it ±50 %.
    spread: Math.round(Math.min(0.5, Math.max(0.03, sd)) * 1000) / 1000,
    hours: Math.round(hours * 10) / 10,
    days: days.length,
    from,
  };
}
