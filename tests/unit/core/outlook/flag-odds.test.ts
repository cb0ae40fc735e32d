import { describe, expect, it } from 'vitest';
import { flagOdds, largestDrop } from '../../../../core/outlook/flag-odds';

const ldr = { id: 'ldr', label: 'LDR above 10 %' };
const sfcr = { id: 'sfcr', label: 'SFCR above 2.5 %' };
const late = (name: string) => ({ id: 'late-product', label: 'late shipments', product: { code: 'A1', name } });

describe('flags as probabilities over every sample', () => {
  // Ten samples, hand-counted: LDR in samples 0–3 (4 of 10), SFCR in 0 and 5 (2), product "Mug" in 1 only (1),
  // one sample unscored (undefined) and not counted in the ten.
  const samples = [
    { flags: [ldr, sfcr] },
    { flags: [ldr, late('Mug')] },
    { flags: [ldr, ldr] }, // the same flag twice in one sample counts once
    { flags: [ldr] },
    { flags: [] },
    { flags: [sfcr] },
    undefined,
    { flags: [] },
    { flags: [] },
    { flags: [] },
    { flags: [] },
  ];

  it('gives each flag the share of samples that cross it, most likely first, rare ones left out', () => {
    expect(flagOdds(samples)).toEqual([
      { ...ldr, probability: 0.4 }, // 4 / 10
      { ...sfcr, probability: 0.2 }, // 2 / 10
      { ...late('Mug'), probability: 0.1 }, // 1 / 10: at the 10 % floor, kept
    ]);
  });

  it('names the flag an action makes least likely, with both probabilities', () => {
    const plan = flagOdds(samples);
    // Under the action LDR is crossed in 1 of 10 samples (0.4 → 0.1), SFCR still in 2 (0.2 → 0.2).
    const action = [{ flags: [ldr, sfcr] }, { flags: [sfcr] }, ...Array.from({ length: 8 }, () => ({ flags: [] }))];
    expect(largestDrop(plan, action)).toEqual({ id: 'ldr', label: ldr.label, from: 0.4, to: 0.1 });
    expect(largestDrop(plan, samples)).toBeNull();
  });

  it('has no flags without scored samples', () => {
    expect(flagOdds([undefined, undefined])).toEqual([]);
  });
});
