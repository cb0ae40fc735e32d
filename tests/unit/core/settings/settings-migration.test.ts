import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_VERSION } from '../../../../core/settings/settings';
import { parseSettings } from '../../../../core/settings/settings-file';
import { MIGRATIONS, type Migration, migrateSettings } from '../../../../core/settings/settings-migration';

/**
 * A settings file in the first shape LES Radar wrote (the walking skeleton's core/settings.ts, commit
 * b8a6e87): no version, no calendar, model, retention, capture, alerts or language, and the handling
 * capacity that was then on by default.
 */
const unversioned = {
  scorecard: 'douyin-2026-07',
  timezone: 'Asia/Shanghai',
  promise: { type: 'business-days', days: 2 },
  handlingCapacityPerDay: 800,
  stages: {
    receipt: { mode: 'auto' },
    pickPack: { ordersPerPackerHour: 30, shifts: [{ days: 'Mon-Sat', start: '08:00', end: '20:00', packers: 6 }] },
    ship: { pickups: [{ time: '16:00', maxParcels: 900 }] },
    delivery: { onTimeRate: 0.95, meanTransitHours: 40 },
  },
};

describe('settings migration', () => {
  it('has one step for every older version, so any older file reaches the current one', () => {
    expect(MIGRATIONS.length).toBe(SETTINGS_VERSION);
  });

  it('reads an unversioned file as version 1, keeping every value the seller set', () => {
    const r = parseSettings(unversioned);
    if (!r.ok) throw new Error(r.message);
    expect(r.settings.version).toBe(1);
    // The seller's own figures, untouched:
    expect(r.settings.promise).toEqual({ type: 'business-days', days: 2, cutoff: '23:59' });
    expect(r.settings.handlingCapacityPerDay).toBe(800);
    expect(r.settings.stages.pickPack.shifts[0].packers).toBe(6);
    // Sections added since come in at their defaults.
    expect(r.settings.retentionDays).toBe(defaultSettings.retentionDays);
    expect(r.settings.calendar).toEqual({
      platformExtensions: [],
      warehouseClosed: [],
      carrierClosed: [],
      forceMajeure: [],
    });
    expect(r.settings.language).toBe('auto');
  });

  it('runs the steps in order from the file’s version up to the current one', () => {
    // A made-up version 2 that renamed `handlingCapacityPerDay` to `capacity`, and a version 3 that
    // counted it in hundreds: a version-1 file must go through both, a version-2 file through the second.
    const steps: Migration[] = [
      (f) => ({ ...f, version: 1 }),
      ({ handlingCapacityPerDay, ...f }) => ({ ...f, version: 2, capacity: handlingCapacityPerDay }),
      (f) => ({ ...f, version: 3, capacity: Number(f.capacity) / 100 }),
    ];
    expect(migrateSettings({ ...unversioned, version: 1 }, steps, 3)).toEqual({
      ok: true,
      value: expect.objectContaining({ version: 3, capacity: 8 }), // 800 / 100
    });
    expect(migrateSettings({ version: 2, capacity: 500 }, steps, 3)).toEqual({
      ok: true,
      value: { version: 3, capacity: 5 }, // only the last step: 500 / 100
    });
  });

  it('refuses a file from a newer LES Radar, naming the field, rather than dropping what it cannot read', () => {
    const r = parseSettings({ ...defaultSettings, version: SETTINGS_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('→ at version');
    expect(r.message).toContain(`settings version ${SETTINGS_VERSION + 1}`);
    expect(r.problems).toEqual([{ path: ['version'], message: expect.any(String), value: SETTINGS_VERSION + 1 }]);
  });

  it('refuses a version that is no whole number', () => {
    const r = migrateSettings({ ...defaultSettings, version: '1' });
    expect(r.ok ? null : r.reason).toBe('expected a whole version number such as 1, received "1"');
  });
});
