import * as z from 'zod/mini';
import '../lib/zod-locale';
import { describeIssues } from './issues';
import { type Scorecard, scorecardSchema } from './schema';

// zod 4 numbers are finite already (NaN and ±Infinity fail).
const number = z.number();
const count = z.int().check(z.gte(0));

/**
 * What the seller may change on a scorecard: the figures platforms show only in their back office
 * (indicator weights and band tables, flag thresholds, small-shop limits, the growth-check pass rate).
 * Everything else is the platform's rule and stays as shipped.
 */
export const scorecardOverrideSchema = z.strictObject({
  indicators: z.optional(
    z.record(
      z.string(),
      z.strictObject({
        weight: z.optional(z.number().check(z.gte(0))),
        steps: z.optional(z.array(z.strictObject({ threshold: number, points: number })).check(z.minLength(1))),
        otherwise: z.optional(number),
        violationPoints: z.optional(number),
      }),
    ),
  ),
  thresholds: z.optional(z.record(z.string(), z.strictObject({ value: number }))),
  smallShop: z.optional(z.strictObject({ belowValidOrders: z.optional(count), maxFaultReturns: z.optional(count) })),
  growthCheck: z.optional(z.strictObject({ value: number })),
});

export type ScorecardOverride = z.output<typeof scorecardOverrideSchema>;
type Parsed = { ok: true; scorecard: Scorecard } | { ok: false; message: string };

/**
 * Validates an override and applies it to `card`. The result is checked by the scorecard schema itself,
 * and every error names the field as the override spells it ("indicators.waybillOnTimeRate.steps[1].threshold").
 */
export function parseScorecardOverride(card: Scorecard, input: unknown): Parsed {
  const shape = scorecardOverrideSchema.safeParse(input);
  if (!shape.success) return { ok: false, message: describeIssues(shape.error, input) };
  const o = shape.data;
  const errors: string[] = [];
  const next = structuredClone(card);
  for (const [id, change] of Object.entries(o.indicators ?? {})) {
    const ind = next.indicators.find((i) => i.id === id);
    if (!ind) {
      errors.push(`indicators.${id}: not an indicator of ${card.id}`);
      continue;
    }
    if (change.weight !== undefined) ind.weight = change.weight;
    const s = ind.scoring;
    const table = change.steps !== undefined || change.otherwise !== undefined;
    if (table && s.kind === 'none') errors.push(`indicators.${id}: has no points table to change`);
    if (table && s.kind !== 'none') {
      s.bands = { ...s.bands, steps: change.steps ?? s.bands.steps, otherwise: change.otherwise ?? s.bands.otherwise };
    }
    if (change.violationPoints !== undefined) {
      if (s.kind === 'per-order') s.violationPoints = change.violationPoints;
      else errors.push(`indicators.${id}.violationPoints: only a per-order points table has them`);
    }
  }
  for (const [id, change] of Object.entries(o.thresholds ?? {})) {
    const t = next.thresholds.find((x) => x.id === id);
    if (t) t.value = change.value;
    else errors.push(`thresholds.${id}: not a threshold of ${card.id}`);
  }
  if (o.smallShop) {
    if (next.smallShop) Object.assign(next.smallShop, o.smallShop);
    else errors.push(`smallShop: ${card.id} has no small-shop protection`);
  }
  if (o.growthCheck) {
    if (next.growth.check) next.growth.check.value = o.growthCheck.value;
    else errors.push(`growthCheck: ${card.id} has no growth-stage check`);
  }
  if (errors.length) return { ok: false, message: errors.join('\n') };
  const merged = scorecardSchema.safeParse(next);
  if (merged.success) return { ok: true, scorecard: merged.data };
  return { ok: false, message: overridePath(describeIssues(merged.error, next)) };
}

/** Card paths back to the override's spelling: "indicators.x.scoring.bands.steps" → "indicators.x.steps". */
function overridePath(message: string): string {
  return message
    .replace(/^(indicators\.[^.:[]+)\.scoring(\.bands)?/gm, '$1')
    .replace(/^growth\.check\./gm, 'growthCheck.');
}
