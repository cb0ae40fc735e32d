import type { Flag } from '../scorecards/flags';

/**
 * A flag as a probability over every sample, not as the median run's verdict: "38 % chance of LDR above
 * 10 %" says how worried to be, where a yes/no from one run flips between refreshes. Flags below
 * MIN_FLAG_PROBABILITY are left out: one sample in ten is the Monte Carlo's own noise at 200 samples.
 */
export const MIN_FLAG_PROBABILITY = 0.1;

export type FlagOdds = Flag & { probability: number };
type Sampled = readonly ({ flags: readonly Flag[] } | undefined)[];

const keyOf = (f: Flag) => (f.product ? `${f.id}\u001f${f.product.code}\u001f${f.product.name}` : f.id);

/** Every flag raised in any sample with the share of samples raising it (a flag counted once per sample). */
function countFlags(samples: Sampled): Map<string, FlagOdds> {
  const out = new Map<string, { flag: Flag; n: number }>();
  let total = 0;
  for (const s of samples) {
    if (!s) continue;
    total++;
    for (const key of new Set(s.flags.map(keyOf))) {
      const hit = out.get(key) ?? { flag: s.flags.find((f) => keyOf(f) === key) as Flag, n: 0 };
      hit.n++;
      out.set(key, hit);
    }
  }
  return new Map(
    [...out].map(([key, { flag, n }]) => [key, { ...flag, probability: Math.round((n / total) * 100) / 100 }]),
  );
}

/** The flags raised in at least MIN_FLAG_PROBABILITY of the samples, most likely first. */
export function flagOdds(samples: Sampled): FlagOdds[] {
  return [...countFlags(samples).values()]
    .filter((f) => f.probability >= MIN_FLAG_PROBABILITY)
    .sort((a, b) => b.probability - a.probability || a.id.localeCompare(b.id));
}

export type FlagDrop = { id: string; label: string; labelZh?: string; from: number; to: number };

/** The plan's flag whose probability the action lowers most, with both probabilities; null if none drops. */
export function largestDrop(plan: readonly FlagOdds[], action: Sampled): FlagDrop | null {
  const after = countFlags(action);
  let best: FlagDrop | null = null;
  for (const f of plan) {
    const to = after.get(keyOf(f))?.probability ?? 0;
    if (to < f.probability && (!best || f.probability - to > best.from - best.to)) {
      best = { id: f.id, label: f.label, ...(f.labelZh ? { labelZh: f.labelZh } : {}), from: f.probability, to };
    }
  }
  return best;
}
