import type { IndicatorResult } from '../scorecards/engine';
import type { Scorecard } from '../scorecards/schema';

export type Mover = {
  id: string;
  label: string;
  /** The card's Chinese label of the indicator, when it has one. */
  labelZh?: string;
  unit: 'rate' | 'hours' | 'points';
  now: number | null;
  predicted: number | null;
  /** What the indicator's change does to the score: its points' change × its share of the weights. */
  scorePoints: number;
  /** The days the platform measures it over, and whether that window is our assumption (no rule page). */
  window?: { days: number; assumed: boolean };
};

/**
 * The indicator that moves the score most between now and after the stream: each weighted indicator's
 * points change times its share of the weights — the same sum the score is made of, so the movers add
 * up to the weighted part of the score's change. Ties go to the card's order; no change → null.
 */
export function moverOf(
  card: Scorecard,
  now: Record<string, IndicatorResult>,
  predicted: Record<string, IndicatorResult> | undefined,
): Mover | null {
  if (!predicted) return null;
  const total = card.indicators.reduce((w, d) => w + (predicted[d.id]?.points === null ? 0 : d.weight), 0);
  let best: Mover | null = null;
  for (const def of card.indicators) {
    const after = predicted[def.id];
    if (!after || after.points === null || def.weight === 0 || total === 0) continue;
    // An indicator not measured now (no history yet; a small shop's fixed points are no measurement)
    // has no change to speak of.
    const before = now[def.id]?.points ?? null;
    if (before === null || now[def.id]?.value === null) continue;
    const delta = ((after.points - before) * def.weight) / total;
    if (Math.abs(delta) < 0.05 || (best && Math.abs(delta) <= Math.abs(best.scorePoints))) continue;
    best = {
      id: def.id,
      label: def.label,
      ...(def.labelZh === undefined ? {} : { labelZh: def.labelZh }),
      unit: def.unit,
      now: now[def.id]?.value ?? null,
      predicted: after.value,
      scorePoints: Math.round(delta * 10) / 10,
      window: { days: def.window?.days ?? card.windowDays, assumed: def.window?.assumed ?? false },
    };
  }
  return best;
}
