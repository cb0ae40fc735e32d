import { describe, expect, it } from 'vitest';
import { halfLifeOf, planStanding } from '../../../../core/faces/plan-standing';
import { phrase } from '../../../../core/lib/phrase';
import type { Outlook } from '../../../../core/outlook/outlook-schema';
import { sh } from '../../helpers';

const T = sh('2026-12-05', '20:00');
const MIN = 60_000;

describe('the run-of-show’s standing, as the popup says it', () => {
  it('is nothing without a plan', () => {
    expect(planStanding([], 120, T, 20)).toBeNull();
  });

  it('sums the orders planned, and says how the stream runs against the plan by now', () => {
    // A drop of 1,000 at 20:00, one of 2,000 at 21:00; at 20:20 (one half-life into the first), the plan
    // expected 1,000 × (1 − 2^(−20/20)) = 500 by now, the second none yet. 400 came:
    // (400 + 50) / (500 + 50) = 450 / 550 = 0.818.
    const drops = [
      { at: T, orders: 1000 },
      { at: T + 60 * MIN, orders: 2000 },
    ];
    const s = planStanding(drops, 400, T + 20 * MIN, 20);
    expect(s?.planned).toBe(3000);
    expect(s?.level).toBeCloseTo(450 / 550, 6);
  });
});

describe('the half-life the forecast ran on', () => {
  const said = (...phrases: ReturnType<typeof phrase>[]) => ({ assumptionPhrases: phrases }) as unknown as Outlook;

  it('is the one the outlook states, measured on past streams or saved', () => {
    expect(halfLifeOf(said(phrase('assume_model', '3', '15'), phrase('assume_measured_fade', '12.5', '40')))).toBe(
      12.5,
    );
    expect(halfLifeOf(said(phrase('assume_fade', '20')))).toBe(20);
  });

  it('is unknown before the outlook, or in one stored before its phrases', () => {
    expect(halfLifeOf(null)).toBeNull();
    expect(halfLifeOf({} as Outlook)).toBeNull();
  });
});
