import { type Random, seeded } from '../core/lib/random';

/**
 * The simulated livestream behind the demo dashboard: quiet trickle, then bursts when a product is
 * "dropped" (a flash price opens), each decaying over seconds, as ../shared/domain/logistics-score.md §4
 * describes. Deterministic for a seed, so a demo run and a test see the same stream.
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

/** Drops spread over the stream: the first after a short warm-up, then one every `everyMs`. */
export function planDrops(durationMs: number, everyMs: number, rnd: Random): Drop[] {
  const drops: Drop[] = [];
  for (let at = Math.min(5000, durationMs / 10), i = 0; at < durationMs; at += everyMs, i++) {
    drops.push({
      atMs: at,
      productIndex: i % PRODUCTS.length,
      orders: 250 + Math.floor(rnd() * 250),
      decayMs: Math.min(everyMs / 4, 6000),
    });
  }
  return drops;
}

/** Every order of the stream, sorted by time: drop bursts (exponential decay) plus a trickle. */
export function simulateOrders(opts: { seed: number; durationMs: number; everyMs: number; tricklePerSec: number }): {
  drops: Drop[];
  orders: SimOrder[];
} {
  const rnd = seeded(opts.seed);
  const drops = planDrops(opts.durationMs, opts.everyMs, rnd);
  const orders: SimOrder[] = [];
  for (const d of drops) {
    for (let k = 0; k < d.orders; k++) {
      const at = d.atMs - d.decayMs * Math.log(1 - rnd() * 0.98);
      if (at < opts.durationMs) orders.push({ atMs: at, productIndex: d.productIndex });
    }
  }
  const trickle = Math.round((opts.durationMs / 1000) * opts.tricklePerSec);
  for (let k = 0; k < trickle; k++) {
    orders.push({ atMs: rnd() * opts.durationMs, productIndex: Math.floor(rnd() * PRODUCTS.length) });
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
