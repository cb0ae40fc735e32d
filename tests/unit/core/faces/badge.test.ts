import { describe, expect, it } from 'vitest';
import { BADGE_COLOUR, badgeText, badgeTitle } from '../../../../core/faces/badge';

describe('toolbar badge', () => {
  it('says the backlog in at most four characters', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(37)).toBe('37');
    expect(badgeText(999)).toBe('999');
    // 1,237 / 1,000 = 1.237 → 1.2 (rounded down: never more than there is)
    expect(badgeText(1237)).toBe('1.2k');
    // 1,999 → 1.999 → 1.9, not 2.0
    expect(badgeText(1999)).toBe('1.9k');
    expect(badgeText(2000)).toBe('2k');
    // 12,600 / 1,000 = 12.6 → 13k
    expect(badgeText(12_600)).toBe('13k');
    // 1,250,000 / 1,000,000 = 1.25 → 1.2M
    expect(badgeText(1_250_000)).toBe('1.2M');
  });

  it('colours by risk and names the status in words in the title', () => {
    expect(BADGE_COLOUR.red).not.toBe(BADGE_COLOUR.green);
    const late = (value: number) => ({ value, range: null, basis: 'paid-so-far' as const });
    expect(badgeTitle({ status: 'red', unshipped: 1237, atRisk: 400, late: late(650) })).toBe(
      'LES Radar — Orders at risk: 1,237 orders waiting to ship · At risk 400 · Late predicted 650',
    );
    expect(badgeTitle({ status: 'green', unshipped: 12, atRisk: 0, late: late(0) })).toBe(
      'LES Radar — On track: 12 orders waiting to ship · At risk 0 · Late predicted 0',
    );
  });
});
