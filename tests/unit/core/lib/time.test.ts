import { describe, expect, it } from 'vitest';
import { epochFromLocal, localParts, localPartsAt, offsetFn, offsetMinutes } from '../../../../core/lib/time';

describe('time zone arithmetic', () => {
  it('reads Shanghai wall-clock time (UTC+8, no daylight saving)', () => {
    // 2026-11-25T02:30:00Z is 10:30 in Shanghai, a Wednesday (weekday 2 with Monday = 0).
    const p = localParts('Asia/Shanghai', Date.parse('2026-11-25T02:30:00Z'));
    expect(p).toEqual({ year: 2026, month: 11, day: 25, weekday: 2, minuteOfDay: 630 });
    expect(offsetMinutes('Asia/Shanghai', Date.parse('2026-11-25T02:30:00Z'))).toBe(480);
  });

  it('turns a local time back into the instant, across a daylight-saving change', () => {
    // Los Angeles: 2026-03-08 is the spring-forward day; 12:00 local is then UTC−7 → 19:00Z.
    expect(new Date(epochFromLocal('America/Los_Angeles', 2026, 3, 8, 12 * 60)).toISOString()).toBe(
      '2026-03-08T19:00:00.000Z',
    );
    // The day before it is UTC−8 → 20:00Z.
    expect(new Date(epochFromLocal('America/Los_Angeles', 2026, 3, 7, 12 * 60)).toISOString()).toBe(
      '2026-03-07T20:00:00.000Z',
    );
  });

  it('finds every offset change with bisection and agrees with Intl on every quarter hour', () => {
    // Los Angeles, 2026-10-25 … 2026-11-12: clocks go back on 2026-11-01 at 09:00Z (02:00 PDT → 01:00 PST).
    const from = Date.parse('2026-10-25T00:07:00Z');
    const to = Date.parse('2026-11-12T00:00:00Z');
    const fast = offsetFn('America/Los_Angeles', from, to);
    for (let t = from; t <= to; t += 15 * 60_000) {
      expect(fast(t)).toBe(offsetMinutes('America/Los_Angeles', t));
    }
    expect(fast(Date.parse('2026-11-01T08:59:00Z'))).toBe(-420); // still PDT, UTC−7
    expect(fast(Date.parse('2026-11-01T09:00:00Z'))).toBe(-480); // PST, UTC−8
    // The same local parts as Intl, by arithmetic.
    const t = Date.parse('2026-11-05T23:30:00Z');
    expect(localPartsAt(fast, t)).toEqual(localParts('America/Los_Angeles', t));
  });
});
