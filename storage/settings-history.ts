import type { Settings } from '../core/settings/settings';
import { parseSettings } from '../core/settings/settings-file';
import type { RadarDb, SettingsVersion } from './db';

/**
 * The `settingsHistory` table: every version of the settings the seller saved, with when. A report or
 * a replay of an old stream can then use the warehouse, pickups and promise that held at the time,
 * not today's. Written only by storage/settings-store.ts.
 */
export type { SettingsVersion };

/** Adds `settings` as the newest version, unless it equals the newest one stored; true when added. */
export function recordSettingsVersion(db: RadarDb, settings: Settings, savedAt: number): Promise<boolean> {
  return db.transaction('rw', db.settingsHistory, async () => {
    const last = await db.settingsHistory.orderBy('id').last();
    // Saving the form twice without a change is not a new version.
    if (last && JSON.stringify(last.settings) === JSON.stringify(settings)) return false;
    await db.settingsHistory.add({ savedAt, settings });
    return true;
  });
}

/** Every saved version, oldest first. */
export const settingsVersions = (db: RadarDb): Promise<SettingsVersion[]> => db.settingsHistory.orderBy('id').toArray();

/**
 * The version in force at `at`: the last one saved at or before it, migrated to today's shape; undefined
 * before the first, and when that version fails today's check (saved by a looser build: a report must
 * not run the model on a promise of 10^12 days), so the caller falls back to the current settings.
 */
export async function settingsAt(db: RadarDb, at: number): Promise<SettingsVersion | undefined> {
  const earlier = await db.settingsHistory.where('savedAt').belowOrEqual(at).toArray();
  const last = earlier.reduce<SettingsVersion | undefined>(
    (best, v) => (!best || v.savedAt >= best.savedAt ? v : best),
    undefined,
  );
  if (!last) return undefined;
  const parsed = parseSettings(last.settings);
  if (parsed.ok) return { ...last, settings: parsed.settings };
  console.warn(
    `LES Radar: the settings saved at ${new Date(last.savedAt).toISOString()} fail today's check: ${parsed.message}`,
  );
  return undefined;
}
