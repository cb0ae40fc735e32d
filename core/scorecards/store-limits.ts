import { type Flag, flagOf } from './engine';
import type { Scorecard } from './schema';

/** Orders due on a local day and how many of them shipped late. */
export type DayTally = { due: number; late: number };

/**
 * The store-level caps a day's lateness triggers (Douyin rule 101706): a limit is crossed when
 * `days` consecutive local days each reach its late rate with at least its number of late orders.
 */
export function storeLimitFlags(limits: Scorecard['storeLimits'], perDay: Map<number, DayTally>): Flag[] {
  if (limits.length === 0) return [];
  // Ascending; a day that is not a number stands for every day of its own run (Map keys: NaN is NaN).
  const days: number[] = [];
  for (const d of perDay.keys()) if (!Number.isNaN(d)) days.push(d);
  days.sort(ascending);
  const odd = perDay.get(Number.NaN);
  const flags: Flag[] = [];
  for (const l of limits) {
    // Crossed when some run of consecutive days that each hit is `days` long (runs restart at a gap or a miss).
    let crossed = hits(odd, l);
    let run = 0;
    let previous = Number.NaN;
    for (let i = 0; i < days.length && !crossed; i++) {
      const d = days[i];
      run = hits(perDay.get(d), l) ? (d === previous + 1 ? run + 1 : 1) : 0;
      previous = d;
      crossed = run >= l.days;
    }
    if (crossed) flags.push(flagOf(l));
  }
  return flags;
}

const ascending = (a: number, b: number) => a - b;
const hits = (t: DayTally | undefined, l: Scorecard['storeLimits'][number]) =>
  !!t && t.due > 0 && t.late >= l.minLateOrders && t.late / t.due >= l.minLateRate;
