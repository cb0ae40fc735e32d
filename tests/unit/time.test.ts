import { describe, expect, it } from 'vitest';
import { epochFromLocal, localParts, offsetMinutes } from '../../core/time';

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
});
