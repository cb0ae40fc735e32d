import { describe, expect, it } from 'vitest';
import {
  CountGuard,
  MAX_BURST,
  MAX_ORDERS_PER_MINUTE,
  MAX_PLAUSIBLE_COUNT,
  plausibleJump,
} from '../../../../core/capture/count-guard';

const T = Date.UTC(2026, 10, 25, 12, 0);
const MIN = 60_000;

describe('CountGuard', () => {
  it('records rises only: a drop is held back with the floor, the same count is not recorded again', () => {
    const g = new CountGuard();
    g.adopt(50, T); // 50 already stored before a reload
    expect(g.accept(40, T)).toEqual({ record: false, reason: 'below', floor: 50 });
    expect(g.accept(50, T)).toEqual({ record: false, reason: 'same' });
    expect(g.accept(55, T)).toEqual({ record: true, value: 55 });
    expect(g.accept(0, T)).toEqual({ record: false, reason: 'below', floor: 55 });
    expect(g.recorded).toBe(55);
  });

  it('holds a count no stream reaches, even as the first reading, and it never becomes the floor', () => {
    const g = new CountGuard();
    expect(g.accept(2 ** 53, T)).toEqual({ record: false, reason: 'implausible', from: 0, to: 2 ** 53 });
    expect(g.accept(MAX_PLAUSIBLE_COUNT + 1, T)).toMatchObject({ reason: 'implausible', to: 10_000_001 });
    expect(g.accept(1.5, T)).toMatchObject({ reason: 'implausible' });
    expect(g.accept(-3, T)).toMatchObject({ reason: 'implausible' });
    expect(g.recorded).toBeNull();
    expect(g.accept(120, T)).toEqual({ record: true, value: 120 }); // the real count still gets through
  });

  it('holds a jump beyond the burst and the pace since the floor, and takes it once enough time has passed', () => {
    const g = new CountGuard();
    g.accept(1_234, T);
    // 10 s after 1,234 was recorded, the page shows its GMV, 98,765: 97,531 more orders than allowed
    // (20,000 at once + 2,000 a minute × 1/6 minute ≈ 20,333).
    expect(g.accept(98_765, T + 10_000)).toEqual({ record: false, reason: 'implausible', from: 1_234, to: 98_765 });
    expect(g.recorded).toBe(1_234);
    // The next real reading, 1,240, is recorded as if the absurd one had never been.
    expect(g.accept(1_240, T + 20_000)).toEqual({ record: true, value: 1_240 });
    // A real jump of 30,000 after a quiet 4 minutes: 20,000 + 2,000 × 4 = 28,000 allowed, so held…
    expect(g.accept(31_240, T + 20_000 + 4 * MIN)).toMatchObject({ reason: 'implausible' });
    // …and taken at 5 minutes: 20,000 + 2,000 × 5 = 30,000 allowed.
    expect(g.accept(31_240, T + 20_000 + 5 * MIN)).toEqual({ record: true, value: 31_240 });
  });

  it('adopts a stored count without question, from when it is told', () => {
    const g = new CountGuard();
    g.adopt(5_000_000, T); // what the store holds is already stored
    expect(g.recorded).toBe(5_000_000);
    g.adopt(10, T); // never lowers the floor
    expect(g.recorded).toBe(5_000_000);
    expect(g.accept(5_000_000 + MAX_BURST + 1, T)).toMatchObject({ reason: 'implausible', from: 5_000_000 });
  });
});

describe('plausibleJump', () => {
  it('bounds the count, and a rise by the burst plus the pace over the time since the floor', () => {
    expect(plausibleJump(null, MAX_PLAUSIBLE_COUNT, null)).toBe(true);
    expect(plausibleJump(null, Number.NaN, null)).toBe(false);
    expect(plausibleJump(100, 100 + MAX_BURST, 0)).toBe(true);
    expect(plausibleJump(100, 100 + MAX_BURST + 1, 0)).toBe(false);
    // One minute: 20,000 + 2,000.
    expect(plausibleJump(100, 100 + MAX_BURST + MAX_ORDERS_PER_MINUTE, MIN)).toBe(true);
    expect(plausibleJump(100, 100 + 22_001, MIN)).toBe(false);
    expect(plausibleJump(100, 100 + 22_001, null)).toBe(true); // no time known: only the bound
    expect(plausibleJump(500, 3, MIN)).toBe(true); // a drop is the floor's business, not this one's
  });
});
