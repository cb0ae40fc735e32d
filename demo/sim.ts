import { type Random, seeded } from '../core/lib/random';
import { MINUTE } from '../core/lib/time';

/**
 * The simulated livestreams behind the demo: a steady trickle, then bursts when a product is "dropped"
 * (a flash price opens), each fading over minutes, as ../shared/domain/logistics-score.md §4 describes.
 * The rates are a real stream's, per minute (5–40 orders a minute), so the model sees real minutes.
 * Deterministic for a seed, so a demo run and a test see the same stream.
 */
export type Product = { id: string; name: string; priceFen: number };

export const PRODUCTS: readonly Product[] = [
  { id: 'p1', name: 'Silk scarf, spring print', priceFen: 12900 },
  { id: 'p2', name: 'Linen shirt, oversized', priceFen: 15900 },
  { id: 'p3', name: 'Face serum 30 ml', priceFen: 8900 },
  { id: 'p4', name: 'Ceramic mug set (2)', priceFen: 6900 },
  { id: 'p5', name: 'Wool socks, 3 pairs', priceFen: 3900 },
];

export type Drop = { atMs: number; productIndex: number; orders: number; decayMs: number };
export type SimOrder = { atMs: number; productIndex: number };

/** How a stream sells: a drop every `everyMs` of `dropOrders` orders fading over `decayMs`, plus a trickle. */
export type StreamPlan = {
  seed: number;
  durationMs: number;
  everyMs: number;
  firstDropMs: number;
  dropOrders: readonly [number, number];
  decayMs: number;
  tricklePerMinute: number;
};

/** A live stream's plan [assumed]: a drop every 9 minutes, 80–150 orders each, 6 a minute between. */
export const LIVE_PLAN: Omit<StreamPlan, 'seed' | 'durationMs'> = {
  everyMs: 9 * MINUTE,
  firstDropMs: 3 * MINUTE,
  dropOrders: [80, 150],
  decayMs: 4.5 * MINUTE,
  tricklePerMinute: 6,
};

/** Drops spread over the stream: the first after a warm-up, then one every `everyMs`. */
export function planDrops(plan: StreamPlan, rnd: Random): Drop[] {
  const drops: Drop[] = [];
  const [least, most] = plan.dropOrders;
  for (let at = plan.firstDropMs, i = 0; at < plan.durationMs; at += plan.everyMs, i++) {
    drops.push({
      atMs: at,
      productIndex: i % PRODUCTS.length,
      orders: least + Math.floor(rnd() * (most - least + 1)),
      decayMs: plan.decayMs,
    });
  }
  return drops;
}

/** Every order of the stream, sorted by time: drop bursts (exponential decay) plus a trickle. */
export function simulateOrders(plan: StreamPlan): { drops: Drop[]; orders: SimOrder[] } {
  const rnd = seeded(plan.seed);
  const drops = planDrops(plan, rnd);
  const orders: SimOrder[] = [];
  for (const d of drops) {
    for (let k = 0; k < d.orders; k++) {
      const at = d.atMs - d.decayMs * Math.log(1 - rnd() * 0.98);
      if (at < plan.durationMs) orders.push({ atMs: at, productIndex: d.productIndex });
    }
  }
  const trickle = Math.round((plan.durationMs / MINUTE) * plan.tricklePerMinute);
  for (let k = 0; k < trickle; k++) {
    orders.push({ atMs: rnd() * plan.durationMs, productIndex: Math.floor(rnd() * PRODUCTS.length) });
  }
  orders.sort((a, b) => a.atMs - b.atMs);
  return { drops, orders };
}

/** How many of the sorted orders happened at or before `ms`. */
export function ordersUntil(orders: readonly SimOrder[], ms: number): number {
  let lo = 0;
  let hi = orders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orders[mid].atMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The readings a capture of the dashboard records: the paid-order count each second it rose (the page
 * polls once a second), from a reading of 0 at the stream's start until `untilMs`.
 */
export function readingsOf(orders: readonly SimOrder[], untilMs: number): { atMs: number; paidOrders: number }[] {
  const out = [{ atMs: 0, paidOrders: 0 }];
  for (let s = 1000; s <= untilMs; s += 1000) {
    const n = ordersUntil(orders, s);
    if (n > out[out.length - 1].paidOrders) out.push({ atMs: s, paidOrders: n });
  }
  return out;
}
