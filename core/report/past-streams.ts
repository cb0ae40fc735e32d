import { DAY, HOUR, MINUTE, offsetFn } from '../lib/time';

/**
 * The past livestreams of an order history, found from the paid times alone (an export does not say when
 * the shop was live): stretches where orders arrive far faster than the shop's ordinary rate for that hour
 * of the day. The rule (issue #13): a 10-minute bin is hot when its orders reach 5 × the median per-minute
 * rate of the same local hour over the history's days (times 10 minutes), and at least `minBinOrders`
 * (a quiet night's median is 0); hot bins less than 30 minutes apart are one stream; a stream has at least
 * 50 orders.
 */
export type StreamRule = {
  factor: number;
  binMinutes: number;
  minBinOrders: number;
  mergeGapMinutes: number;
  minOrders: number;
};
export const STREAM_RULE: StreamRule = {
  factor: 5,
  binMinutes: 10,
  minBinOrders: 5,
  mergeGapMinutes: 30,
  minOrders: 50,
};

/** `start`/`end`: the first and last payment of the stretch; `orders`: those paid between, inclusive. */
export type PastStream = { start: number; end: number; orders: number };

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function pastStreams(paidAt: ArrayLike<number>, timeZone: string, rule: StreamRule = STREAM_RULE): PastStream[] {
  const paid = Float64Array.from(paidAt)
    .filter((t) => !Number.isNaN(t))
    .sort();
  if (paid.length === 0) return [];
  const zone = offsetFn(timeZone, paid[0] - DAY, paid[paid.length - 1] + DAY);
  const local = (t: number) => t + zone(t) * MINUTE;
  const firstDay = Math.floor(local(paid[0]) / DAY);
  const days = Math.floor(local(paid[paid.length - 1]) / DAY) - firstDay + 1;
  // Orders per local day and hour, then each hour's median over the days (days without orders count 0).
  const perDayHour = new Float64Array(days * 24);
  const binMs = rule.binMinutes * MINUTE;
  const firstBin = Math.floor(local(paid[0]) / binMs);
  const bins = new Float64Array(Math.floor(local(paid[paid.length - 1]) / binMs) - firstBin + 1);
  for (const t of paid) {
    const l = local(t);
    perDayHour[(Math.floor(l / DAY) - firstDay) * 24 + Math.floor((l % DAY) / HOUR)]++;
    bins[Math.floor(l / binMs) - firstBin]++;
  }
  const perMinute = Array.from(
    { length: 24 },
    (_, h) => median(Array.from({ length: days }, (_, d) => perDayHour[d * 24 + h])) / 60,
  );
  const hot = (b: number) => {
    const hour = Math.floor((((firstBin + b) * binMs) % DAY) / HOUR);
    return bins[b] >= Math.max(rule.factor * perMinute[hour] * rule.binMinutes, rule.minBinOrders);
  };
  // Runs of hot bins, merged across gaps shorter than mergeGapMinutes.
  const runs: { from: number; to: number }[] = [];
  for (let b = 0; b < bins.length; b++) {
    if (!hot(b)) continue;
    const prev = runs[runs.length - 1];
    if (prev && (b - prev.to - 1) * rule.binMinutes < rule.mergeGapMinutes) prev.to = b;
    else runs.push({ from: b, to: b });
  }
  const out: PastStream[] = [];
  for (const { from, to } of runs) {
    // Back to instants: the first payment in the first hot bin, the last in the last.
    const lo = (firstBin + from) * binMs;
    const hi = (firstBin + to + 1) * binMs;
    const inside = paid.filter((t) => local(t) >= lo && local(t) < hi);
    if (inside.length >= rule.minOrders) {
      out.push({ start: inside[0], end: inside[inside.length - 1], orders: inside.length });
    }
  }
  return out;
}
