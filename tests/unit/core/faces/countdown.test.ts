import { describe, expect, it } from 'vitest';
import { countdown } from '../../../../core/faces/countdown';

describe('countdown', () => {
  it('counts whole seconds down to the instant and up after it', () => {
    const now = Date.UTC(2026, 10, 25, 12, 0, 0);
    // 1 h 5 min 9 s = 3,600 + 300 + 9 = 3,909 s ahead
    expect(countdown(now + 3909_000, now)).toBe('in 1:05:09');
    // 4 min 7 s = 247 s ahead
    expect(countdown(now + 247_000, now)).toBe('in 4:07');
    expect(countdown(now, now)).toBe('in 0:00');
    // passed 90 s ago = 1 min 30 s
    expect(countdown(now - 90_000, now)).toBe('1:30 ago');
    expect(countdown(null, now)).toBe('—');
  });

  it('ticks by one second when only the clock moves', () => {
    const target = 1_000_000;
    expect(countdown(target, target - 61_000)).toBe('in 1:01');
    expect(countdown(target, target - 60_000)).toBe('in 1:00');
  });
});
