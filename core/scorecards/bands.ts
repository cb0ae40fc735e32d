import type { BandTable, Comparison } from './schema';

/** The points of the first step the value meets (≥ for higher-better, ≤ for lower-better), else `otherwise`. */
export function bandPoints(table: BandTable, value: number): number {
  const steps = table.steps;
  // Indexed loops, no iterator: each sample's groups read the pickup-hour bands (issue #17).
  if (table.direction === 'higher-better') {
    for (let i = 0; i < steps.length; i++) if (value >= steps[i].threshold) return steps[i].points;
  } else {
    for (let i = 0; i < steps.length; i++) if (value <= steps[i].threshold) return steps[i].points;
  }
  return table.otherwise;
}

export function compare(value: number, comparison: Comparison, limit: number): boolean {
  switch (comparison) {
    case 'lt':
      return value < limit;
    case 'lte':
      return value <= limit;
    case 'gt':
      return value > limit;
    case 'gte':
      return value >= limit;
  }
}

/** The first row the score reaches; a fractional score sits in the row of its whole part (96.9 → the 93–96 row). */
export function starsFor(rows: readonly { minScore: number; stars: number }[], score: number): number | undefined {
  return rows.find((r) => score >= r.minScore)?.stars;
}
