import { DAY, MINUTE, offsetFn, parseClock } from '../lib/time';
import { isWeekdayInMask, parseWeekdays } from '../lib/weekdays';
import { type Settings, sellerCalendar } from '../settings/settings';
import { dayNumberOf } from './pickups';

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

/** Parcel limit of the carrier pickups at each minute of a local week, on the days each runs (0 where none). */
export function pickupLimitByMinuteOfWeek(settings: Settings): Float64Array {
  const out = new Float64Array(WEEK_MINUTES);
  for (const p of settings.stages.ship.pickups) {
    const mask = p.days === undefined ? 0x7f : (parseWeekdays(p.days) ?? 0);
    for (let day = 0; day < 7; day++) {
      if (isWeekdayInMask(mask, day)) out[day * 1440 + parseClock(p.time)] += p.maxParcels;
    }
  }
  return out;
}

/**
 * Everything about the warehouse that does not depend on the orders, laid out per minute of the run:
 * built once, then simulated many times (Monte Carlo samples, what-if actions) in a tight loop.
 */
export type PipelinePlan = {
  t0: number;
  length: number;
  /** Orders the packers can finish in each minute at nominal speed. */
  packCap: Float64Array;
  /** Parcel limit of the carrier pickup at the start of each minute (0: none). */
  pickupCap: Float64Array;
  /** 1 where received orders are taken in (every minute in auto mode, on the batch clock otherwise). */
  receiptOpen: Uint8Array;
  /** The minutes with a pickup, in order: the only ones where the shipped curve can rise. */
  pickupMinutes: Int32Array;
  transitMinutes: number;
};

/**
 * The week repeats but for the seller's closed dates (settings.calendar, local dates): on the warehouse's
 * nobody packs, on the carrier's no pickup comes, so they are applied minute by minute over the run.
 */
export function planPipeline(settings: Settings, t0: number, length: number): PipelinePlan {
  const packWeek = packCapacityByMinuteOfWeek(settings);
  const pickups = pickupLimitByMinuteOfWeek(settings);
  const calendar = sellerCalendar(settings);
  const packClosed = new Set(calendar.warehouseClosed.map(dayNumberOf));
  const pickupClosed = new Set(calendar.carrierClosed.map(dayNumberOf));
  const receipt = settings.stages.receipt;
  const plan: PipelinePlan = {
    t0,
    length,
    packCap: new Float64Array(length),
    pickupCap: new Float64Array(length),
    receiptOpen: new Uint8Array(length),
    pickupMinutes: new Int32Array(0),
    transitMinutes: Math.round(settings.stages.delivery.meanTransitHours * 60),
  };
  const offsetAt = offsetFn(settings.timezone, t0, t0 + length * MINUTE);
  let offset = 0;
  for (let i = 0; i < length; i++) {
    const t = t0 + i * MINUTE;
    // Zones change offset on a quarter hour (some at :30 or :45), never between.
    if (i === 0 || (t / MINUTE) % 15 === 0) offset = offsetAt(t) * MINUTE;
    const local = t + offset;
    const minuteOfDay = Math.floor((((local % DAY) + DAY) % DAY) / MINUTE);
    const date = Math.floor(local / DAY);
    const weekday = (date + 3) % 7; // 1970-01-01 was a Thursday
    plan.packCap[i] = packClosed.has(date) ? 0 : packWeek[weekday * 1440 + minuteOfDay];
    plan.pickupCap[i] = pickupClosed.has(date) ? 0 : pickups[weekday * 1440 + minuteOfDay];
    plan.receiptOpen[i] = receipt.mode === 'auto' || minuteOfDay % receipt.everyMinutes === 0 ? 1 : 0;
  }
  plan.pickupMinutes = Int32Array.from(plan.pickupCap.keys()).filter((i) => plan.pickupCap[i] > 0);
  return plan;
}

export type SimulateOptions = {
  /** Packing speed relative to the settings (a Monte Carlo draw, or a what-if). */
  packFactor?: number;
  /** Reuse these arrays instead of allocating (one per Monte Carlo worker loop). */
  into?: PipelineRun;
  /**
   * The warehouse's observed state at the start of `minute` (core/model/observed-start.ts), from 1 on:
   * every order paid before it is in the warehouse's hands, the first `packed` of them packed, as the run's
   * index minute − 1 shows. The plan is masked before it (core/model/plan-from.ts), so nothing earlier is
   * simulated again.
   */
  start?: { minute: number; packed: number };
};

export function emptyRun(t0: number, length: number): PipelineRun {
  return {
    t0,
    length: 0,
    arrived: new Float64Array(length),
    received: new Float64Array(length),
    packed: new Float64Array(length),
    shipped: new Float64Array(length),
    delivered: new Float64Array(length),
  };
}

/** Runs orders through the plan; stops early once every order has been picked up. */
export function simulate(plan: PipelinePlan, arrivals: Float64Array, opts: SimulateOptions = {}): PipelineRun {
  const run = opts.into ?? emptyRun(plan.t0, plan.length);
  const factor = opts.packFactor ?? 1;
  const { packCap, pickupCap, receiptOpen, transitMinutes: transit } = plan;
  const { arrived, received, packed, shipped, delivered } = run;
  const lastArrival = arrivals.length - 1;
  let a = 0;
  let r = 0;
  let p = 0;
  let s = 0;
  run.length = 0;
  const start = opts.start;
  for (let i = 0; i < plan.length; i++) {
    // The pickup at the start of this minute takes what was packed before it.
    if (pickupCap[i] > 0) s = Math.min(Math.floor(p + 1e-9), s + pickupCap[i]);
    if (i <= lastArrival) a += arrivals[i];
    if (receiptOpen[i] === 1) r = a;
    p = Math.min(r, p + packCap[i] * factor);
    // The observed state holds at the end of the minute before `start.minute` (the start of that minute).
    if (start && i === start.minute - 1) {
      r = a;
      p = Math.min(r, p + start.packed);
    }
    arrived[i] = a;
    received[i] = r;
    packed[i] = p;
    shipped[i] = s;
    delivered[i] = i >= transit ? shipped[i - transit] : 0;
    run.length = i + 1;
    if (i >= lastArrival && s >= a) break;
  }
  return run;
}

export type PipelineInput = {
  settings: Settings;
  t0: number;
  /** New orders in each minute from t0; their count sets the minutes known so far. */
  arrivals: Float64Array;
  /** Minutes to run past the last arrival minute; the run stops early once everything has shipped. */
  horizonMinutes?: number;
};

/** One run at nominal speed: plan and simulate in one call. */
export function runPipeline({
  settings,
  t0,
  arrivals,
  horizonMinutes = MAX_HORIZON_MINUTES,
}: PipelineInput): PipelineRun {
  return simulate(planPipeline(settings, t0, arrivals.length + horizonMinutes), arrivals);
}

/** Shipped orders stay with the delivery stage until the run ends; read it past its end as flat. */
export const valueAt = (curve: Float64Array, run: PipelineRun, i: number): number =>
  curve[Math.min(Math.max(i, 0), run.length - 1)];
