import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../core/settings/settings';
import { SETTINGS_BOUNDS } from '../../../../core/settings/settings-bounds';
import { parseSettings } from '../../../../core/settings/settings-file';

const withPromise = (promise: unknown) => ({ ...defaultSettings, promise });
const withStages = (change: (s: typeof defaultSettings.stages) => unknown) => ({
  ...defaultSettings,
  stages: change(structuredClone(defaultSettings.stages)),
});

describe('the settings bounds (issue #16)', () => {
  it('refuses a promise of 10^12 business days, naming the field, before any model runs on it', () => {
    const r = parseSettings(withPromise({ type: 'business-days', days: 1e12 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('→ at promise.days');
    expect(r.message).toContain('<=30');
    // The problem says where and what the file holds there, for the options page.
    expect(r.problems).toEqual([expect.objectContaining({ path: ['promise', 'days'], value: 1e12 })]);
  });

  it('keeps the longest real promise: 30 business days, or 720 hours', () => {
    expect(parseSettings(withPromise({ type: 'business-days', days: 30 })).ok).toBe(true);
    expect(parseSettings(withPromise({ type: 'hours', hours: 720 })).ok).toBe(true);
    const r = parseSettings(withPromise({ type: 'hours', hours: 721 }));
    expect(r.ok ? null : r.problems.map((p) => p.path.join('.'))).toEqual(['promise.hours']);
  });

  it('bounds the lists the model walks one by one: 48 pickups a day, 20 shifts', () => {
    const pickup = { time: '11:00', maxParcels: 400 };
    const many = parseSettings(withStages((s) => ({ ...s, ship: { pickups: Array(49).fill(pickup) } })));
    expect(many.ok ? null : many.problems.map((p) => p.path.join('.'))).toEqual(['stages.ship.pickups']);
    expect(parseSettings(withStages((s) => ({ ...s, ship: { pickups: Array(48).fill(pickup) } }))).ok).toBe(true);
    const shift = defaultSettings.stages.pickPack.shifts[0];
    const shifts = parseSettings(
      withStages((s) => ({ ...s, pickPack: { ...s.pickPack, shifts: Array(21).fill(shift) } })),
    );
    expect(shifts.ok ? null : shifts.problems.map((p) => p.path.join('.'))).toEqual(['stages.pickPack.shifts']);
  });

  it('names each figure past its ceiling by its path', () => {
    const r = parseSettings({
      ...withStages((s) => {
        s.pickPack.ordersPerPackerHour = 1001;
        s.pickPack.shifts[0].packers = 10_001;
        s.ship.pickups[0].maxParcels = 1_000_001;
        s.delivery.meanTransitHours = 721;
        return s;
      }),
      handlingCapacityPerDay: 2_000_000,
      timezone: 'x'.repeat(65),
    });
    expect(r.ok ? [] : r.problems.map((p) => p.path.join('.')).sort()).toEqual([
      'handlingCapacityPerDay',
      'stages.delivery.meanTransitHours',
      'stages.pickPack.ordersPerPackerHour',
      'stages.pickPack.shifts.0.packers',
      'stages.ship.pickups.0.maxParcels',
      'timezone',
      'timezone', // too long, and no IANA zone either
    ]);
  });

  it('leaves the documented defaults well inside every bound', () => {
    const { stages } = defaultSettings;
    expect(parseSettings(defaultSettings).ok).toBe(true);
    // 25 orders an hour and 4 packers: far below 1,000 and 10,000.
    expect(stages.pickPack.ordersPerPackerHour).toBeLessThan(SETTINGS_BOUNDS.ordersPerPackerHour / 10);
    expect(stages.ship.pickups.length).toBeLessThan(SETTINGS_BOUNDS.pickups);
  });
});
