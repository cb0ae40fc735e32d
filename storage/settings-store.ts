import { captureSettingsSchema } from '../core/settings/capture-settings';
import { defaultSettings, type Settings } from '../core/settings/settings';
import { SETTINGS_BOUNDS } from '../core/settings/settings-bounds';
import { parseSettings, type SettingsProblem } from '../core/settings/settings-file';
import { RadarDb } from './db';
import { recordSettingsVersion } from './settings-history';
import { readStored, type StoredKey, writeStored } from './stored';
import { settingsKey } from './stored-keys';

/**
 * The seller's settings file, kept in extension storage; the options page edits it. Stored settings that
 * fail their check (a file of an older, looser build; a hand edit) are never replaced silently by the
 * defaults (issue #16): `readSettings` hands out the problems with the stored file, the options page shows
 * them, and only the seller's Save or Reset there writes over it.
 */
export type SettingsRead =
  | { ok: true; settings: Settings }
  | { ok: false; stored: unknown; problems: SettingsProblem[]; message: string };

/** The registry's key and area, read as stored: a file that fails its check is shown, not dropped. */
const asStored: StoredKey<unknown> = { ...settingsKey, parse: (raw) => ({ ok: true, value: raw }) };

/** The stored settings (the defaults while nothing is saved), or what is wrong with them; throws when storage fails. */
export async function readSettings(): Promise<SettingsRead> {
  const raw = await readStored(asStored);
  if (!raw.ok) throw new Error(raw.error.message);
  if (raw.data === null) return { ok: true, settings: defaultSettings };
  const parsed = parseSettings(raw.data);
  return parsed.ok ? parsed : { ok: false, stored: raw.data, problems: parsed.problems, message: parsed.message };
}

/**
 * What runs while the stored settings fail their check: the defaults, but with the longest retention
 * window the settings allow, so that no retention run (daily, or after an import) deletes history the
 * seller's own window may have kept; `loadSettings` keeps the stored capture section when it passes.
 */
export const fallbackSettings: Settings = { ...defaultSettings, retentionDays: SETTINGS_BOUNDS.retentionDays };

/**
 * The settings in force, for the estimator and every face: the stored ones, else `fallbackSettings` while
 * the stored ones fail their check (the popup says so, and the options page offers to fix or reset them).
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const read = await readSettings();
    if (read.ok) return read.settings;
    warnOnce(`LES Radar: stored settings are invalid, running on the defaults until they are fixed: ${read.message}`);
    // The seller's capture choices (a reader switched off, numbers picked by hand) stand on their own.
    const capture = captureSettingsSchema.safeParse((read.stored as { capture?: unknown } | null)?.capture);
    if (capture.success) return { ...fallbackSettings, capture: capture.data };
  } catch (e) {
    warnOnce(`LES Radar: could not read the settings, running on the defaults: ${messageOf(e)}`);
  }
  return fallbackSettings;
}

// Every estimate reads the settings: the same warning once, not every few seconds of a stream.
let warned = '';
function warnOnce(message: string): void {
  if (message !== warned) console.warn(message);
  warned = message;
}

/** Opened on the first save only: the background imports this module for `loadSettings` alone. */
let historyDb: RadarDb | undefined;
const ownDb = (): RadarDb => {
  if (!historyDb) historyDb = new RadarDb();
  return historyDb;
};

export type SaveOptions = {
  db?: RadarDb;
  now?: () => number;
  /**
   * Only the options page's Save, the seller's click after seeing the stored problems, may write over
   * stored settings that fail their check; any other writer (a number picked on a page) is refused.
   */
  overwriteInvalid?: boolean;
};

/**
 * Saves the settings, then adds them to the settings history (storage/settings-history.ts). The
 * settings are what the seller asked to save, so a history that cannot be written (a full disk) does
 * not undo them; it is reported in the console. Settings that fail their check are never written.
 */
export async function saveSettings(settings: Settings, deps: SaveOptions = {}): Promise<void> {
  const checked = parseSettings(settings);
  if (!checked.ok) throw new Error(`LES Radar: settings not saved, they fail their check: ${checked.message}`);
  if (!deps.overwriteInvalid) {
    const stored = await readSettings();
    if (!stored.ok) {
      throw new Error(
        `LES Radar: the saved settings fail their check (${stored.problems.map((p) => p.path.join('.')).join(', ')}): fix or reset them on the settings page first`,
      );
    }
  }
  await writeStored(settingsKey, checked.settings);
  const db = deps.db ?? ownDb();
  try {
    await recordSettingsVersion(db, checked.settings, (deps.now ?? Date.now)());
  } catch (e) {
    console.warn(`LES Radar: the settings were saved, but not their history: ${messageOf(e)}`);
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
