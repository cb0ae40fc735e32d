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
  const days = [...perDay.keys()].filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
  const odd = perDay.get(Number.NaN);
  const hits = (t: DayTally | undefined, l: Scorecard['storeLimits'][number]) =>
    !!t && t.due > 0 && t.late >= l.minLateOrders && t.late / t.due >= l.minLateRate;
  // Crossed when some run of consecutive days that each hit is `days` long (runs restart at a gap or a miss).
  const crossed = (l: Scorecard['storeLimits'][number]) => {
    if (hits(odd, l)) return true;
    let run = 0;
    let previous = Number.NaN;
    for (const d of days) {
      run = hits(perDay.get(d), l) ? (d === previous + 1 ? run + 1 : 1) : 0;
      previous = d;
      if (run >= l.days) return true;
    }
    return false;
  };
  return limits.filter(crossed).map(flagOf);
}
