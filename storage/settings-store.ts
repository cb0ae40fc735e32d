import { defaultSettings, type Settings } from '../core/settings/settings';
import { overrideProblem } from '../core/settings/settings-file';
import { RadarDb } from './db';
import { recordSettingsVersion } from './settings-history';
import { readStored, writeStored } from './stored';
import { settingsKey } from './stored-keys';

/** The seller's settings file, kept in extension storage; the options page edits it. */
export async function loadSettings(): Promise<Settings> {
  const stored = await readStored(settingsKey);
  const problem = stored.ok ? stored.data && overrideProblem(stored.data) : stored.error.message;
  if (!problem) return (stored.ok && stored.data) || defaultSettings;
  console.warn(`LES Radar: stored settings are invalid, using the defaults: ${problem}`);
  return defaultSettings;
}

/** Opened on the first save only: the background imports this module for `loadSettings` alone. */
let historyDb: RadarDb | undefined;
const ownDb = (): RadarDb => {
  if (!historyDb) historyDb = new RadarDb();
  return historyDb;
};

/**
 * Saves the settings, then adds them to the settings history (storage/settings-history.ts). The
 * settings are what the seller asked to save, so a history that cannot be written (a full disk) does
 * not undo them; it is reported in the console.
 */
export async function saveSettings(settings: Settings, deps: { db?: RadarDb; now?: () => number } = {}): Promise<void> {
  await writeStored(settingsKey, settings);
  const db = deps.db ?? ownDb();
  try {
    await recordSettingsVersion(db, settings, (deps.now ?? Date.now)());
  } catch (e) {
    console.warn(`LES Radar: the settings were saved, but not their history: ${e instanceof Error ? e.message : e}`);
  }
}
