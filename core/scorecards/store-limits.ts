import { type Flag, flagOf } from './engine';
import type { Scorecard } from './schema';

/** Orders due on a local day and how many of them shipped late. */
export type DayTally = { due: number; late: number };

/**
 * The store-level caps a day's lateness triggers (Douyin rule 101706): a limit is crossed when
 * `days` consecutive local days each reach its late rate with at least its number of late orders.
 */
export function storeLimitFlags(limits: Scorecard['storeLimits'], perDay: Map<number, DayTally>): Flag[] {
  const days = [...perDay.keys()].sort((a, b) => a - b);
  const hits = (d: number, l: Scorecard['storeLimits'][number]) => {
    const t = perDay.get(d);
    return !!t && t.due > 0 && t.late >= l.minLateOrders && t.late / t.due >= l.minLateRate;
  };
  return limits
    .filter((l) => days.some((d) => Array.from({ length: l.days }, (_, k) => d + k).every((x) => hits(x, l))))
    .map(flagOf);
}
