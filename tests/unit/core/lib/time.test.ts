import { describe, expect, it } from 'vitest';
import {
  epochFromLocal,
  localParts,
  localPartsAt,
  offsetFn,
  offsetMinutes,
  parseTimeIn,
} from '../../../../core/lib/time';

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

describe('parseTimeIn: a time without an offset is the shop’s local time', () => {
  it('reads 20:00 in Los Angeles as 04:00 UTC the next day, not 20:00 UTC', () => {
    // 25 Nov 2026 is PST (UTC−8): 20:00 local = 26 Nov 04:00 UTC. Read as UTC it would be 8 hours early.
    expect(new Date(parseTimeIn('2026-11-25T20:00:00', 'America/Los_Angeles')).toISOString()).toBe(
      '2026-11-26T04:00:00.000Z',
    );
    expect(new Date(parseTimeIn('2026-11-25 20:00', 'Asia/Shanghai')).toISOString()).toBe('2026-11-25T12:00:00.000Z');
  });

  it('keeps an explicit offset or Z as written, whatever the shop’s zone', () => {
    expect(parseTimeIn('2026-11-25T20:00:00+08:00', 'America/Los_Angeles')).toBe(Date.parse('2026-11-25T12:00:00Z'));
    expect(parseTimeIn('2026-11-25T20:00:00Z', 'Asia/Shanghai')).toBe(Date.parse('2026-11-25T20:00:00Z'));
    expect(Number.isNaN(parseTimeIn('yesterday', 'Asia/Shanghai'))).toBe(true);
  });
});
