import { describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../../../core/lib/time';
import { pastStreams } from '../../../../core/report/past-streams';
import { sh } from '../../helpers';

/**
 * A hand-built history in Shanghai time. Ordinary days: an order at hh:00 and hh:30 around the clock, so
 * every hour's median is 2 orders, 2/60 a minute, and a 10-minute bin is hot from max(5 × 2/60 × 10 ≈ 1.7, 5)
 * = 5 orders.
 */
const ordinary = (from: string, days: number): number[] =>
  Array.from({ length: days * 48 }, (_, k) => sh(from, '00:00') + k * 30 * MINUTE);
/** `perMinute` orders (up to 5) in each minute from `start` for `minutes`, at :05, :15, :25, :35 and :45 seconds. */
const burst = (start: number, minutes: number, perMinute: number): number[] =>
  Array.from(
    { length: minutes * perMinute },
    (_, k) => start + Math.floor(k / perMinute) * MINUTE + (5 + 10 * (k % perMinute)) * 1000,
  );

describe('finding past streams in the paid times', () => {
  const paid = [
    ...ordinary('2026-11-02', 14),
    // 10 Nov: 3 a minute 20:00–20:59 (180), a 20-minute lull, 2 a minute 21:20–21:39 (40): one stream.
    ...burst(sh('2026-11-10', '20:00'), 60, 3),
    ...burst(sh('2026-11-10', '21:20'), 20, 2),
    // 12 Nov: 3 a minute 20:00–20:19 (60), 40 minutes of nothing, 3 a minute 21:00–21:19 (60): two streams.
    ...burst(sh('2026-11-12', '20:00'), 20, 3),
    ...burst(sh('2026-11-12', '21:00'), 20, 3),
    // 5 Nov: 4 a minute for 10 minutes (40) and the 14:00 order: 41, fewer than 50: no stream.
    ...burst(sh('2026-11-05', '14:00'), 10, 4),
  ];
  const found = pastStreams(paid.reverse(), 'Asia/Shanghai');

  it('merges hot bins less than 30 minutes apart, parts those 30 or more apart, drops stretches under 50 orders', () => {
    expect(found).toEqual([
      // From the 20:00:00 ordinary order (in the first hot bin) to the last of the 21:30 bin, 21:39:15;
      // 180 + 40 + the ordinary 20:00, 20:30, 21:00 and 21:30 = 224.
      { start: sh('2026-11-10', '20:00'), end: sh('2026-11-10', '21:39') + 15_000, orders: 224 },
      // 60 + the ordinary 20:00 or 21:00 = 61 each; the last at 20:19:25 and 21:19:25.
      { start: sh('2026-11-12', '20:00'), end: sh('2026-11-12', '20:19') + 25_000, orders: 61 },
      { start: sh('2026-11-12', '21:00'), end: sh('2026-11-12', '21:19') + 25_000, orders: 61 },
    ]);
  });

  it('judges each hour against its own ordinary rate: 4 × a busy noon is no stream, 5 × is', () => {
    // Ten days with an order a minute 12:00–12:59 (median 1 a minute: a bin is hot from 5 × 1 × 10 = 50).
    const noon = Array.from({ length: 10 }, (_, d) => burst(sh('2026-11-02', '12:00') + d * DAY, 60, 1)).flat();
    const four = burst(sh('2026-11-04', '12:00'), 60, 3); // with the ordinary one: 4 a minute, 40 a bin
    const five = burst(sh('2026-11-06', '12:00'), 60, 4); // 5 a minute, 50 a bin
    expect(pastStreams([...noon, ...four, ...five], 'Asia/Shanghai')).toEqual([
      // 60 ordinary + 240 = 300, from 12:00:05 to the fourth of 12:59, at :35.
      { start: sh('2026-11-06', '12:00') + 5_000, end: sh('2026-11-06', '12:59') + 35_000, orders: 300 },
    ]);
  });

  it('finds nothing in an empty or ordinary history', () => {
    expect(pastStreams([], 'Asia/Shanghai')).toEqual([]);
    expect(pastStreams([Number.NaN], 'Asia/Shanghai')).toEqual([]);
    expect(pastStreams(ordinary('2026-11-02', 7), 'Asia/Shanghai')).toEqual([]);
  });
});
