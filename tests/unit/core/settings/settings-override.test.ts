import { describe, expect, it } from 'vitest';
import { cardFor } from '../../../../core/scorecards';
import { defaultSettings } from '../../../../core/settings/settings';
import { parseSettings } from '../../../../core/settings/settings-file';

describe("the seller's scorecard override in the settings file", () => {
  it('applies the back-office weights and bands to the chosen card', () => {
    const r = parseSettings({
      ...defaultSettings,
      scorecardOverride: { indicators: { waybillOnTimeRate: { weight: 40 } } },
    });
    if (!r.ok) throw new Error(r.message);
    const card = cardFor(r.settings);
    expect(card.indicators.find((i) => i.id === 'waybillOnTimeRate')?.weight).toBe(40);
    // The shipped card is untouched.
    expect(cardFor(defaultSettings).indicators.find((i) => i.id === 'waybillOnTimeRate')?.weight).toBe(70);
  });

  it('names the bad field of a wrong override', () => {
    const r = parseSettings({
      ...defaultSettings,
      scorecardOverride: { indicators: { waybillOnTimeRate: { weight: -1 } } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('scorecardOverride');
      expect(r.message).toContain('indicators.waybillOnTimeRate.weight');
    }
  });
});
