import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import { settingsAt } from '../../../storage/settings-history';
import { freshDb, T } from './history/helpers';

describe('the settings in force at a moment', () => {
  it('reads an older saved version in today’s shape', async () => {
    const db = freshDb();
    const { version: _, ...unversioned } = { ...defaultSettings, retentionDays: 200 };
    await db.settingsHistory.add({ savedAt: T, settings: unversioned as Settings });
    const v = await settingsAt(db, T + 1);
    expect(v?.settings.version).toBe(1);
    expect(v?.settings.retentionDays).toBe(200);
  });

  it('gives none for a version that fails today’s check, so a report runs on the current settings instead', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = freshDb();
    const hostile = { ...defaultSettings, promise: { type: 'business-days' as const, days: 1e12, cutoff: '23:59' } };
    await db.settingsHistory.add({ savedAt: T, settings: hostile });
    expect(await settingsAt(db, T + 1)).toBeUndefined();
  });
});
