import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../core/lib/time';
import { LIVE_PLAN, readingsOf, simulateOrders } from '../../../demo/sim';

describe('the simulated live stream', () => {
  const { orders } = simulateOrders({ ...LIVE_PLAN, seed: 7, durationMs: 120 * MINUTE });

  it("sells at a real stream's pace: never more than 45 orders in a minute", () => {
    const perMinute = new Map<number, number>();
    for (const o of orders)
      perMinute.set(Math.floor(o.atMs / MINUTE), (perMinute.get(Math.floor(o.atMs / MINUTE)) ?? 0) + 1);
    // A drop of at most 150 orders fading over 4.5 min sells about 150 / 4.5 ≈ 33 in its first minute, plus the
    // trickle's 6: about 39, with a few more by chance.
    expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(45);
    // 120 min: 13 drops (3, 12, …, 111 min) of 80–150 orders and 6 × 120 = 720 from the trickle.
    expect(orders.length).toBeGreaterThan(720 + 13 * 80 * 0.9);
    expect(orders.length).toBeLessThan(720 + 13 * 150);
  });

  it('reads as the capture records it: 0 at the start, then the count each second it rose', () => {
    const r = readingsOf(orders, 10 * MINUTE);
    expect(r[0]).toEqual({ atMs: 0, paidOrders: 0 });
    for (let i = 1; i < r.length; i++) {
      expect(r[i].paidOrders).toBeGreaterThan(r[i - 1].paidOrders);
      expect(r[i].atMs % 1000).toBe(0);
    }
    expect(r.at(-1)?.paidOrders).toBe(orders.filter((o) => o.atMs <= 10 * MINUTE).length);
  });
});
