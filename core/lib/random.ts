/**
 * Seeded randomness for the Monte Carlo and the demo: repeatable for a seed (a replay or a test gives
 * the same figures every time), not cryptographic. mulberry32, a small well-known generator.
 */
export type Random = () => number;

export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
export function normal(rnd: Random): number {
  const u = 1 - rnd(); // (0, 1]: log(0) never happens
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}

/** A multiplier around 1 whose logarithm has spread `sigma`: 0.15 → mostly within ×0.74 … ×1.35. */
export const lognormalFactor = (rnd: Random, sigma: number): number => Math.exp(sigma * normal(rnd));

/** A rate in [0, 1] drawn around `mean` with standard deviation about `sd` (clamped normal). */
export const rateAround = (rnd: Random, mean: number, sd: number): number =>
  Math.min(1, Math.max(0, mean + sd * normal(rnd)));

/** The q-quantile (0…1) of the values, by the nearest-rank method on a sorted copy. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
