import { normal, type Random } from '../lib/random';
import { DAY, HOUR, localMinuteOfDay, MINUTE, type OffsetFn } from '../lib/time';

/**
 * The buyers of a synthetic shop (synthetic-shop.ts): paid instants, whole seconds, in order. Ordinary days
 * follow a daily curve; livestreams add a base rate and drops, bursts that decay. Every figure here is
 * an assumption of this generator [assumed], not measured from a real shop.
 */

/** Share of an ordinary day's orders in each local hour: quiet at night, a lunch and an evening peak [assumed]. */
const HOURLY = [1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 3, 3.5, 4, 4.5, 4, 3.5, 3.5, 4, 4.5, 5.5, 6.5, 7, 6, 4, 2];
const HOURLY_SUM = HOURLY.reduce((a, b) => a + b, 0);

/** A Poisson draw: Knuth's product of uniforms while small, a rounded normal above 30. */
export function poisson(rnd: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rnd)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rnd(); p > limit; p *= rnd()) k++;
  return k;
}

export type StreamPlan = { start: number; end: number; orders: number };

export type DemandInput = {
  /** Local midnight of the first day. */
  start: number;
  days: number;
  zone: OffsetFn;
  /** Mean orders of an ordinary day. */
  perDay: number;
  /** Mean orders of one livestream, drops included. */
  perStream: number;
  streams: number;
};

/** Days of the streams: apart by at least three days, none in the first five (calibration needs a history)
 * nor the last seven (the export must hold how each stream's orders ended, a backlog of days included). */
function streamDays(rnd: Random, days: number, count: number): number[] {
  const first = 5;
  const fit = Math.max(0, Math.min(count, Math.floor((days - 7 - first) / 3)));
  const slack = days - 7 - first - 3 * fit;
  const cuts = Array.from({ length: fit }, () => Math.floor(rnd() * Math.max(0, slack)));
  cuts.sort((a, b) => a - b);
  return cuts.map((c, k) => first + c + 3 * k);
}

export function demand(rnd: Random, input: DemandInput): { paidAt: number[]; streams: StreamPlan[] } {
  const { start, days, zone } = input;
  const paid: number[] = [];
  const at = (t: number) => paid.push(Math.floor(t / 1000) * 1000);
  // Ordinary demand, hour by hour. The hours are counted from local midnight of day 0 (a DST change shifts
  // the curve by an hour for part of the run, which a real shop's buyers would not mind either).
  for (let h = 0; h < days * 24; h++) {
    const t = start + h * HOUR;
    const n = poisson(rnd, (input.perDay * HOURLY[Math.floor(localMinuteOfDay(zone, t) / 60)]) / HOURLY_SUM);
    for (let k = 0; k < n; k++) at(t + rnd() * HOUR);
  }
  const streams: StreamPlan[] = [];
  for (const day of streamDays(rnd, days, input.streams)) {
    const begin = start + day * DAY + (17 * 60 + Math.floor(rnd() * 180)) * MINUTE;
    const minutes = 120 + Math.floor(rnd() * 121);
    const total = input.perStream * (0.6 + 0.8 * rnd());
    // 40 % at a steady rate, 60 % in drops every 20–40 minutes that halve every 3–8 minutes.
    const drops: { at: number; peak: number; halfLife: number }[] = [];
    for (let m = 5 + Math.floor(rnd() * 10); m < minutes - 10; m += 20 + Math.floor(rnd() * 21)) {
      drops.push({ at: m, peak: 0, halfLife: 3 + 5 * rnd() });
    }
    const area = drops.reduce((a, d) => a + d.halfLife / Math.LN2, 0);
    for (const d of drops) d.peak = (0.6 * total) / Math.max(area, 1);
    const base = (0.4 * total) / minutes;
    let count = 0;
    for (let m = 0; m < minutes; m++) {
      let rate = base;
      for (const d of drops) if (m >= d.at) rate += d.peak * 0.5 ** ((m - d.at) / d.halfLife);
      const n = poisson(rnd, rate);
      for (let k = 0; k < n; k++) at(begin + (m + rnd()) * MINUTE);
      count += n;
    }
    streams.push({ start: begin, end: begin + minutes * MINUTE, orders: count });
  }
  paid.sort((a, b) => a - b);
  return { paidAt: paid, streams };
}
