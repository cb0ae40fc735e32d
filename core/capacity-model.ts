import type { Settings } from './settings';
import { DAY, MINUTE, offsetFn, parseClock } from './time';
import { isWeekdayInMask, parseWeekdays } from './weekdays';

/**
 * The first four-stage capacity model, as cumulative curves over whole minutes (a fluid FIFO queue):
 * arrived ≥ received ≥ packed ≥ shipped ≥ delivered at every minute, so orders are conserved and a
 * stage's backlog is the gap between two curves. "Shipped" is the carrier's pickup scan, which only
 * happens at the scheduled pickups, up to each pickup's parcel limit.
 */
export type PipelineRun = {
  t0: number; // minute-aligned instant of index 0
  length: number;
  arrived: Float64Array;
  received: Float64Array;
  packed: Float64Array;
  shipped: Float64Array;
  delivered: Float64Array;
};

const WEEK_MINUTES = 7 * 1440;
/** Long enough for every promise type's deadline (7 business days plus a long weekend). */
export const MAX_HORIZON_MINUTES = 14 * 1440;

/** Orders the packing team can finish in each minute of a local week (Monday 00:00 first). */
export function packCapacityByMinuteOfWeek(settings: Settings): Float64Array {
  const out = new Float64Array(WEEK_MINUTES);
  const perMinute = settings.stages.pickPack.ordersPerPackerHour / 60;
  for (const shift of settings.stages.pickPack.shifts) {
    const mask = parseWeekdays(shift.days) ?? 0;
    const start = parseClock(shift.start);
    const end = parseClock(shift.end);
    // An overnight shift (end ≤ start) runs into the next day.
    const length = end > start ? end - start : end + 1440 - start;
    for (let day = 0; day < 7; day++) {
      if (!isWeekdayInMask(mask, day)) continue;
      for (let m = 0; m < length; m++) {
        out[(day * 1440 + start + m) % WEEK_MINUTES] += shift.packers * perMinute;
      }
    }
  }
  return out;
}

/** Parcel limit of the carrier pickups at each minute of the day (0 where none). */
export function pickupLimitByMinuteOfDay(settings: Settings): Float64Array {
  const out = new Float64Array(1440);
  for (const p of settings.stages.ship.pickups) out[parseClock(p.time)] += p.maxParcels;
  return out;
}

export type PipelineInput = {
  settings: Settings;
  t0: number;
  /** New orders in each minute from t0; their count sets the minutes known so far. */
  arrivals: Float64Array;
  /** Minutes to run past the last arrival minute; the run stops early once everything has shipped. */
  horizonMinutes?: number;
};

export function runPipeline({
  settings,
  t0,
  arrivals,
  horizonMinutes = MAX_HORIZON_MINUTES,
}: PipelineInput): PipelineRun {
  const packCap = packCapacityByMinuteOfWeek(settings);
  const pickups = pickupLimitByMinuteOfDay(settings);
  const receipt = settings.stages.receipt;
  const transit = Math.round(settings.stages.delivery.meanTransitHours * 60);
  const max = arrivals.length + horizonMinutes;
  const run: PipelineRun = {
    t0,
    length: 0,
    arrived: new Float64Array(max),
    received: new Float64Array(max),
    packed: new Float64Array(max),
    shipped: new Float64Array(max),
    delivered: new Float64Array(max),
  };
  let a = 0;
  let r = 0;
  let p = 0;
  let s = 0;
  const offsetAt = offsetFn(settings.timezone, t0, t0 + max * MINUTE);
  let offset = 0;
  for (let i = 0; i < max; i++) {
    const t = t0 + i * MINUTE;
    // Zones change offset on a quarter hour (some at :30 or :45), never between.
    if (i === 0 || (t / MINUTE) % 15 === 0) offset = offsetAt(t) * MINUTE;
    const local = t + offset;
    const minuteOfDay = Math.floor((((local % DAY) + DAY) % DAY) / MINUTE);
    const weekday = (Math.floor(local / DAY) + 3) % 7; // 1970-01-01 was a Thursday
    // The pickup at the start of this minute takes what was packed before it.
    if (pickups[minuteOfDay] > 0) {
      s = Math.min(Math.floor(p + 1e-9), s + pickups[minuteOfDay]);
    }
    a += i < arrivals.length ? arrivals[i] : 0;
    if (receipt.mode === 'auto' || minuteOfDay % receipt.everyMinutes === 0) r = a;
    p = Math.min(r, p + packCap[weekday * 1440 + minuteOfDay]);
    run.arrived[i] = a;
    run.received[i] = r;
    run.packed[i] = p;
    run.shipped[i] = s;
    run.delivered[i] = i >= transit ? run.shipped[i - transit] : 0;
    run.length = i + 1;
    if (i >= arrivals.length - 1 && s >= a) break;
  }
  return run;
}

/** Shipped orders stay with the delivery stage until the run ends; read it past its end as flat. */
export const valueAt = (curve: Float64Array, run: PipelineRun, i: number): number =>
  curve[Math.min(Math.max(i, 0), run.length - 1)];
