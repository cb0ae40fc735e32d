import { describe, expect, it } from 'vitest';
import { applyWhatIf, NO_CHANGE, stageCapacity } from '../../../../core/faces/what-if';
import { defaultSettings } from '../../../../core/settings/settings';

// Wednesday 2026-11-25 10:00 in Shanghai (UTC+8) = 02:00 UTC, inside the default 09:00–18:00 shift.
const now = Date.UTC(2026, 10, 25, 2, 0);

describe('what-if settings', () => {
  it('changes nothing without a change, and never the settings passed in', () => {
    expect(applyWhatIf(defaultSettings, NO_CHANGE)).toEqual(defaultSettings);
    applyWhatIf(defaultSettings, { packers: 3, extraPickups: 1 });
    expect(defaultSettings.stages.pickPack.shifts[0].packers).toBe(4);
    expect(defaultSettings.stages.ship.pickups).toHaveLength(2);
  });

  it('adds packers to every shift and never goes below none', () => {
    const more = applyWhatIf(defaultSettings, { packers: 2, extraPickups: 0 });
    expect(more.stages.pickPack.shifts[0].packers).toBe(6);
    const fewer = applyWhatIf(defaultSettings, { packers: -9, extraPickups: 0 });
    expect(fewer.stages.pickPack.shifts[0].packers).toBe(0);
  });

  it('adds a pickup three hours after the last, as large as the largest', () => {
    const s = applyWhatIf(defaultSettings, { packers: 0, extraPickups: 2 });
    // 17:00 + 3 h = 20:00, then 20:00 + 3 h = 23:00 (the latest allowed)
    expect(s.stages.ship.pickups.map((p) => p.time)).toEqual(['11:00', '17:00', '20:00', '23:00']);
    expect(s.stages.ship.pickups.map((p) => p.maxParcels)).toEqual([400, 400, 400, 400]);
  });
});

describe('stage capacity now', () => {
  it('is the packers on shift times their speed, and the next pickup', () => {
    const c = stageCapacity(defaultSettings, now);
    expect(c.receipt).toBe('at once');
    // 4 packers × 25 orders per packer-hour = 100 orders/h
    expect(c.pickPackPerHour).toBe(100);
    // next pickup 11:00 Shanghai = 03:00 UTC, 400 parcels; two pickups a day: 400 + 400 = 800
    expect(c.nextPickup).toEqual({ at: Date.UTC(2026, 10, 25, 3, 0), maxParcels: 400 });
    expect(c.pickupsPerDay).toBe(800);
    expect(c.meanTransitHours).toBe(52);
  });

  it('follows the what-if: one packer more is 25 orders/h more, an extra pickup 400 parcels more', () => {
    const c = stageCapacity(applyWhatIf(defaultSettings, { packers: 1, extraPickups: 1 }), now);
    // 5 × 25 = 125
    expect(c.pickPackPerHour).toBe(125);
    // 800 + 400 = 1,200
    expect(c.pickupsPerDay).toBe(1200);
  });

  it('is zero outside every shift', () => {
    // 20:00 Shanghai = 12:00 UTC, after the 18:00 end
    expect(stageCapacity(defaultSettings, Date.UTC(2026, 10, 25, 12, 0)).pickPackPerHour).toBe(0);
  });
});
