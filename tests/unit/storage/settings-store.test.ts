import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../core/settings/settings';
import { loadSettings, readSettings, saveSettings } from '../../../storage/settings-store';
import { freshDb, T } from './history/helpers';

/** The seller's own file, saved by an older, looser build: six packers, and a promise no model can walk. */
const hostile = {
  ...defaultSettings,
  promise: { type: 'business-days', days: 1e12, cutoff: '23:59' },
  stages: {
    ...defaultSettings.stages,
    pickPack: { ordersPerPackerHour: 30, shifts: [{ days: 'Mon-Sat', start: '08:00', end: '20:00', packers: 6 }] },
  },
};
const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

describe('the settings store with stored settings that fail their check (issue #16)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('hands out the problems and the stored file, not the defaults in their place', async () => {
    await fakeBrowser.storage.local.set({ settings: hostile });
    const r = await readSettings();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.stored).toEqual(hostile);
    expect(r.problems).toEqual([
      expect.objectContaining({ path: ['promise', 'days'], value: 1e12, message: expect.stringContaining('<=30') }),
    ]);
  });

  it('runs the estimator on the defaults meanwhile, keeping the longest history window, and writes nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...hostile, retentionDays: 365 } });
    // The defaults' figures, but 730 days of history kept, not 120: a retention run deletes nothing the
    // seller's own 365 days would have kept.
    expect(await loadSettings()).toEqual({ ...defaultSettings, retentionDays: 730 });
    expect(await stored()).toEqual({ ...hostile, retentionDays: 365 });
  });

  it('keeps the seller’s capture choices meanwhile: a reader switched off stays off', async () => {
    const capture = { disabledAdapters: ['douyin'], bindings: [] };
    await fakeBrowser.storage.local.set({ settings: { ...hostile, capture } });
    expect((await loadSettings()).capture).toEqual(capture);
  });

  it('refuses any writer but the options page’s Save over them (a number picked on a page)', async () => {
    await fakeBrowser.storage.local.set({ settings: hostile });
    const picked = { ...defaultSettings, capture: { disabledAdapters: [], bindings: [] } };
    await expect(saveSettings(picked, { db: freshDb(), now: () => T })).rejects.toThrow(
      /saved settings fail their check \(promise\.days\)/,
    );
    expect(await stored()).toEqual(hostile);
  });

  it('lets the seller’s Save on the options page write the corrected file', async () => {
    await fakeBrowser.storage.local.set({ settings: hostile });
    const fixed = { ...hostile, promise: { type: 'business-days' as const, days: 3, cutoff: '23:59' } };
    await saveSettings(fixed, { db: freshDb(), now: () => T, overwriteInvalid: true });
    expect(await readSettings()).toEqual({ ok: true, settings: fixed });
    // The six packers the seller set are still there.
    expect((await loadSettings()).stages.pickPack.shifts[0].packers).toBe(6);
  });

  it('never writes settings that fail their check', async () => {
    await expect(saveSettings(hostile as never, { db: freshDb(), overwriteInvalid: true })).rejects.toThrow(
      /not saved.*promise\.days/s,
    );
    expect(await stored()).toBeUndefined();
  });

  it('reads the defaults while nothing is saved, and an unversioned file as version 1', async () => {
    expect(await readSettings()).toEqual({ ok: true, settings: defaultSettings });
    const { version: _, ...unversioned } = defaultSettings;
    await fakeBrowser.storage.local.set({ settings: unversioned });
    expect(await readSettings()).toEqual({ ok: true, settings: defaultSettings });
  });
});
